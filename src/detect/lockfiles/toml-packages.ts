// `[[package]]` lockfiles in TOML (poetry.lock, uv.lock, pdm.lock, Cargo.lock):
// smol-toml gives the values; one pass over the lines gives where the k-th
// `[[package]]` table and its `name = "…"` sit, so the k-th parsed package is
// located without searching for it.

import { parse } from "smol-toml";
import type { LineIndex } from "./common.js";

export interface TomlPackage {
  table: Record<string, unknown>;
  line: number;
  column: number;
}

const HEADER = /^\s*\[\[\s*package\s*\]\]\s*(?:#.*)?$/;
const TABLE = /^\s*\[/;
const NAME = /^(\s*)name\s*=\s*["']/;

/** Parses the document (throws on invalid TOML) and locates its `[[package]]` tables. */
export function tomlPackages(text: string, lines: LineIndex): { doc: Record<string, unknown>; packages: TomlPackage[] } {
  const doc = parse(text) as Record<string, unknown>;
  const list = Array.isArray(doc.package) ? (doc.package as unknown[]) : [];
  const places: { line: number; column: number }[] = [];
  let inHeader = false;
  for (let ln = 1; ln <= lines.count; ln++) {
    const raw = lines.line(ln);
    if (HEADER.test(raw)) {
      places.push({ line: ln, column: raw.indexOf("[") + 1 });
      inHeader = true;
      continue;
    }
    if (!inHeader) continue;
    if (TABLE.test(raw)) {
      inHeader = false;
      continue;
    }
    const m = NAME.exec(raw);
    if (m) {
      places[places.length - 1] = { line: ln, column: m[1]!.length + 1 };
      inHeader = false;
    }
  }
  const packages: TomlPackage[] = [];
  list.forEach((table, i) => {
    if (table === null || typeof table !== "object") return;
    // Counts differ only for a `[[package]]` spelled in a way the scan does not
    // expect; then the entry is still reported, at the first line.
    const at = places.length === list.length ? places[i]! : { line: 1, column: 1 };
    packages.push({ table: table as Record<string, unknown>, ...at });
  });
  return { doc, packages };
}

export const asString = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
