// The JavaScript / TypeScript detector: module specifiers resolved through the
// catalog, and every string literal outside comments with the name it is bound to.
//
// Measured on ~3,700 real files (23 MB: node_modules sources and .d.ts, two
// Next.js chat apps): tokenizer + import/literal extraction ~10-24 MB/s,
// typescript-estree parse + walk ~0.7-1.4 MB/s after a ~0.4 s load, with
// identical imports on every file and identical keyed literals on all but 5
// (TypeScript defaults after union annotations, destructuring renames with
// defaults, private-name assignment keys). So the tokenizer is the
// primary path for both imports and literals, and typescript-estree is asked
// only when the tokenizer says it is unsure (an unterminated string, regex or
// comment, unbalanced brackets, JSX it could not read). If the parser throws
// too (Flow, invalid fixtures, syntax errors), the tokenizer's result stands
// and the file gets one diagnostic: imports are never lost to a parse error.

import { jsPackageName, type Catalog, type Target } from "../../catalog/compile.js";
import { positions } from "../positions.js";
import { passesPrefilter } from "../prefilter.js";
import type { Diagnostic, Evidence } from "../../types.js";
import { diagnostic, targetEvidence, targetKey } from "../manifests/evidence.js";
import { literal, snippetAt, type Literal } from "../types.js";
import { parseWithEstree } from "./estree.js";
import { beforeTokenizing } from "./prime.js";
import { tokenImports, tokenLiterals, type RawImport, type RawLiteral } from "./literals.js";
import { lex, type Dialect } from "./tokenizer.js";

export type ParseMode = "auto" | "tokenizer" | "estree";

export interface JsAnalysis {
  imports: RawImport[];
  literals: RawLiteral[];
  parser: "tokenizer" | "estree";
  /** Why the tokenizer was unsure (empty when it was sure). */
  unsure: string[];
  /** The parser's error, when it was asked and failed. */
  parseError?: string;
}

/** `.ts` has no JSX (`<T>x` is a cast); `.js` may hold JSX; `.tsx`/`.jsx` do. */
export function dialectOf(path: string): Dialect {
  const ext = /\.([cm]?[jt]sx?)$/i.exec(path)?.[1]?.toLowerCase() ?? "js";
  return { ts: ext.includes("t"), jsx: !/^[cm]?ts$/.test(ext) };
}

/** A file name typescript-estree reads with the same dialect. */
const parserPath = (d: Dialect) => (d.ts ? (d.jsx ? "file.tsx" : "file.ts") : "file.js");

export async function analyzeJavaScript(text: string, dialect: Dialect, mode: ParseMode = "auto"): Promise<JsAnalysis> {
  beforeTokenizing();
  const tok = lex(text, dialect);
  // Read now: the token arrays are reused by the next lex, which may run while the parser is awaited.
  const fromTokens: JsAnalysis = {
    imports: tokenImports(tok.tokens),
    literals: tokenLiterals(tok.tokens, text, dialect.ts),
    parser: "tokenizer",
    unsure: tok.unsure,
  };
  if (mode === "tokenizer" || (mode === "auto" && tok.unsure.length === 0)) return fromTokens;
  try {
    const exact = await parseWithEstree(text, parserPath(dialect));
    return { ...exact, parser: "estree", unsure: tok.unsure };
  } catch (err) {
    const message = err instanceof Error ? err.message.split("\n")[0]! : String(err);
    return { ...fromTokens, parseError: message };
  }
}

/** Only a file that names a catalog token and has `import`/`require`/`from` before a quote can import a vendor. */
const IMPORTISH = /\b(?:from|import|require)\s*(?:\(\s*)?["'`]/;

export interface JsDetectOptions {
  path: string;
  dialect: Dialect;
  mode?: ParseMode;
}

/**
 * Evidence for each catalog target a specifier names (subpaths resolve to their
 * package), placed at the specifier's opening quote. A target that requires a
 * literal counts only if one of its literals is in the file.
 */
export async function detectJs(text: string, catalog: Catalog, opts: JsDetectOptions) {
  const evidence: Evidence[] = [];
  const diagnostics: Diagnostic[] = [];
  let literals: Literal[] = [];
  try {
    const analysis = await analyzeJavaScript(text, opts.dialect, opts.mode);
    if (analysis.parseError !== undefined) {
      diagnostics.push({ file: opts.path, message: `could not parse (${analysis.parseError}); used the fallback tokenizer` });
    }
    const at = positions(text);
    literals = analysis.literals.map(({ value, offset, key }) => {
      const p = at(offset);
      return literal(value, p.line, p.column, key);
    });
    // No import, nothing to look up: the text-wide checks only for a file that has one.
    if (analysis.imports.length > 0 && passesPrefilter(catalog, text) && IMPORTISH.test(text)) {
      let values: Set<string> | undefined; // only for a target that requires a literal
      const seen = new Set<string>();
      for (const imp of analysis.imports) {
        // A named export can be another vendor's client (`import { AzureOpenAI }
        // from "openai"`): the catalog lists it as `<package>.<Name>` (as Python's
        // `openai.AzureOpenAI`), at the name's position.
        const named = jsPackageName(imp.specifier) === imp.specifier ? (imp.names ?? []) : [];
        const moduleTargets = catalog.lookupImport("js", imp.specifier);
        const moduleVendors = new Set(moduleTargets.map((t) => t.vendor));
        const refs = [
          { offset: imp.offset, targets: moduleTargets },
          ...named.map((n) => ({
            offset: n.offset,
            // Only a name that reaches another vendor than its module (a package
            // pattern that `openai.Name` happens to fit adds nothing).
            targets: catalog.lookupImport("js", `${imp.specifier}.${n.name}`).filter((t) => t.vendor !== undefined && !moduleVendors.has(t.vendor)),
          })),
        ];
        for (const ref of refs) for (const target of ref.targets) {
          if (target.requiresLiteral?.length && !literalAllows(target, (values ??= new Set(analysis.literals.map((l) => l.value))))) continue;
          const id = `${ref.offset}|${targetKey(target)}`;
          if (seen.has(id)) continue;
          seen.add(id);
          const pos = at(ref.offset);
          evidence.push(targetEvidence("import", opts.path, pos, "npm", target, snippetAt(text, pos.line)));
        }
      }
    }
  } catch (err) {
    diagnostics.push(diagnostic(opts.path, "could not scan", err));
  }
  return { evidence, literals, diagnostics };
}

function literalAllows(target: Target, values: ReadonlySet<string>): boolean {
  return !target.requiresLiteral?.length || target.requiresLiteral.some((l) => values.has(l));
}
