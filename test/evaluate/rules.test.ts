import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { baselineJson, parseBaseline } from "../../src/evaluate/baseline.js";
import { loadRegions, placesOf, withinResidency } from "../../src/evaluate/regions.js";
import { addInterval, evaluate, type EvaluateInput } from "../../src/evaluate/rules.js";
import { parseMarkers } from "../../src/evaluate/suppress.js";
import { parseInventory } from "../../src/inventory/load.js";
import type { Evidence, VendorUsage } from "../../src/types.js";

const catalog = loadCatalog();
const NOW = new Date("2026-06-15T12:00:00Z");

function ev(file: string, line: number, more: Partial<Evidence> = {}): Evidence {
  return { kind: "import", file, line, column: 1, snippet: `line ${line} of ${file}`, ...more };
}
function usage(id: string, evidence: Evidence[], more: Partial<VendorUsage> = {}): VendorUsage {
  return {
    id,
    name: catalog.vendors.get(id)?.name ?? id,
    category: "llm-api",
    declared: false,
    status: "undeclared",
    direct: evidence.some((e) => !e.transitive),
    regions: [],
    models: [],
    frameworks: [],
    evidence: evidence.map((e) => ({ vendor: id, ...e })),
    ...more,
  };
}
const inventory = (yaml: string) => parseInventory(`version: 1\n${yaml}`, { file: ".github/ai-vendors.yml", catalog });
const run = (input: Partial<EvaluateInput> & { vendors: VendorUsage[] }) => evaluate({ now: NOW, knownVendors: catalog.vendors.keys(), ...input });
const rules = (r: ReturnType<typeof run>) => r.findings.map((f) => `${f.rule} ${f.vendor ?? ""} ${f.file ?? ""}:${f.line ?? ""}${f.blocking ? " blocking" : ""}${f.suppressed ? ` suppressed-by-${f.suppressed.by}` : ""}`);

const openaiInChat = () => usage("openai", [ev("src/chat.ts", 1), ev("src/chat.ts", 9, { kind: "env" }), ev("src/other.ts", 3)]);

describe("without an inventory", () => {
  it("vendors stay undeclared and only committed keys are findings", () => {
    const r = run({ vendors: [usage("openai", [ev("a.ts", 1), ev("a.ts", 2, { kind: "secret", secretRule: "openai-api-key" })])] });
    expect(r.vendors[0]).toMatchObject({ declared: false, status: "undeclared" });
    expect(rules(r)).toEqual(["hardcoded-secret openai a.ts:2 blocking"]);
  });
});

describe("undeclared-vendor", () => {
  it("one finding per file, on the first line that uses the vendor, blocking by default", () => {
    const r = run({ vendors: [openaiInChat()], inventory: inventory("vendors: {}\n") });
    expect(rules(r)).toEqual(["undeclared-vendor openai src/chat.ts:1 blocking", "undeclared-vendor openai src/other.ts:3 blocking"]);
    expect(r.findings[0]!.message).toBe(
      "OpenAI (openai) is used here (2 places in this file) but .github/ai-vendors.yml does not declare it: add it under vendors: with its status, owner and purpose, or remove this use.",
    );
  });
  it("a vendor seen only through a lockfile raises nothing", () => {
    const r = run({ vendors: [usage("openai", [ev("package-lock.json", 10, { kind: "lockfile", transitive: true })])], inventory: inventory("vendors: {}\n") });
    expect(r.findings).toEqual([]);
  });
  it("block-on decides what blocks", () => {
    const r = run({ vendors: [openaiInChat()], inventory: inventory("policy:\n  block-on: [prohibited-vendor]\n") });
    expect(r.findings.every((f) => !f.blocking)).toBe(true);
  });
});

