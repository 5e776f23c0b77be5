// C# `using X.Y;`, `using static X.Y;`, `global using X.Y;`, `using A = X.Y;`;
// F# `open X.Y`; VB `Imports X.Y`. A `using (…)` statement or a `using var`
// declaration is not a namespace import. NuGet package ids usually are the
// root namespace (`OpenAI`, `Azure.AI.OpenAI`), so a namespace no import root
// matches falls back to the longest dotted prefix that is a catalog package.

import type { Catalog, Target } from "../../catalog/compile.js";
import type { Masked, MaskLang } from "./mask.js";
import { importDetector, type ImportRef } from "./common.js";

const NS = String.raw`[A-Za-z_@][\w@]*(?:[ \t]*\.[ \t]*[A-Za-z_@][\w@]*)*`;
const CSHARP = new RegExp(String.raw`(?:^|[;{}])[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:(?:unsafe[ \t]+)?[A-Za-z_@]\w*[ \t]*=[ \t]*)?(?:global::)?(${NS})[ \t]*(?:<[^;{}]*>)?[ \t]*;`, "dgm");
const FSHARP = new RegExp(String.raw`^[ \t]*open[ \t]+(?:type[ \t]+)?(?:global\.)?(${NS})`, "dgm");
const VB = new RegExp(String.raw`^[ \t]*Imports[ \t]+((?:[A-Za-z_]\w*[ \t]*=[ \t]*)?(?:Global\.)?${NS}(?:[ \t]*,[ \t]*(?:[A-Za-z_]\w*[ \t]*=[ \t]*)?(?:Global\.)?${NS})*)`, "dgim");

export function dotnetImports(masked: Masked, _text: string, lang: MaskLang): ImportRef[] {
  const { code } = masked;
  const out: ImportRef[] = [];
  const re = lang === "fsharp" ? FSHARP : lang === "vb" ? VB : CSHARP;
  for (const m of code.matchAll(re)) {
    const group = m[1]!;
    const groupAt = m.indices?.[1]?.[0] ?? m.index;
    let at = 0;
    for (const part of lang === "vb" ? group.split(",") : [group]) {
      const rel = group.indexOf(part, at);
      at = rel + part.length;
      const body = part.replace(/^\s*[A-Za-z_]\w*\s*=\s*/, (s) => (lang === "vb" ? " ".repeat(s.length) : s)).replace(/^(\s*)Global\./i, (s, ws: string) => ws + " ".repeat(s.length - ws.length));
      const lead = body.length - body.trimStart().length;
      const spec = body.replace(/\s+/g, "").replace(/@/g, "");
      if (spec) out.push({ spec, offset: groupAt + rel + lead, statement: m.index });
    }
  }
  return out;
}

export function nugetFallback(catalog: Catalog, spec: string): Target[] {
  const parts = spec.split(".");
  for (let n = parts.length; n > 0; n--) {
    const hits = catalog.lookupPackage("nuget", parts.slice(0, n).join("."));
    if (hits.length > 0) return hits.filter((t) => !t.name.endsWith("*"));
  }
  return [];
}

export const detectDotnet = importDetector({ language: "csharp", ecosystem: "nuget", defaultLang: "csharp", find: dotnetImports, fallback: nugetFallback });
