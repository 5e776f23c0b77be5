// Python source (.py, .pyi, .pyw): imports resolved through the catalog, and
// every string literal outside comments and docstrings.

import type { Catalog, Target } from "../../catalog/compile.js";
import type { Evidence } from "../../types.js";
import { diagnostic, lineSnippet, targetEvidence, targetKey } from "../manifests/evidence.js";
import type { Detector, Literal } from "../types.js";
import type { ImportRef } from "./analyze.js";
import { analyzePython } from "./analyze.js";
import { lineStarts, type Token } from "./lexer.js";

export interface ResolvedImport {
  target: Target;
  /** The token the evidence points at: the module, or the imported name when only it matches (`from google import genai`). */
  token: Token;
}

/**
 * Imports that name catalog targets. A target that requires a literal counts
 * only when one of its literals is among `literalValues` (the whole file's, or
 * the whole notebook's).
 */
export function resolveImports(refs: ImportRef[], catalog: Catalog, literalValues: ReadonlySet<string>): ResolvedImport[] {
  const out: ResolvedImport[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const spec = ref.name ? `${ref.module}.${ref.name}` : ref.module;
    const targets = catalog.lookupImport("python", spec);
    if (targets.length === 0) continue;
    // Point at the imported name when it, not the module, decides the targets
    // (`from google import genai`; `from anthropic import AnthropicBedrock`).
    const moduleTargets = catalog.lookupImport("python", ref.module);
    const byName = ref.nameToken && targets.some((t) => !moduleTargets.includes(t));
    const token = byName ? ref.nameToken! : ref.moduleToken;
    for (const target of targets) {
      if (target.requiresLiteral?.length && !target.requiresLiteral.some((l) => literalValues.has(l))) continue;
      const key = `${ref.statement}|${targetKey(target)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ target, token });
    }
  }
  return out;
}

export const detectPython: Detector = ({ file, text, catalog }) => {
  try {
    const analysis = analyzePython(text);
    const values = new Set(analysis.literals.map((l) => l.value));
    const starts = lineStarts(text);
    const evidence: Evidence[] = resolveImports(analysis.imports, catalog, values).map(({ target, token }) =>
      targetEvidence("import", file.path, token, "pypi", target, lineSnippet(text, starts, token.line)),
    );
    const literals: Literal[] = analysis.literals.map(({ offset: _offset, ...l }) => l);
    const diagnostics = analysis.errors.length > 0 ? [{ file: file.path, message: `could not fully parse: ${analysis.errors[0]}` }] : [];
    return { evidence, literals, diagnostics };
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not parse", err)] };
  }
};
