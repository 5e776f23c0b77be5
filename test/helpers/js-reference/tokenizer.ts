// A comment- and string-aware JavaScript / TypeScript tokenizer. It is not a
// parser: it knows exactly enough of the lexical grammar to never read a
// comment as code and never read code inside a string, template, regex or JSX
// text. Regex-vs-division and JSX-vs-less-than are decided from the previous
// token and the bracket that is open, the way a parser would; where that
// guess can still be wrong the result says `unsure` and the caller asks the
// real parser.

import { escape } from "../../../src/detect/javascript/escapes.js";

export type TokenType = "name" | "punct" | "string" | "template" | "regex" | "number" | "jsx-end";

export interface Token {
  type: TokenType;
  /** Names and punctuators: the source text. Strings and template parts: the cooked value. */
  value: string;
  /** Offset of the first character (the opening quote, backtick or `}` of a template part). */
  start: number;
  end: number;
  /** Template parts: the offset of the template's backtick, shared by all its parts. */
  template?: number;
  /** Template parts: whether a `${` follows (head / middle). */
  open?: boolean;
  /** `:` that closes a conditional (`a ? b : c`), not a property or annotation. */
  ternary?: boolean;
  /** A JSX attribute string (`model="…"`), or the `{` of a JSX expression container. */
  jsx?: boolean;
}

export interface Dialect {
  /** JSX allowed (.js .jsx .tsx .mjs .cjs, not .ts). */
  jsx: boolean;
  /** TypeScript syntax (affects the `<T,>() =>` generic-arrow check). */
  ts: boolean;
}