describe("declared vendors", () => {
  it("status comes from the inventory", () => {
    const r = run({ vendors: [openaiInChat()], inventory: inventory("vendors:\n  openai:\n    status: restricted\n") });
    expect(r.vendors[0]).toMatchObject({ declared: true, status: "restricted" });
    expect(r.findings).toEqual([]);
  });
  it("prohibited-vendor per file", () => {
    const r = run({ vendors: [openaiInChat()], inventory: inventory("vendors:\n  openai:\n    status: prohibited\n") });
    expect(rules(r)).toEqual(["prohibited-vendor openai src/chat.ts:1 blocking", "prohibited-vendor openai src/other.ts:3 blocking"]);
    expect(r.findings[0]!.message).toBe("OpenAI (openai) is prohibited by .github/ai-vendors.yml but used here (2 places in this file).");
  });
  it("path-not-allowed outside the declared globs; manifests do not count", () => {
    const v = usage("openai", [ev("package.json", 5, { kind: "dependency" }), ev("services/support/a.ts", 1), ev("scripts/x.py", 2)]);
    const r = run({ vendors: [v], inventory: inventory("vendors:\n  openai:\n    status: approved\n    paths: [\"services/support/**\"]\n") });
    expect(rules(r)).toEqual(["path-not-allowed openai scripts/x.py:2 blocking"]);
  });
  it("residency-violation on the line naming a region outside the declared geographies", () => {
    const v = usage("aws-bedrock", [ev("infra/bedrock.py", 4, { kind: "host", region: "us-east-1" }), ev("infra/eu.py", 2, { kind: "host", region: "eu-central-1" })], {
      regions: ["eu-central-1", "us-east-1"],
    });
    const r = run({ vendors: [v], inventory: inventory("vendors:\n  aws-bedrock:\n    status: approved\n    residency: [eu]\n") });
    expect(rules(r)).toEqual(["residency-violation aws-bedrock infra/bedrock.py:4 blocking"]);
    expect(r.findings[0]!.message).toBe("Amazon Bedrock (aws-bedrock) processes in region 'us-east-1' (us, north-america), outside its declared residency [eu].");
  });
  it("residency: a region named beside the SDK (a mention) anchors the finding; unknown regions fail closed", () => {
    const v = usage("google-vertex-ai", [ev("ml/vertex.py", 1)], { regions: ["global", "mars-north1"] });
    const r = run({
      vendors: [v],
      inventory: inventory("vendors:\n  google-vertex-ai:\n    status: approved\n    residency: [europe]\n"),
      mentions: [{ file: "ml/vertex.py", line: 7, kind: "region", value: "global" }],
    });
    expect(rules(r)).toEqual(["residency-violation google-vertex-ai .github/ai-vendors.yml:3 blocking", "residency-violation google-vertex-ai ml/vertex.py:7 blocking"]);
    expect(r.findings[0]!.message).toContain("region 'mars-north1' (no known geography)");
    expect(r.findings[1]!.message).toContain("region 'global' (global)");
  });
  it("unapproved-model (warning) for a model outside the globs", () => {
    const v = usage("openai", [ev("src/chat.ts", 1)], { models: ["gpt-4o-mini", "o3"] });
    const r = run({
      vendors: [v],
      inventory: inventory("vendors:\n  openai:\n    status: approved\n    models: [\"gpt-4o*\"]\n"),
      mentions: [{ file: "src/chat.ts", line: 12, kind: "model", value: "o3" }],
    });
    expect(rules(r)).toEqual(["unapproved-model openai src/chat.ts:12"]);
    expect(r.findings[0]).toMatchObject({ severity: "warning", message: "OpenAI model 'o3' is not among the models declared for openai (gpt-4o*)." });
  });
});

