// Notebook code cells in languages other than Python (.NET Interactive /
// Polyglot notebooks: C#, F#, JavaScript…). Each cell runs through that
// language's own detector; `#r "nuget: X, 1.0"` directives are dependencies.

import type { Catalog } from "../../catalog/compile.js";
import type { Evidence, FileKind } from "../../types.js";
import { detectJavaScript } from "../javascript/index.js";
import { LANGUAGE_DETECTORS } from "../languages/index.js";
import { manifestTargets, targetEvidence } from "../manifests/evidence.js";
import type { Detector, Literal } from "../types.js";
import { lineStarts, locate } from "./lexer.js";

/** Kernel language names (lowercase) → the detector kind and a file extension it reads dialects from. */
const LANGUAGES: Record<string, { kind: FileKind; ext: string }> = {
  csharp: { kind: "csharp", ext: ".cs" },
  "c#": { kind: "csharp", ext: ".cs" },
  ".net-csharp": { kind: "csharp", ext: ".cs" },
  fsharp: { kind: "csharp", ext: ".fs" },
  "f#": { kind: "csharp", ext: ".fs" },
  ".net-fsharp": { kind: "csharp", ext: ".fs" },
  javascript: { kind: "js", ext: ".js" },
  typescript: { kind: "js", ext: ".ts" },
  java: { kind: "jvm", ext: ".java" },
  kotlin: { kind: "jvm", ext: ".kt" },
  scala: { kind: "jvm", ext: ".scala" },
  go: { kind: "go", ext: ".go" },
  rust: { kind: "rust", ext: ".rs" },
  ruby: { kind: "ruby", ext: ".rb" },
};

const DETECTORS: Partial<Record<FileKind, Detector>> = { ...LANGUAGE_DETECTORS, js: detectJavaScript };

const NUGET_DIRECTIVE = /^[ \t]*#r[ \t]+"nuget:[ \t]*([A-Za-z0-9_.-]+)[ \t]*(?:,[ \t]*([^"]*))?"/gm;

export function isForeignLanguage(language: string): boolean {
  return language.toLowerCase() in LANGUAGES;
}

/**
 * Evidence and literals of one foreign-language cell, positioned in the .ipynb
 * file through `filePos` (cell offset → file line/column).
 */
export async function foreignCell(
  path: string,
  language: string,
  cellText: string,
  filePos: (offset: number) => { line: number; column: number },
  catalog: Catalog,
): Promise<{ evidence: Evidence[]; literals: Literal[] }> {
  const lang = LANGUAGES[language.toLowerCase()];
  const detector = lang && DETECTORS[lang.kind];
  if (!lang || !detector) return { evidence: [], literals: [] };
  const starts = lineStarts(cellText);
  const toFile = (line: number, column: number) => filePos((starts[line - 1] ?? 0) + column - 1);

  const evidence: Evidence[] = [];
  for (const m of cellText.matchAll(NUGET_DIRECTIVE)) {
    const version = m[2]?.trim() || undefined;
    for (const target of manifestTargets(catalog.lookupPackage("nuget", m[1]!, version))) {
      const pos = filePos(m.index! + m[0].indexOf(m[1]!));
      evidence.push(targetEvidence("dependency", path, pos, "nuget", target, m[0].trim()));
    }
  }
  // Directives are not code in the cell's language: blank them, keeping offsets.
  const code = cellText.replace(/^[ \t]*#(?:r|i|!)\b.*$/gm, (d) => " ".repeat(d.length));
  const out = await detector({ file: { path: `${path}${lang.ext}`, kind: lang.kind, size: code.length }, text: code, catalog });
  for (const e of out.evidence) evidence.push({ ...e, file: path, ...toFile(e.line, e.column) });
  const literals = out.literals.map((l) => ({ ...l, ...toFile(l.line, l.column) }));
  return { evidence, literals };
}

export { locate };
