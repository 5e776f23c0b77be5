import { cp, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiffInputError, diffReports } from "../../src/diff/compare.js";
import { diffToMarkdown, diffToText } from "../../src/diff/render.js";
import { buildOrgReport } from "../../src/org/merge.js";
import { scan } from "../../src/scan/scan.js";
import type { Finding, ScanReport } from "../../src/types.js";

const NOW = new Date("2026-11-01T00:00:00Z");
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
let tmp = "";
let before: ScanReport;
let after: ScanReport;

// The same tree scanned before and after a change: Bedrock added in billing,
// the Cohere reranker removed, OpenAI's model changed, Anthropic cleared for financial data.
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "shadow-ai-diff-"));
  const dir = join(tmp, "app");
  await cp("fixtures/classified-paths", dir, { recursive: true });
  before = await scan(dir, { now: NOW });
  await writeFile(join(dir, "services/billing/risk.py"), 'import boto3\nclient = boto3.client("bedrock-runtime", region_name="eu-west-1")\n');
  await unlink(join(dir, "services/support/rank.py"));
  const charge = join(dir, "services/billing/charge.py");
  await writeFile(charge, (await readFile(charge, "utf8")).replace("gpt-4o-mini", "gpt-4.1"));
  const inv = join(dir, ".github/ai-vendors.yml");
  await writeFile(inv, (await readFile(inv, "utf8")).replace("data-classes: [customer-data, pii]", "data-classes: [customer-data, pii, financial]").replace("  openai:\n    status: approved", "  openai:\n    status: restricted"));
  after = await scan(dir, { now: NOW });
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe("diff of two scans of one tree", () => {
  it("vendors added and removed, status, region and model changes, findings new and resolved", () => {
    const d = diffReports("old.json", before, "new.json", after);
    expect(d.notes).toEqual([]);
    expect(d.unchanged).toBe(false);
    expect(d.vendors.added.map((v) => `${v.id} ${v.status} ${v.regions.join(",")}`)).toEqual(["aws-bedrock undeclared eu-west-1"]);
    expect(d.vendors.removed.map((v) => v.id)).toEqual(["cohere"]);
    expect(d.vendors.changed).toEqual([
      expect.objectContaining({ id: "openai", status: { from: "approved", to: "restricted" }, models: { added: ["gpt-4.1"], removed: ["gpt-4o-mini"] } }),
    ]);
    expect(d.findings.new.map((f) => `${f.rule} ${f.vendor} ${f.file}`)).toEqual([
      "data-class-not-allowed aws-bedrock services/billing/risk.py",
      "undeclared-vendor aws-bedrock services/billing/risk.py",
    ]);
    expect(d.findings.resolved.map((f) => `${f.rule} ${f.vendor} ${f.file}`)).toEqual([
      "data-class-not-allowed anthropic services/support/exports/monthly.ts",
      "data-class-not-allowed cohere services/support/rank.py",
      "undeclared-vendor cohere services/support/rank.py",
    ]);
    expect(d.matchedBy).toBe("identity");
  });
  it("a report against itself: no differences", () => {
    const d = diffReports("a.json", before, "b.json", clone(before));
    expect(d.unchanged).toBe(true);
    expect(diffToText(d)).toContain("No differences.");
    expect(diffToMarkdown(d)).toContain("**No differences.**");
  });
  it("text and Markdown name every change", () => {
    const d = diffReports("old.json", before, "new.json", after);
    const text = diffToText(d);
    expect(text).toContain("+ Amazon Bedrock [aws-bedrock] — undeclared · regions eu-west-1");
    expect(text).toContain("- Cohere [cohere] — was undeclared");
    expect(text).toContain("~ OpenAI [openai]: status approved → restricted; models +gpt-4.1 -gpt-4o-mini");
    const md = diffToMarkdown(d);
    expect(md).toContain("### Findings new (2)");
    expect(md).toContain("| OpenAI (`openai`) | status approved → restricted; models +gpt-4.1 -gpt-4o-mini |");
  });
});

describe("matching findings", () => {
  it("by identity when both reports carry one: a finding that moved is neither new nor resolved", () => {
    type WithIdentity = Omit<ScanReport, "findings"> & { findings: (Finding & { identity?: string })[] };
    const a = clone(before) as WithIdentity;
    const b = clone(before) as WithIdentity;
    a.findings.forEach((f, i) => (f.identity = `id-${i}`));
    b.findings.forEach((f, i) => {
      f.identity = `id-${i}`;
      f.fingerprint = `moved-${i}-fingerprint`;
      f.line = (f.line ?? 0) + 10;
    });
    const d = diffReports("a.json", a, "b.json", b);
    expect(d.matchedBy).toBe("identity");
    expect(d.findings).toEqual({ new: [], resolved: [] });
    // Without identities the moved fingerprints are new and resolved.
    const plain = diffReports("a.json", before, "b.json", { ...b, findings: b.findings.map(({ identity: _, ...f }) => f) });
    expect(plain.findings.new.length).toBe(before.findings.length);
  });
  it("suppressed findings are not open: suppressing one resolves it", () => {
    const b = clone(before);
    b.findings[0]!.suppressed = { by: "baseline", reason: "accepted" };
    expect(diffReports("a.json", before, "b.json", b).findings.resolved.map((f) => f.fingerprint)).toEqual([before.findings[0]!.fingerprint]);
  });
});

