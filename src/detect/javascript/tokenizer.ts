// A comment- and string-aware JavaScript / TypeScript tokenizer. It is not a
// parser: it knows exactly enough of the lexical grammar to never read a
// comment as code and never read code inside a string, template, regex or JSX
// text. Regex-vs-division and JSX-vs-less-than are decided from the previous
// token and the bracket that is open, the way a parser would; where that
// guess can still be wrong the result says `unsure` and the caller asks the
// real parser.

import { escape } from "./escapes.js";
import { JSX, JSX_END, NAME, NUMBER, OPEN, PUNCT, REGEX, STRING, TEMPLATE, tokenObjects, type Dialect, type LexResult, type TokenizeResult, type Tokens } from "./tokens.js";

export { tokenObjects, type Dialect, type LexResult, type Token, type TokenizeResult, type Tokens, type TokenType } from "./tokens.js";

const EXPR_KEYWORDS = new Set([
  "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else",
  "yield", "await", "extends", "satisfies", "as", "export", "default",
]);
const BLOCK_AFTER = new Set(["else", "try", "finally", "do", "=>", ";", "{", "}"]);
const COND_KEYWORDS = new Set(["if", "while", "for", "with"]);
const PUNCTS = [
  ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
  "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "**", "<<", ">>",
];
/** The multi-character punctuators by first character, longest first (one `startsWith` per candidate, not per punctuator). */
const PUNCTS_BY_CHAR: string[][] = Array.from({ length: 128 }, () => []); // dense: a hole or a read past the end deoptimizes
for (const p of PUNCTS) PUNCTS_BY_CHAR[p.charCodeAt(0)]!.push(p);
const NUMBER_RE = /(?:0[xXbBoO][0-9a-fA-F_]+n?|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?n?)/y;
const MAX_DEPTH = 500;
const MAX_JSX_ABORTS = 8;
const JSX_TEXT_END = /[<{]/g;
// Module-level (not a literal per call); each use sets lastIndex right before its exec.
const JSX_TAG = /[\w$.:-]*/y;
const JSX_ATTR = /[\w$:-]+/y;
const JSX_CLOSE = /<\s*\/\s*([\w$.:-]*)\s*>/y;
const GENERIC_ARROW = /^<\s*[\w$]+\s*(?:,|extends\b)/;

/** Does a `{` after token i open a block (after whose `}` a `/` starts a regex), not an object literal? */
function opensBlock(t: Tokens, i: number): boolean {
  if (i < 0) return true;
  const v = t.value[i]!;
  if (t.type[i] === PUNCT) return BLOCK_AFTER.has(v) || v === ")";
  if (t.type[i] !== NAME) return false;
  return v === "else" || v === "do" || !EXPR_KEYWORDS.has(v);
}

const isIdStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 || c === 35 || c > 127 || c === 92;
/** Name parts by char code below 128 (a table: names are most of the source); every code above 127 is one. */
const ID_PART = new Uint8Array(128);
for (let c = 0; c < 128; c++) ID_PART[c] = isIdStart(c) || (c >= 48 && c <= 57) ? 1 : 0;
const isIdPart = (c: number) => (c < 128 ? ID_PART[c] === 1 : c === c); // NaN (past the end) is not
const isDigit = (c: number) => c >= 48 && c <= 57;
/** One-character punctuators by code, so a token's value is a shared constant, not a new string. */
const CHARS: string[] = [];
for (let c = 0; c < 128; c++) CHARS[c] = String.fromCharCode(c);

class JsxAbort extends Error {}

/** The tokens as objects (tests, and any reader that wants them); `lex` is the compact form the detector reads. */
export function tokenize(src: string, dialect: Dialect): TokenizeResult {
  const { tokens, unsure } = lex(src, dialect);
  return { tokens: tokenObjects(src, tokens), unsure };
}

// The arrays of the last `lex` call, reused by the next (a file's arrays are
// garbage as soon as its literals and imports are read; allocating and zeroing
// them per file showed in profiles). So a LexResult is valid until the next call.
// They start small on purpose: the first files grow them, while the tokenizer
// is still unoptimised. Starting at 64K tokens, the first file past that grew
// them halfway through a scan, and V8 threw away the tokenizer's and its
// readers' optimised code at once (it had taken the arrays for constants).
const INITIAL_TOKENS = 256;
const shared: Tokens = {
  n: 0,
  type: new Uint8Array(INITIAL_TOKENS),
  start: new Int32Array(INITIAL_TOKENS),
  end: new Int32Array(INITIAL_TOKENS),
  template: new Int32Array(INITIAL_TOKENS),
  flags: new Uint8Array(INITIAL_TOKENS),
  value: [],
};

/** Grows the shared arrays (doubling), keeping the first `n` tokens. */
function grow(t: Tokens): void {
  const cap = t.type.length * 2;
  const g8 = (a: Uint8Array) => {
    const b = new Uint8Array(cap);
    b.set(a.subarray(0, t.n));
    return b;
  };
  const g32 = (a: Int32Array) => {
    const b = new Int32Array(cap);
    b.set(a.subarray(0, t.n));
    return b;
  };
  t.type = g8(t.type);
  t.flags = g8(t.flags);
  t.start = g32(t.start);
  t.end = g32(t.end);
  t.template = g32(t.template);
}

/** The compact tokens of `src`; valid until the next call (the arrays are reused). */
export function lex(src: string, dialect: Dialect): LexResult {
  const t = shared;
  t.n = 0;
  t.value = [];
  const unsure: string[] = [];
  let pos = 0;
  let depth = 0;
  /** Whether the token just closed (a `)` or `}`) lets a regex follow. */
  let closerRegex = false;
  /** Each failed JSX attempt may have read to the end of the file: a few, then no more. */
  let jsxAborts = 0;

  const push = (type: number, value: string | undefined, start: number, end: number, template = -1, flags = 0) => {
    const i = t.n;
    if (i === t.type.length) grow(t);
    t.type[i] = type;
    t.start[i] = start;
    t.end[i] = end;
    t.template[i] = template;
    t.flags[i] = flags;
    t.value[i] = value;
    t.n = i + 1;
  };

  /** Can an expression start here (so `/` is a regex and `<` may be JSX)? */
  const exprStart = (): boolean => {
    const i = t.n - 1;
    if (i < 0) return true;
    const v = t.value[i];
    switch (t.type[i]) {
      case TEMPLATE:
        return (t.flags[i]! & OPEN) !== 0;
      case NAME: {
        if (i > 0 && t.type[i - 1] === PUNCT && (t.value[i - 1] === "." || t.value[i - 1] === "?.")) return false;
        return EXPR_KEYWORDS.has(v!);
      }
      case PUNCT:
        if (v === ")" || v === "}") return closerRegex;
        return v !== "]" && v !== "++" && v !== "--";
      default: // string, number, regex, jsx-end
        return false;
    }
  };

  // The hot loops keep the offset in a local (`pos` is shared by the closures, so every write to it is a memory write).
  const skipSpaceAndComments = (): void => {
    let p = pos;
    const n = src.length;
    while (p < n) {
      const c = src.charCodeAt(p);
      if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xfeff || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 11 || c === 12) {
        p++;
      } else if (c === 47 && src.charCodeAt(p + 1) === 47) {
        const nl = src.indexOf("\n", p);
        p = nl < 0 ? n : nl;
      } else if (c === 47 && src.charCodeAt(p + 1) === 42) {
        const close = src.indexOf("*/", p + 2);
        if (close < 0) {
          unsure.push(`unterminated comment at offset ${p}`);
          p = n;
        } else p = close + 2;
      } else break;
    }
    pos = p;
  };

  /** A '…' or "…" string; stops at an unescaped newline (and says so). */
  const readString = (): void => {
    const start = pos;
    const q = src.charCodeAt(pos++);
    // Most strings have no escape: find the closing quote in a local loop and slice once.
    for (let p = pos, n = src.length; p < n; p++) {
      const c = src.charCodeAt(p);
      if (c === q) {
        pos = p + 1;
        return push(STRING, src.slice(start + 1, p), start, pos);
      }
      if (c === 92 || c === 10 || c === 13) break;
    }
    let out = "";
    let chunk = pos;
    for (;;) {
      if (pos >= src.length) {
        unsure.push(`unterminated string at offset ${start}`);
        out += src.slice(chunk, pos);
        break;
      }
      const c = src.charCodeAt(pos);
      if (c === q) {
        out += src.slice(chunk, pos);
        pos++;
        break;
      }
      if (c === 10 || c === 13) {
        unsure.push(`unterminated string at offset ${start}`);
        out += src.slice(chunk, pos);
        break;
      }
      if (c === 92) {
        out += src.slice(chunk, pos);
        const [cooked, next] = escape(src, pos);
        out += cooked;
        pos = next;
        chunk = pos;
      } else pos++;
    }
    push(STRING, out, start, pos);
  };

  /** A template literal: one token per static part; `${…}` expressions are tokenized in between. */
  const readTemplate = (): void => {
    const template = pos;
    let partStart = pos;
    pos++;
    let out = "";
    let chunk = pos;
    for (;;) {
      if (pos >= src.length) {
        unsure.push(`unterminated template at offset ${template}`);
        push(TEMPLATE, out + src.slice(chunk, pos), partStart, pos, template);
        return;
      }
      const c = src.charCodeAt(pos);
      if (c === 96) {
        pos++;
        push(TEMPLATE, out + src.slice(chunk, pos - 1), partStart, pos, template);
        return;
      }
      if (c === 92) {
        out += src.slice(chunk, pos);
        const [cooked, next] = escape(src, pos);
        out += cooked;
        pos = next;
        chunk = pos;
      } else if (c === 36 && src.charCodeAt(pos + 1) === 123) {
        push(TEMPLATE, out + src.slice(chunk, pos), partStart, pos + 2, template, OPEN);
        pos += 2;
        partStart = code(true); // at the closing `}`
        if (partStart >= src.length) return;
        pos = partStart + 1;
        out = "";
        chunk = pos;
      } else pos++;
    }
  };

  const readRegex = (): void => {
    const start = pos++;
    let inClass = false;
    while (pos < src.length) {
      const c = src.charCodeAt(pos);
      if (c === 10 || c === 13) {
        unsure.push(`unterminated regex at offset ${start}`);
        return push(REGEX, undefined, start, pos);
      }
      if (c === 92) pos += 2;
      else if (c === 91) (inClass = true), pos++;
      else if (c === 93) (inClass = false), pos++;
      else if (c === 47 && !inClass) {
        pos++;
        while (pos < src.length && isIdPart(src.charCodeAt(pos))) pos++;
        return push(REGEX, undefined, start, pos);
      } else pos++;
    }
    unsure.push(`unterminated regex at offset ${start}`);
    push(REGEX, undefined, start, pos);
  };

  const readName = (): void => {
    const start = pos;
    let p = pos + 1;
    for (const n = src.length; p < n; p++) {
      const c = src.charCodeAt(p);
      if (c < 128 && ID_PART[c] === 0) break;
    }
    pos = p;
    push(NAME, src.slice(start, p), start, p);
  };

  /** Is `<` here the start of a JSX element (not a comparison or a TS generic arrow)? */
  const jsxStarts = (): boolean => {
    if (!dialect.jsx || jsxAborts >= MAX_JSX_ABORTS || !exprStart()) return false;
    const c = src.charCodeAt(pos + 1);
    if (c === 62) return true; // <> fragment
    if (!isIdStart(c) || c === 35) return false;
    if (dialect.ts && GENERIC_ARROW.test(src.slice(pos, pos + 200))) return false;
    return true;
  };

  /** Tokenizes code until the `}` that closes the caller's `{` (`stopAtBrace`) or the end; returns that brace's offset. */
  const code = (stopAtBrace: boolean): number => {
    if (++depth > MAX_DEPTH) throw new JsxAbort("nesting too deep");
    /** Per open bracket: a `/` after its closer starts a regex (`(` after if/while/for/with, `{` that opens a block). */
    const stack: boolean[] = [];
    try {
      for (;;) {
        skipSpaceAndComments();
        if (pos >= src.length) {
          if (stack.length > 0 || stopAtBrace) unsure.push("unbalanced brackets at end of file");
          return pos;
        }
        const c = src.charCodeAt(pos);
        if (c === 34 || c === 39) {
          readString();
        } else if (c === 96) {
          readTemplate();
        } else if (isIdStart(c)) {
          if (c === 35 && pos === 0 && src.charCodeAt(1) === 33) {
            const nl = src.indexOf("\n");
            pos = nl < 0 ? src.length : nl; // #!/usr/bin/env node
            continue;
          }
          readName();
        } else if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(pos + 1)))) {
          NUMBER_RE.lastIndex = pos;
          const m = NUMBER_RE.exec(src);
          const end = m && m[0].length > 0 ? pos + m[0].length : pos + 1;
          push(NUMBER, undefined, pos, end);
          pos = end;
        } else if (c === 47 && exprStart()) {
          readRegex();
        } else if (c === 60 && jsxStarts()) {
          const mark = t.n;
          const at = pos;
          const before = unsure.length;
          try {
            jsxElement();
          } catch (err) {
            if (!(err instanceof JsxAbort)) throw err;
            t.n = mark;
            t.value.length = mark;
            unsure.length = before;
            pos = at;
            unsure.push(`unreadable JSX at offset ${at}`);
            jsxAborts++;
            push(PUNCT, "<", pos, pos + 1);
            pos++;
          }
        } else {
          const prev = t.n - 1;
          let value = c < 128 ? CHARS[c]! : String.fromCharCode(c);
          if (c === 40 || c === 91 || c === 123) {
            let regexAfter = false;
            if (c === 40) regexAfter = prev >= 0 && t.type[prev] === NAME && COND_KEYWORDS.has(t.value[prev]!);
            else if (c === 123) regexAfter = opensBlock(t, prev);
            stack.push(regexAfter);
          } else if (c === 41 || c === 93 || c === 125) {
            if (c === 125 && stack.length === 0 && stopAtBrace) return pos;
            if (stack.length === 0) {
              unsure.push(`unbalanced '${value}' at offset ${pos}`);
              closerRegex = true;
            } else closerRegex = stack.pop()!;
          } else {
            if (c < 128) {
              for (const p of PUNCTS_BY_CHAR[c]!) {
                if (src.startsWith(p, pos)) {
                  value = p;
                  break;
                }
              }
            }
            if (value === "?." && isDigit(src.charCodeAt(pos + 2))) value = "?";
          }
          push(PUNCT, value, pos, pos + value.length);
          pos += value.length;
        }
      }
    } finally {
      depth--;
    }
  };

  /** `<tag attr="…" {...spread} attr={expr}>text {expr} <child/></tag>`, from the `<`. */
  const jsxElement = (): void => {
    if (++depth > MAX_DEPTH) throw new JsxAbort("nesting too deep");
    try {
      pos++;
      jsxSpace();
      JSX_TAG.lastIndex = pos;
      const tag = JSX_TAG.exec(src)![0];
      pos += tag.length;
      for (;;) {
        jsxSpace();
        const c = src.charCodeAt(pos);
        if (pos >= src.length) throw new JsxAbort("eof in tag");
        if (c === 47 && src.charCodeAt(pos + 1) === 62) {
          pos += 2;
          return end();
        }
        if (c === 62) {
          pos++;
          break;
        }
        if (c === 123) {
          container();
          continue;
        }
        JSX_ATTR.lastIndex = pos;
        const m = JSX_ATTR.exec(src);
        if (!m || tag === "") throw new JsxAbort("not an attribute");
        push(NAME, m[0], pos, pos + m[0].length);
        pos += m[0].length;
        jsxSpace();
        if (src.charCodeAt(pos) !== 61) continue;
        push(PUNCT, "=", pos, pos + 1);
        pos++;
        jsxSpace();
        const v = src.charCodeAt(pos);
        if (v === 34 || v === 39) {
          const close = src.indexOf(String.fromCharCode(v), pos + 1);
          if (close < 0) throw new JsxAbort("eof in attribute");
          push(STRING, src.slice(pos + 1, close), pos, close + 1, -1, JSX);
          pos = close + 1;
        } else if (v === 123) {
          container();
        } else if (v === 60) {
          jsxElement();
        } else throw new JsxAbort("bad attribute value");
      }
      // Children: text (never literals), {expressions}, elements, then the closing tag.
      for (;;) {
        JSX_TEXT_END.lastIndex = pos;
        if (!JSX_TEXT_END.exec(src)) throw new JsxAbort("eof in children");
        pos = JSX_TEXT_END.lastIndex - 1;
        if (src.charCodeAt(pos) === 123) {
          container();
          continue;
        }
        JSX_CLOSE.lastIndex = pos;
        const m = JSX_CLOSE.exec(src);
        if (m) {
          if (m[1] !== tag) throw new JsxAbort("mismatched closing tag");
          pos += m[0].length;
          return end();
        }
        jsxElement();
      }
    } finally {
      depth--;
    }
  };
  const jsxSpace = skipSpaceAndComments;
  /** `{…}` in JSX: an expression between a `{` and a `jsx-end` token whose value is `}`. */
  const container = () => {
    push(PUNCT, "{", pos, pos + 1, -1, JSX);
    pos++;
    const close = code(true);
    if (close >= src.length) throw new JsxAbort("eof in expression container");
    push(JSX_END, "}", close, close + 1);
    pos = close + 1;
  };
  const end = () => {
    push(JSX_END, "", pos, pos);
  };

  try {
    code(false);
  } catch (err) {
    unsure.push(`tokenizer gave up: ${(err as Error).message}`);
  }
  return { tokens: t, unsure };
}
