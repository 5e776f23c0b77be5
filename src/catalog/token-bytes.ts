// The catalog's prefilter over a file's UTF-8 bytes, before any decoding: on
// trees that name no vendor (babel: 48 of 27k files pass) most of a scan's
// text was decoded, kept and collected only for the prefilter to say no.
//
// Exact for the patterns tokenRegExp builds from ASCII tokens: an ASCII
// character is the same byte in UTF-8 and never part of a multi-byte sequence
// (a decoder turns invalid bytes into U+FFFD without swallowing ASCII), and a
// non-ASCII character is a non-word character on both sides of a token, as a
// byte of 0x80 or more is here. Candidates come from three bytes of a token (its
// rarest three: byte-rarity.ts; a two-byte word's two and the byte after it) and
// are confirmed byte by byte.

import { rarestWindow } from "./byte-rarity.js";
import { asciiTokenParts, HASH, WORD_CHAR as isWordByte } from "./token-scan.js";
import { wasmTester } from "./token-bytes-wasm.js";

/** A token to confirm where one of its keys is found: its bytes, whether a whole word, and where its key starts in it. */
export type Candidate = { bytes: Uint8Array; word: boolean; offset: number };

/** A pattern's tokens by key: `slot` (a key's hash) is 0 or 1 + an index into `lists`. */
export interface ByteTables {
  lists: Candidate[][];
  slot: Int32Array;
  /** Two-byte whole words, asked at the text's end, where no third byte keys them. */
  twoByteWords: Uint8Array[];
}

const bytesOf = (t: string) => Uint8Array.from(t, (ch) => ch.charCodeAt(0));

/**
 * `re.test(buf.toString("utf8"))` on the bytes of a UTF-8 file, for a pattern
 * tokenRegExp built from ASCII tokens; undefined for any other pattern (the
 * caller decodes and tests the text). WebAssembly where the runtime has it
 * (token-bytes-wasm.ts), else JavaScript: the same tables and answers.
 */
export function byteTokenTester(re: RegExp, engine: "wasm" | "js" = "wasm"): ((buf: Uint8Array) => boolean) | undefined {
  const tables = byteTokenTables(re);
  if (!tables) return undefined;
  const js = jsTester(tables);
  return (engine === "wasm" && wasmTester(tables, js)) || js.test;
}

/** The tables of a tokenRegExp pattern of ASCII tokens, or undefined for any other pattern. */
export function byteTokenTables(re: RegExp): ByteTables | undefined {
  const parts = asciiTokenParts(re);
  if (!parts || (parts.plain.length === 0 && parts.words.length === 0)) return undefined;
  const { plain, words } = parts;
  // A whole word must end at WORD_END (`\0`): the byte after it is checked here.
  const wordTokens = words.map((t) => (t.endsWith("\0") ? t.slice(0, -1) : undefined));
  if (!wordTokens.every((t): t is string => t !== undefined)) return undefined;

  // Every token by its rarest three bytes, in one hashed table of 64 KB (a
  // 16 MB table of exact keys was slower for its cache misses, and exact keys in
  // this one slower than the collisions they save): one look-up per byte, and
  // the candidates of a slot are then compared byte by byte from where the
  // token would start (`offset` bytes before its key). Keyed by its first
  // three, one byte in 28 of test262 was a candidate; by its rarest, one in 81
  // (the prefilter 1.4x faster). A two-byte whole word is keyed with each byte
  // that may end it, so a word candidate is as rare as a three-byte one (keyed
  // by two bytes, the common `in`, `co`, `re` made one byte in nine a candidate).
  const lists: Candidate[][] = [];
  const slot = new Int32Array(1 << 16); // 0: none, else 1 + index into lists
  const add = (key: number, c: Candidate) => {
    const h = Math.imul(key, HASH) >>> 16;
    if (slot[h] === 0) slot[h] = lists.push([]);
    const list = lists[slot[h]! - 1]!;
    if (!list.includes(c)) list.push(c);
  };
  const key3 = (a: number, b: number, c: number) => (a << 16) | (b << 8) | c;
  const addRarest = (bytes: Uint8Array, word: boolean) => {
    const o = rarestWindow(bytes);
    add(key3(bytes[o]!, bytes[o + 1]!, bytes[o + 2]!), { bytes, word, offset: o });
  };
  for (const t of plain) addRarest(bytesOf(t), false);
  const twoByteWords: Uint8Array[] = [];
  for (const t of wordTokens) {
    const c: Candidate = { bytes: bytesOf(t), word: true, offset: 0 };
    if (t.length >= 3) addRarest(c.bytes, true);
    else {
      twoByteWords.push(c.bytes);
      for (let x = 0; x < 256; x++) if (isWordByte[x] === 0) add(key3(t.charCodeAt(0), t.charCodeAt(1), x), c);
    }
  }
  return { lists, slot, twoByteWords };
}

