import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compileCatalog, type Catalog } from "../../src/catalog/compile.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { analyzeJavaScript, detectJs, detectJavaScript, detectVueSvelte, dialectOf, scriptBlocks } from "../../src/detect/javascript/index.js";
import type { DetectOutput } from "../../src/detect/types.js";

const root = join(import.meta.dirname, "..", "..", "fixtures", "javascript");
const read = (p: string) => readFileSync(join(root, p), "utf8");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [relative(root, p)];
  });
}

let catalog: Catalog;
beforeAll(() => {
  catalog = loadCatalog();
});

async function detect(path: string, text = read(path)): Promise<DetectOutput> {
  const sfc = /\.(vue|svelte)$/.test(path);
  const file = { path, kind: sfc ? ("vue" as const) : ("js" as const), size: text.length };
  return (sfc ? detectVueSvelte : detectJavaScript)({ file, text, catalog });
}

/** `line:column package vendor/framework`, the facts a PR annotation is placed and worded by. */
const places = (out: DetectOutput) =>
  out.evidence.map((e) => `${e.line}:${e.column} ${e.package} ${e.vendor ?? "-"}/${e.framework ?? "-"}`);

describe("imports in fixtures/javascript", () => {
  it("ESM, type-only imports, subpaths, scoped and provider packages, side-effect imports", async () => {
    const out = await detect("src/esm.ts");
    expect(places(out)).toEqual([
      "1:20 openai openai/-",
      // `import type` is evidence: the code is written against the SDK even if the import is erased.
      "2:37 openai openai/-",
      "3:30 @ai-sdk/openai openai/vercel-ai-sdk",
      "4:23 @anthropic-ai/sdk anthropic/-",
      "5:8 openai openai/-",
    ]);
    expect(out.evidence[0]).toEqual({
      kind: "import",
      file: "src/esm.ts",
      line: 1,
      column: 20,
      ecosystem: "npm",
      package: "openai",
      vendor: "openai",
      snippet: 'import OpenAI from "openai";',
    });
    expect(out.diagnostics).toEqual([]);
  });

  it("CommonJS require, dynamic import (string and no-substitution template), re-exports", async () => {
    expect(places(await detect("src/legacy.cjs"))).toEqual(["3:28 openai openai/-"]);
    expect(places(await detect("src/lazy.mjs"))).toEqual(["3:49 @anthropic-ai/sdk anthropic/-", "6:28 openai openai/-"]);
    expect(places(await detect("src/reexport.ts"))).toEqual([
      "1:15 openai openai/-",
      "2:38 @anthropic-ai/sdk anthropic/-",
      "3:30 @anthropic-ai/sdk anthropic/-",
    ]);
  });

  it("TypeScript `import x = require()` and JSX with regexes, apostrophes and // in text", async () => {
    expect(places(await detect("src/legacy-ts.cts"))).toEqual(["1:25 openai openai/-"]);
    const jsx = await detect("src/chat.jsx");
    expect(places(jsx)).toEqual(["2:20 openai openai/-"]);
    expect(jsx.diagnostics).toEqual([]);
  });

  it("a Flow file: the tokenizer reads it; forcing the parser fails and still loses no import", async () => {
    const text = read("src/flow.js");
    expect(places(await detect("src/flow.js"))).toEqual(["3:20 openai openai/-"]);
    const forced = await detectJs(text, catalog, { path: "src/flow.js", dialect: dialectOf("src/flow.js"), mode: "estree" });
    expect(places(forced)).toEqual(["3:20 openai openai/-"]);
    expect(forced.diagnostics).toHaveLength(1);
    expect(forced.diagnostics[0]!.message).toMatch(/^could not parse \(.+\); used the fallback tokenizer$/);
  });

  it("a syntax error: the tokenizer is unsure, the parser throws, imports and later literals survive", async () => {
    const out = await detect("src/broken.ts");
    expect(places(out)).toEqual(["1:20 openai openai/-"]);
    expect(out.diagnostics).toEqual([{ file: "src/broken.ts", message: expect.stringMatching(/^could not parse \(.*\); used the fallback tokenizer$/) }]);
    expect(out.literals).toContainEqual({ value: "https://api.openai.com/v1", line: 3, column: 38, key: "baseURL" });
  });

  it("vue and svelte <script> blocks at the component file's lines and columns, never a commented-out block", async () => {
    const vue = await detect("components/Chat.vue");
    expect(places(vue)).toEqual(["14:20 openai openai/-"]);
    expect(vue.evidence[0]!.snippet).toBe('import OpenAI from "openai";');
    expect(vue.literals.map((l) => l.value)).not.toContain("openai-sans"); // <style>
    expect(vue.literals).toContainEqual({ value: "https://api.openai.com/v1", line: 17, column: 38, key: "baseURL" });
    const svelte = await detect("components/Ask.svelte");
    expect(places(svelte)).toEqual(["6:25 @anthropic-ai/sdk anthropic/-"]);
    expect(svelte.literals).toContainEqual({ value: "claude-3-5-sonnet-latest", line: 8, column: 17, key: "model" });
  });
});

