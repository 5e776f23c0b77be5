// A small Python tokenizer: just enough lexical knowledge to keep comments,
// docstrings and string contents from ever looking like code, and to hand the
// generic analyzers every real string literal with the name it is bound to.
//
// It never throws: malformed input (an unterminated string, unbalanced
// brackets) produces a best-effort token stream plus a message.

import { lineStarts, locate } from "../positions.js";
export type TokenType = "name" | "string" | "number" | "op" | "newline";

export interface Token {
  type: TokenType;
  /** Source text for names/numbers/ops; the decoded value for strings. */
  value: string;
  offset: number;
  line: number; // 1-based
  column: number; // 1-based
  /** Bracket depth before this token (a closing bracket has the depth inside it). */
  depth: number;
  /** The innermost open bracket around this token, if any. */
  bracket?: "(" | "[" | "{";
  /** For strings: the prefix letters (lowercased: "", "r", "b", "f", "rb", "fr", …). */
  prefix?: string;
}

export interface LexedLiteral {
  value: string;
  line: number;
  column: number;
  offset: number;
}

export interface LexResult {
  tokens: Token[];
  /** String literals nested inside f-string replacement fields (`f"{d['model']}"`). */
  nested: LexedLiteral[];
  errors: string[];
}

const STRING_PREFIXES = new Set(["r", "u", "b", "f", "t", "br", "rb", "fr", "rf", "tr", "rt"]);

const OPS3 = ["**=", "//=", ">>=", "<<=", "..."];
const OPS2 = ["==", "!=", "<=", ">=", ":=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "**", "//", ">>", "<<"];

const isIdStart = (c: string) => /[A-Za-z_\u00C0-\uFFFF]/.test(c);
const isIdChar = (c: string) => /[A-Za-z0-9_\u00C0-\uFFFF]/.test(c);

export { lineStarts, locate };

const SIMPLE_ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  "0": "\0",
};

