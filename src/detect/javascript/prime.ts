// Primes the JavaScript tokenizer's type feedback early in a scan.
//
// V8 optimises a hot function with the type feedback its branches have gathered
// so far. A branch no file has taken yet (the scan's first regex, `require`,
// unterminated string or `model?: "…"`) then throws the optimised code away, and
// the function runs unoptimised until it is compiled again. On vercel/ai the
// tokenizer's loop was compiled six times and the import and literal readers
// seven each, two threads together. Every branch taken once on a small sample
// first, the optimising compiler sees the whole picture at its first compile:
// its jobs on that scan went from ~90 to ~68 and its time by a quarter.
// The sample's tokens and literals are thrown away; it costs a few ms, once a
// thread has tokenized a few files (beforeTokenizing).
import { tokenImports, tokenLiterals } from "./literals.js";
import { lex, type Dialect } from "./tokenizer.js";

/**
 * Every construct the tokenizer and the import and literal readers branch on,
 * written as TSX (read as .ts it has JSX the tokenizer doubts, as .js generic
 * arrows: those paths are taken too).
 */
export const PRIME_SAMPLE = [
  String.raw`#!/usr/bin/env node`,
  String.raw`// line comment "not a string"`,
  String.raw`/* block comment 'nor this' */`,
  String.raw`import def, { a as b, type C, "d" as e } from "pkg";`,
  String.raw`import * as ns from '@scope/pkg/sub';`,
  String.raw`import "side-effect";`,
  String.raw`import type { T } from "types";`,
  String.raw`import x = require("legacy");`,
  String.raw`export * from "./all";`,
  String.raw`export { f, g as h } from "./named";`,
  String.raw`export type { U } from "./types";`,
  String.raw`export default class K extends Base<T> { #priv = 1; static s = 'st'; m() { return this.#priv; } }`,
  String.raw`const r = require("cjs"), d = await import("dyn"), d2 = import("dyn2", { with: { type: "json" } });`,
  String.raw`type I = typeof import("typed");`,
  String.raw`const conf: Options = { model: "gpt-4o", "base_url": 'https://api.example.com/v1', nested: { key: x } };`,
  String.raw`let annotated: string | undefined = "annotated", opt?: number;`,
  String.raw`interface Shape { model?: "gpt-4o"; kind: "literal"; n?: number }`,
  String.raw`obj.prop = "member"; obj["computed"] = "bracket"; obj?.maybe?.(1)?.[2];`,
  "const t = `head ${a + `inner ${b}`} mid ${c ? 'x' : \"y\"} tail \\u0041 \\n`, bare = `bare`;",
  "const tagged = tag`raw ${x}`, keyed = { k: `v` };",
  String.raw`const re = /[/\]a-z]+\/(?:x|y)\d{2,}/giu, div = a / b / c, re2 = (/x/).test(s);`,
  String.raw`const nums = [0x1F, 0b101, 0o17, 1_000, 1.5e-3, .5, 10n, 3., a?.5:1];`,
  "const esc = \"q\\\"uote\\\\ \\x41 \\u{1F600} \\0 \\\ncontinued\", sq = 'it\\'s';",
  String.raw`const tern = cond ? "yes" : "no", nested = a ? b ? "c" : "d" : "e", chain = a ?? b ?? "z";`,
  String.raw`switch (k) { case X.Y: v = "case"; break; default: v = "default"; }`,
  String.raw`label: for (const q of qs) { if (q) continue label; while (w) break; }`,
  String.raw`if (a) /regex-after-paren/.test(b); else { x = y }`,
  String.raw`function fn<T,>(p?: T, ...rest: T[]): T { return p!; }`,
  String.raw`const arrow = async <T,>(z: T) => z, generic = <T extends object>(v: T) => v;`,
  String.raw`x >>>= 1; x **= 2; x ||= 3; x &&= 4; x ??= 5; x <<= 6; x >>= 7; i++; j--; !k; ~l; -m; +n; typeof o; void 0; delete p.q;`,
  String.raw`a === b !== c == d != e <= f >= g && h || i;`,
  String.raw`const el = <div className="cls" data-x='y' {...spread} onClick={() => go("click")} ok={<b>bold</b>}>`,
  String.raw`  text {value} <Child prop={"attr"} /><>fragment</>`,
  String.raw`  <ns:tag a="b"></ns:tag>`,
  String.raw`</div>;`,
].join("\n");

/** What makes the tokenizer unsure (a scan then asks the parser; here the tokens are dropped). */
export const PRIME_BROKEN = [
  "f(a, [b, {c: 'd'}",
  "x = 'unterminated\nnext",
  "y = /unterminated\nz",
  "t = `open ${a",
  "u = `open",
  "/* open comment",
  "a) b] c}",
  "<div attr=>broken",
  "<div><span></div>",
];

const DIALECTS: Dialect[] = [
  { ts: true, jsx: true },
  { ts: true, jsx: false },
  { ts: false, jsx: true },
];

/**
 * Files a thread tokenizes before it primes: a tree whose JavaScript is hot
 * gets there long before V8 optimises anything (that takes hundreds), and one
 * where a few dozen files pass the prefilter (babel: 48 of 27k) rarely spends
 * the few ms. (Primed at each thread's first list of files, babel was 3% slower.)
 */
export const PRIME_AFTER = 16;
let seen = 0;
let primed = false;

/** Counts a file about to be tokenized; primes once PRIME_AFTER have been (before the file's own `lex`: the arrays are shared). */
export function beforeTokenizing(): void {
  if (++seen === PRIME_AFTER) primeJavaScript();
}

/**
 * The tokenizer and its readers over the samples in every dialect, twice (V8
 * gathers feedback only once a function has run a little); once per thread.
 */
export function primeJavaScript(): void {
  if (primed) return;
  primed = true;
  for (let round = 0; round < 2; round++) {
    for (const dialect of DIALECTS) {
      for (const src of [PRIME_SAMPLE, ...PRIME_BROKEN]) {
        const { tokens } = lex(src, dialect);
        tokenImports(tokens);
        tokenLiterals(tokens, src, dialect.ts);
      }
    }
  }
}
