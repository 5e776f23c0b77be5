// pdm.lock (lock_version 4.x): `[[package]]` tables with `name`, `version` and
// `groups`; a package locked with extras gets a second table with `extras`.
// No record of which packages pyproject.toml names: every entry is
// `transitive: true`. Entries with `path` are local code.

import type { Detector } from "../types.js";
import { Collector, failed } from "./common.js";
import { asString, tomlPackages } from "./toml-packages.js";

export const detectPdmLock: Detector = (input) => {
  const out = new Collector(input, "pypi");
  try {
    for (const p of tomlPackages(input.text, out.lines).packages) {
      if (p.table.path !== undefined) continue;
      const name = asString(p.table.name);
      if (name) out.add({ name, version: asString(p.table.version), line: p.line, column: p.column, transitive: true });
    }
  } catch (err) {
    return failed(input.file.path, "pdm.lock", err);
  }
  return out.output();
};