describe("traps: mentions are not imports", () => {
  it("comments, JSDoc, strings, markdown templates, look-alike packages, member calls and `declare module` give no evidence", async () => {
    for (const trap of ["traps/comments.ts", "traps/strings.js", "traps/types-only.d.ts"]) {
      const out = await detect(trap);
      expect({ trap, evidence: out.evidence, diagnostics: out.diagnostics }).toEqual({ trap, evidence: [], diagnostics: [] });
    }
  });

  it("comments never produce literals", async () => {
    expect((await detect("traps/comments.ts")).literals).toEqual([]);
    const strings = await detect("traps/strings.js");
    expect(strings.literals.map((l) => l.value)).not.toContain("an identifier named openai");
    // The regex literal is not a string; its quotes do not open one.
    expect(strings.literals.some((l) => l.value.includes("import OpenAI from"))).toBe(true); // the markdown template only
    expect(strings.literals.filter((l) => l.value.includes("import OpenAI from"))).toHaveLength(1);
  });

  it("the trap file would be evidence if the tokenizer read code in strings (the test can fail)", async () => {
    const uncommented = read("traps/comments.ts").replace("// import OpenAI", "import OpenAI");
    expect(places(await detect("traps/comments.ts", uncommented))).toEqual(["1:20 openai openai/-"]);
  });
});

describe("literals", () => {
  it("binds keys: property, variable, assignment target, template parts, JSX attribute", async () => {
    const esm = (await detect("src/esm.ts")).literals;
    expect(esm).toContainEqual({ value: "https://api.openai.com/v1", line: 7, column: 20, key: "OPENAI_URL" });
    expect(esm).toContainEqual({ value: "gpt-4o-mini", line: 17, column: 12, key: "model" });
    expect(esm).toContainEqual({ value: "https://", line: 22, column: 49, key: "baseURL" });
    expect(esm).toContainEqual({ value: ".example.com/v1", line: 22, column: 78, key: "baseURL" });
    expect(esm).toContainEqual({ value: "openai", line: 1, column: 20 });
    const cjs = (await detect("src/legacy.cjs")).literals;
    expect(cjs).toContainEqual({ value: "https://proxy.internal.example/v1", line: 7, column: 18, key: "baseURL" });
    const jsx = (await detect("src/chat.jsx")).literals;
    expect(jsx.map((l) => [l.value, l.key])).toEqual([
      ["react", undefined],
      ["openai", undefined],
      ["", undefined],
      ["chat", "className"],
      ["gpt-4o", "data-model"],
      ["Ask ", undefined],
      ["ratio ", "title"],
      ["", "title"],
      ["https://gateway.example.com/openai", "baseURL"],
    ]);
  });

  it("keys: apiKey in a constructor call, x.baseURL =, obj['k'] =, no key for operands and ternary branches", async () => {
    const { literals } = await analyzeJavaScript(
      [
        'new OpenAI({ apiKey: "sk-test", "baseURL": "https://h/v1" });',
        'x.baseURL = "https://a";',
        'cfg["model"] = "gpt-4o";',
        'const u = "https://" + host;',
        'const m = fast ? "gpt-4o-mini" : "gpt-4o";',
        'f("positional");',
        'function g(model = "o1") {}',
        'const z = "0".repeat(3);',
      ].join("\n"),
      dialectOf("a.ts"),
    );
    expect(literals.map((l) => [l.value, l.key])).toEqual([
      ["sk-test", "apiKey"],
      ["baseURL", undefined], // a quoted property name is a literal too
      ["https://h/v1", "baseURL"],
      ["https://a", "baseURL"],
      ["model", undefined],
      ["gpt-4o", "model"],
      ["https://", undefined],
      ["gpt-4o-mini", undefined],
      ["gpt-4o", undefined],
      ["positional", undefined],
      ["o1", "model"],
      ["0", undefined],
    ]);
  });
});

