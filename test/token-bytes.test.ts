import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../src/catalog/load.js";
import { tokenRegExp } from "../src/catalog/patterns.js";
import { rarestWindow } from "../src/catalog/byte-rarity.js";
import { byteTokenTables, byteTokenTester, jsTester } from "../src/catalog/token-bytes.js";
import { WASM_MAX_TEXT, wasmTester } from "../src/catalog/token-bytes-wasm.js";
import { PREFILTER_WASM } from "../src/catalog/prefilter-wasm.js";
import { assemble } from "../scripts/build-wasm.mjs";
import { discover } from "../src/discover/walk.js";
import { packageRoot } from "../src/package-root.js";

// The prefilter over a file's bytes must answer what its RegExp answers over the
// text the scan decodes from them (UTF-8, BOM dropped, invalid bytes as U+FFFD).
const decoded = (buf: Buffer) => buf.toString("utf8", buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0);

/**
 * Checks the byte tester of `re` against `re` on every string of up to
 * `maxLength` bytes of `alphabet`, after each of `pads`; how many, and how many matched.
 */
function agreesOnEveryString(engine: Engine, re: RegExp, alphabet: number[], maxLength: number, pads: number[][] = [[]]): { n: number; hits: number } {
  const test = byteTokenTester(re, engine)!;
  expect(test).toBeDefined();
  let n = 0;
  let hits = 0;
  const visit = (prefix: number[]) => {
    for (const pad of pads) {
      const buf = Buffer.from([...pad, ...prefix]);
      const want = re.test(decoded(buf));
      if (want) hits++;
      expect([buf.toString("hex"), test(buf)]).toEqual([buf.toString("hex"), want]);
      n++;
    }
    if (prefix.length < maxLength) for (const c of alphabet) visit([...prefix, c]);
  };
  visit([]);
  return { n, hits };
}

type Engine = "wasm" | "js";

// Both engines over the same tables: WebAssembly (what a scan runs) and JavaScript (its fallback).
describe.each<Engine>(["wasm", "js"])("byteTokenTester (%s)", (engine) => {
  const prefilter = loadCatalog().prefilter;
  const bytes = byteTokenTester(prefilter, engine)!;

  it("reads the catalog's pattern", () => {
    expect(bytes).toBeDefined();
    expect(bytes(Buffer.from('import OpenAI from "openai"'))).toBe(true);
    expect(bytes(Buffer.from("const openapi = require('openapi')"))).toBe(false);
  });

  it("agrees with the RegExp on tokens next to multi-byte, invalid and escape bytes", () => {
    const tokens = ["api.openai.com", "anthropic", "sk-", "hf_", "openai", "ai", "@langchain/", "AIza", "bedrock", "groq"];
    const around = [[], [0x78], [0x5f], [0x20], [0x5c, 0x6e], [0x5c, 0x74], [0x5c, 0x78], [0x5c], [0xc3, 0xa9], [0x0a], [0x31], [0x2e], [0xe2, 0x82], [0xff], [0xc3], [0xef, 0xbb, 0xbf], [0xf0, 0x9f, 0x98, 0x80], [0x80]];
    let n = 0;
    for (const t of tokens) for (const a of around) for (const b of around) {
      const buf = Buffer.concat([Buffer.from(a), Buffer.from(t), Buffer.from(b)]);
      expect([buf.toString("hex"), bytes(buf)]).toEqual([buf.toString("hex"), prefilter.test(decoded(buf))]);
      n++;
    }
    expect(n).toBeGreaterThan(3000);
    // A byte of 0x80 or more is no ASCII letter, whatever its low seven bits.
    for (const t of tokens) for (let k = 0; k < Math.min(3, t.length); k++) {
      const buf = Buffer.from(t);
      buf[k] = buf[k]! | 0x80;
      const text = decoded(buf);
      expect([buf.toString("hex"), bytes(buf)]).toEqual([buf.toString("hex"), prefilter.test(text)]);
    }
  });

  it("agrees with the RegExp on random byte strings drawn from token pieces", () => {
    let seed = 11;
    const rand = (k: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % k);
    const pieces = ["open", "ai", "anth", "ropic", "sk", "-", "_", " ", "\\", "n", ".", "api", "com", "\u00e9", "\u4e2d", "groq", "x", "\n", "/", "@"].map((p) => Buffer.from(p));
    const raw = [Buffer.from([0xff]), Buffer.from([0xc3]), Buffer.from([0x80]), Buffer.from([0xef, 0xbb, 0xbf])];
    let hits = 0;
    for (let i = 0; i < 20_000; i++) {
      const parts: Buffer[] = [];
      for (let k = rand(12); k >= 0; k--) parts.push(rand(8) === 0 ? raw[rand(raw.length)]! : pieces[rand(pieces.length)]!);
      const buf = Buffer.concat(parts);
      const want = prefilter.test(decoded(buf));
      if (want) hits++;
      expect([buf.toString("hex"), bytes(buf)]).toEqual([buf.toString("hex"), want]);
    }
    expect(hits).toBeGreaterThan(500);
  });

  it("agrees with the RegExp on every short string over a small alphabet (two-byte words at either end)", () => {
    // Two-byte words are keyed with the byte after them: at the text's end there is none.
    const { n, hits } = agreesOnEveryString(engine, tokenRegExp(["abx", "ai_b"], ["ai", "nab"]), [0x61, 0x69, 0x62, 0x6e, 0x5f, 0x20, 0x5c, 0x78, 0xc3], 5);
    expect(n).toBeGreaterThan(60_000);
    expect(hits).toBeGreaterThan(1000);
  });

  it("finds a token keyed by bytes past its start, at either end of the text", () => {
    // `eqz` is rarer than `eeq`, `z_q` than `az_`, `_zq` than `a_z`: each token is keyed past its start.
    expect([rarestWindow(Buffer.from("eeqz")), rarestWindow(Buffer.from("aaz_q")), rarestWindow(Buffer.from("a_zq"))]).toEqual([1, 2, 1]);
    // Each string also after 3 and 6 spaces: the tester reads eight bytes a step, so a token lands at every place in one.
    const pads = [[], [0x20, 0x20, 0x20], [0x20, 0x20, 0x20, 0x20, 0x20, 0x20]];
    const { n, hits } = agreesOnEveryString(engine, tokenRegExp(["eeqz", "aaz_q"], ["ai", "a_zq"]), [0x65, 0x71, 0x7a, 0x61, 0x5f, 0x20, 0x69], 5, pads);
    expect(n).toBeGreaterThan(50_000);
    expect(hits).toBeGreaterThan(300);
  });

  it("agrees with the RegExp on every fixture file", async () => {
    const root = join(packageRoot(), "fixtures");
    const { files } = await discover(root, { sizeAtRead: true });
    let passing = 0;
    for (const f of files) {
      const buf = readFileSync(join(root, f.path));
      const want = prefilter.test(decoded(buf));
      if (want) passing++;
      expect([f.path, bytes(buf)]).toEqual([f.path, want]);
    }
    expect(passing).toBeGreaterThan(100);
    expect(passing).toBeLessThan(files.length);
  });

  it("declines patterns it cannot read: flags, non-ASCII or short tokens, anything else", () => {
    expect(byteTokenTester(/(?:)/, engine)).toBeUndefined();
    expect(byteTokenTester(new RegExp(prefilter.source, "i"), engine)).toBeUndefined();
    expect(byteTokenTester(tokenRegExp(["caf\u00e9x"]), engine)).toBeUndefined();
    expect(byteTokenTester(tokenRegExp(["ab"]), engine)).toBeUndefined();
    expect(byteTokenTester(tokenRegExp(["abc"], ["xy"]), engine)).toBeDefined();
  });
});