describe("declaration rules, anchored on the inventory entry", () => {
  const used = [openaiInChat()];
  it("review-overdue against the injected now: due today is not overdue, a day later is", () => {
    const inv = inventory("policy:\n  review-interval: 90d\nvendors:\n  openai:\n    status: approved\n    last-review: 2026-03-17\n");
    expect(addInterval("2026-03-17", "90d")).toBe("2026-06-15");
    expect(rules(run({ vendors: used, inventory: inv }))).toEqual([]);
    expect(rules(run({ vendors: used, inventory: inv, now: new Date("2026-06-16T00:00:00Z") }))).toEqual(["review-overdue openai .github/ai-vendors.yml:5"]);
    expect(addInterval("2026-01-31", "1m")).toBe("2026-02-28");
    expect(addInterval("2024-02-29", "1y")).toBe("2025-02-28");
  });
  it("review-overdue once the interval has passed, and for a vendor never reviewed", () => {
    const inv = inventory("policy:\n  review-interval: 6m\nvendors:\n  openai:\n    status: approved\n    last-review: 2025-12-14\n  anthropic:\n    status: approved\n");
    const r = run({ vendors: [...used, usage("anthropic", [ev("a.py", 1)])], inventory: inv });
    expect(rules(r)).toEqual(["review-overdue openai .github/ai-vendors.yml:5", "review-overdue anthropic .github/ai-vendors.yml:8"]);
    expect(r.findings.map((f) => f.message)).toEqual([
      "openai was last reviewed on 2025-12-14; the review interval (6m) made the next one due on 2026-06-14.",
      "anthropic has no last-review date; the policy asks for a review every 6m.",
    ]);
  });
  it("missing-dpa and missing-no-training for customer data", () => {
    const inv = inventory("vendors:\n  openai:\n    status: approved\n    data-classes: [pii]\n  anthropic:\n    status: approved\n    data-classes: [internal]\n");
    const r = run({ vendors: [...used, usage("anthropic", [ev("a.py", 1)])], inventory: inv });
    expect(rules(r)).toEqual(["missing-attestation openai .github/ai-vendors.yml:3", "missing-dpa openai .github/ai-vendors.yml:3", "missing-no-training openai .github/ai-vendors.yml:3"]);
    expect(r.findings[1]!.message).toBe("openai receives pii but has no signed DPA (dpa: { signed: YYYY-MM-DD }).");
  });
  it("an expired DPA is a missing one", () => {
    const inv = inventory("vendors:\n  openai:\n    status: approved\n    data-classes: [customer-data]\n    dpa: { signed: 2024-01-01, expires: 2026-06-01 }\n    no-training: { confirmed: 2024-01-01 }\n    attestations: [{ type: soc2-type-2, date: 2026-01-01 }]\n");
    const r = run({ vendors: used, inventory: inv });
    expect(r.findings.map((f) => f.message)).toEqual(["openai receives customer-data but its DPA expired on 2026-06-01."]);
  });
  it("unused-declaration (note) for a declared vendor nothing uses; not for a prohibited one", () => {
    const inv = inventory("vendors:\n  openai:\n    status: approved\n  cohere:\n    status: approved\n  deepseek:\n    status: prohibited\n");
    const r = run({ vendors: used, inventory: inv });
    expect(rules(r)).toEqual(["unused-declaration cohere .github/ai-vendors.yml:5"]);
    expect(r.findings[0]!.severity).toBe("note");
  });
  it("no unused-declaration from a partial scan (some files only): nothing says the rest of the code does not use it", () => {
    const inv = inventory("vendors:\n  openai:\n    status: approved\n  cohere:\n    status: approved\n    last-review: 2020-01-01\n");
    const r = run({ vendors: used, inventory: inv, partial: true });
    // Rules that do not depend on the rest of the code still run.
    expect(rules(r)).toEqual(["review-overdue cohere .github/ai-vendors.yml:5"]);
  });
});

