// No key value ever leaves the scanner: a tree full of fake keys of every
// catalog format, in every kind of file and position, through every output.
// The tree is generated at test time (see keygen.ts for why it is not committed).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planAnnotations } from "../../src/action/annotations.js";
import { commentBody } from "../../src/action/comment.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { isPlaceholder, keyHash } from "../../src/detect/secrets.js";
import { scanCommand } from "../../src/commands/scan.js";
import { starterInventory } from "../../src/inventory/init.js";
import { parseInventory } from "../../src/inventory/load.js";
import { toCycloneDx } from "../../src/report/cyclonedx.js";
import { toEvidence } from "../../src/report/evidence.js";
import { toJson } from "../../src/report/json.js";
import { toMarkdown } from "../../src/report/markdown.js";
import { toSarif } from "../../src/report/sarif.js";
import { toText } from "../../src/report/text.js";
import { scan } from "../../src/scan/scan.js";
import type { ScanReport } from "../../src/types.js";
import { buildOnce, fakeApi, removeBuild, runAction } from "../action/harness.js";
import { fakeKey, rng, secretWindows, type FakeKey } from "./keygen.js";

const catalog = loadCatalog();
const next = rng(0x5ec2e7);

/** A variable name that gives each format the context its rule needs. */
const VAR: Record<string, string> = {
  "azure-openai-api-key": "AZURE_OPENAI_API_KEY",
  "cohere-api-key": "COHERE_API_KEY",
  "deepseek-api-key": "DEEPSEEK_API_KEY",
  "elevenlabs-api-key": "ELEVENLABS_API_KEY",
  "mistral-api-key": "MISTRAL_API_KEY",
  "google-api-key": "GEMINI_API_KEY",
};
const varFor = (ruleId: string) => VAR[ruleId] ?? ruleId.toUpperCase().replace(/-/g, "_");

interface Planted {
  rule: string;
  file: string;
  line: number;
  key: FakeKey;
}
const planted: Planted[] = [];

function newKey(ruleId: string): FakeKey {
  const rule = catalog.keyRules.find((r) => r.id === ruleId)!;
  return fakeKey(rule.regex.source, next, (s) => !isPlaceholder(s, rule));
}

/**
 * A file whose lines are built by `lines`; `k(rule)` plants a fresh key and
 * records where. Line numbers are counted from the text as written.
 */
function plant(files: Record<string, string>, file: string, build: (k: (rule: string) => string) => string[]): void {
  const out: string[] = [];
  const pending: { rule: string; key: FakeKey }[] = [];
  const k = (rule: string) => {
    const key = newKey(rule);
    pending.push({ rule, key });
    return key.value;
  };
  for (const line of build(k)) out.push(line);
  const text = out.join("\n") + "\n";
  for (const p of pending) {
    const idx = text.split("\n").findIndex((l) => l.includes(p.key.value));
    planted.push({ ...p, file, line: idx + 1 });
  }
  files[file] = text;
}

const RULES = catalog.keyRules.map((r) => r.id);
const FILLER = "# " + "the quick brown fox jumps over the lazy dog ".repeat(6);

function makeTree(): Record<string, string> {
  const files: Record<string, string> = {};
  plant(files, "app/keys.py", (k) => ["import google.generativeai as genai", "", ...RULES.map((r) => `${varFor(r)} = "${k(r)}"`)]);
  plant(files, "web/keys.ts", (k) => [
    'import { GoogleGenerativeAI } from "@google/generative-ai";',
    ...RULES.map((r) => `export const ${varFor(r)} = "${k(r)}";`),
  ]);
  plant(files, "config/keys.yaml", (k) => ["gemini:", "  endpoint: https://generativelanguage.googleapis.com", ...RULES.map((r) => `${varFor(r)}: ${k(r)}`)]);
  plant(files, "config/keys.json", (k) => [
    "{",
    '  "endpoint": "https://generativelanguage.googleapis.com",',
    ...RULES.map((r, i) => `  "${varFor(r)}": "${k(r)}"${i === RULES.length - 1 ? "" : ","}`),
    "}",
  ]);
  plant(files, ".env", (k) => RULES.map((r) => `${varFor(r)}=${k(r)}`));
  // Prose: a key pasted into a README is leaked all the same (Google keys need
  // vendor evidence in the same file, which prose never gives: not planted there).
  plant(files, "README.md", (k) => ["# Setup", "", ...RULES.filter((r) => r !== "google-api-key").map((r) => `Set \`${varFor(r)}\` to \`${k(r)}\` and go.`)]);
  // A notebook: keys inside JSON-encoded cell source.
  plant(files, "notebooks/keys.ipynb", (k) => {
    const cell = ["import google.generativeai as genai\\n", ...RULES.map((r) => `${varFor(r)} = \\"${k(r)}\\"\\n`)];
    return [
      "{",
      ' "cells": [',
      '  { "cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null, "source": [',
      ...cell.map((c, i) => `    "${c}"${i === cell.length - 1 ? "" : ","}`),
      "  ]}",
      " ],",
      ' "metadata": {}, "nbformat": 4, "nbformat_minor": 5',
      "}",
    ];
  });
  // Long lines: the key straddles the snippet cap, or sits far past it.
  plant(files, "app/long.py", (k) => [
    "import google.generativeai as genai",
    ...RULES.map((r) => `${varFor(r)} = "${k(r)}"  ${FILLER}`.padStart(0)),
    ...RULES.map((r) => `${FILLER.slice(0, 140)} ${varFor(r)} = "${k(r)}"`),
    ...RULES.map((r) => `${FILLER}${FILLER} ${varFor(r)} = "${k(r)}"`),
  ]);
  // Two keys on one line.
  plant(files, "app/pairs.py", (k) => [
    "import google.generativeai as genai",
    ...RULES.map((r, i) => {
      const s = RULES[(i + 1) % RULES.length]!;
      return `${varFor(r)} = "${k(r)}"; ${varFor(s)} = "${k(s)}"`;
    }),
  ]);
  // A broken manifest: its parser's diagnostic must not quote the key either.
  plant(files, "package.json", (k) => ['{ "name": "x", "dependencies": { "openai": "4" }, "token": "' + k("anthropic-api-key") + '", ']);
  return files;
}

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
}

