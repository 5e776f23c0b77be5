// Shared by every lockfile parser: a line index built in one pass (offset →
// line by binary search, never a search per entry), and a collector that turns
// locked package names into evidence for catalog packages only.

import type { Target } from "../../catalog/compile.js";
import { lineStarts, locate } from "../positions.js";
import type { Diagnostic, Ecosystem, Evidence } from "../../types.js";
import type { DetectInput, DetectOutput } from "../types.js";

/** Line starts of a text, computed once. */
export class LineIndex {
  readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    return locate(this.starts, offset);
  }

  /** The raw text of a 1-based line, without its line break. */
  line(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return "";
    const next = this.starts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text[end - 1] === "\r") end--;
    return this.text.slice(start, end);
  }

  get count(): number {
    return this.starts.length;
  }
}

/** A source line trimmed and capped, for a snippet. */
export function snippetOf(line: string, max = 160): string {
  const s = line.trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** One locked package at one place in the file. */
export interface Locked {
  name: string;
  version?: string | undefined;
  line: number; // 1-based
  column: number; // 1-based
  /** Only a dependency pulls it in: the lockfile does not record the project naming it. */
  transitive: boolean;
}

const targetKey = (t: Target) => `${t.vendor ?? ""}|${t.framework ?? ""}|${t.name}`;

/**
 * Collects locked packages into evidence: catalog packages only, targets that
 * need a literal in the same file skipped (a lockfile has no code), one
 * evidence per target per file — at its direct entry when there is one, else
 * at its first entry.
 */
export class Collector {
  private readonly found = new Map<string, Evidence>();
  readonly lines: LineIndex;

  constructor(
    private readonly input: DetectInput,
    private readonly ecosystem: Ecosystem,
    lines?: LineIndex,
  ) {
    this.lines = lines ?? new LineIndex(input.text);
  }

  add(entry: Locked): void {
    if (!entry.name) return;
    const targets = this.input.catalog.lookupPackage(this.ecosystem, entry.name, entry.version || undefined);
    for (const target of targets) {
      if (target.requiresLiteral && target.requiresLiteral.length > 0) continue;
      const key = targetKey(target);
      const had = this.found.get(key);
      if (had) {
        const better =
          had.transitive === entry.transitive ? entry.line < had.line : had.transitive === true;
        if (!better) continue;
      }
      const e: Evidence = {
        kind: "lockfile",
        file: this.input.file.path,
        line: entry.line,
        column: entry.column,
        ecosystem: this.ecosystem,
        package: target.name,
        snippet: snippetOf(this.lines.line(entry.line)),
        transitive: entry.transitive,
      };
      if (target.vendor) e.vendor = target.vendor;
      if (target.framework) e.framework = target.framework;
      this.found.set(key, e);
    }
  }

  /** Adds at an offset in the text. */
  addAt(name: string, version: string | undefined, offset: number, transitive: boolean): void {
    const pos = this.lines.position(offset);
    this.add({ name, version, line: pos.line, column: pos.column, transitive });
  }

  evidence(): Evidence[] {
    return [...this.found.values()].sort(
      (a, b) => a.line - b.line || a.column - b.column || (a.package ?? "").localeCompare(b.package ?? ""),
    );
  }

  output(diagnostics: Diagnostic[] = []): DetectOutput {
    return { evidence: this.evidence(), literals: [], diagnostics };
  }
}

export class LockfileError extends Error {}

export function failed(file: string, format: string, err: unknown): DetectOutput {
  const message = err instanceof Error ? err.message : String(err);
  return { evidence: [], literals: [], diagnostics: [{ file, message: `could not parse ${format}: ${message.split("\n")[0]}` }] };
}

/** Column (1-based) of the first non-blank character of a line. */
export function indentColumn(line: string): number {
  const m = /^[ \t]*/.exec(line);
  return (m?.[0].length ?? 0) + 1;
}

/**
 * Splits `name@range` (npm-style, scoped or not) at the `@` that ends the name.
 * `@scope/pkg@^1` → [`@scope/pkg`, `^1`]; `pkg` → [`pkg`, ``].
 */
export function splitAtVersion(spec: string): [string, string] {
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  return at < 0 ? [spec, ""] : [spec.slice(0, at), spec.slice(at + 1)];
}

/** `npm:openai@^4` (an alias's range) → `openai`, `^4`. */
export function npmAliasOf(range: string): [string, string] | undefined {
  if (!range.startsWith("npm:")) return undefined;
  const [name, version] = splitAtVersion(range.slice(4));
  return name ? [name, version] : undefined;
}
