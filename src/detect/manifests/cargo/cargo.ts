// Cargo.toml: `[dependencies]`, `[dev-dependencies]`, `[build-dependencies]`
// (and their `_` spellings), `[target.'cfg(…)'.dependencies]`, inline tables
// and `[dependencies.name]` tables; `package = "…"` renames (the key is the
// local name, `package` the crate). Decision: `[workspace.dependencies]` only
// declares what members may inherit (`x = { workspace = true }` in a member's
// own Cargo.toml, which is scanned): not evidence.

import { parse as parseToml } from "smol-toml";
import { at as locationsAt, tomlLocations, type TomlLocation } from "../toml-locations.js";
import type { Detector } from "../../types.js";
import { EvidenceSink, fileLiterals } from "../common.js";
import { diagnostic } from "../evidence.js";

const SECTIONS = ["dependencies", "dev-dependencies", "dev_dependencies", "build-dependencies", "build_dependencies"];

/** Major of a Cargo version requirement: `0.20`, `^1.2`, `~1`, `>=1, <2`, `=1.0.3`. */
export function cargoMajor(req: string | undefined): string | undefined {
  if (!req) return undefined;
  const m = /^\s*(?:(?:\^|~|>=|>|=)\s*)?(\d+)/.exec(req);
  return m ? String(Number(m[1])) : undefined;
}

export const detectCargo: Detector = ({ file, text, catalog }) => {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not parse Cargo.toml", err)] };
  }
  const sink = new EvidenceSink(file.path, text, catalog);
  let locations: TomlLocation[] = [];
  try {
    locations = tomlLocations(text);
  } catch {
    locations = [];
  }
  const tables: { path: string[]; deps: Record<string, unknown> }[] = [];
  const collect = (owner: Record<string, unknown>, base: string[]) => {
    for (const section of SECTIONS) {
      const deps = owner[section];
      if (deps && typeof deps === "object" && !Array.isArray(deps)) tables.push({ path: [...base, section], deps: deps as Record<string, unknown> });
    }
  };
  collect(doc, []);
  const target = doc["target"];
  if (target && typeof target === "object") {
    for (const [cfg, owner] of Object.entries(target as Record<string, unknown>)) {
      if (owner && typeof owner === "object") collect(owner as Record<string, unknown>, ["target", cfg]);
    }
  }
  for (const { path, deps } of tables) {
    for (const [key, spec] of Object.entries(deps)) {
      let name = key;
      let version: string | undefined;
      if (typeof spec === "string") version = spec;
      else if (spec && typeof spec === "object") {
        const s = spec as Record<string, unknown>;
        if (typeof s["package"] === "string") name = s["package"];
        if (typeof s["version"] === "string") version = s["version"];
      }
      const loc = locationsAt(locations, [...path, key], "key")[0];
      sink.add("cargo", name, loc?.offset ?? 0, cargoMajor(version));
    }
  }
  return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
};