describe("the WebAssembly prefilter", () => {
  const prefilter = loadCatalog().prefilter;
  const tables = byteTokenTables(prefilter)!;
  const js = jsTester(tables);

  it("answers by itself: the JavaScript tester is asked only for a two-byte word at the text's end", () => {
    const asked: string[] = [];
    const test = wasmTester(tables, { test: () => { throw new Error("fell back to JavaScript"); }, tail: (buf) => (asked.push(Buffer.from(buf).toString()), js.tail(buf)) })!;
    expect(test).toBeDefined();
    expect(test(Buffer.from('import OpenAI from "openai";\n'))).toBe(true);
    expect(test(Buffer.from("const openapi = require('openapi');\n"))).toBe(false);
    expect(asked).toEqual(["const openapi = require('openapi');\n"]);
  });

  it("leaves a text over its size to the JavaScript tester, and answers the same", () => {
    let fellBack = 0;
    const test = wasmTester(tables, { test: (buf) => (fellBack++, js.test(buf)), tail: js.tail })!;
    const big = Buffer.alloc(WASM_MAX_TEXT + 1, 0x20);
    expect(test(big)).toBe(false);
    Buffer.from("openai").copy(big, big.length - 6);
    expect(test(big)).toBe(true);
    expect(fellBack).toBe(2);
    // At the limit the module reads it, its memory grown to fit.
    const limit = big.subarray(1);
    expect(test(limit)).toBe(true);
    expect(fellBack).toBe(2);
  });

  it("reads a text after a longer one without seeing the longer one's bytes", () => {
    const test = byteTokenTester(prefilter, "wasm")!;
    expect(test(Buffer.from(" ".repeat(100) + "anthropic"))).toBe(true);
    expect(test(Buffer.from(" ".repeat(90)))).toBe(false);
  });

  it("is the assembly of prefilter.wat (run `npm run build` after editing it)", async () => {
    const wat = readFileSync(join(packageRoot(), "src", "catalog", "prefilter.wat"), "utf8");
    expect((await assemble(wat)).toString("base64")).toBe(PREFILTER_WASM);
  });
});
