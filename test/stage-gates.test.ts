// The cheap gates before the generic per-file stages must change nothing: each
// fast path equals the straightforward one on every fixture and on edge cases.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../src/catalog/load.js";
import { spacesFor } from "../src/detect/code-mask.js";
import { lineStarts } from "../src/detect/positions.js";
import { analyzeLiterals, keyTest } from "../src/detect/analyze.js";
import { detectEndpoints } from "../src/detect/endpoints.js";
import { detectGateways } from "../src/detect/gateways.js";
import { detectSelectors, envSwitches, mayHoldSelector } from "../src/detect/selectors.js";
import { literal, snippetAt, type Literal } from "../src/detect/types.js";
import { discover } from "../src/discover/walk.js";
import { packageRoot } from "../src/package-root.js";
import { keyLike, redact, redactAll } from "../src/redact.js";
import type { Evidence, FileKind, ScannedFile } from "../src/types.js";

const catalog = loadCatalog();
const fixtures = join(packageRoot(), "fixtures");

async function fixtureFiles(): Promise<{ file: ScannedFile; text: string }[]> {
  const { files } = await discover(fixtures);
  return files.flatMap((file) => {
    try {
      return [{ file, text: readFileSync(join(fixtures, file.path), "utf8") }];
    } catch {
      return [];
    }
  });
}

/** Every SDK with selectors, as if the file imported them all. */
const allImports: Evidence[] = [...catalog.selectors.bySdk.keys()].map((id) => ({ kind: "import", file: "x", line: 1, column: 1, vendor: id, snippet: "" }));

describe("selector gate", () => {
  it("equals masking every file, on every fixture with every SDK imported", async () => {
    let gated = 0;
    let found = 0;
    for (const { file, text } of await fixtureFiles()) {
      const plain = detectSelectors(file, text, allImports, catalog, false);
      expect(detectSelectors(file, text, allImports, catalog), file.path).toEqual(plain);
      found += plain.length;
      const selectors = [...catalog.selectors.bySdk.values()].flat().filter((s) => s.kind !== "env");
      if (!mayHoldSelector(selectors).test(text)) gated++;
    }
    // The comparison means something: selectors fire in the fixtures, and the gate skips files.
    expect(found).toBeGreaterThan(0);
    expect(gated).toBeGreaterThan(0);
  });

  const cases: [FileKind, string, string][] = [
    ["js", "a.ts", 'import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({ vertexai: true });\n'],
    ["js", "b.ts", 'import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({ VertexAI : "yes" });\n'],
    ["js", "c.ts", 'import { GoogleGenAI } from "@google/genai";\n// vertexai: true in a comment\nconst s = "vertexai: true";\n'],
    ["js", "d.ts", 'import { GoogleGenAI } from "@google/genai";\nconst { vertexai, project } = opts;\n'],
    ["swift", "e.swift", "import FirebaseAI\nlet m = FirebaseAI /* c */ .firebaseAI(backend: .vertexAI())\nlet n = FirebaseAI\n  .vertexAI\n"],
    ["swift", "f.swift", "import FirebaseAI\nlet m = x.vertexAIish(backend: .googleAIx())\n"],
    ["go", "g.go", 'package x\nimport "github.com/sashabaranov/go-openai"\nvar c = openai.DefaultAzureConfig(k, u)\nvar t = openai.APITypeAzureAD // openai.APITypeAzure\n'],
    ["python", "h.py", 'from google import genai\nclient = genai.Client(vertexai=True)\n"""vertexai=True"""\n'],
    ["python", "i.py", "from google import genai\nclient = genai.Client(VERTEXAI = flag)\n"],
  ];
  it.each(cases)("equals masking on an edge case (%s %s)", (kind, path, text) => {
    const file: ScannedFile = { path, kind };
    expect(detectSelectors(file, text, allImports, catalog)).toEqual(detectSelectors(file, text, allImports, catalog, false));
  });

  it("a selector word only in a look-alike still masks, and still finds nothing there", () => {
    const file: ScannedFile = { path: "a.ts", kind: "js" };
    const text = 'import { GoogleGenAI } from "@google/genai";\nconst vertexaiOptions = 1;\n';
    expect(detectSelectors(file, text, allImports, catalog)).toEqual([]);
    expect(detectSelectors(file, text, allImports, catalog, false)).toEqual([]);
  });
});