export interface TokenizeResult {
  tokens: Token[];
  /** Why the tokens may be wrong (unterminated string/regex/comment, unbalanced brackets, JSX it could not read). Empty when sure. */
  unsure: string[];
}

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
const PUNCTS_BY_CHAR = new Map<number, string[]>();
for (const p of PUNCTS) {
  const list = PUNCTS_BY_CHAR.get(p.charCodeAt(0)) ?? [];
  list.push(p);
  PUNCTS_BY_CHAR.set(p.charCodeAt(0), list);
}
const NUMBER = /(?:0[xXbBoO][0-9a-fA-F_]+n?|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?n?)/y;
const MAX_DEPTH = 500;
const MAX_JSX_ABORTS = 8;
const JSX_TEXT_END = /[<{]/g;

/** Does a `{` after `prev` open a block (after whose `}` a `/` starts a regex), not an object literal? */
function opensBlock(prev: Token | undefined): boolean {
  if (!prev) return true;
  if (prev.type === "punct") return BLOCK_AFTER.has(prev.value) || prev.value === ")";
  if (prev.type !== "name") return false;
  return prev.value === "else" || prev.value === "do" || !EXPR_KEYWORDS.has(prev.value);
}

/**
 * Every token gets every field: code reading tokens then sees one object shape,
 * which V8 keeps monomorphic (a field added to some tokens only, or later as
 * `ternary` is, forks the shape and slows every reader).
 */
function tok(type: TokenType, value: string, start: number, end: number, template?: number, open = false, jsx = false): Token {
  return { type, value, start, end, template, open, ternary: false, jsx };
}

const isIdStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 || c === 35 || c > 127 || c === 92;
const isIdPart = (c: number) => isIdStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;

class JsxAbort extends Error {}

/** Opening bracket on the stack: `(` remembers whether `if (…)` opened it, `{` whether it is a block. */
interface Open {
  ch: "(" | "[" | "{";
  /** `(` after if/while/for/with, or `{` that opens a block: a `/` after its closer starts a regex. */
  regexAfter: boolean;
}

export function tokenize(src: string, dialect: Dialect): TokenizeResult {
  const tokens: Token[] = [];
  const unsure: string[] = [];
  let pos = 0;
  let depth = 0;
  /** Whether the token just closed (a `)` or `}`) lets a regex follow. */
  let closerRegex = false;
  /** Each failed JSX attempt may have read to the end of the file: a few, then no more. */
  let jsxAborts = 0;

  const push = (t: Token) => {
    tokens.push(t);
  };

  /** Can an expression start here (so `/` is a regex and `<` may be JSX)? */
  const exprStart = (): boolean => {
    const prev = tokens[tokens.length - 1];
    if (!prev) return true;
    switch (prev.type) {
      case "string":
      case "number":
      case "regex":
      case "jsx-end":
        return false;
      case "template":
        return prev.open === true;
      case "name": {
        const before = tokens[tokens.length - 2];
        if (before && before.type === "punct" && (before.value === "." || before.value === "?.")) return false;
        return EXPR_KEYWORDS.has(prev.value);
      }
      case "punct":
        if (prev.value === ")" || prev.value === "}") return closerRegex;
        return prev.value !== "]" && prev.value !== "++" && prev.value !== "--";
    }
  };

  const skipSpaceAndComments = (): void => {
    while (pos < src.length) {
      const c = src.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 11 || c === 12) {
        pos++;
      } else if (c === 47 && src.charCodeAt(pos + 1) === 47) {
        const nl = src.indexOf("\n", pos);
        pos = nl < 0 ? src.length : nl;
      } else if (c === 47 && src.charCodeAt(pos + 1) === 42) {
        const close = src.indexOf("*/", pos + 2);
        if (close < 0) {
          unsure.push(`unterminated comment at offset ${pos}`);
          pos = src.length;
        } else pos = close + 2;
      } else return;
    }
  };

  /** A '…' or "…" string; stops at an unescaped newline (and says so). */
  const readString = (): Token => {
    const start = pos;
    const q = src.charCodeAt(pos++);
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
    return tok("string", out, start, pos);
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
        push(tok("template", out + src.slice(chunk, pos), partStart, pos, template));
        return;
      }
      const c = src.charCodeAt(pos);
      if (c === 96) {
        pos++;
        push(tok("template", out + src.slice(chunk, pos - 1), partStart, pos, template));
        return;
      }
      if (c === 92) {
        out += src.slice(chunk, pos);
        const [cooked, next] = escape(src, pos);
        out += cooked;
        pos = next;
        chunk = pos;
      } else if (c === 36 && src.charCodeAt(pos + 1) === 123) {
        push(tok("template", out + src.slice(chunk, pos), partStart, pos + 2, template, true));
        pos += 2;
        partStart = code(true); // at the closing `}`
        if (partStart >= src.length) return;
        pos = partStart + 1;
        out = "";
        chunk = pos;
      } else pos++;
    }
  };

  const readRegex = (): Token => {
    const start = pos++;
    let inClass = false;
    while (pos < src.length) {
      const c = src.charCodeAt(pos);
      if (c === 10 || c === 13) {
        unsure.push(`unterminated regex at offset ${start}`);
        return tok("regex", src.slice(start, pos), start, pos);
      }
      if (c === 92) pos += 2;
      else if (c === 91) (inClass = true), pos++;
      else if (c === 93) (inClass = false), pos++;
      else if (c === 47 && !inClass) {
        pos++;
        while (pos < src.length && isIdPart(src.charCodeAt(pos))) pos++;
        return tok("regex", src.slice(start, pos), start, pos);
      } else pos++;
    }
    unsure.push(`unterminated regex at offset ${start}`);
    return tok("regex", src.slice(start), start, pos);
  };

  const readName = (): Token => {
    const start = pos;
    pos++;
    while (pos < src.length && isIdPart(src.charCodeAt(pos))) pos++;
    return tok("name", src.slice(start, pos), start, pos);
  };

  /** Is `<` here the start of a JSX element (not a comparison or a TS generic arrow)? */
  const jsxStarts = (): boolean => {
    if (!dialect.jsx || jsxAborts >= MAX_JSX_ABORTS || !exprStart()) return false;
    const c = src.charCodeAt(pos + 1);
    if (c === 62) return true; // <> fragment
    if (!isIdStart(c) || c === 35) return false;
    if (dialect.ts && /^<\s*[\w$]+\s*(?:,|extends\b)/.test(src.slice(pos, pos + 200))) return false;
    return true;
  };

  /** Tokenizes code until the `}` that closes the caller's `{` (`stopAtBrace`) or the end; returns that brace's offset. */
  const code = (stopAtBrace: boolean): number => {
    if (++depth > MAX_DEPTH) throw new JsxAbort("nesting too deep");
    const stack: Open[] = [];
    try {
      for (;;) {
        skipSpaceAndComments();
        if (pos >= src.length) {
          if (stack.length > 0 || stopAtBrace) unsure.push("unbalanced brackets at end of file");
          return pos;
        }
        const c = src.charCodeAt(pos);
        if (c === 34 || c === 39) {
          push(readString());
        } else if (c === 96) {
          readTemplate();
        } else if (isIdStart(c)) {
          if (c === 35 && pos === 0 && src.charCodeAt(1) === 33) {
            const nl = src.indexOf("\n");
            pos = nl < 0 ? src.length : nl; // #!/usr/bin/env node
            continue;
          }
          push(readName());
        } else if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(pos + 1)))) {
          NUMBER.lastIndex = pos;
          const m = NUMBER.exec(src);
          const end = m && m[0].length > 0 ? pos + m[0].length : pos + 1;
          push(tok("number", src.slice(pos, end), pos, end));
          pos = end;
        } else if (c === 47 && exprStart()) {
          push(readRegex());
        } else if (c === 60 && jsxStarts()) {
          const mark = tokens.length;
          const at = pos;
          const before = unsure.length;
          try {
            jsxElement();
          } catch (err) {
            if (!(err instanceof JsxAbort)) throw err;
            tokens.length = mark;
            unsure.length = before;
            pos = at;
            unsure.push(`unreadable JSX at offset ${at}`);
            jsxAborts++;
            push(tok("punct", "<", pos, pos + 1));
            pos++;
          }
        } else {
          const prev = tokens[tokens.length - 1];
          let value = String.fromCharCode(c);
          if (c === 40 || c === 91 || c === 123) {
            let regexAfter = false;
            if (c === 40) regexAfter = prev?.type === "name" && COND_KEYWORDS.has(prev.value);
            else if (c === 123) regexAfter = opensBlock(prev);
            stack.push({ ch: value as Open["ch"], regexAfter });
          } else if (c === 41 || c === 93 || c === 125) {
            if (c === 125 && stack.length === 0 && stopAtBrace) return pos;
            const open = stack.pop();
            if (!open) unsure.push(`unbalanced '${value}' at offset ${pos}`);
            closerRegex = open?.regexAfter ?? true;
          } else {
            const candidates = PUNCTS_BY_CHAR.get(c);
            if (candidates) value = candidates.find((p) => src.startsWith(p, pos)) ?? value;
            if (value === "?." && isDigit(src.charCodeAt(pos + 2))) value = "?";
          }
          push(tok("punct", value, pos, pos + value.length));
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
      const name = /[\w$.:-]*/y;
      name.lastIndex = pos;
      const tag = name.exec(src)![0];
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
        const attr = /[\w$:-]+/y;
        attr.lastIndex = pos;
        const m = attr.exec(src);
        if (!m || tag === "") throw new JsxAbort("not an attribute");
        push(tok("name", m[0], pos, pos + m[0].length));
        pos += m[0].length;
        jsxSpace();
        if (src.charCodeAt(pos) !== 61) continue;
        push(tok("punct", "=", pos, pos + 1));
        pos++;
        jsxSpace();
        const v = src.charCodeAt(pos);
        if (v === 34 || v === 39) {
          const close = src.indexOf(String.fromCharCode(v), pos + 1);
          if (close < 0) throw new JsxAbort("eof in attribute");
          push(tok("string", src.slice(pos + 1, close), pos, close + 1, undefined, false, true));
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
        const close = /<\s*\/\s*([\w$.:-]*)\s*>/y;
        close.lastIndex = pos;
        const m = close.exec(src);
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
    push(tok("punct", "{", pos, pos + 1, undefined, false, true));
    pos++;
    const close = code(true);
    if (close >= src.length) throw new JsxAbort("eof in expression container");
    push(tok("jsx-end", "}", close, close + 1));
    pos = close + 1;
  };
  const end = () => {
    push(tok("jsx-end", "", pos, pos));
  };

  try {
    code(false);
  } catch (err) {
    unsure.push(`tokenizer gave up: ${(err as Error).message}`);
  }
  return { tokens, unsure };
}
