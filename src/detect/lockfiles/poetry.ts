// poetry.lock (lock-version 1.x, 2.0, 2.1): `[[package]]` tables with `name` and
// `version`. The lockfile does not record which packages pyproject.toml names
// (only a content hash of it), so every entry is `transitive: true`; the
// pyproject detector gives the direct evidence. `optional = true` marks a
// package installed only with one of the project's extras: still a locked,
// installable package of this project, so still (transitive) evidence; Poetry
// has no entries for packages that are not installed at all. `directory` / `file`
// sources are local code, not registry packages.

import type { Detector } from "../types.js";
import { Collector, failed } from "./common.js";
import { asString, tomlPackages } from "./toml-packages.js";

export const detectPoetryLock: Detector = (input) => {
  const out = new Collector(input, "pypi");
  try {
    for (const p of tomlPackages(input.text, out.lines).packages) {
      const source = p.table.source as { type?: unknown } | undefined;
      if (source && (source.type === "directory" || source.type === "file")) continue;
      const name = asString(p.table.name);
      if (name) out.add({ name, version: asString(p.table.version), line: p.line, column: p.column, transitive: true });
    }
  } catch (err) {
    return failed(input.file.path, "poetry.lock", err);
  }
  return out.output();
};
