// uv.lock (version 1, revisions 1–3): `[[package]]` tables. The project and its
// workspace members are the packages whose `source` is `editable` or `virtual`
// (`directory` sources are local path dependencies); their `dependencies`,
// `optional-dependencies.<extra>` and `dev-dependencies.<group>` lists name the
// project's direct dependencies, so uv.lock does record what is direct: those
// packages are `transitive: false`, the rest `transitive: true`.

import { normalizePackage } from "../../catalog/compile.js";
import type { Detector } from "../types.js";
import { Collector, failed } from "./common.js";
import { asString, tomlPackages } from "./toml-packages.js";

type Source = Record<string, unknown> | undefined;
const isMember = (s: Source) => !!s && ("editable" in s || "virtual" in s);
const isLocal = (s: Source) => !!s && ("editable" in s || "virtual" in s || "directory" in s || "path" in s);

function depNames(list: unknown): string[] {
  return Array.isArray(list) ? list.flatMap((d) => (d && typeof d === "object" && typeof (d as { name?: unknown }).name === "string" ? [(d as { name: string }).name] : [])) : [];
}

export const detectUvLock: Detector = (input) => {
  const out = new Collector(input, "pypi");
  try {
    const { packages } = tomlPackages(input.text, out.lines);
    const direct = new Set<string>();
    for (const p of packages) {
      if (!isMember(p.table.source as Source)) continue;
      const groups = [p.table.dependencies];
      for (const key of ["optional-dependencies", "dev-dependencies"]) {
        const t = p.table[key];
        if (t && typeof t === "object") groups.push(...Object.values(t));
      }
      for (const g of groups) for (const n of depNames(g)) direct.add(normalizePackage("pypi", n));
    }
    for (const p of packages) {
      if (isLocal(p.table.source as Source)) continue;
      const name = asString(p.table.name);
      if (!name) continue;
      out.add({ name, version: asString(p.table.version), line: p.line, column: p.column, transitive: !direct.has(normalizePackage("pypi", name)) });
    }
  } catch (err) {
    return failed(input.file.path, "uv.lock", err);
  }
  return out.output();
};
