// Property-based tests: every detector and the inventory loader, fed random
// strings, syntax soups and mutations of the real fixture files, never throws,
// never hangs (a time bound per input) and returns arrays of well-formed evidence.
//
// `npm test` runs a few hundred inputs with a fixed seed; `npm run fuzz` runs the
// same properties with many more (FUZZ_RUNS, FUZZ_SEED; the seed is printed on failure).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { configLiterals } from "../../src/detect/config.js";
import { detectEnvFile } from "../../src/detect/env-file.js";
import { detectFile } from "../../src/detect/index.js";
import { detectIacConfig, IAC_DETECTORS } from "../../src/detect/iac/index.js";
import { detectJavaScript, detectVueSvelte } from "../../src/detect/javascript/index.js";
import { LANGUAGE_DETECTORS } from "../../src/detect/languages/index.js";
import { detectLockfile, LOCKFILE_PARSERS } from "../../src/detect/lockfiles/index.js";
import { MANIFEST_DETECTORS, detectPackageJson, detectPipfile, detectPyproject, detectRequirements } from "../../src/detect/manifests/index.js";
import { detectNotebook, detectPython } from "../../src/detect/python/index.js";
import type { Detector, DetectOutput } from "../../src/detect/types.js";
import { fileKind } from "../../src/discover/kind.js";
import { ConfigError } from "../../src/inventory/errors.js";
import { parseInventory } from "../../src/inventory/load.js";
import type { FileKind, ScannedFile } from "../../src/types.js";

const FUZZ = Number(process.env.FUZZ_RUNS ?? 0);
const RUNS = FUZZ || 100;
const SEED = Number(process.env.FUZZ_SEED ?? (FUZZ ? Date.now() % 2 ** 31 : 20260601));
/** Per input. Generous: CI machines are slow and shared; a hang is seconds or forever. */
const LIMIT_MS = 2_000;
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };

const catalog = loadCatalog();
const ROOT = join(import.meta.dirname, "../..");

/** Every detector, by the kind of file it reads (the table detect/index.ts dispatches on). */
const DETECTORS: [FileKind, Detector][] = Object.entries({
  ...LANGUAGE_DETECTORS,
  ...MANIFEST_DETECTORS,
  ...IAC_DETECTORS,
  config: detectIacConfig,
  js: detectJavaScript,
  vue: detectVueSvelte,
  python: detectPython,
  notebook: detectNotebook,
  "npm-manifest": detectPackageJson,
  "pip-requirements": detectRequirements,
  pyproject: detectPyproject,
  pipfile: detectPipfile,
  env: detectEnvFile,
  lockfile: detectLockfile,
}) as [FileKind, Detector][];

/** The real fixture files: realistic input to mutate, under their real names. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p, { throwIfNoEntry: false })?.isDirectory() ? walk(p) : [p];
  });
}
const FIXTURES = walk(join(ROOT, "fixtures"))
  .filter((p) => statSync(p).size < 200_000)
  .map((p) => ({ path: relative(ROOT, p).split("\\").join("/"), text: readFileSync(p, "utf8") }))
  .filter((f) => !f.text.includes("\0"));

/** A file name for every kind, and every lockfile name. */
const NAMES = [
  ...new Set([...FIXTURES.map((f) => f.path.slice(f.path.lastIndexOf("/") + 1)), ...Object.keys(LOCKFILE_PARSERS), "a.ts", "a.vue", "a.py", "a.ipynb", "a.go", "a.java", "a.cs", "a.rb", "a.php", "a.rs", "a.swift", "main.tf", "template.yaml", "Dockerfile", ".env", "ci.yml", "x.bicep"]),
].sort();

/** Pieces of every syntax the detectors read, plus catalog words, so random input reaches the parsers. */
const PIECES = [
  ..."{}[]()<>\"'`\\/#;:,=.-_*!&|@$%\n\r\t ",
  "\u0000", "\uFEFF", "\uD800", "é", "日本", "//", "/*", "*/", "<!--", "-->", '"""', "'''", "${", "#{", "{{", "}}", "\\u00", "\\x",
  "import ", "from ", "require(", "import(", "export ", "use ", "using ", "package ", "extends ", "<script>", "</script>", "<script setup lang=\"ts\">",
  "---\n", "- ", "&a ", "*a", "!Ref ", "<<: ", "[tool.poetry.dependencies]\n", "[[package]]\n", "name = ", "version = ", "dependencies:\n", "resource \"", "provider \"", "module \"",
  "AWS::Bedrock::Agent", "Resources:\n", "Type: ", "image: ", "environment:\n", "uses: ", "with:\n", "%pip install ", "!pip install ", "\"cell_type\": \"code\"", "\"source\": [",
  "openai", "anthropic", "@anthropic-ai/sdk", "langchain", "boto3", "google.generativeai", "api.openai.com", "https://", "bedrock-runtime.us-east-1.amazonaws.com",
  "OPENAI_API_KEY", "AZURE_OPENAI_API_KEY=", "gpt-4o", "claude-3-5-sonnet", "model=", "region_name=", "base_url=", "baseURL: ", "sk-ant-api03-", "T3BlbkFJ", "hf_", "AIza",
];
const soup = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 200 }).map((a) => a.join(""));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), soup);

