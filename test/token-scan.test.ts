import { describe, expect, it } from "vitest";
import { loadCatalog } from "../src/catalog/load.js";
import { tokenRegExp } from "../src/catalog/patterns.js";
import { tokenTester, trieTokens } from "../src/catalog/token-scan.js";

// The prefilter's scanner must answer exactly what its RegExp answers.
describe("tokenTester", () => {
  const prefilter = loadCatalog().prefilter;
  const fast = tokenTester(prefilter);

  it("reads the catalog's pattern back into its tokens", () => {
    const split = prefilter.source.indexOf("|(?:^");
    const plain = trieTokens(prefilter.source.slice(0, split));
    expect(plain).toContain("api.openai.com");
    expect(plain!.length).toBeGreaterThan(100);
  });

  it("agrees with the RegExp on tokens at edges, after escapes and inside words", () => {
    const tokens = ["api.openai.com", "anthropic", "sk-", "hf_", "openai", "ai", "@langchain/", "AIza", "bedrock", "groq"];
    const before = ["", "x", "_", " ", "\\n", "\\t", "\\x", "\\", "é", "\n", "\\\\n", "1", "."];
    const after = ["", "x", "_", " ", "é", "1", "-", "/"];
    for (const t of tokens) for (const a of before) for (const b of after) {
      const text = `${a}${t}${b}`;
      expect(fast(text), JSON.stringify(text)).toBe(prefilter.test(text));
    }
  });

  it("agrees with the RegExp on random short texts", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const alphabet = "aiopenAIsk-_hf r8\\ntx.é@/";
    for (let k = 0; k < 20_000; k++) {
      let text = "";
      for (let i = 0, n = 1 + Math.floor(rand() * 12); i < n; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      expect(fast(text), JSON.stringify(text)).toBe(prefilter.test(text));
    }
  });

  it("finds a token past the first 4-character window and in a long text", () => {
    const filler = "const x = 1; // nothing here\n".repeat(2000);
    expect(fast(filler)).toBe(false);
    expect(fast(`${filler}import OpenAI from "openai";`)).toBe(true);
    expect(fast(`${filler}k = "sk-"`)).toBe(true);
  });

  it("handles custom patterns, and falls back to RegExp.test for anything else", () => {
    const re = tokenRegExp(["acme.example", "zzz"], ["ab"]);
    const t = tokenTester(re);
    for (const s of ["acme.example", "xzzz", "ab", "cab", "ab_", "\\nab", "a b", "zz"]) expect(t(s), s).toBe(re.test(s));
    expect(tokenTester(/a+b/)("xaab")).toBe(true);
    expect(tokenTester(/a+b/)("xa")).toBe(false);
    expect(trieTokens("a+b")).toBeUndefined();
  });
});