/** The tester over `tables` in JavaScript, and its last step alone: whether a two-byte word ends the text. */
export function jsTester({ lists, slot, twoByteWords }: ByteTables): { test: (buf: Uint8Array) => boolean; tail: (buf: Uint8Array) => boolean } {
  const startsWith = (buf: Uint8Array, p: number, t: Uint8Array): boolean => {
    if (p < 0 || p + t.length > buf.length) return false;
    for (let k = 0; k < t.length; k++) if (buf[p + k] !== t[k]) return false;
    return true;
  };
  // WORD_START before p: the text's start, a non-word byte (any byte of a
  // non-ASCII character), or a `\n`, `\r`, `\t` escape.
  const wordStart = (buf: Uint8Array, p: number): boolean => {
    if (p === 0) return true;
    const c = buf[p - 1]!;
    return isWordByte[c] === 0 || ((c === 110 || c === 114 || c === 116) && p >= 2 && buf[p - 2] === 92);
  };
  const wordAt = (buf: Uint8Array, p: number, t: Uint8Array): boolean => {
    const end = p + t.length;
    return startsWith(buf, p, t) && (end === buf.length || isWordByte[buf[end]!] === 0) && wordStart(buf, p);
  };
  /** Whether a candidate of `list` starts `offset` bytes before `p`, where its key does. */
  const matchAt = (buf: Uint8Array, p: number, list: Candidate[]): boolean => {
    for (const c of list) if (c.word ? wordAt(buf, p - c.offset, c.bytes) : startsWith(buf, p - c.offset, c.bytes)) return true;
    return false;
  };

  // Exact byte keys: a non-ASCII byte is in no token, so a key holding one
  // never matches (the candidates are compared byte by byte), and where a word
  // may start is asked of a candidate only, not kept up to date at every byte.
  // A two-byte word that ends the text has no third byte to be keyed by.
  const tail = (buf: Uint8Array) => buf.length >= 2 && twoByteWords.some((t) => wordAt(buf, buf.length - 2, t));
  const test = (buf: Uint8Array) => {
    const n = buf.length;
    const table = slot; // a local: the loop reads no closure variable
    let key = 0; // the last three bytes
    // Eight bytes a step, written out, with one test of their eight slots: a
    // candidate is one byte in 81, and a branch per byte cost more than the
    // look-ups (27 MB of test262: 81 -> 53 ms; V8 does not unroll the loop
    // written as a loop, and four a step gave 70 ms).
    const at = (s: number, end: number) => s !== 0 && end >= 2 && matchAt(buf, end - 2, lists[s - 1]!);
    let j = 0;
    for (; j + 8 <= n; j += 8) {
      const k0 = ((key << 8) | buf[j]!) & 0xffffff;
      const k1 = ((k0 << 8) | buf[j + 1]!) & 0xffffff;
      const k2 = ((k1 << 8) | buf[j + 2]!) & 0xffffff;
      const k3 = ((k2 << 8) | buf[j + 3]!) & 0xffffff;
      const k4 = ((k3 << 8) | buf[j + 4]!) & 0xffffff;
      const k5 = ((k4 << 8) | buf[j + 5]!) & 0xffffff;
      const k6 = ((k5 << 8) | buf[j + 6]!) & 0xffffff;
      const k7 = ((k6 << 8) | buf[j + 7]!) & 0xffffff;
      key = k7;
      const s0 = table[Math.imul(k0, HASH) >>> 16]!;
      const s1 = table[Math.imul(k1, HASH) >>> 16]!;
      const s2 = table[Math.imul(k2, HASH) >>> 16]!;
      const s3 = table[Math.imul(k3, HASH) >>> 16]!;
      const s4 = table[Math.imul(k4, HASH) >>> 16]!;
      const s5 = table[Math.imul(k5, HASH) >>> 16]!;
      const s6 = table[Math.imul(k6, HASH) >>> 16]!;
      const s7 = table[Math.imul(k7, HASH) >>> 16]!;
      if ((s0 | s1 | s2 | s3 | s4 | s5 | s6 | s7) === 0) continue;
      if (at(s0, j) || at(s1, j + 1) || at(s2, j + 2) || at(s3, j + 3) || at(s4, j + 4) || at(s5, j + 5) || at(s6, j + 6) || at(s7, j + 7)) return true;
    }
    for (; j < n; j++) {
      key = ((key << 8) | buf[j]!) & 0xffffff;
      if (at(table[Math.imul(key, HASH) >>> 16]!, j)) return true;
    }
    return tail(buf);
  };
  return { test, tail };
}
