// Rust: `use a::b;`, `use a::{b, c::{d}};`, `pub(crate) use ::a::b;`,
// `extern crate a;`, `extern crate a as b;`. A crate named `async-openai` is
// `async_openai` in code, so a path no import root matches falls back to the
// catalog's cargo packages, `_` read as `-` (crates.io treats them as one).

import type { Catalog, Target } from "../../catalog/compile.js";
import type { Masked } from "./mask.js";
import { importDetector, type ImportRef } from "./common.js";

const USE = /(?:^|[;{}\]])[ \t]*(?:pub(?:[ \t]*\([^)]{0,200}\))?[ \t]+)?use[ \t\r\n]+([^;\s][^;]{0,4000});/dgm;
const EXTERN = /(?:^|[;{}\]])[ \t]*(?:pub(?:[ \t]*\([^)]*\))?[ \t]+)?extern[ \t]+crate[ \t]+([A-Za-z_][\w]*)/dgm;
const LOCAL = new Set(["crate", "self", "super", "std", "core", "alloc", "Self"]);

/** Paths a use tree names, with the offset (in `tree`) of each path's first segment. */
function expand(tree: string): { path: string; offset: number }[] {
  const out: { path: string; offset: number }[] = [];
  let i = 0;
  const ws = () => {
    while (i < tree.length && /\s/.test(tree[i]!)) i++;
  };
  const walk = (prefix: string, prefixAt: number) => {
    for (let guard = 0; guard < 1000; guard++) {
      ws();
      const start = i;
      const segs: string[] = [];
      if (tree.startsWith("::", i)) i += 2;
      for (;;) {
        ws();
        const m = /^(?:r#)?[A-Za-z_][\w]*/.exec(tree.slice(i));
        if (!m) break;
        segs.push(m[0].replace(/^r#/, ""));
        i += m[0].length;
        ws();
        if (tree.startsWith("::", i)) {
          i += 2;
          ws();
          if (tree[i] === "{" || tree[i] === "*") break;
          continue;
        }
        break;
      }
      const path = [prefix, segs.join("::")].filter(Boolean).join("::");
      const at = prefix ? prefixAt : start;
      if (tree[i] === "{") {
        i++;
        walk(path, at);
        ws();
        if (tree[i] === "}") i++;
      } else {
        if (tree[i] === "*") i++;
        if (path) out.push({ path, offset: at });
        ws();
        const alias = /^as\s+[A-Za-z_]\w*/.exec(tree.slice(i));
        if (alias) i += alias[0].length;
      }
      ws();
      if (tree[i] === ",") {
        i++;
        continue;
      }
      return;
    }
  };
  walk("", 0);
  return out;
}

export function rustUses(masked: Masked, text: string): ImportRef[] {
  const out: ImportRef[] = [];
  for (const m of masked.code.matchAll(USE)) {
    const base = m.indices?.[1]?.[0] ?? m.index;
    for (const p of expand(m[1]!)) {
      const lead = /^\s*(?:::)?\s*/.exec(text.slice(base + p.offset, base + p.offset + 64))?.[0].length ?? 0;
      if (!LOCAL.has(p.path.split("::")[0]!)) out.push({ spec: p.path, offset: base + p.offset + lead, statement: m.index });
    }
  }
  for (const m of masked.code.matchAll(EXTERN)) {
    const name = m[1]!;
    if (!LOCAL.has(name)) out.push({ spec: name, offset: m.indices?.[1]?.[0] ?? m.index, statement: m.index });
  }
  return out;
}

export function cargoFallback(catalog: Catalog, spec: string): Target[] {
  const crate = spec.split("::")[0]!;
  const hits = catalog.lookupPackage("cargo", crate);
  return hits.length > 0 ? hits : catalog.lookupPackage("cargo", crate.replace(/_/g, "-"));
}

export const detectRust = importDetector({ language: "rust", ecosystem: "cargo", defaultLang: "rust", find: rustUses, fallback: cargoFallback });
