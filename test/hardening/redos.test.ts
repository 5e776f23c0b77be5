// Catastrophic backtracking: every regular expression in the catalog and every
// regex literal in src/ runs on long adversarial near-matches within a time
// bound; the catalog (and an inventory's custom key formats) refuse patterns
// that fail a quick version of the same check.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { CatalogError, checkConsistency, loadCatalog } from "../../src/catalog/load.js";
import { slowestRun } from "../../src/catalog/redos.js";
import type { VendorSpec } from "../../src/catalog/types.js";
import { detectFile } from "../../src/detect/index.js";
import { InventoryError } from "../../src/inventory/errors.js";
import { parseInventory } from "../../src/inventory/load.js";
import type { FileKind, ScannedFile } from "../../src/types.js";

const ROOT = join(import.meta.dirname, "../..");
const LENGTH = 50_000;
/** Per single run on a 50,000-character input: linear patterns take a few ms; quadratic ones seconds. */
const BUDGET_MS = 250;
const catalog = loadCatalog();

/** Literal runs of a pattern (`sk-ant-api03-`, `import`): near-matches start with them. */
function literalRuns(source: string): string[] {
  const runs = source
    .replace(/\\[dDwWsSbB]|\[(?:\\.|[^\]])*\]|\(\?<?[=!:]|[()|^$*+?]|\{\d+(?:,\d*)?\}/g, "\u0000")
    .replace(/\\(.)/g, "$1")
    .split("\u0000")
    .filter((r) => r.length >= 2);
  return [...new Set(runs)].slice(0, 3);
}

describe("ReDoS: the catalog's regular expressions", () => {
  const regexes: [string, RegExp, string[]][] = [
    ...catalog.keyRules.map((r): [string, RegExp, string[]] => [`key ${r.id}`, r.regex, r.keywords]),
    ...[...catalog.vendors.values()].flatMap((v): [string, RegExp, string[]][] =>
      v["region-pattern"] ? [[`region-pattern ${v.id}`, new RegExp(v["region-pattern"]), ["us-", "eu-", "europe-west"]]] : [],
    ),
    ["prefilter", catalog.prefilter, ["openai", "anthropic"]],
  ];
  it.each(regexes)("%s: near-matches of 50,000 characters within the bound", (_name, regex, prefixes) => {
    expect(slowestRun(regex, prefixes, LENGTH, BUDGET_MS)).toBeLessThan(BUDGET_MS);
  });

  it("model globs and host patterns: a 50,000-character near-match", () => {
    const long = "gpt-4o-" + "a-".repeat(LENGTH / 2) + "\u0001";
    const t0 = performance.now();
    for (const v of catalog.vendors.keys()) catalog.matchesModel(v, long);
    catalog.matchHost("a.".repeat(LENGTH / 2) + "openai.azure.com.x", "/");
    catalog.matchHost("bedrock-runtime." + "us-east-".repeat(LENGTH / 8) + "1.amazonaws.com");
    expect(performance.now() - t0).toBeLessThan(BUDGET_MS * 4);
  });
});

