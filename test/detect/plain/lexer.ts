// The straightforward lexer this project had before its fast path (src/detect/lexer.ts):
// the reference the optimised one is tested against. Do not optimise.
import type { LexSpec } from "../../../src/detect/lexer.js";
import { positions } from "../../../src/detect/positions.js";
import { literal, type Literal } from "../../../src/detect/types.js";

// The name a literal is bound to, read backwards from just before it:
// `key: "`, `key = "`, `"key": "`, `'key' => '`, `Key := "`, `.method("`.
// Read by hand from the end: a regex anchored only at `$` retries from every
// start position, which is quadratic in the look-back on literal-dense files.
const NAME_CHAR = /[\w$.-]/;
export function plainKeyBefore(text: string, offset: number): string | undefined {
  let j = offset - 1;
  const stop = Math.max(0, offset - 120);
  const skipSpace = () => {
    while (j >= stop && (text[j] === " " || text[j] === "\t")) j--;
  };
  skipSpace();
  if (j < stop) return undefined;
  const c = text[j]!;
  if (c === "(") {
    j--;
    skipSpace();
  } else if (c === ":" || c === "=" || c === ">") {
    if ((c === "=" && text[j - 1] === ":") || (c === ">" && (text[j - 1] === "=" || text[j - 1] === "-"))) j--;
    else if (c === ">") return undefined;
    j--;
    skipSpace();
    if (text[j] === '"' || text[j] === "'") j--;
  } else {
    return undefined;
  }
  const end = j + 1;
  while (j >= stop && NAME_CHAR.test(text[j]!)) j--;
  const name = text.slice(j + 1, end).replace(/^[^A-Za-z_$]+/, "");
  if (!name) return undefined;
  if (c === "=") {
    // A typed binding names its variable before the type: `MODEL_ID: &str = "…"`
    // (Rust), `model: str = "…"` (Python), `const model: string = "…"` (TypeScript).
    let k = j;
    while (k >= stop && (text[k] === " " || text[k] === "\t" || text[k] === "&")) k--;
    if (k > stop && text[k] === ":" && text[k - 1] !== ":") {
      k--;
      while (k >= stop && (text[k] === " " || text[k] === "\t")) k--;
      const typedEnd = k + 1;
      while (k >= stop && /[\w$]/.test(text[k]!)) k--;
      const typed = text.slice(k + 1, typedEnd);
      if (/^[A-Za-z_$]/.test(typed)) return typed;
    }
  }
  return name.split(".").filter(Boolean).pop();
}

/** String literals outside comments, with the name each is bound to. */
export function plainExtractLiterals(text: string, spec: LexSpec): Literal[] {
  const out: Literal[] = [];
  const n = text.length;
  // Only characters that can open a comment or a string stop the scan.
  const openers = new Set([...spec.line, ...spec.block.map(([o]) => o), ...spec.quotes].map((s) => s.charCodeAt(0)));
  const startsAt = (s: string, at: number) => text.startsWith(s, at);
  const position = positions(text);

  let i = 0;
  outer: while (i < n) {
    if (!openers.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    for (const [open, close] of spec.block) {
      if (startsAt(open, i)) {
        const end = text.indexOf(close, i + open.length);
        i = end < 0 ? n : end + close.length;
        continue outer;
      }
    }
    for (const marker of spec.line) {
      if (startsAt(marker, i)) {
        const end = text.indexOf("\n", i);
        i = end < 0 ? n : end;
        continue outer;
      }
    }
    for (const q of spec.quotes) {
      if (!startsAt(q, i)) continue;
      const raw = spec.raw?.includes(q) ?? false;
      const single = q.length === 1 && q !== "`";
      let j = i + q.length;
      let value = "";
      let from = j;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === 92 /* \\ */ && !raw && j + 1 < n) {
          value += text.slice(from, j) + text[j + 1];
          j++;
          from = j + 1;
          continue;
        }
        // A one-character-quoted string does not span lines (a stray ' in code).
        if (single && c === 10) break;
        if (c === q.charCodeAt(0) && startsAt(q, j)) break;
      }
      value += text.slice(from, j);
      const key = plainKeyBefore(text, i);
      const at = position(i);
      out.push(literal(value, at.line, at.column, key || undefined));
      i = j < n && startsAt(q, j) ? j + q.length : j;
      continue outer;
    }
    i++;
  }
  return out;
}