describe("suppressions", () => {
  const inv = () => inventory("vendors: {}\n");
  it("an inline comment on the line or the line above, naming the rule or the vendor, with a reason", () => {
    const markers = [
      ...parseMarkers("src/chat.ts", "// shadow-ai-ignore undeclared-vendor: spike, removed next sprint\nimport OpenAI from 'openai'"),
      ...parseMarkers("src/other.ts", "x\nx\nimport OpenAI from 'openai' # shadow-ai-ignore openai: vendored example"),
    ];
    const r = run({ vendors: [openaiInChat()], inventory: inv(), markers });
    expect(rules(r)).toEqual(["undeclared-vendor openai src/chat.ts:1 suppressed-by-inline", "undeclared-vendor openai src/other.ts:3 suppressed-by-inline"]);
    expect(r.findings[0]!.suppressed).toEqual({ by: "inline", reason: "spike, removed next sprint" });
  });
  it("only a marker that opens a comment counts: docs and strings that mention it are no suppression", () => {
    const text = [
      "/** An inline `shadow-ai-ignore <rule|vendor>: <reason>` comment. */",
      'const MARKER = "shadow-ai-ignore";',
      "See shadow-ai-ignore in the README.",
      "x = 1  # shadow-ai-ignore openai: spike",
      " * shadow-ai-ignore openai: inside a block comment",
    ].join("\n");
    expect(parseMarkers("src/a.ts", text).map((m) => m.line)).toEqual([4, 5]);
  });
  it("a bare ignore suppresses nothing and is itself a warning; so is one naming an unknown rule", () => {
    const markers = [
      ...parseMarkers("src/chat.ts", "import OpenAI from 'openai' // shadow-ai-ignore"),
      ...parseMarkers("src/other.ts", "a\n# shadow-ai-ignore openai\nimport openai\n/* shadow-ai-ignore opneai: typo */"),
    ];
    const r = run({ vendors: [openaiInChat()], inventory: inv(), markers });
    expect(rules(r)).toEqual([
      "undeclared-vendor openai src/chat.ts:1 blocking",
      "undeclared-vendor openai src/other.ts:3 blocking",
      "invalid-suppression  src/chat.ts:1",
      "invalid-suppression  src/other.ts:2",
      "invalid-suppression  src/other.ts:4",
    ]);
    expect(r.findings.slice(2).map((f) => f.message)).toEqual([
      "This shadow-ai-ignore names no rule or vendor, so it suppresses nothing: write `shadow-ai-ignore <rule|vendor>: <reason>`.",
      "This shadow-ai-ignore gives no reason, so it suppresses nothing: write `shadow-ai-ignore <rule|vendor>: <reason>`.",
      "This shadow-ai-ignore names 'opneai', which is neither a rule nor a vendor id (did you mean 'openai'?).",
    ]);
  });
  it("an inventory exception suppresses until the day it lapses (fail closed), then is a warning", () => {
    const exception = (expires: string) =>
      inventory(`vendors: {}\nexceptions:\n  - vendor: openai\n    rule: undeclared-vendor\n    paths: ["src/chat.ts"]\n    reason: pilot\n    approver: "@sec"\n    expires: ${expires}\n`);
    const active = run({ vendors: [openaiInChat()], inventory: exception("2026-06-16") });
    expect(rules(active)).toEqual(["undeclared-vendor openai src/chat.ts:1 suppressed-by-exception", "undeclared-vendor openai src/other.ts:3 blocking"]);
    expect(active.findings[0]!.suppressed).toEqual({ by: "exception", reason: "pilot (approved by @sec, until 2026-06-16)" });
    const lapsed = run({ vendors: [openaiInChat()], inventory: exception("2026-06-15") });
    expect(rules(lapsed)).toEqual([
      "undeclared-vendor openai src/chat.ts:1 blocking",
      "undeclared-vendor openai src/other.ts:3 blocking",
      "expired-exception openai .github/ai-vendors.yml:4",
    ]);
    expect(lapsed.findings[2]!.message).toBe("The exception for undeclared-vendor / openai (approved by @sec) expired on 2026-06-15; it no longer suppresses anything.");
  });
  it("a baseline (version 2) accepts identities: every place of an accepted problem, and nothing else", () => {
    const withCohere = () => [openaiInChat(), usage("cohere", [ev("worker/c.py", 2)])];
    const first = run({ vendors: withCohere(), inventory: inv() });
    const text = baselineJson(first.findings.filter((f) => f.vendor === "openai").slice(0, 1));
    expect(JSON.parse(text)).toEqual({
      version: 2,
      tool: "shadow-ai",
      findings: [{ identity: first.findings.find((f) => f.vendor === "openai")!.identity, rule: "undeclared-vendor", vendor: "openai", file: "src/chat.ts" }],
    });
    const baseline = parseBaseline(text, ".github/shadow-ai-baseline.json");
    expect(baseline.version).toBe(2);
    const second = run({ vendors: withCohere(), inventory: inv(), baseline });
    expect(rules(second)).toEqual([
      "undeclared-vendor openai src/chat.ts:1 suppressed-by-baseline",
      "undeclared-vendor openai src/other.ts:3 suppressed-by-baseline",
      "undeclared-vendor cohere worker/c.py:2 blocking",
    ]);
  });
  it("one entry per identity, naming its first file", () => {
    const first = run({ vendors: [openaiInChat()], inventory: inv() });
    const entries = (JSON.parse(baselineJson(first.findings)) as { findings: { file: string }[] }).findings;
    expect(entries).toHaveLength(1);
    expect(entries[0]!.file).toBe("src/chat.ts");
  });
  it("a version 2 baseline survives a rename; a version 1 baseline (fingerprints) keeps matching by fingerprint, so not across one", () => {
    const before = [usage("openai", [ev("src/chat.ts", 1)])];
    const after = [usage("openai", [ev("src/llm/chat.ts", 1, { snippet: "line 1 of src/chat.ts" })])];
    const first = run({ vendors: before, inventory: inv() });
    const v2 = parseBaseline(baselineJson(first.findings), "b.json");
    const v1 = parseBaseline(JSON.stringify({ version: 1, tool: "shadow-ai", findings: [{ fingerprint: first.findings[0]!.fingerprint, rule: "undeclared-vendor" }] }), "b.json");
    expect(v1).toMatchObject({ version: 1, identities: new Set() });
    expect(rules(run({ vendors: before, inventory: inv(), baseline: v1 }))).toEqual(["undeclared-vendor openai src/chat.ts:1 suppressed-by-baseline"]);
    expect(rules(run({ vendors: before, inventory: inv(), baseline: v2 }))).toEqual(["undeclared-vendor openai src/chat.ts:1 suppressed-by-baseline"]);
    expect(rules(run({ vendors: after, inventory: inv(), baseline: v2 }))).toEqual(["undeclared-vendor openai src/llm/chat.ts:1 suppressed-by-baseline"]);
    expect(rules(run({ vendors: after, inventory: inv(), baseline: v1 }))).toEqual(["undeclared-vendor openai src/llm/chat.ts:1 blocking"]);
  });
  it("a baseline with another identity (another model) does not accept this one", () => {
    const inventoryWithModels = inventory("vendors:\n  openai:\n    status: approved\n    models: [gpt-4o]\n");
    const withModel = (m: string) => [usage("openai", [ev("src/chat.ts", 1, { model: m })], { models: [m] })];
    const first = run({ vendors: withModel("o1"), inventory: inventoryWithModels });
    expect(first.findings.map((f) => f.rule)).toEqual(["unapproved-model"]);
    const baseline = parseBaseline(baselineJson(first.findings), "b.json");
    expect(run({ vendors: withModel("o1"), inventory: inventoryWithModels, baseline }).findings[0]!.suppressed?.by).toBe("baseline");
    expect(run({ vendors: withModel("o3"), inventory: inventoryWithModels, baseline }).findings[0]!.suppressed).toBeUndefined();
  });
  it("a malformed baseline is a configuration error", () => {
    const expected = 'b.json: not a shadow-ai baseline (expected { "version": 2, "findings": [{ "identity": "…" }] } (or version 1 with "fingerprint"))';
    expect(() => parseBaseline('{"findings": 3}', "b.json")).toThrow(expected);
    expect(() => parseBaseline('{"version": 2, "findings": [{ "fingerprint": "abc" }]}', "b.json")).toThrow(expected);
    expect(() => parseBaseline('{"version": 3, "findings": []}', "b.json")).toThrow(expected);
  });
});

