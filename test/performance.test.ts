// The optimised paths must give what the straightforward ones give.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Catalog } from "../src/catalog/compile.js";
import { loadCatalog, prebuiltCatalog, readCatalogSource } from "../src/catalog/load.js";
import { discover } from "../src/discover/walk.js";
import { scanFiles } from "../src/scan-files.js";
import { inventorySchema, inventoryValidatorModule, isDate } from "../src/inventory/schema.js";
import { packageRoot } from "../src/package-root.js";

const rules = join(packageRoot(), "rules");
const fixtures = join(packageRoot(), "fixtures");

/** Every fixture tree's per-file outcomes (the fixtures folder as one tree). */
async function detectAll(catalog: Catalog) {
  const found = await discover(fixtures);
  return { files: found.files, outcomes: await scanFiles(fixtures, found.files, catalog) };
}

describe("performance paths", () => {
  it("the build-time catalog is the rules folder parsed and validated, with the same version", () => {
    const pre = prebuiltCatalog(rules);
    expect(pre.source).toEqual(readCatalogSource(rules));
    expect(pre.version).toBe(loadCatalog(rules).version);
    expect(pre.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it("the prefilter only skips files that would give nothing: detection with it off is the same on every fixture", async () => {
    const catalog = loadCatalog();
    const off: Catalog = { ...catalog, prefilter: /(?:)/ };
    const on = await detectAll(catalog);
    const all = await detectAll(off);
    expect(on.files.length).toBeGreaterThan(100);
    expect(on.outcomes).toEqual(all.outcomes);
    // And it does skip: most fixture files name some catalog token, but not all.
    expect(on.files.filter((f) => !catalog.prefilter.test(readFileSync(join(fixtures, f.path), "utf8"))).length).toBeGreaterThan(0);
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
