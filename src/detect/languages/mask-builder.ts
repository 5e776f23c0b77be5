// Shared by the maskers written as their own small scanners (Elixir, Dart):
// the same `Masked` contract as mask.ts — comments become spaces, a string
// becomes `"` and spaces, offsets and newlines are kept, each literal's
// decoded value is kept by the offset of its `"`.

import type { Masked, MaskedString } from "./mask.js";

const SIMPLE_ESC: Record<string, string> = { n: "\n", t: "\t", r: "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'", $: "$", "#": "#" };

export class MaskBuilder {
  private readonly chars: string[];
  private readonly strings = new Map<number, MaskedString>();
  constructor(private readonly text: string) {
    this.chars = text.split("");
  }

  blank(from: number, to: number): void {
    for (let k = Math.max(0, from); k < to && k < this.chars.length; k++) if (this.chars[k] !== "\n" && this.chars[k] !== "\r") this.chars[k] = " ";
  }

  /** A literal from `start` (prefix or opening delimiter) to `end`, content from `contentStart`. */
  string(start: number, contentStart: number, end: number, value: string): number {
    this.blank(start, end);
    this.chars[start] = '"';
    this.strings.set(start, { start, end, contentStart, value });
    return end;
  }

  /** Skips a comment or other non-code span. */
  comment(from: number, to: number): number {
    this.blank(from, to);
    return to;
  }

  result(): Masked {
    return { code: this.chars.join(""), strings: this.strings };
  }
}

export interface QuotedOptions {
  escapes?: boolean;
  multiline?: boolean;
  /** Interpolation opener (`#{`, `${`): skipped to its matching `}`, strings inside included. */
  interp?: string;
  /** Dart's `$name` interpolation: kept out of the value like `${…}`. */
  dollarIdent?: boolean;
  /** An opener that nests (sigil `~s(a (b) c)` pairs): the close counts only at depth 0. */
  openNest?: string;
}

/** Reads a literal's body from `from` up to `close`; `end` is past the closer (or where it broke off). */
export function readQuoted(text: string, from: number, close: string, opts: QuotedOptions = {}): { end: number; value: string } {
  const n = text.length;
  let j = from;
  let value = "";
  let depth = 0;
  while (j < n) {
    const c = text[j]!;
    if (opts.escapes && c === "\\" && j + 1 < n) {
      const d = text[j + 1]!;
      value += SIMPLE_ESC[d] ?? d;
      j += 2;
      continue;
    }
    if (opts.interp && text.startsWith(opts.interp, j)) {
      j = skipInterpolation(text, j + opts.interp.length);
      continue;
    }
    if (opts.dollarIdent && c === "$" && /[A-Za-z_]/.test(text[j + 1] ?? "")) {
      j++;
      while (j < n && /\w/.test(text[j]!)) j++;
      continue;
    }
    if (opts.openNest && c === opts.openNest) {
      depth++;
      value += c;
      j++;
      continue;
    }
    if (text.startsWith(close, j)) {
      if (depth > 0) {
        depth--;
        value += c;
        j++;
        continue;
      }
      return { end: j + close.length, value };
    }
    if (c === "\n" && !opts.multiline) break;
    value += c;
    j++;
  }
  return { end: j, value };
}

/** From just inside `{`: the offset past the matching `}`, skipping nested braces and simple strings. */
export function skipInterpolation(text: string, j: number): number {
  const n = text.length;
  let depth = 1;
  while (j < n) {
    const c = text[j]!;
    if (c === '"' || c === "'") {
      let k = j + 1;
      while (k < n && text[k] !== c && text[k] !== "\n") k += text[k] === "\\" ? 2 : 1;
      j = k + 1;
      continue;
    }
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return j + 1;
    j++;
  }
  return n;
}