/** Every way a key could escape: the value, its hash (the finding's identity holds it only hashed again), or any 12-character window of its random part. */
function leaks(text: string): string[] {
  const found = new Set<string>();
  for (const p of planted) {
    if (text.includes(p.key.value)) found.add(`${p.rule} in full (${p.file}:${p.line})`);
    else if (text.includes(keyHash(p.key.value))) found.add(`${p.rule} hashed (${p.file}:${p.line})`);
    else if (secretWindows(p.key).some((w) => text.includes(w))) found.add(`${p.rule} in part (${p.file}:${p.line})`);
  }
  return [...found];
}

let dir: string;
let report: ScanReport;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shadow-ai-keys-"));
  writeTree(dir, makeTree());
  report = await scan(dir, { noBaseline: true, now: new Date("2026-06-01") });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("secrets: every catalog key format", () => {
  it("the tree plants every key format the catalog knows", () => {
    expect(new Set(planted.map((p) => p.rule))).toEqual(new Set(RULES));
    expect(planted.length).toBeGreaterThan(RULES.length * 8);
  });

  it("every planted key is reported as a hardcoded secret on its line", () => {
    const secrets = report.vendors.flatMap((v) => v.evidence.filter((e) => e.kind === "secret"));
    const findings = report.findings.filter((f) => f.rule === "hardcoded-secret");
    const missing = planted.filter((p) => !secrets.some((e) => e.file === p.file && e.line === p.line && e.secretRule !== undefined));
    // Two rules may claim one key (the same place is reported once), so compare places, not rule ids.
    expect(missing.map((p) => `${p.rule} @ ${p.file}:${p.line}`)).toEqual([]);
    const unfound = planted.filter((p) => !findings.some((f) => f.file === p.file && f.line === p.line));
    expect(unfound.map((p) => `${p.rule} @ ${p.file}:${p.line}`)).toEqual([]);
  });

  it("no key reaches the text, JSON, Markdown, SARIF or CycloneDX report", () => {
    expect(leaks(toText(report))).toEqual([]);
    expect(leaks(toText(report, { maxEvidence: 0 }))).toEqual([]);
    expect(leaks(toJson(report))).toEqual([]);
    expect(leaks(toMarkdown(report, { block: true }))).toEqual([]);
    expect(leaks(toSarif(report))).toEqual([]);
    expect(leaks(toCycloneDx(report))).toEqual([]);
  });

  it("no key (nor its hash) reaches the output of any scan --format", async () => {
    const formats = /--format <([^>]+)>/.exec(scanCommand.usage)![1]!.split("|");
    expect(formats).toEqual(expect.arrayContaining(["text", "json", "sarif", "markdown", "cyclonedx", "spdx"]));
    for (const format of formats) {
      let out = "";
      const code = await scanCommand.run([dir, "--format", format, "--no-baseline", "--now", "2026-06-01", "--created", "2026-06-01T00:00:00Z"], {
        stdout: (s: string) => void (out += s),
        stderr: () => {},
      } as Parameters<typeof scanCommand.run>[1]);
      expect(code, format).toBe(1);
      expect(out.length, format).toBeGreaterThan(0);
      expect(leaks(out), format).toEqual([]);
    }
  });

  it("a hardcoded-secret's identity is the key's, not its place: the same key in two files shares one identity, another key does not", async () => {
    const key = newKey("anthropic-api-key").value;
    const other = newKey("anthropic-api-key").value;
    const small = mkdtempSync(join(tmpdir(), "shadow-ai-key-identity-"));
    try {
      writeTree(small, { "a/one.py": `ANTHROPIC_API_KEY = "${key}"\n`, "b/two.py": `\n\nkey = "${key}"\n`, "c/three.py": `ANTHROPIC_API_KEY = "${other}"\n` });
      const r = await scan(small, { noBaseline: true, now: new Date("2026-06-01") });
      const ids = Object.fromEntries(r.findings.filter((f) => f.rule === "hardcoded-secret").map((f) => [f.file, f.identity]));
      expect(Object.keys(ids).sort()).toEqual(["a/one.py", "b/two.py", "c/three.py"]);
      expect(ids["a/one.py"]).toBe(ids["b/two.py"]);
      expect(ids["c/three.py"]).not.toBe(ids["a/one.py"]);
      expect(JSON.stringify(r)).not.toContain(keyHash(key));
    } finally {
      rmSync(small, { recursive: true, force: true });
    }
    const findings = report.findings.filter((f) => f.rule === "hardcoded-secret");
    const at = (file: string, line: number) => findings.find((f) => f.file === file && f.line === line);
    const anthropic = planted.filter((p) => p.rule === "anthropic-api-key" && p.file !== "package.json");
    const [a, b] = anthropic;
    expect(at(a!.file, a!.line)!.identity).not.toBe(at(b!.file, b!.line)!.identity);
    expect(new Set(findings.map((f) => f.identity)).size).toBeGreaterThan(RULES.length * 8);
    // No evidence keeps the hash once the report is assembled.
    expect(JSON.stringify(report)).not.toContain("keyHash");
  });

  it("no key reaches annotations, the PR comment, init's inventory or the evidence pack", () => {
    const plan = planAnnotations(report, undefined, 1000);
    expect(plan.annotations.length).toBeGreaterThan(0);
    expect(leaks(JSON.stringify(plan))).toEqual([]);
    expect(leaks(commentBody(report, { block: true }))).toEqual([]);
    expect(leaks(starterInventory(report.vendors))).toEqual([]);
    expect(leaks(toEvidence({ repositories: [{ name: "acme/keys", report }], producedAt: "2026-06-01", tool: { version: "0" } }))).toEqual([]);
  });

  it("no key reaches a diagnostic (a parser's message may quote the line)", () => {
    expect(report.diagnostics.some((d) => d.file === "package.json")).toBe(true);
    expect(leaks(JSON.stringify(report.diagnostics))).toEqual([]);
  });

  it("no key reaches an inventory error message", () => {
    const keys = planted.filter((p) => p.file === ".env").map((p) => p.key.value);
    const bad = [
      // an unknown vendor id, an unknown field, a wrong value, a broken line
      `version: 1\nvendors:\n  ${keys[0]}:\n    status: approved\n`,
      `version: 1\nvendors:\n  openai:\n    status: approved\n    ${keys[1]}: x\n`,
      `version: 1\nvendors:\n  openai:\n    status: ${keys[2]}\n`,
      `version: 1\nvendors:\n  openai:\n    owner: "${keys[3]}\n  x: [\n`,
      `version: 1\npolicy:\n  review-interval: ${keys[4]}\n`,
      `version: 1\nvendors:\n  openai:\n    status: approved\n    models: ${keys[5]}\n`,
    ];
    for (const text of bad) {
      let message = "";
      try {
        parseInventory(text, { file: ".github/ai-vendors.yml", catalog });
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message, text).not.toBe("");
      expect(leaks(message)).toEqual([]);
    }
  });
});