describe("tokenizer and parser agree", () => {
  it("on every fixture typescript-estree can parse: same imports, same literals, same keys", async () => {
    let compared = 0;
    for (const path of walk(root)) {
      const sfc = /\.(vue|svelte)$/.test(path);
      const text = sfc ? scriptBlocks(read(path)).text : read(path);
      const dialect = sfc ? { ts: scriptBlocks(read(path)).ts, jsx: scriptBlocks(read(path)).jsx } : dialectOf(path);
      const tok = await analyzeJavaScript(text, dialect, "tokenizer");
      const est = await analyzeJavaScript(text, dialect, "estree");
      if (est.parser !== "estree") continue;
      compared++;
      expect({ path, imports: tok.imports, literals: tok.literals }).toEqual({ path, imports: est.imports, literals: est.literals });
    }
    expect(compared).toBeGreaterThanOrEqual(10);
  });

  it("on the names an import or export clause takes from its module", async () => {
    const text = [
      'import Default, { A, B as c, type T, "s-q" as d } from "x";',
      'import type { U } from "u";',
      'export { E as F, G } from "y";',
      'import * as ns from "z";',
      'import "side";',
      'export * from "all";',
    ].join("\n");
    const dialect = { ts: true, jsx: false };
    const tok = await analyzeJavaScript(text, dialect, "tokenizer");
    const est = await analyzeJavaScript(text, dialect, "estree");
    expect(est.parser).toBe("estree");
    const names = (r: typeof tok) => r.imports.map((i) => `${i.specifier}: ${(i.names ?? []).map((n) => `${n.name}@${n.offset}`).join(" ")}`);
    expect(names(tok)).toEqual(names(est));
    expect(names(tok).map((l) => l.replace(/@\d+/g, ""))).toEqual(["x: A B T s-q", "u: U", "y: E G", "z: ", "side: ", "all: "]);
  });
});

describe("robustness", () => {
  it("requires-literal targets count only beside one of their literals", async () => {
    const source = {
      vendors: [
        { id: "v", name: "V", category: "llm-api", sources: ["x"], packages: { npm: [{ name: "generic-sdk", "requires-literal": ["v-runtime"] }] } },
      ],
      frameworks: [],
    };
    const small = compileCatalog(source, "test");
    const run = (text: string) => detectJs(text, small, { path: "a.js", dialect: dialectOf("a.js") });
    expect((await run('import { Client } from "generic-sdk";\nnew Client("s3");')).evidence).toEqual([]);
    expect((await run('import { Client } from "generic-sdk";\n// new Client("v-runtime")')).evidence).toEqual([]);
    expect(places(await run('import { Client } from "generic-sdk/client";\nnew Client("v-runtime");'))).toEqual(["1:24 generic-sdk v/-"]);
  });

  it("never throws: garbage, deep nesting, unterminated everything", async () => {
    const inputs = [
      "\u0000\u0001\uFFFF binary",
      "`${".repeat(2000) + 'require("openai")',
      "(".repeat(50_000) + 'require("openai")',
      "<div>".repeat(3000),
      '/* import OpenAI from "openai"',
      'const a = "x\nimport OpenAI from "openai"\n',
      "x = a / b / c; const r = /[/]\"/; import OpenAI from 'openai'",
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      const out = await detectJs(text, catalog, { path: "a.jsx", dialect: dialectOf("a.jsx") });
      expect(out).toHaveProperty("evidence");
      if (process.env.JS_TIMING) console.log(text.slice(0, 12), performance.now() - t0);
    }
    const last = await detectJs(inputs[6]!, catalog, { path: "a.js", dialect: dialectOf("a.js") });
    expect(places(last)).toEqual(["1:53 openai openai/-"]);
    const unclosed = await detectJs(inputs[4]!, catalog, { path: "a.js", dialect: dialectOf("a.js") });
    expect(unclosed.evidence).toEqual([]);
    expect(unclosed.literals).toEqual([]);
  });

  it("dialects: .ts has no JSX, .js/.tsx/.jsx do", () => {
    expect(dialectOf("a.ts")).toEqual({ ts: true, jsx: false });
    expect(dialectOf("a.mts")).toEqual({ ts: true, jsx: false });
    expect(dialectOf("a.tsx")).toEqual({ ts: true, jsx: true });
    expect(dialectOf("a.cjs")).toEqual({ ts: false, jsx: true });
  });

  it("the parser is loaded lazily: no module imports typescript-estree statically", () => {
    const dir = join(import.meta.dirname, "..", "..", "src", "detect", "javascript");
    for (const name of readdirSync(dir)) {
      const src = readFileSync(join(dir, name), "utf8");
      expect({ name, eager: /^import(?!\s+type)[^;]*from\s+"@typescript-eslint\/typescript-estree"/m.test(src) }).toEqual({ name, eager: false });
    }
  });
});