describe("fingerprints and order", () => {
  it("survive unrelated line moves and are the same for the same input", () => {
    const a = run({ vendors: [openaiInChat()], inventory: inventory("vendors: {}\n") });
    const moved = usage("openai", [ev("src/chat.ts", 40, { snippet: "something else" }), ev("src/other.ts", 90)]);
    const b = run({ vendors: [moved], inventory: inventory("# a comment\n\nvendors: {}\n") });
    expect(b.findings.map((f) => f.fingerprint)).toEqual(a.findings.map((f) => f.fingerprint));
    expect(run({ vendors: [openaiInChat()], inventory: inventory("vendors: {}\n") })).toEqual(a);
  });
});

describe("regions", () => {
  const table = loadRegions();
  it("map AWS, Google Cloud and Azure regions to geographies and wider areas", () => {
    expect(placesOf("eu-central-1", table)).toEqual(["eu-central-1", "eu", "eea", "europe"]);
    expect(placesOf("europe-west4", table)).toEqual(["europe-west4", "eu", "eea", "europe"]);
    expect(placesOf("westeurope", table)).toEqual(["westeurope", "eu", "eea", "europe"]);
    expect(placesOf("eu-west-2", table)).toEqual(["eu-west-2", "uk", "europe"]);
    expect(placesOf("ap-northeast-1", table)).toEqual(["ap-northeast-1", "jp", "apac"]);
    expect(placesOf("eu", table)).toEqual(["eu", "eea", "europe"]);
    expect(placesOf("atlantis-1", table)).toBeUndefined();
  });
  it("residency allows the region, its geography or a wider area; London is not the EU", () => {
    expect(withinResidency("eu-west-2", ["eu"], table)).toBe(false);
    expect(withinResidency("eu-west-2", ["europe"], table)).toBe(true);
    expect(withinResidency("canadacentral", ["ca"], table)).toBe(true);
    expect(withinResidency("us-east-1", ["us-east-1"], table)).toBe(true);
    expect(withinResidency("us-west-2", ["us-east-1"], table)).toBe(false);
  });
});
