// The tokenizer's output: compact parallel arrays (what the detector reads),
// and the same tokens as one object each (tests, and any other reader).

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

// Token kinds in the compact form (Tokens.type).
export const NAME = 0, PUNCT = 1, STRING = 2, TEMPLATE = 3, REGEX = 4, NUMBER = 5, JSX_END = 6;
const TYPE_NAMES: TokenType[] = ["name", "punct", "string", "template", "regex", "number", "jsx-end"];
// Tokens.flags bits.
export const OPEN = 1, TERNARY = 2, JSX = 4;

/**
 * The tokens as parallel arrays, index i for the i-th token: a file has ~1 token
 * per 7 bytes, and an object per token (1.7 M on langchainjs) was the detector's
 * main garbage: the arrays cut a langchainjs scan's scavenges from ~46 to ~38.
 * `value` holds names, punctuators, string and template values;
 * regex and number tokens have none (nobody reads them: `src.slice(start, end)`).
 */
export interface Tokens {
  n: number;
  type: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** Template parts: the offset of the template's backtick; -1 for other tokens. */
  template: Int32Array;
  flags: Uint8Array;
  value: (string | undefined)[];
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

export interface LexResult {
  tokens: Tokens;
  /** Why the tokens may be wrong (unterminated string/regex/comment, unbalanced brackets, JSX it could not read). Empty when sure. */
  unsure: string[];
}

/** The compact tokens as objects, as they are now (after `tokenLiterals` marked the ternary colons). */
export function tokenObjects(src: string, t: Tokens): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < t.n; i++) {
    const type = t.type[i]!;
    const f = t.flags[i]!;
    tokens.push({
      type: TYPE_NAMES[type]!,
      value: type === REGEX || type === NUMBER ? src.slice(t.start[i], t.end[i]) : t.value[i]!,
      start: t.start[i]!,
      end: t.end[i]!,
      template: type === TEMPLATE ? t.template[i] : undefined,
      open: (f & OPEN) !== 0,
      ternary: (f & TERNARY) !== 0,
      jsx: (f & JSX) !== 0,
    });
  }
  return tokens;
}