describe("secrets: the bundled action", () => {
  beforeAll(() => buildOnce(), 120_000);
  afterAll(() => removeBuild());

  it("no key reaches the log, annotations, summary, outputs or files", async () => {
    const api = await fakeApi();
    try {
      const res = await runAction({
        workspace: dir,
        eventName: "schedule",
        event: {},
        apiUrl: api.url,
        inputs: { "json-file": "out/report.json", "sarif-file": "out/report.sarif", comment: "never" },
      });
      expect(res.code).toBe(1);
      expect(res.commands.filter((c) => c.command === "error").length).toBeGreaterThan(0);
      expect(res.summary).toMatch(/hardcoded-secret|secret/i);
      expect(leaks(res.stdout)).toEqual([]);
      expect(leaks(res.stderr)).toEqual([]);
      expect(leaks(res.summary)).toEqual([]);
      expect(leaks(JSON.stringify(res.outputs))).toEqual([]);
      const json = readFileSync(join(dir, "out/report.json"), "utf8");
      expect(JSON.parse(json).findings.some((f: { rule: string }) => f.rule === "hardcoded-secret")).toBe(true);
      expect(leaks(json)).toEqual([]);
      expect(leaks(readFileSync(join(dir, "out/report.sarif"), "utf8"))).toEqual([]);
    } finally {
      rmSync(join(dir, "out"), { recursive: true, force: true });
      await api.close();
    }
  }, 60_000);
});
