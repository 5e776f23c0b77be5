import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../src/catalog/load.js";
import { tokenRegExp } from "../src/catalog/patterns.js";
import { rarestWindow } from "../src/catalog/byte-rarity.js";
import { byteTokenTester } from "../src/catalog/token-bytes.js";
import { discover } from "../src/discover/walk.js";
import { packageRoot } from "../src/package-root.js";

// The prefilter over a file's bytes must answer what its RegExp answers over the
// text the scan decodes from them (UTF-8, BOM dropped, invalid bytes as U+FFFD).
const decoded = (buf: Buffer) => buf.toString("utf8", buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0);

/**
 * Checks the byte tester of `re` against `re` on every string of up to
 * `maxLength` bytes of `alphabet`, after each of `pads`; how many, and how many matched.
 */
function agreesOnEveryString(re: RegExp, alphabet: number[], maxLength: number, pads: number[][] = [[]]): { n: number; hits: number } {
  const test = byteTokenTester(re)!;
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

describe("byteTokenTester", () => {
  const prefilter = loadCatalog().prefilter;
  const bytes = byteTokenTester(prefilter)!;

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
    const { n, hits } = agreesOnEveryString(tokenRegExp(["abx", "ai_b"], ["ai", "nab"]), [0x61, 0x69, 0x62, 0x6e, 0x5f, 0x20, 0x5c, 0x78, 0xc3], 5);
    expect(n).toBeGreaterThan(60_000);
    expect(hits).toBeGreaterThan(1000);
  });

  it("finds a token keyed by bytes past its start, at either end of the text", () => {
    // `eqz` is rarer than `eeq`, `z_q` than `az_`, `_zq` than `a_z`: each token is keyed past its start.
    expect([rarestWindow(Buffer.from("eeqz")), rarestWindow(Buffer.from("aaz_q")), rarestWindow(Buffer.from("a_zq"))]).toEqual([1, 2, 1]);
    // Each string also after 3 and 6 spaces: the tester reads eight bytes a step, so a token lands at every place in one.
    const pads = [[], [0x20, 0x20, 0x20], [0x20, 0x20, 0x20, 0x20, 0x20, 0x20]];
    const { n, hits } = agreesOnEveryString(tokenRegExp(["eeqz", "aaz_q"], ["ai", "a_zq"]), [0x65, 0x71, 0x7a, 0x61, 0x5f, 0x20, 0x69], 5, pads);
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
    expect(byteTokenTester(/(?:)/)).toBeUndefined();
    expect(byteTokenTester(new RegExp(prefilter.source, "i"))).toBeUndefined();
    expect(byteTokenTester(tokenRegExp(["caf\u00e9x"]))).toBeUndefined();
    expect(byteTokenTester(tokenRegExp(["ab"]))).toBeUndefined();
    expect(byteTokenTester(tokenRegExp(["abc"], ["xy"]))).toBeDefined();
  });
});