describe("redaction gate", () => {
  const plainLines = ['import { ChatOpenAI } from "@langchain/openai";', "const task_list_of_all_things_here = 1;", "shelf_life_of_something_long_enough = 2"];
  const keyLines = [
    'const key = "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefABCDEF";',
    "OPENAI_API_KEY=sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
    "token: HF_AbCdEfGhIjKlMnOpQrStUvWxYz0123",
    "GSK_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP",
    "azure key 0123456789abcdef0123456789abcdef here",
    "sk-ant-cut-short-AbCdEfGh",
  ];

  it("equals redacting every text, on every fixture line and on keys cut short or upper-cased", async () => {
    let skipped = 0;
    let lines = 0;
    for (const { text } of await fixtureFiles()) {
      for (const line of text.split("\n")) {
        lines++;
        expect(redact(line, catalog), line).toBe(redactAll(line, catalog));
        if (!keyLike(catalog.keyRules)(line)) skipped++;
      }
    }
    for (const line of [...plainLines, ...keyLines]) expect(redact(line, catalog), line).toBe(redactAll(line, catalog));
    // The gate does skip most lines, and keys still get masked through it.
    expect(skipped).toBeGreaterThan(lines / 2);
    expect(keyLines.filter((l) => redact(l, catalog) !== l).length).toBeGreaterThan(3);
  });

  it("lets every text a rule or a prefix could change through", () => {
    for (const line of keyLines) if (redactAll(line, catalog) !== line) expect(keyLike(catalog.keyRules)(line), line).toBe(true);
    for (const line of plainLines) expect(redactAll(line, catalog)).toBe(line);
  });
});

describe("blanked runs", () => {
  it("equal the per-character replace, newlines and surrogates included", () => {
    const texts = ["", "abc", "a\nb\r\nc", "\n\n", `x${"y".repeat(300)}\n${"z".repeat(700)}`, "emoji 😀 here\n\u2028 sep", "tail\n"];
    for (const t of texts) {
      for (let from = 0; from <= t.length; from += 3) {
        for (let to = from; to <= t.length; to += 5) expect(spacesFor(t, from, to)).toBe(t.slice(from, to).replace(/[^\n]/g, " "));
        expect(spacesFor(t, from, t.length)).toBe(t.slice(from).replace(/[^\n]/g, " "));
      }
    }
  });
});

describe("env switches", () => {
  // The straightforward reading, as it was before the length checks.
  function plainNames(literals: Literal[]): (string | undefined)[] {
    const { byEnv } = catalog.selectors;
    return literals.map((lit) => {
      if (lit.key !== undefined && byEnv.has(lit.key)) return `${lit.key}|${lit.value}`;
      if (byEnv.has(lit.value)) return lit.value;
      const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(lit.value);
      // An empty value chooses nothing (envSwitches skips it).
      return m && byEnv.has(m[1]!) && m[2]!.trim() !== "" ? `${m[1]}|${m[2]}` : undefined;
    });
  }
  it("finds exactly the literals the plain reading finds", () => {
    const name = [...catalog.selectors.byEnv.keys()][0]!;
    expect(name).toBeDefined();
    const values = [name, `${name}=true`, `${name}=1\nX`, `${name}=`, `${name}X=true`, `X${name}=true`, `${name.toLowerCase()}=true`, "A=B", "=", `${"A".repeat(5000)}=true`, name.slice(1), "", `${name} =true`];
    const literals = [...values.map((v, i) => literal(v, i + 1, 1)), ...values.map((v, i) => literal("true", i + 1, 1, v))];
    const text = literals.map((l) => l.value).join("\n");
    const file: ScannedFile = { path: ".env.example", kind: "env" };
    const got = envSwitches(file, text, literals, catalog);
    const expected = plainNames(literals).flatMap((n, i) => (n ? [i] : []));
    const lines = [...new Set(got.map((e) => e.line))];
    // Each hit is a literal the plain reading names (two literals may share a line number).
    expect(lines.sort((a, b) => a - b)).toEqual([...new Set(expected.map((i) => literals[i]!.line))].sort((a, b) => a - b));
    expect(got.length).toBeGreaterThan(0);
  });
});

describe("line starts", () => {
  it("one index per text, right when texts alternate", () => {
    const a = "one\ntwo\nthree";
    const b = "x\n\ny\nz\n";
    const plain = (t: string) => [0, ...[...t.matchAll(/\n/g)].map((m) => m.index! + 1)];
    for (const t of [a, b, a, a, b, `${a}`]) expect(lineStarts(t)).toEqual(plain(t));
    expect(snippetAt(a, 2)).toBe("two");
    expect(snippetAt(b, 3)).toBe("y");
    expect(snippetAt(a, 3)).toBe("three");
  });
});

