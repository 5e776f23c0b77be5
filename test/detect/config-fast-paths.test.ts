// The config detector's fast paths give what the straightforward code gives
// (test/detect/plain/: the code as it was before them), on every fixture and on
// random text made of the characters the scanners branch on.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractLiterals, keyBefore, LEX_EXTENSIONS, lexSpecFor } from "../../src/detect/lexer.js";
import { packageRoot } from "../../src/package-root.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { analyzeLiterals } from "../../src/detect/analyze.js";
import { configLiterals, stripHashComment } from "../../src/detect/config.js";
import { detectEndpoints } from "../../src/detect/endpoints.js";
import { detectGateways } from "../../src/detect/gateways.js";
import { detectSelectors, envSwitches } from "../../src/detect/selectors.js";
import { fileKind } from "../../src/discover/kind.js";
import type { FileKind, ScannedFile } from "../../src/types.js";
import { plainConfigLiterals, plainStripHashComment } from "./plain/config.js";
import { plainExtractLiterals, plainKeyBefore } from "./plain/lexer.js";

const fixtures = join(packageRoot(), "fixtures");

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

const texts = [...files(fixtures)].map((p) => ({ path: p, text: readFileSync(p, "utf8") }));

/** A deterministic generator, so a failure reproduces. */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
}
const PIECES = ['"', "'", "`", '"""', "'''", "\\", "\n", "\r\n", "/", "*", "//", "/*", "*/", "#", "#=", "=#", "<#", "#>", "--", "--[[", "]]", "(*", "*)", "{-", "-}", ";", "%",
  "=", ":", ":=", "=>", "->", ">", "(", ".", "-", "&", "$", " ", "\t", "a", "Key", "model", "x1", "9", "_", "é", "🙂", "=begin", "=end", "api.openai.com", "str"];
function randomText(next: () => number, length: number): string {
  let s = "";
  while (s.length < length) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe("config fast paths equal the straightforward ones", () => {
  it("extractLiterals, every fixture under its own spec and under every spec", () => {
    let compared = 0;
    for (const { path, text } of texts) {
      const own = lexSpecFor(path);
      if (own) {
        expect(extractLiterals(text, own), path).toEqual(plainExtractLiterals(text, own));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
    for (const ext of LEX_EXTENSIONS) {
      const spec = lexSpecFor(`x.${ext}`)!;
      for (const { path, text } of texts.slice(0, 150)) expect(extractLiterals(text, spec), `${ext} ${path}`).toEqual(plainExtractLiterals(text, spec));
    }
  });

  it("extractLiterals and keyBefore on random text under every spec", () => {
    const next = rng(17);
    for (let round = 0; round < 300; round++) {
      const text = randomText(next, 20 + Math.floor(next() * 400));
      for (const ext of LEX_EXTENSIONS) {
        const spec = lexSpecFor(`x.${ext}`)!;
        expect(extractLiterals(text, spec), JSON.stringify([ext, text])).toEqual(plainExtractLiterals(text, spec));
      }
      for (let i = 0; i <= text.length; i++) expect(keyBefore(text, i), JSON.stringify([i, text])).toBe(plainKeyBefore(text, i));
    }
  });

  it("keyBefore at every quote of every fixture, and on the bindings it names", () => {
    for (const { text } of texts) {
      for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) expect(keyBefore(text, i)).toBe(plainKeyBefore(text, i));
    }
    const cases = ['model = "', 'this.client.model = "', 'MODEL_ID: &str = "', "const model: string = '", 'a.b. = "', '.5a = "', '-x: "', '1 = "', 'x:: y = "', '"key": "', "'k' => '", 'K := "', "f(", "=> ", "-> '"];
    for (const c of cases) expect(keyBefore(c, c.length - (c.endsWith(" ") || c.endsWith("(") ? 0 : 1)), c).toBe(plainKeyBefore(c, c.length - (c.endsWith(" ") || c.endsWith("(") ? 0 : 1)));
    expect(keyBefore('this.client.model = "', 20)).toBe("model");
    expect(keyBefore('MODEL_ID: &str = "', 17)).toBe("MODEL_ID");
  });

  const CONFIG_EXTS = ["yml", "yaml", "xml", "toml", "ini", "cfg", "conf", "properties", "json", "jsonc", "json5", "tf"];

  it("configLiterals, every fixture under every config format", () => {
    for (const { path, text } of texts) {
      for (const ext of CONFIG_EXTS) expect(configLiterals(`${path}.${ext}`, text), `${ext} ${path}`).toEqual(plainConfigLiterals(`${path}.${ext}`, text));
    }
  });

  it("configLiterals and stripHashComment on random text", () => {
    const next = rng(29);
    const pieces = ["#", "!", ";", " ", "\t", "\n", "\r\n", '"', "'", "\\", ":", "=", "- ", "---", "|", ">-", "[a]", "<!--", "-->", "<k a=\"v\">", "</k>", "x", "key", "é"];
    for (let round = 0; round < 400; round++) {
      let text = "";
      const length = 10 + Math.floor(next() * 300);
      while (text.length < length) text += pieces[Math.floor(next() * pieces.length)];
      for (const ext of CONFIG_EXTS) expect(configLiterals(`c.${ext}`, text), JSON.stringify([ext, text])).toEqual(plainConfigLiterals(`c.${ext}`, text));
      for (const markers of [["#"], ["#", "!"], ["#", ";"]]) {
        for (const line of text.split("\n")) expect(stripHashComment(line, markers)).toBe(plainStripHashComment(line, markers));
      }
    }
  });
});

describe("a file whose detector found nothing skips the passes that read its findings", () => {
  // src/detect/index.ts skips these for a file with no literals and no evidence
  // (prose, most lockfiles): each must give nothing for such a file, whatever its text.
  it("analyzeLiterals, detectEndpoints, envSwitches, detectSelectors and detectGateways give nothing without literals or evidence", () => {
    const catalog = loadCatalog();
    const kinds: FileKind[] = ["prose", "lockfile", "config", "env", "js", "vue", "python", "notebook", "go", "jvm", "csharp", "ruby", "php", "rust", "workflow", "container", "terraform"];
    let checked = 0;
    for (const { path, text } of texts) {
      const own = fileKind(path);
      for (const kind of own ? [own, ...kinds] : kinds) {
        const file: ScannedFile = { path, kind };
        expect(analyzeLiterals(file, text, [], catalog), `${kind} ${path}`).toEqual({ evidence: [], mentions: [] });
        expect(detectEndpoints(file, text, [], [], catalog)).toEqual([]);
        expect(envSwitches(file, text, [], catalog)).toEqual([]);
        expect(detectSelectors(file, text, [], catalog)).toEqual([]);
        expect(detectGateways(file, text, [], [], catalog)).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // And they are not idle: given what the detector reads, the same passes find things.
    const file: ScannedFile = { path: "litellm.yaml", kind: "config" };
    const text = "model_list:\n  - model_name: fast\n    litellm_params:\n      model: bedrock/anthropic.claude-3-haiku-20240307-v1:0\n      api_base: https://api.openai.com/v1\n";
    const literals = configLiterals(file.path, text);
    expect(analyzeLiterals(file, text, literals, catalog).evidence.length).toBeGreaterThan(0);
    expect(detectGateways(file, text, literals, [], catalog).length).toBeGreaterThan(0);
  });
});
