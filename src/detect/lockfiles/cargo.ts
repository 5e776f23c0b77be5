// Cargo.lock (versions 1–4): `[[package]]` tables with `name`, `version` and,
// for registry / git packages, `source`. Packages without `source` are the
// workspace's own crates (members and path dependencies): not evidence, but
// their `dependencies` lists ("name", "name version" or "name version (source)")
// name the project's direct dependencies, so those are `transitive: false`.

import type { Detector } from "../types.js";
import { Collector, failed } from "./common.js";
import { asString, tomlPackages } from "./toml-packages.js";

export const detectCargoLock: Detector = (input) => {
  const out = new Collector(input, "cargo");
  try {
    const { packages } = tomlPackages(input.text, out.lines);
    const direct = new Set<string>();
    for (const p of packages) {
      if (p.table.source !== undefined || !Array.isArray(p.table.dependencies)) continue;
      for (const d of p.table.dependencies) if (typeof d === "string") direct.add(d.split(" ")[0]!);
    }
    for (const p of packages) {
      const name = asString(p.table.name);
      if (!name || p.table.source === undefined) continue;
      out.add({ name, version: asString(p.table.version), line: p.line, column: p.column, transitive: !direct.has(name) });
    }
  } catch (err) {
    return failed(input.file.path, "Cargo.lock", err);
  }
  return out.output();
};