type Op = { at: number; cut: number; insert: string; dup: boolean };
const op = fc.record({ at: fc.nat(), cut: fc.nat({ max: 64 }), insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 8 })), dup: fc.boolean() });
function mutate(text: string, ops: Op[]): string {
  let t = text;
  for (const o of ops) {
    const at = t.length === 0 ? 0 : o.at % (t.length + 1);
    t = o.dup ? t.slice(0, at) + t.slice(at, at + o.cut) + t.slice(at) : t.slice(0, at) + o.insert + t.slice(at + o.cut);
  }
  return t;
}
const mutatedFixture = fc.record({ f: fc.constantFrom(...FIXTURES), ops: fc.array(op, { minLength: 1, maxLength: 12 }) }).map(({ f, ops }) => ({ path: f.path, text: mutate(f.text, ops) }));
const randomFile = fc.record({ path: fc.constantFrom(...NAMES), text: anyText });
const input = fc.oneof(mutatedFixture, randomFile);

function timed<T>(what: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  if (ms > LIMIT_MS) throw new Error(`${what} took ${Math.round(ms)} ms`);
  return out;
}
async function timedAsync<T>(what: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  const ms = performance.now() - t0;
  if (ms > LIMIT_MS) throw new Error(`${what} took ${Math.round(ms)} ms`);
  return out;
}

function wellFormed(out: DetectOutput, path: string): void {
  expect(Array.isArray(out.evidence) && Array.isArray(out.literals) && Array.isArray(out.diagnostics)).toBe(true);
  for (const e of out.evidence) {
    expect(e.file).toBe(path);
    expect(Number.isInteger(e.line) && e.line >= 1).toBe(true);
    expect(typeof e.snippet).toBe("string");
  }
}

const scanned = (path: string, text: string, kind?: FileKind): ScannedFile => ({ path, kind: kind ?? fileKind(path) ?? "text", size: text.length }) as ScannedFile;

describe(`properties (seed ${SEED}, ${RUNS} runs each)`, () => {
  it.each(DETECTORS)("detector %s: never throws, never hangs, returns arrays", async (kind, detector) => {
    // Inputs under the detector's own kind: fixture files of that kind mutated, or random text.
    const own = FIXTURES.filter((f) => fileKind(f.path) === kind);
    const name = own[0]?.path ?? NAMES.find((n) => fileKind(n) === kind) ?? `file.${kind}`;
    const ofKind = own.length > 0 ? fc.oneof(fc.record({ f: fc.constantFrom(...own), ops: fc.array(op, { minLength: 1, maxLength: 12 }) }).map(({ f, ops }) => ({ path: f.path, text: mutate(f.text, ops) })), fc.record({ path: fc.constant(name), text: anyText })) : fc.record({ path: fc.constant(name), text: anyText });
    await fc.assert(
      fc.asyncProperty(ofKind, async ({ path, text }) => {
        const file = scanned(path, text, kind);
        const out = await timedAsync(`${kind} on ${path}`, async () => detector({ file, text, catalog }));
        wellFormed(out, path);
      }),
      params,
    );
  });

  it("every lockfile parser: never throws, never hangs", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(LOCKFILE_PARSERS)), input, async (name, { text }) => {
        const out = await timedAsync(name, async () => LOCKFILE_PARSERS[name]!({ file: scanned(name, text, "lockfile"), text, catalog }));
        wellFormed(out, name);
      }),
      params,
    );
  });

  it("configLiterals (any file without a detector of its own): never throws, returns literals", () => {
    fc.assert(
      fc.property(input, ({ path, text }) => {
        const lits = timed(path, () => configLiterals(path, text));
        expect(Array.isArray(lits)).toBe(true);
      }),
      params,
    );
  });

  it("detectFile (detector, literal analysis, gateways, keys, redaction): never throws, never hangs", async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ path, text }) => {
        const r = await timedAsync(path, () => detectFile(scanned(path, text), text, catalog));
        expect(Array.isArray(r.evidence) && Array.isArray(r.mentions) && Array.isArray(r.diagnostics)).toBe(true);
        for (const e of r.evidence) expect(e.snippet.length).toBeLessThanOrEqual(160);
      }),
      { ...params, numRuns: RUNS * 4 },
    );
  });

  it("the inventory loader: returns an inventory or throws a ConfigError, never anything else", () => {
    const inventories = ["fixtures/demo-app/.github/ai-vendors.yml", "fixtures/org/acme/api/.github/ai-vendors.yml"]
      .map((p) => readFileSync(join(ROOT, p), "utf8"))
      .concat(FIXTURES.filter((f) => f.path.includes("inventory") && /\.ya?ml$/.test(f.path)).map((f) => f.text));
    const text = fc.oneof(
      fc.record({ t: fc.constantFrom(...inventories), ops: fc.array(op, { minLength: 1, maxLength: 8 }) }).map(({ t, ops }) => mutate(t, ops)),
      soup,
      fc.string({ unit: "binary", maxLength: 300 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        try {
          timed("inventory", () => parseInventory(t, { file: "ai-vendors.yml", catalog }));
        } catch (err) {
          if (!(err instanceof ConfigError)) throw err;
        }
      }),
      { ...params, numRuns: RUNS * 4 },
    );
  });
});
