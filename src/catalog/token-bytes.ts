// The catalog's prefilter over a file's UTF-8 bytes, before any decoding: on
// trees that name no vendor (babel: 48 of 27k files pass) most of a scan's
// text was decoded, kept and collected only for the prefilter to say no.
//
// Exact for the patterns tokenRegExp builds from ASCII tokens: an ASCII
// character is the same byte in UTF-8 and never part of a multi-byte sequence
// (a decoder turns invalid bytes into U+FFFD without swallowing ASCII), and a
// non-ASCII character is a non-word character on both sides of a token, as a
// byte of 0x80 or more is here. Candidates come from the first three bytes of a
// token (two for whole words) and are confirmed byte by byte.

import { splitTokenPattern } from "./token-scan.js";

const isWordByte = new Uint8Array(256);
for (let c = 0; c < 128; c++) isWordByte[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0;

const HASH = 0x9e3779b1 | 0;
const bytesOf = (t: string) => Uint8Array.from(t, (ch) => ch.charCodeAt(0));

/**
 * `re.test(buf.toString("utf8"))` on the bytes of a UTF-8 file, for a pattern
 * tokenRegExp built from ASCII tokens; undefined for any other pattern (the
 * caller decodes and tests the text).
 */
export function byteTokenTester(re: RegExp): ((buf: Uint8Array) => boolean) | undefined {
  const parts = splitTokenPattern(re);
  if (!parts || (parts.plain.length === 0 && parts.words.length === 0)) return undefined;
  const { plain, words } = parts;
  const ascii = (t: string) => /^[\x01-\x7f]+$/.test(t);
  if (!plain.every((t) => t.length >= 3 && ascii(t))) return undefined;
  const wordTokens = words.map((t) => (t.endsWith("\0") ? t.slice(0, -1) : undefined));
  if (!wordTokens.every((t): t is string => t !== undefined && t.length >= 2 && ascii(t))) return undefined;

  // Tokens by their first three (plain) or two (whole words) bytes, 7 bits each.
  // A 64 KB table of hashed three-byte keys: a 2 MB table of exact ones was
  // slower for its cache misses; the exact key then picks the candidates.
  const plainAt = new Map<number, Uint8Array[]>();
  const plainMark = new Uint8Array(1 << 16);
  for (const t of plain) {
    const key = (t.charCodeAt(0) << 14) | (t.charCodeAt(1) << 7) | t.charCodeAt(2);
    plainMark[Math.imul(key, HASH) >>> 16] = 1;
    (plainAt.get(key) ?? plainAt.set(key, []).get(key)!).push(bytesOf(t));
  }
  const wordAt = new Map<number, Uint8Array[]>();
  const wordMark = new Uint8Array(1 << 14);
  for (const t of wordTokens) {
    const key = (t.charCodeAt(0) << 7) | t.charCodeAt(1);
    wordMark[key] = 1;
    (wordAt.get(key) ?? wordAt.set(key, []).get(key)!).push(bytesOf(t));
  }
  const startsWith = (buf: Uint8Array, p: number, t: Uint8Array): boolean => {
    if (p + t.length > buf.length) return false;
    for (let k = 0; k < t.length; k++) if (buf[p + k] !== t[k]) return false;
    return true;
  };
  const plainMatch = (buf: Uint8Array, p: number, key: number): boolean => {
    const list = plainAt.get(key);
    if (list) for (const t of list) if (startsWith(buf, p, t)) return true;
    return false;
  };
  const wordMatch = (buf: Uint8Array, p: number, key: number): boolean => {
    for (const t of wordAt.get(key)!) {
      const end = p + t.length;
      if (startsWith(buf, p, t) && (end === buf.length || isWordByte[buf[end]!] === 0)) return true;
    }
    return false;
  };

  return (buf) => {
    const n = buf.length;
    let key = 0; // the last three bytes, 7 bits each
    let high = -1; // where the last non-ASCII byte is
    // Whether a whole word may start at j - 1 (WORD_START before it), and at j.
    let startBefore = false;
    let startHere = true;
    let prev = 0;
    for (let j = 0; j < n; j++) {
      const c = buf[j]!;
      key = ((key << 7) | (c & 127)) & 0x1fffff;
      if (c >= 128) high = j;
      if (plainMark[Math.imul(key, HASH) >>> 16] === 1 && j - 2 > high && plainMatch(buf, j - 2, key)) return true;
      if (startBefore && wordMark[key & 0x3fff] === 1 && j - 1 > high && wordMatch(buf, j - 1, key & 0x3fff)) return true;
      // WORD_START before j + 1: the text's start, a non-word byte (any byte of a
      // non-ASCII character), or a `\n`, `\r`, `\t` escape.
      const next = isWordByte[c] === 0 || ((c === 110 || c === 114 || c === 116) && prev === 92);
      startBefore = startHere;
      startHere = next;
      prev = c;
    }
    return false;
  };
}
