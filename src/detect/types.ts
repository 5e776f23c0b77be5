import type { Catalog } from "../catalog/compile.js";
import type { Diagnostic, Evidence, ScannedFile } from "../types.js";

/**
 * A string literal (or config value) found in code or config, outside comments.
 * Generic analyzers read these for API hosts, base URLs, model ids and keys, so
 * each language's extractor only has to know its own lexical rules.
 */
export interface Literal {
  value: string;
  line: number; // 1-based, where the literal starts
  column: number; // 1-based
  /**
   * The name the literal is bound to, when the syntax says so: the property,
   * keyword argument, variable, YAML/JSON key or env name (`baseURL`, `base_url`,
   * `OPENAI_BASE_URL`, `model`). Lets analyzers tell an SDK's base URL or model
   * argument from any other string.
   */
  key?: string;
}

export interface DetectInput {
  file: ScannedFile;
  text: string;
  catalog: Catalog;
}

export interface DetectOutput {
  /** Imports and dependencies: evidence whose vendor/framework came from the catalog. */
  evidence: Evidence[];
  /** String literals outside comments, for the generic host / model / base-URL analyzers. */
  literals: Literal[];
  diagnostics: Diagnostic[];
}

export type Detector = (input: DetectInput) => DetectOutput | Promise<DetectOutput>;

/**
 * The source line at `line` (1-based), trimmed, for an evidence snippet. The
 * pipeline redacts and caps every snippet afterwards (src/redact.ts), so the
 * generous cap here never cuts a key before it is masked.
 */
export function snippetAt(text: string, line: number, max = 2000): string {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return "";
    start = next + 1;
  }
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  const s = text.slice(start, end).trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
