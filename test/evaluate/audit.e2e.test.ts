// End to end through the bundled CLI: classified paths, attestations, and the
// diff between two scans. Built like `npm run build` builds dist/cli.js, into a
// private folder so a concurrent build of dist/ cannot race this test.
import { execFile } from "node:child_process";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleCli } from "../helpers/cli-bundle.js";

const run = promisify(execFile);
const repo = process.cwd();
let cli = "";

async function shadow(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    // Symlinks kept: with node_modules linked to a shared install, the bundle must
    // still find this checkout's rules/ and schema/ (its package root) above it.
    const { stdout, stderr } = await run(process.execPath, ["--preserve-symlinks", "--preserve-symlinks-main", cli, ...args], { cwd: repo });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface Report {
  findings: { rule: string; vendor?: string; file?: string; severity: string; blocking: boolean; message: string; glob?: string }[];
}

let bundle: Awaited<ReturnType<typeof bundleCli>>;
let tmp = "";
beforeAll(async () => {
  bundle = await bundleCli("shadow-ai-audit-e2e", undefined, { embedCatalog: true });
  cli = bundle.cli;
  tmp = await mkdtemp(join(tmpdir(), "shadow-ai-audit-"));
}, 60_000);
afterAll(async () => {
  await bundle?.remove();
  await rm(tmp, { recursive: true, force: true });
});

describe("scan: classified paths", () => {
  it("exit 1: a vendor not cleared for the path's class and an undeclared vendor in a classified path; the cleared ones pass", async () => {
    const r = await shadow(["scan", "fixtures/classified-paths", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    const dc = report.findings.filter((f) => f.rule === "data-class-not-allowed");
    expect(dc.map((f) => `${f.vendor} ${f.file} ${f.severity} ${f.blocking} ${f.glob}`)).toEqual([
      "openai services/billing/charge.py error true services/billing/**",
      "anthropic services/support/exports/monthly.ts error true **/exports/**",
      "cohere services/support/rank.py error true services/support/**",
    ]);
    // Cleared: anthropic in services/support/summarize.ts, openai in internal-tools/.
    expect(dc.some((f) => f.file === "services/support/summarize.ts" || f.file?.startsWith("internal-tools/"))).toBe(false);
  });
  it("exit 0 once the vendor is cleared for the class and the others are out of the path", async () => {
    const dir = join(tmp, "cleared");
    await cp("fixtures/classified-paths", dir, { recursive: true });
    await rm(join(dir, "services/support/rank.py"));
    await rm(join(dir, "services/support/exports"), { recursive: true });
    const inv = join(dir, ".github/ai-vendors.yml");
    const { readFile } = await import("node:fs/promises");
    await writeFile(inv, (await readFile(inv, "utf8")).replace("data-classes: [internal, customer-data]", "data-classes: [internal, customer-data, pci]"));
    const r = await shadow(["scan", dir]);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toContain("data-class-not-allowed");
    expect(r.code).toBe(0);
  });
});

describe("scan --now: attestations", () => {
  const app = "fixtures/attestations";
  const rulesOf = (stdout: string) => (JSON.parse(stdout) as Report).findings.map((f) => `${f.rule} ${f.vendor} ${f.severity}${f.blocking ? " blocking" : ""}`);
  it("the day the newest SOC 2 report is still current: only the vendor with PII and no attestation", async () => {
    const r = await shadow(["scan", app, "--now", "2026-06-01", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(rulesOf(r.stdout)).toEqual(["missing-attestation anthropic warning"]);
  });
  it("the day after: attestation-expired for the newest report of that kind, a warning that does not block", async () => {
    const r = await shadow(["scan", app, "--now", "2026-06-02", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(rulesOf(r.stdout)).toEqual(["attestation-expired openai warning", "missing-attestation anthropic warning"]);
    const f = (JSON.parse(r.stdout) as Report).findings[0]!;
    expect(f.message).toBe(
      "openai's newest soc2-type-2 attestation is dated 2025-06-01 (1 year old), past policy.attestation-max-age (12m): it was current until 2026-06-01. File a current one under attestations:.",
    );
  });
  it("either rule moved into block-on fails the run", async () => {
    const dir = join(tmp, "attest-block");
    await cp(app, dir, { recursive: true });
    const inv = join(dir, ".github/ai-vendors.yml");
    const { readFile } = await import("node:fs/promises");
    await writeFile(inv, (await readFile(inv, "utf8")).replace("  attestation-max-age: 12m", "  attestation-max-age: 12m\n  block-on: [attestation-expired]"));
    expect((await shadow(["scan", dir, "--now", "2026-06-01"])).code).toBe(0);
    const r = await shadow(["scan", dir, "--now", "2026-06-02"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("warning attestation-expired");
  });
  it("a path that is not a folder is a usage error (exit 2), never an empty tree that passes", async () => {
    for (const command of ["scan", "baseline", "init"]) {
      const missing = await shadow([command, join(tmp, "no-such-repo")]);
      expect([command, missing.code, missing.stderr]).toEqual([command, 2, `shadow-ai: cannot scan ${join(tmp, "no-such-repo")}: no such folder\n`]);
    }
    const file = await shadow(["scan", "fixtures/demo-app/src/chat.ts"]);
    expect(file.code).toBe(2);
    expect(file.stderr).toBe("shadow-ai: cannot scan fixtures/demo-app/src/chat.ts: not a folder\n");
    expect(file.stdout).toBe("");
  });
  it("--now takes a real date, else exit 2", async () => {
    const r = await shadow(["scan", app, "--now", "2026-02-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("shadow-ai: --now takes a date YYYY-MM-DD, not '2026-02-30'\n");
  });
});

describe("diff: two scans of the same tree, before and after a change", () => {
  let oldJson = "";
  let newJson = "";
  beforeAll(async () => {
    const dir = join(tmp, "drift");
    await cp("fixtures/classified-paths", dir, { recursive: true });
    oldJson = join(tmp, "old.json");
    newJson = join(tmp, "new.json");
    expect((await shadow(["scan", dir, "--now", "2026-11-01", "--format", "json", "--output", oldJson])).code).toBe(1);
    await writeFile(join(dir, "services/billing/risk.py"), 'import boto3\nclient = boto3.client("bedrock-runtime", region_name="eu-west-1")\n');
    await rm(join(dir, "services/support/rank.py"));
    expect((await shadow(["scan", dir, "--now", "2026-11-01", "--format", "json", "--output", newJson])).code).toBe(1);
  }, 60_000);

  it("text (default): exit 0, vendors and findings added and resolved", async () => {
    const r = await shadow(["diff", oldJson, newJson]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Vendors added (1)\n  + Amazon Bedrock [aws-bedrock] — undeclared · regions eu-west-1");
    expect(r.stdout).toContain("Vendors removed (1)\n  - Cohere [cohere] — was undeclared");
    expect(r.stdout).toContain("+ error   undeclared-vendor aws-bedrock services/billing/risk.py:1 (blocking)");
    expect(r.stdout).toContain("- error   undeclared-vendor cohere services/support/rank.py:1");
  });
  it("markdown and json", async () => {
    const md = await shadow(["diff", oldJson, newJson, "--format", "markdown"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("## shadow-ai: what changed");
    expect(md.stdout).toContain("| Amazon Bedrock (`aws-bedrock`) | undeclared | regions eu-west-1 |");
    const js = await shadow(["diff", oldJson, newJson, "-f", "json"]);
    expect(js.code).toBe(0);
    const d = JSON.parse(js.stdout) as { kind: string; vendors: { added: { id: string }[]; removed: { id: string }[] }; findings: { new: { rule: string }[]; resolved: { rule: string }[] } };
    expect(d.kind).toBe("shadow-ai-diff");
    expect(d.vendors.added.map((v) => v.id)).toEqual(["aws-bedrock"]);
    expect(d.vendors.removed.map((v) => v.id)).toEqual(["cohere"]);
    expect(d.findings.new.map((f) => f.rule)).toEqual(["data-class-not-allowed", "undeclared-vendor"]);
    expect(d.findings.resolved.map((f) => f.rule)).toEqual(["data-class-not-allowed", "undeclared-vendor"]);
  });
  it("the same report twice: no differences, exit 0", async () => {
    const r = await shadow(["diff", oldJson, oldJson]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No differences.");
  });
  it("exit 2: different schemaVersions, a file that is not there, a wrong format", async () => {
    const v2 = join(tmp, "v2.json");
    const { readFile } = await import("node:fs/promises");
    await writeFile(v2, (await readFile(newJson, "utf8")).replace('"schemaVersion": 1', '"schemaVersion": 2'));
    const r = await shadow(["diff", oldJson, v2]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("reports of different schema versions cannot be compared");
    expect((await shadow(["diff", oldJson, join(tmp, "nope.json")])).code).toBe(2);
    expect((await shadow(["diff", oldJson, newJson, "--format", "csv"])).code).toBe(2);
    expect((await shadow(["diff", oldJson])).code).toBe(2);
  });
  it("--help", async () => {
    const r = await shadow(["diff", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("shadow-ai diff <old.json> <new.json>");
  });
});
