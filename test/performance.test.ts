// The optimised paths must give what the straightforward ones give.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compileCatalog, type Catalog } from "../src/catalog/compile.js";
import { compileHost } from "../src/catalog/hosts.js";
import { loadCatalog, prebuiltCatalog, readCatalogSource } from "../src/catalog/load.js";
import { detectSecrets, detectSecretsByLine } from "../src/detect/secrets.js";
import { discover, discoverOnly } from "../src/discover/walk.js";
import { scan } from "../src/scan/scan.js";
import { inventorySchema, inventoryValidatorModule, isDate } from "../src/inventory/schema.js";
import { packageRoot } from "../src/package-root.js";

const rules = join(packageRoot(), "rules");
const fixtures = join(packageRoot(), "fixtures");

describe("performance paths", () => {
  it("the build-time catalog is the rules folder parsed and validated, with the same version", () => {
    const pre = prebuiltCatalog(rules);
    expect(pre.source).toEqual(readCatalogSource(rules));
    expect(pre.version).toBe(loadCatalog(rules).version);
    expect(pre.digest).toMatch(/^[0-9a-f]{64}$/);
    // Its prefilter is the one a compile at load builds, and a catalog given it matches alike.
    expect(pre.prefilter).toBe(loadCatalog(rules).prefilter.source);
    expect(compileCatalog(pre.source, pre.version, pre.prefilter).prefilter.test('import OpenAI from "openai"')).toBe(true);
  });

  it("the prefilter only skips files that would change nothing: the report with it off is the same over every fixture", async () => {
    const catalog = loadCatalog();
    const off: Catalog = { ...catalog, prefilter: /(?:)/ };
    const now = new Date("2026-01-01T00:00:00Z");
    const report = async (c: Catalog) => ({ ...(await scan(fixtures, { catalog: c, noInventory: true, noBaseline: true, now })), stats: undefined });
    const on = await report(catalog);
    expect(on.vendors.length).toBeGreaterThan(10);
    expect(on).toEqual(await report(off));
    // And it does skip: most fixture files name some catalog token, but not all.
    const { files } = await discover(fixtures);
    expect(files.filter((f) => !catalog.prefilter.test(readFileSync(join(fixtures, f.path), "utf8"))).length).toBeGreaterThan(0);
  });

  it("host lookup by last label finds what trying every pattern in order finds", () => {
    const catalog = loadCatalog();
    const source = readCatalogSource(rules);
    const all = source.vendors.flatMap((v) => (v.hosts ?? []).map((h) => compileHost(h, v.id))).sort((a, b) => b.specificity - a.specificity);
    const slow = (host: string, path = "") => {
      const h = host.toLowerCase().replace(/\.$/, "");
      for (const m of all) {
        const r = m.match(h, path);
        if (r) return r;
      }
      return undefined;
    };
    // Every catalog pattern made concrete, in several spellings, and hosts no pattern has.
    const hosts = source.vendors.flatMap((v) =>
      (v.hosts ?? []).flatMap((h) => {
        const host = (typeof h === "string" ? h : h.host).replace(/<region>/g, "eu-west-1").replace(/<[a-z]+>/g, "acme");
        return [host, host.toUpperCase(), `${host}.`, `x.${host}`, host.replace(/\.[a-z]+$/, ".org")];
      }),
    );
    hosts.push("utils.js", "example.com", "localhost", "a.b", "openai.azure.com", "api.openai.com.evil.io");
    let hits = 0;
    for (const host of hosts) {
      for (const path of ["", "/v1", "/openai/v1"]) {
        expect(catalog.matchHost(host, path), `${host} ${path}`).toEqual(slow(host, path));
        if (slow(host, path)) hits++;
      }
    }
    expect(hits).toBeGreaterThan(100);
  });

  it("the prefilter matches package and import names as whole words only", () => {
    const { prefilter } = loadCatalog();
    // fal.ai's package is `fal`; `false` is in every file.
    expect(prefilter.test("const x = false; const core = api.sdk.core;")).toBe(false);
    for (const text of [
      "import fal",
      'import { generateText } from "ai";',
      "from llama_index import core",
      "from google import genai",
      '"source": ["x = 1\\nimport anthropic"]',
      "fal==0.12.0",
      "OPENAI_API_KEY=",
    ]) {
      expect(prefilter.test(text), text).toBe(true);
    }
  });

  it("the key scan over keyword lines only finds what the line-by-line scan finds", async () => {
    const catalog = loadCatalog();
    const { files } = await discover(fixtures);
    const texts = files.map((f) => ({ f, text: readFileSync(join(fixtures, f.path), "utf8") }));
    // Edge cases: context at the first and last lines, empty lines, CRLF, a length-changing lowercase.
    const key = "sk-proj-" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ3bC5dF7gH9jK1mN3pQ5rS7tV9wX1yZ3b";
    for (const text of [`\n${key}\n`, `\r\n\r\n${key}\r\n`, `openai\n\n\n${key}`, `İ ${key}`, `x\n${key}\n\n\n\nopenai\n`]) {
      texts.push({ f: { path: "edge.txt", kind: "code", size: text.length }, text });
    }
    let found = 0;
    for (const { f, text } of texts) {
      for (const vendors of [new Set<string>(), new Set(catalog.vendors.keys())]) {
        const fast = detectSecrets(f, text, catalog, vendors);
        expect(fast, f.path).toEqual(detectSecretsByLine(f, text, catalog, vendors));
        found += fast.length;
      }
    }
    expect(found).toBeGreaterThanOrEqual(4);
  });

  it("scan({ only }) applies the walk's rules to each listed file: listing every file gives the walk's result", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shadow-ai-only-"));
    try {
      const put = (rel: string, text: string) => {
        mkdirSync(join(dir, rel, ".."), { recursive: true });
        writeFileSync(join(dir, rel), text);
      };
      put(".gitignore", "*.log\n/generated/\n");
      put("src/chat.ts", 'import OpenAI from "openai";\n');
      put("src/a.ts", 'import Anthropic from "@anthropic-ai/sdk";\n');
      put("src.ts", "export {};\n");
      put("src/sub/.gitignore", "secret.py\n");
      put("src/sub/secret.py", "import anthropic\n");
      put("src/sub/ok.py", "import anthropic\n");
      put("generated/x.ts", 'import OpenAI from "openai";\n');
      put("node_modules/openai/index.js", 'import OpenAI from "openai";\n');
      put("dist/a.js", 'import OpenAI from "openai";\n');
      put("debug.log", "openai\n");
      put("image.png", "\u0000");
      put("big.py", "import openai\n" + "#".repeat(2048));
      put(".github/ai-vendors.yml", "version: 1\nvendors:\n  openai: { status: approved }\n");
      symlinkSync(join(dir, "src"), join(dir, "linked"));
      symlinkSync(join(dir, "src/chat.ts"), join(dir, "src/link.ts"));
      // Every path, as `git ls-files` or a diff would name them (links included, not followed).
      const all: string[] = [];
      const list = (rel: string) => {
        for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
          const r = rel ? `${rel}/${e.name}` : e.name;
          if (e.isDirectory()) list(r);
          else all.push(r);
        }
      };
      list("");
      const options = { maxFileSize: 1024, ownInputs: [".github/ai-vendors.yml"] };
      expect(await discoverOnly(dir, [...all].reverse(), options)).toEqual(await discover(dir, options));
      const now = new Date("2026-01-01T00:00:00Z");
      const full = await scan(dir, { now, maxFileSize: 1024 });
      const only = await scan(dir, { now, maxFileSize: 1024, only: [...all, "deleted.ts", "../outside.ts"] });
      // The same report, marked partial (a file list is not the whole repository).
      expect(only.target.partial).toBe(true);
      expect(full.target.partial).toBeUndefined();
      expect({ ...only, target: full.target, stats: { ...only.stats, durationMs: 0 }, diagnostics: only.diagnostics.filter((d) => !d.message.includes("inside the scanned root")) }).toEqual({
        ...full,
        stats: { ...full.stats, durationMs: 0 },
      });
      // Two changed files: only they are read.
      const two = await scan(dir, { now, only: ["src/chat.ts", "src/sub/secret.py"] });
      expect(two.stats.files).toBe(1);
      expect(two.vendors.map((v) => v.id)).toEqual(["openai"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the build-time inventory validator reports what ajv's runtime compile reports", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shadow-ai-validator-"));
    try {
      // As the bundle has it, with this module's isDate and ajv's runtime helpers.
      const code = inventoryValidatorModule()
        .replace('import { isDate } from "./schema.ts";', `import { createRequire } from "node:module"; const require = createRequire(${JSON.stringify(join(packageRoot(), "package.json"))}); const isDate = ${isDate.toString()};`);
      writeFileSync(join(dir, "validator.mjs"), code);
      const pre = (await import(pathToFileURL(join(dir, "validator.mjs")).href)) as { PRECOMPILED: { validate: (v: unknown) => boolean & { errors?: unknown } } };
      const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
      ajv.addFormat("date", { type: "string", validate: isDate });
      const runtime = ajv.compile(inventorySchema());
      const folder = join(packageRoot(), "fixtures", "inventory");
      const docs = readdirSync(folder)
        .filter((n) => n.endsWith(".yml"))
        .flatMap((n) => {
          try {
            return [parse(readFileSync(join(folder, n), "utf8")) as unknown];
          } catch {
            return [];
          }
        });
      expect(docs.length).toBeGreaterThan(5);
      for (const doc of [...docs, {}, { version: 2, extra: 1 }, { version: 1, vendors: { X: { status: "maybe", "last-review": "2025-02-30" } } }]) {
        const validate = pre.PRECOMPILED.validate as unknown as { (v: unknown): boolean; errors?: unknown };
        expect(validate(doc)).toBe(runtime(doc));
        expect(validate.errors ?? null).toEqual(runtime.errors ?? null);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