describe("tools", () => {
  it("added, removed and status changes; absent tools[] is none", () => {
    const a = { ...clone(before), tools: [{ id: "cursor", name: "Cursor", vendor: "cursor", status: "undeclared" }, { id: "aider", name: "Aider", vendor: null, status: "approved" }] };
    const b = { ...clone(before), tools: [{ id: "cursor", name: "Cursor", vendor: "cursor", status: "approved" }, { id: "claude-code", name: "Claude Code", vendor: "anthropic", status: "undeclared" }] };
    const d = diffReports("a.json", a, "b.json", b);
    expect(d.tools.added.map((t) => t.id)).toEqual(["claude-code"]);
    expect(d.tools.removed.map((t) => t.id)).toEqual(["aider"]);
    expect(d.tools.changed).toEqual([{ repository: before.target.root, id: "cursor", name: "Cursor", status: { from: "undeclared", to: "approved" } }]);
    expect(diffReports("a.json", before, "b.json", b).tools.added.map((t) => t.id)).toEqual(["claude-code", "cursor"]);
    expect(diffToText(d)).toContain("+ Claude Code [claude-code] — undeclared");
  });
});

describe("org reports", () => {
  const tool = { name: "shadow-ai" as const, version: "0.1.0", catalogVersion: "c1" };
  it("repositories that appeared or disappeared, and per-repository changes", () => {
    const a = buildOrgReport({ tool, org: "acme", repositories: [{ name: "acme/api", report: before }, { name: "acme/old", report: before }], errors: [{ repository: "acme/flaky", reason: "timed out" }] });
    const b = buildOrgReport({ tool, org: "acme", repositories: [{ name: "acme/api", report: after }, { name: "acme/new", report: before }, { name: "acme/flaky", report: before }], errors: [] });
    const d = diffReports("a.json", a, "b.json", b);
    expect(d.repositories.added).toEqual(["acme/new"]);
    expect(d.repositories.removed).toEqual(["acme/old"]);
    expect(d.repositories.unscanned).toEqual([{ repository: "acme/flaky", side: "old", reason: "timed out" }]);
    // acme/flaky is not compared (nothing known of it before); acme/new brings its vendors; acme/old took its own.
    expect(d.vendors.added.map((v) => `${v.repository} ${v.id}`)).toEqual(["acme/api aws-bedrock", "acme/new anthropic", "acme/new cohere", "acme/new openai"]);
    expect(d.vendors.removed.map((v) => `${v.repository} ${v.id}`)).toEqual(["acme/api cohere", "acme/old anthropic", "acme/old cohere", "acme/old openai"]);
    const text = diffToText(d);
    expect(text).toContain("Repositories that appeared (1)\n  + acme/new");
    expect(text).toContain("+ acme/api: Amazon Bedrock [aws-bedrock]");
    expect(diffToMarkdown(d)).toContain("| repository | vendor | status | regions, models |");
  });
  it("a catalog change is compared, with a note that detection itself changed", () => {
    const a = buildOrgReport({ tool, org: "acme", repositories: [{ name: "acme/api", report: before }], errors: [] });
    const b = buildOrgReport({ tool: { ...tool, catalogVersion: "c2" }, org: "acme", repositories: [{ name: "acme/api", report: before }], errors: [] });
    const d = diffReports("a.json", a, "b.json", b);
    expect(d.catalogChanged).toBe(true);
    expect(d.notes[0]).toMatch(/^Detection itself changed: the catalog went from c1 to c2\./);
    expect(diffToText(d)).toContain("NOTE: Detection itself changed");
    expect(diffToMarkdown(d)).toContain("> [!NOTE]");
  });
});

describe("inputs that cannot be compared", () => {
  it("different schemaVersions, not a report, an org report against a single one", () => {
    expect(() => diffReports("a.json", before, "b.json", { ...before, schemaVersion: 2 })).toThrow(DiffInputError);
    expect(() => diffReports("a.json", before, "b.json", { ...before, schemaVersion: 2 })).toThrow("a.json has schemaVersion 1 and b.json 2: reports of different schema versions cannot be compared");
    expect(() => diffReports("a.json", { hello: 1 }, "b.json", before)).toThrow("a.json: not a shadow-ai report (no schemaVersion)");
    const org = buildOrgReport({ tool: before.tool, repositories: [{ name: "x", report: before }], errors: [] });
    expect(() => diffReports("a.json", org, "b.json", before)).toThrow("a.json is an org report and b.json is not: compare reports of the same kind");
  });
});

describe("docs/org-scan.md: the drift job", () => {
  it("is valid YAML that diffs the previous run's report into the job summary", async () => {
    const { parse } = await import("yaml");
    const doc = await readFile("docs/org-scan.md", "utf8");
    const block = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes("drift:"))!;
    const job = (parse(block) as { drift: { needs: string; permissions: Record<string, string>; steps: { run?: string; with?: Record<string, unknown> }[] } }).drift;
    expect(job.needs).toBe("org-scan");
    expect(job.permissions).toEqual({ contents: "read", actions: "read" });
    const run = job.steps.map((s) => s.run ?? "").join("\n");
    expect(run).toContain('diff old/org.json new/org.json --format markdown >> "$GITHUB_STEP_SUMMARY"');
    expect(job.steps.some((s) => s.with?.["run-id"] === "${{ steps.prev.outputs.run-id }}")).toBe(true);
  });
});
