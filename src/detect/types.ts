import type { Catalog } from "../catalog/compile.js";
import { lineStarts, locate } from "./positions.js";
import type { Diagnostic, Evidence, FileKind, ScannedFile } from "../types.js";

/** Files of source code (a notebook included): where calls, types and SDK imports are. */
export const SOURCE_KINDS: ReadonlySet<FileKind> = new Set<FileKind>(["js", "vue", "python", "notebook", "go", "jvm", "csharp", "ruby", "php", "rust", "swift", "elixir", "dart", "code"]);

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

/**
 * A literal built with every field in one order (`key` undefined when there is
 * none): the analyzers then see one object shape from every detector, which V8
 * keeps monomorphic (mixed shapes deoptimized them again and again).
 */
export function literal(value: string, line: number, column: number, key?: string): Literal {
  return { value, line, column, key };
}

export interface DetectInput {
  file: ScannedFile;
  text: string;
  catalog: Catalog;
  /**
   * The other files of the same module, as context only (a Terraform module is
   * every .tf file of one folder: providers.tf gives bedrock.tf its region).
   * Evidence comes from `text` alone.
   */
  module?: ModuleFile[];
}

export interface ModuleFile {
  path: string;
  text: string;
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
  // lineStarts keeps the file's index: many snippets per file cost one scan.
  const starts = lineStarts(text);
  if (line < 1 || line > starts.length) return "";
  const start = starts[line - 1]!;
  const end = line < starts.length ? starts[line]! - 1 : text.length;
  // Cut before trimming: a 5 MB line must not be copied once per literal on it.
  const s = text.slice(start, Math.min(end, start + max * 4)).trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  return locate(lineStarts(text), offset);
}
