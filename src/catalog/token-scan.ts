// A faster `test` for the token pattern tokenRegExp builds (the catalog's
// prefilter). Irregexp runs that trie at ~60-100 MB/s: its first characters are
// half the alphabet, and the whole-word branch may start at any non-word
// character, so almost every position is tried. This scanner keeps a rolling
// hash of the last four characters and asks the pattern itself (sticky, at that
// one offset) only where a token's first four characters may start; whole words
// only where their first two characters follow a word boundary. ~2-3× faster on
// code that names no vendor, and the answer is the pattern's by construction:
// every match the pattern can have starts at a position the scanner checks.

import { WORD_START } from "./patterns.js";

const WORD_END = "(?![A-Za-z0-9_])";
/** The multiplier both token testers hash their keys with. */
export const HASH = 0x9e3779b1 | 0;
/** 1 for the bytes (and char codes below 128) of `[A-Za-z0-9_]`: WORD_START and WORD_END's word characters. */
export const WORD_CHAR = new Uint8Array(256);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0;
/** 7 bits per character: ASCII exactly, anything else folds onto it (the pattern decides). */
const hash4 = (a: number, b: number, c: number, d: number) => Math.imul(((a & 127) << 21) | ((b & 127) << 14) | ((c & 127) << 7) | (d & 127), HASH) >>> 16;

/**
 * The tokens of a trie pattern (`\0` marks a whole-word end), or undefined for
 * anything tokenRegExp does not emit (then the caller keeps RegExp.test).
 */
export function trieTokens(source: string): string[] | undefined {
  let i = 0;
  let ok = true;
  const seq = (): string[] => {
    let acc = [""];
    while (ok && i < source.length && source[i] !== "|" && source[i] !== ")") {
      if (source.startsWith(WORD_END, i)) {
        i += WORD_END.length;
        acc = acc.map((a) => a + "\0");
      } else if (source.startsWith("(?:", i)) {
        i += 3;
        const alts = alt();
        if (source[i] !== ")") ok = false;
        i++;
        acc = acc.flatMap((a) => alts.map((b) => a + b));
      } else if (source[i] === "\\" && i + 1 < source.length && !/[A-Za-z0-9]/.test(source[i + 1]!)) {
        acc = acc.map((a) => a + source[i + 1]);
        i += 2;
      } else if (/[\\()[\]{}*+?^$.|]/.test(source[i]!)) {
        ok = false;
      } else {
        acc = acc.map((a) => a + source[i]);
        i++;
      }
      if (acc.length > 100_000) ok = false;
    }
    return acc;
  };
  const alt = (): string[] => {
    const out = seq();
    while (ok && source[i] === "|") {
      i++;
      out.push(...seq());
    }
    return out;
  };
  const tokens = alt();
  return ok && i === source.length ? tokens : undefined;
}

/**
 * A tokenRegExp pattern's two halves (tokens anywhere, whole words after
 * WORD_START) as sources and token lists; undefined for a pattern with flags or
 * one the trie reader cannot read back.
 */
export function splitTokenPattern(re: RegExp): { plainSource: string; wordSource: string; plain: string[]; words: string[] } | undefined {
  if (re.flags !== "") return undefined;
  const split = re.source.indexOf(`|${WORD_START}`);
  const plainSource = split < 0 ? (re.source.startsWith(WORD_START) ? "" : re.source) : re.source.slice(0, split);
  const wordSource = split < 0 ? (re.source.startsWith(WORD_START) ? re.source.slice(WORD_START.length) : "") : re.source.slice(split + 1 + WORD_START.length);
  const plain = plainSource ? trieTokens(plainSource) : [];
  const words = wordSource ? trieTokens(wordSource) : [];
  return plain && words ? { plainSource, wordSource, plain, words } : undefined;
}

/**
 * splitTokenPattern's parts when the fast testers can read them: ASCII tokens,
 * plain ones of 3+ characters and whole words of 2+ (what compileCatalog keeps).
 */
export function asciiTokenParts(re: RegExp): ReturnType<typeof splitTokenPattern> {
  const parts = splitTokenPattern(re);
  if (!parts) return undefined;
  const ascii = (t: string) => /^[\x01-\x7f]*\0?$/.test(t);
  if (!parts.plain.every((t) => t.length >= 3 && !t.includes("\0") && ascii(t))) return undefined;
  if (!parts.words.every((t) => t.replace(/\0$/, "").length >= 2 && ascii(t))) return undefined;
  return parts;
}

/** `re.test(text)`, faster, for a pattern tokenRegExp built; `re.test` itself for any other. */
export function tokenTester(re: RegExp): (text: string) => boolean {
  const fallback = (text: string) => re.test(text);
  const parts = asciiTokenParts(re);
  if (!parts) return fallback;
  const { plainSource, wordSource, plain, words } = parts;

  // Where a plain token may start: its first four characters (a 3-character
  // token with any fourth; one that ends the text is checked at the end).
  const starts = new Uint8Array(1 << 16);
  for (const t of plain) {
    const c = [0, 1, 2].map((k) => t.charCodeAt(k));
    if (t.length >= 4) starts[hash4(c[0]!, c[1]!, c[2]!, t.charCodeAt(3))] = 1;
    else for (let d = 0; d < 128; d++) starts[hash4(c[0]!, c[1]!, c[2]!, d)] = 1;
  }
  const wordStarts = new Uint8Array(1 << 14);
  for (const t of words) wordStarts[(t.charCodeAt(0) << 7) | t.charCodeAt(1)] = 1;
  const plainAt = plainSource ? new RegExp(plainSource, "y") : undefined;
  const wordAt = wordSource ? new RegExp(wordSource, "y") : undefined;
  const at = (sticky: RegExp, text: string, offset: number) => {
    sticky.lastIndex = offset;
    return sticky.test(text);
  };

  return (text) => {
    const n = text.length;
    let h = 0; // the last four characters, 7 bits each
    let startBefore = true; // a whole word may start at j - 1
    let startHere = true; // … at j
    let prev = 0;
    for (let j = 0; j < n; j++) {
      const c = text.charCodeAt(j);
      h = (h << 7) | (c & 127);
      if (plainAt && j >= 3 && starts[Math.imul(h & 0xfffffff, HASH) >>> 16] === 1 && at(plainAt, text, j - 3)) return true;
      if (wordAt && startBefore && j >= 1 && wordStarts[h & 0x3fff] === 1 && prev < 128 && c < 128 && at(wordAt, text, j - 1)) return true;
      // WORD_START before j + 1: a non-word character, or a `\n`, `\r`, `\t` escape.
      const next = c >= 128 || WORD_CHAR[c] === 0 || ((c === 110 || c === 114 || c === 116) && prev === 92);
      startBefore = startHere;
      startHere = next;
      prev = c;
    }
    return plainAt !== undefined && n >= 3 && at(plainAt, text, n - 3);
  };
}