describe("literal stages read only what can match", () => {
  const literals = (pairs: [string, string | undefined][]): Literal[] => pairs.map(([v, k], i) => literal(v, i + 1, 1, k));
  const textOf = (lits: Literal[]) => lits.map((l) => (l.key ? `${l.key}: ${l.value}` : l.value)).join("\n");

  it("a local URL needs a colon and two digits: every form of one is still found", () => {
    const lits = literals([
      ["http://localhost:11434", "baseURL"],
      ["see localhost:11434/api/generate", undefined],
      ["http://ollama:11434/v1", "url"],
      ["http://127.0.0.1:1234/v1", "base_url"],
      ["a: b: c", undefined],
      ["ratio 1:2", undefined],
      // One digit: no local endpoint, an unknown base URL as before.
    ["http://localhost:8", "baseURL"],
    ]);
    const file: ScannedFile = { path: "app.yml", kind: "config" };
    const got = detectEndpoints(file, textOf(lits), lits, [], catalog).map((e) => `${e.line} ${e.host} ${e.vendor ?? e.framework ?? "-"} ${e.role ?? ""}`);
    expect(got).toEqual(["1 localhost:11434 ollama base-url", "2 localhost:11434 ollama ", "3 ollama:11434 ollama base-url", "4 127.0.0.1:1234 lm-studio base-url", "7 localhost:8 - base-url"]);
  });

  it("a LiteLLM config is read when a routed literal comes after others, and only in such a file", () => {
    const config = literals([
      ["claude-fast", "model_name"],
      ["eu-west-1", "aws_region_name"],
      ["bedrock/anthropic.claude-3-haiku-20240307-v1:0", "model"],
    ]);
    const text = `model_list:\n  - model_name: claude-fast\n    litellm_params:\n      aws_region_name: eu-west-1\n      model: bedrock/anthropic.claude-3-haiku-20240307-v1:0\n`;
    const lits = config.map((l, i) => ({ ...l, line: [2, 4, 5][i]! }));
    const file: ScannedFile = { path: "litellm_config.yaml", kind: "config" };
    const routed = detectGateways(file, text, lits, [], catalog);
    expect(routed.map((e) => `${e.line} ${e.vendor} via ${e.via} ${e.region ?? ""}`)).toEqual(["5 aws-bedrock via litellm eu-west-1"]);
    // The alias is no model there; without `litellm_params` it is.
    expect(analyzeLiterals(file, text, lits, catalog).mentions.filter((m) => m.kind === "model").map((m) => m.value)).toEqual(["bedrock/anthropic.claude-3-haiku-20240307-v1:0"]);
    const plain = text.replace("litellm_params", "params");
    expect(detectGateways(file, plain, lits, [], catalog)).toEqual([]);
    expect(analyzeLiterals(file, plain, lits, catalog).mentions.filter((m) => m.kind === "model").map((m) => m.value)).toEqual(["claude-fast", "bedrock/anthropic.claude-3-haiku-20240307-v1:0"]);
  });

  it("hosts: every URL in a value is read, whatever the value before it was", () => {
    const lits = literals([
      ["https://api.openai.com/v1 and https://api.anthropic.com", "url"],
      ["./relative.js", undefined],
      ["https://api.mistral.ai/v1", "baseURL"],
      ["never api.openai.com directly", undefined],
    ]);
    const file: ScannedFile = { path: "a.ts", kind: "js" };
    const got = analyzeLiterals(file, textOf(lits), lits, catalog).evidence.map((e) => `${e.line} ${e.vendor} ${e.host} ${e.role ?? ""}`);
    expect(got).toEqual(["1 openai api.openai.com base-url", "1 anthropic api.anthropic.com base-url", "3 mistral api.mistral.ai base-url"]);
  });

  it("a Hugging Face router path is read in a value with a slash", () => {
    const lits = literals([["https://router.huggingface.co/together/v1", "baseURL"]]);
    const got = detectGateways({ path: "a.ts" }, textOf(lits), lits, [], catalog);
    expect(got.map((e) => `${e.vendor} via ${e.via}`)).toEqual(["together via huggingface"]);
  });
});

describe("key verdicts remembered per key", () => {
  it("equal the pattern's, past the memo's size and in any case", () => {
    const re = /^(?:model|[A-Z0-9_]*_MODEL)$/i;
    const test = keyTest(re);
    const keys = ["model", "MODEL", "Model", "OPENAI_MODEL", "openai_model", "models", "xmodel", "", "_MODEL"];
    for (let i = 0; i < 10_000; i++) keys.push(i % 3 === 0 ? `K${i}_MODEL` : `key${i}`);
    for (const round of [1, 2]) for (const k of keys) expect(test(k), `${round} ${k}`).toBe(re.test(k));
  });
});