describe("ReDoS: the catalog refuses slow key patterns", () => {
  const vendor = (pattern: string): VendorSpec =>
    ({ id: "evil", name: "Evil", category: "llm-api", keys: [{ id: "evil-key", pattern, keywords: ["evil_"] }] }) as unknown as VendorSpec;

  it.each([
    ["exponential", "evil_(?:[A-Za-z0-9]+)+!"],
    ["exponential, alternation", "evil_(?:a|a)*$"],
    ["quadratic", "[A-Za-z0-9_]*[A-Za-z0-9]*!"],
  ])("%s: %s is a CatalogError, quickly", (_kind, pattern) => {
    const t0 = performance.now();
    expect(() => checkConsistency({ vendors: [vendor(pattern)], frameworks: [] })).toThrow(CatalogError);
    expect(() => checkConsistency({ vendors: [vendor(pattern)], frameworks: [] })).toThrow(/backtracks catastrophically/);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it("the built-in catalog's patterns pass, and the check is cheap", () => {
    const t0 = performance.now();
    for (const r of catalog.keyRules) {
      checkConsistency({ vendors: [{ ...vendor(r.regex.source), keys: [{ id: r.id, pattern: r.regex.source, keywords: r.keywords }] } as VendorSpec], frameworks: [] });
    }
    expect(performance.now() - t0).toBeLessThan(1_000);
  });

  it("an inventory's custom key format that backtracks is an InventoryError at its line", () => {
    const text = 'version: 1\ncustom-vendors:\n  acme-llm:\n    name: Acme\n    keys:\n      - id: acme\n        pattern: "acme_(?:[a-z0-9]+)+!"\n        keywords: [acme_]\n';
    expect(() => parseInventory(text, { file: "ai-vendors.yml", catalog })).toThrow(InventoryError);
    expect(() => parseInventory(text, { file: "ai-vendors.yml", catalog })).toThrow(/ai-vendors\.yml:7:\d+: custom-vendors\.acme-llm\.keys\[0\]\.pattern: backtracks/);
  });
});

/** Every regex literal in src/, found by the TypeScript parser (not by a regex). */
function regexLiterals(): { where: string; regex: RegExp }[] {
  const out: { where: string; regex: RegExp }[] = [];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
  for (const file of walk(join(ROOT, "src"))) {
    const text = readFileSync(file, "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const slash = lit.lastIndexOf("/");
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ where: `${relative(ROOT, file)}:${line} ${lit.length > 60 ? lit.slice(0, 57) + "..." : lit}`, regex: new RegExp(lit.slice(1, slash), lit.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/**
 * Quadratic on a long run of one character, and accepted for the reason given
 * (file:line as the test prints it). Anything else that is slow fails the test.
 */
const KNOWN_SLOW: [file: string, regex: string][] = [
  // Catalog text only (package names, import roots): the catalog is trusted and short.
  ["src/catalog/compile.ts", String.raw`[/:.*-]+$`],
  ["src/catalog/compile.ts", String.raw`[:_/.]+$`],
];
const isKnown = (file: string, regex: RegExp) => KNOWN_SLOW.some(([f, r]) => file === f && regex.source.startsWith(r));

describe("ReDoS: every regex literal in src/", () => {
  const all = regexLiterals();
  it("finds them", () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it("each runs on 50,000-character near-matches within the bound", () => {
    const slow: string[] = [];
    const cost: [number, string][] = [];
    for (const { where, regex } of all) {
      if (isKnown(where.slice(0, where.indexOf(":")), regex)) continue;
      const t0 = performance.now();
      const ms = slowestRun(regex, literalRuns(regex.source), LENGTH, BUDGET_MS, true);
      cost.push([performance.now() - t0, where]);
      if (ms >= BUDGET_MS) slow.push(`${where}: ${Math.round(ms)} ms`);
    }
    if (process.env.REDOS_PROFILE) console.log(cost.sort((a, b) => b[0] - a[0]).slice(0, 25).map(([t, w]) => `${Math.round(t)} ${w}`).join("\n"));
    expect(slow).toEqual([]);
  }, 120_000);
});

describe("ReDoS: regexes built at run time, through their detectors", () => {
  // `new RegExp(...)` sites whose source is assembled from code (C#/F#/VB imports,
  // heredoc closers, Gradle keys, SFC attributes, ARM/Bicep keys): exercised by
  // long lines of the syntax they read.
  const cases: [FileKind, string, string[]][] = [
    ["csharp", "a.cs", ["using ", "using static ", "global using A", "using A.B.", "using A = ", ";{"]],
    ["csharp", "a.fs", ["open ", "open type ", "open global."]],
    ["csharp", "a.vb", ["Imports ", "Imports A = ", "Imports A, "]],
    ["ruby", "a.rb", ["<<~EOS\n", "<<-EOS ", "require 'openai' "]],
    ["php", "a.php", ["<<<EOT\n", "use OpenAI\\", "<?php "]],
    ["gradle", "build.gradle", ['implementation(group: "com.openai", ', "name: ", "group = "]],
    ["vue", "a.vue", ['<script lang="ts" setup ', "lang=", "<script "]],
    ["config", "azuredeploy.json", ['"type": "Microsoft.CognitiveServices/accounts", ', '"type" :']],
    ["config", "main.bicep", ["resource x 'Microsoft.CognitiveServices/accounts@2023' = { kind: ", "kind: "]],
    ["python", "a.py", ['"\\u', '"\\U0001', '"\\x', "import openai; "]],
    ["js", "a.ts", ['import x from "openai"; ', "require(", "`${"]],
  ];
  it.each(cases)("%s (%s): long lines of its syntax", async (kind, path, units) => {
    for (const unit of units) {
      const text = "openai " + unit.repeat(Math.ceil(LENGTH / unit.length)) + "\u0001\n";
      const t0 = performance.now();
      await detectFile({ path, kind, size: text.length } as ScannedFile, text, catalog);
      expect(performance.now() - t0, `${path}: ${JSON.stringify(unit)}`).toBeLessThan(BUDGET_MS * 8);
    }
  });
});