export function lexPython(text: string): LexResult {
  const tokens: Token[] = [];
  const nested: LexedLiteral[] = [];
  const errors: string[] = [];
  const starts = lineStarts(text);
  const stack: ("(" | "[" | "{")[] = [];
  const n = text.length;
  let i = 0;

  const push = (type: TokenType, value: string, offset: number, extra?: Partial<Token>) => {
    const { line, column } = locate(starts, offset);
    const tok: Token = { type, value, offset, line, column, depth: stack.length, ...extra };
    const top = stack[stack.length - 1];
    if (top) tok.bracket = top;
    tokens.push(tok);
  };

  /**
   * Reads a string whose quote starts at `q` with `prefix` already consumed.
   * Returns the decoded value (f-string fields kept verbatim in braces) and the
   * offset after the closing quote.
   */
  const readString = (q: number, prefix: string): { value: string; end: number } => {
    const quote = text[q]!;
    const triple = text.startsWith(quote.repeat(3), q);
    const delim = triple ? quote.repeat(3) : quote;
    const raw = prefix.includes("r");
    const bytes = prefix.includes("b");
    const fmt = prefix.includes("f") || prefix.includes("t");
    let j = q + delim.length;
    let out = "";
    while (j < n) {
      const c = text[j]!;
      if (c === "\\") {
        const d = text[j + 1];
        if (d === undefined) {
          j++;
          break;
        }
        if (raw) {
          out += c + d;
          j += 2;
          continue;
        }
        if (d === "\n") {
          j += 2;
          continue;
        }
        if (d === "\r" && text[j + 2] === "\n") {
          j += 3;
          continue;
        }
        const simple = SIMPLE_ESCAPES[d];
        if (simple !== undefined && !(d === "0" && /[0-7]/.test(text[j + 2] ?? ""))) {
          out += simple;
          j += 2;
          continue;
        }
        let m: RegExpExecArray | null;
        if ((m = /^[0-7]{1,3}/.exec(text.slice(j + 1, j + 4)))) {
          out += String.fromCharCode(parseInt(m[0], 8));
          j += 1 + m[0].length;
          continue;
        }
        const hexLen = d === "x" ? 2 : !bytes && d === "u" ? 4 : !bytes && d === "U" ? 8 : 0;
        if (hexLen > 0) {
          const hex = text.slice(j + 2, j + 2 + hexLen);
          if (new RegExp(`^[0-9a-fA-F]{${hexLen}}$`).test(hex)) {
            const cp = parseInt(hex, 16);
            out += cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
            j += 2 + hexLen;
            continue;
          }
        }
        out += c + d; // unknown escape: Python keeps the backslash
        j += 2;
        continue;
      }
      if (text.startsWith(delim, j)) return { value: out, end: j + delim.length };
      if (!triple && (c === "\n" || (c === "\r" && text[j + 1] === "\n"))) {
        errors.push(`unterminated string at line ${locate(starts, q).line}`);
        return { value: out, end: j };
      }
      if (fmt && c === "{") {
        if (text[j + 1] === "{") {
          out += "{";
          j += 2;
          continue;
        }
        const end = readField(j + 1, delim);
        out += text.slice(j, end);
        j = end;
        continue;
      }
      if (fmt && c === "}" && text[j + 1] === "}") {
        out += "}";
        j += 2;
        continue;
      }
      out += c;
      j++;
    }
    errors.push(`unterminated string at line ${locate(starts, q).line}`);
    return { value: out, end: n };
  };

  /**
   * Skips an f-string replacement field starting after its `{`; returns the
   * offset after the closing `}`. Strings inside the expression are literals.
   */
  const readField = (from: number, delim: string): number => {
    let j = from;
    let depth = 0;
    let spec = false; // inside the format spec (after a top-level `:`)
    while (j < n) {
      const c = text[j]!;
      // In a format spec the closing quote ends the string (the field is malformed);
      // in the expression a quote opens a nested string (valid since Python 3.12).
      if (spec && text.startsWith(delim, j)) return j;
      // A single-quoted f-string's field rarely spans lines; a newline outside
      // brackets means the field is unterminated: let the string end there.
      if (c === "\n" && delim.length === 1 && depth === 0) return j;
      if (spec) {
        if (c === "{") {
          j = readField(j + 1, delim);
          continue;
        }
        if (c === "}") return j + 1;
        j++;
        continue;
      }
      if (c === "#") {
        // A comment inside a (3.12) multi-line field runs to the line end.
        while (j < n && text[j] !== "\n") j++;
        continue;
      }
      if (c === "'" || c === '"') {
        const s = readString(j, "");
        const { line, column } = locate(starts, j);
        nested.push({ value: s.value, line, column, offset: j });
        j = s.end;
        continue;
      }
      if (isIdStart(c)) {
        let k = j;
        while (k < n && isIdChar(text[k]!)) k++;
        const word = text.slice(j, k);
        if ((text[k] === "'" || text[k] === '"') && STRING_PREFIXES.has(word.toLowerCase())) {
          const s = readString(k, word.toLowerCase());
          const { line, column } = locate(starts, j);
          nested.push({ value: s.value, line, column, offset: j });
          j = s.end;
          continue;
        }
        j = k;
        continue;
      }
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]") depth = Math.max(0, depth - 1);
      else if (c === "}") {
        if (depth === 0) return j + 1;
        depth--;
      } else if (c === ":" && depth === 0 && text[j + 1] !== "=") spec = true;
      j++;
    }
    return n;
  };

  while (i < n) {
    const c = text[i]!;
    if (c === "\n") {
      if (stack.length === 0) {
        const last = tokens[tokens.length - 1];
        if (last && last.type !== "newline") push("newline", "\n", i);
      }
      i++;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r" || c === "\f" || c === "\v" || c === "\uFEFF") {
      i++;
      continue;
    }
    if (c === "#") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (c === "\\") {
      // Line continuation (anything else after a backslash is a syntax error: skip it).
      i++;
      if (text[i] === "\r") i++;
      if (text[i] === "\n") i++;
      continue;
    }
    if (c === "'" || c === '"') {
      const s = readString(i, "");
      push("string", s.value, i, { prefix: "" });
      i = s.end;
      continue;
    }
    if (isIdStart(c)) {
      let k = i;
      while (k < n && isIdChar(text[k]!)) k++;
      const word = text.slice(i, k);
      if ((text[k] === "'" || text[k] === '"') && STRING_PREFIXES.has(word.toLowerCase())) {
        const prefix = word.toLowerCase();
        const s = readString(k, prefix);
        push("string", s.value, i, { prefix });
        i = s.end;
        continue;
      }
      push("name", word, i);
      i = k;
      continue;
    }
    if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(text[i + 1] ?? ""))) {
      const hex = /^0[xX]/.test(text.slice(i, i + 2));
      let k = i + 1;
      while (k < n && (/[0-9A-Za-z_.]/.test(text[k]!) || (!hex && /[eE]/.test(text[k - 1]!) && /[+-]/.test(text[k]!)))) k++;
      push("number", text.slice(i, k), i);
      i = k;
      continue;
    }
    if (c === "(" || c === "[" || c === "{") {
      push("op", c, i);
      stack.push(c);
      i++;
      continue;
    }
    if (c === ")" || c === "]" || c === "}") {
      push("op", c, i);
      if (stack.length > 0) stack.pop();
      i++;
      continue;
    }
    const op = OPS3.find((o) => text.startsWith(o, i)) ?? OPS2.find((o) => text.startsWith(o, i)) ?? c;
    push("op", op, i);
    i += op.length;
  }
  const last = tokens[tokens.length - 1];
  if (last && last.type !== "newline") push("newline", "", n);
  return { tokens, nested, errors };
}
