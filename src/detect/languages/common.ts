// The shape every import detector shares: mask the file, find import
// statements on the mask, resolve each imported path through the catalog,
// and hand back the file's string literals for the generic analyzers.

import { lineSnippet } from "../positions.js";
import type { Catalog, Target } from "../../catalog/compile.js";
import type { ImportLanguage } from "../../catalog/types.js";
import type { Ecosystem, Evidence } from "../../types.js";
import { extractLiterals, keyBefore, lexSpecFor } from "../lexer.js";
import { diagnostic, targetEvidence, targetKey } from "../manifests/evidence.js";
import { lineStarts, locate } from "../python/lexer.js";
import { literal, type Detector, type Literal } from "../types.js";
import { maskCode, maskLangForPath, type Masked, type MaskLang } from "./mask.js";

export interface ImportRef {
  /** The imported path as the language spells it (`github.com/x/y`, `com.x.Y`, `X\Y`, `a::b`). */
  spec: string;
  /** Offset in the file of the path's first character. */
  offset: number;
  /** Offset of the statement, so one statement reports each target once. */
  statement: number;
}

export interface ImportDetectorSpec {
  language: ImportLanguage;
  ecosystem?: Ecosystem;
  find: (masked: Masked, text: string, lang: MaskLang) => ImportRef[];
  /** Where the language imports by package name: the catalog's packages, when no import root matched. */
  fallback?: (catalog: Catalog, spec: string) => Target[];
  /** Mask language when the path alone does not say. */
  defaultLang: MaskLang;
  /** The literals from the mask itself, for languages src/detect/lexer.ts reads too coarsely (sigils, char literals). */
  fromMask?: boolean;
}

export function importDetector(spec: ImportDetectorSpec): Detector {
  return ({ file, text, catalog }) => {
    let literals: Literal[] = [];
    try {
      const lex = spec.fromMask ? undefined : lexSpecFor(file.path);
      literals = lex ? extractLiterals(text, lex) : [];
    } catch (err) {
      return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not read string literals", err)] };
    }
    try {
      const lang = maskLangForPath(file.path) ?? spec.defaultLang;
      const masked = maskCode(text, lang);
      if (spec.fromMask) literals = maskedLiterals(masked, text);
      const refs = spec.find(masked, text, lang);
      const values = new Set(literals.map((l) => l.value));
      const starts = lineStarts(text);
      const evidence: Evidence[] = [];
      const seen = new Set<string>();
      for (const ref of refs) {
        let targets = catalog.lookupImport(spec.language, ref.spec);
        if (targets.length === 0 && spec.fallback) targets = spec.fallback(catalog, ref.spec);
        for (const target of targets) {
          if (target.requiresLiteral?.length && !target.requiresLiteral.some((l) => values.has(l))) continue;
          const key = `${ref.statement}|${targetKey(target)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const pos = locate(starts, ref.offset);
          if (spec.ecosystem) {
            evidence.push(targetEvidence("import", file.path, pos, spec.ecosystem, target, snippetFromStarts(text, starts, pos.line)));
          } else {
            const e: Evidence = { kind: "import", file: file.path, line: pos.line, column: pos.column, package: target.name, snippet: snippetFromStarts(text, starts, pos.line) };
            if (target.vendor) e.vendor = target.vendor;
            if (target.framework) e.framework = target.framework;
            evidence.push(e);
          }
        }
      }
      return { evidence, literals, diagnostics: [] };
    } catch (err) {
      return { evidence: [], literals, diagnostics: [diagnostic(file.path, "could not parse imports", err)] };
    }
  };
}

/** Every literal of a mask, with the name it is bound to (`model: "…"`, `"model" => "…"`). */
export function maskedLiterals(masked: Masked, text: string): Literal[] {
  const starts = lineStarts(text);
  const out: Literal[] = [];
  for (const s of masked.strings.values()) {
    const pos = locate(starts, s.start);
    out.push(literal(s.value, pos.line, pos.column, keyBefore(text, s.start)));
  }
  return out;
}

/** Offset of the first non-blank character at or after `from` in the masked code. */
export function skipBlank(code: string, from: number, newlines = true): number {
  let j = from;
  while (j < code.length && (code[j] === " " || code[j] === "\t" || code[j] === "\r" || (newlines && code[j] === "\n"))) j++;
  return j;
}

/** A dotted / separated path read from the mask at `from`, blanks removed: `a . b.C` → `a.b.C`. */
export function readPath(code: string, from: number, ident: RegExp, sep: string): { path: string; offset: number; end: number } | undefined {
  let j = skipBlank(code, from, false);
  const offset = j;
  const parts: string[] = [];
  for (;;) {
    ident.lastIndex = j;
    const m = ident.exec(code);
    if (!m || m.index !== j) break;
    parts.push(m[0]);
    j += m[0].length;
    const k = skipBlank(code, j, false);
    if (code.startsWith(sep, k)) {
      const after = skipBlank(code, k + sep.length, false);
      ident.lastIndex = after;
      const m2 = ident.exec(code);
      if (m2 && m2.index === after) {
        j = after;
        continue;
      }
    }
    break;
  }
  if (parts.length === 0) return undefined;
  return { path: parts.join(sep), offset, end: j };
}

/** `snippetAt` for a file whose line starts are known: linear in the line, not the file. */
export const snippetFromStarts = lineSnippet;
