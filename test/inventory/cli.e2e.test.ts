// End to end: the bundled CLI (built the way `npm run build` builds it, into a
// private folder so a concurrent build of dist/ cannot race this test).
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleCli } from "../helpers/cli-bundle.js";

const run = promisify(execFile);
const repo = process.cwd();
let cli = "";
const app = "fixtures/inventory-app";

async function shadow(args: string[], cwd = repo): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let bundle: Awaited<ReturnType<typeof bundleCli>>;
beforeAll(async () => {
  bundle = await bundleCli("shadow-ai-e2e");
  cli = bundle.cli;
}, 60_000);
afterAll(() => bundle?.remove());

describe("shadow-ai scan --inventory", () => {
  it("exit 0: every vendor declared, the one out-of-path use suppressed inline", async () => {
    const r = await shadow(["scan", app, "--inventory", "fixtures/inventory/e2e-ok.yml", "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { inventory: { path: string }; vendors: { id: string; status: string }[]; findings: { rule: string; suppressed?: unknown; blocking: boolean }[] };
    expect(report.inventory.path).toBe("fixtures/inventory/e2e-ok.yml");
    expect(report.vendors.map((v) => `${v.id}:${v.status}`)).toEqual(["anthropic:restricted", "openai:approved"]);
    expect(report.findings).toEqual([expect.objectContaining({ rule: "path-not-allowed", blocking: false, suppressed: { by: "inline", reason: "the support team owns this config" } })]);
  });
  it("exit 1: an undeclared vendor, named at file:line", async () => {
    const r = await shadow(["scan", app, "--inventory", "fixtures/inventory/e2e-undeclared.yml"]);
    expect(r.code).toBe(1);
    // One line per vendor and rule: its uses, then where (grouped by identity).
    expect(r.stdout).toContain("undeclared-vendor    Anthropic [anthropic] — 2 uses: config/summarizer.yaml:3, services/support/.env:2  Anthropic (anthropic) is used here");
  });
  it("exit 1: OpenAI's EU host against a US-only residency", async () => {
    const r = await shadow(["scan", app, "--inventory", "fixtures/inventory/e2e-residency.yml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("residency-violation  config/app.yaml:2  OpenAI (openai) processes in region 'eu' (eea, europe), outside its declared residency [us].");
  });
  it("exit 2: a bad inventory, with file, line, column and a suggestion", async () => {
    const r = await shadow(["scan", app, "--inventory", "fixtures/inventory/misspelt-key.yml"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("shadow-ai: fixtures/inventory/misspelt-key.yml:4:5: vendors.openai: unknown key 'stauts' (did you mean 'status'?)\n");
  });
  it("exit 2: an inventory that does not exist", async () => {
    const r = await shadow(["scan", app, "--inventory", "fixtures/inventory/nope.yml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("shadow-ai: fixtures/inventory/nope.yml:1:1: cannot read the inventory: ENOENT\n");
  });
});

describe("a new user: init, make one vendor prohibited, see the scan fail; baseline", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "shadow-ai-init-"));
    await cp(join(repo, app), dir, { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("init writes a starter inventory the scan accepts", async () => {
    const r = await shadow(["init"], dir);
    expect(r).toMatchObject({ code: 0, stdout: "wrote .github/ai-vendors.yml: 2 vendors, each status: restricted with TODOs to fill in\n" });
    const text = await readFile(join(dir, ".github/ai-vendors.yml"), "utf8");
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+inventory\.schema\.json\n/);
    expect(text).toContain("  openai:\n    status: restricted # TODO");
    expect((await shadow(["scan"], dir)).code).toBe(0);
    expect((await shadow(["init"], dir)).code).toBe(0);
    expect(await readFile(join(dir, ".github/ai-vendors.yml"), "utf8")).toBe(text); // idempotent
  });
  it("status: prohibited → exit 1 naming the file and line", async () => {
    const file = join(dir, ".github/ai-vendors.yml");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace("  anthropic:\n    status: restricted", "  anthropic:\n    status: prohibited"));
    const r = await shadow(["scan"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/prohibited-vendor {4}Anthropic \[anthropic\] — \d uses: config\/summarizer\.yaml:3, .*Anthropic \(anthropic\) is prohibited by \.github\/ai-vendors\.yml but used here\./);
  });
  it("init adds a newly used vendor and keeps what a person wrote", async () => {
    const file = join(dir, ".github/ai-vendors.yml");
    const before = await readFile(file, "utf8");
    await writeFile(join(dir, "services/support/.env"), "OPENAI_API_KEY=\nANTHROPIC_API_KEY=\nGROQ_API_KEY=\n");
    const r = await shadow(["init"], dir);
    expect(r.stdout).toBe("added to .github/ai-vendors.yml: groq\n");
    const after = await readFile(file, "utf8");
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(/^  # Groq — found at services\/support\/\.env:3 \(env GROQ_API_KEY\)\n  groq:\n    status: restricted/);
  });
  it("baseline accepts today's findings; scan then exits 0 and still lists them as suppressed", async () => {
    expect((await shadow(["scan"], dir)).code).toBe(1);
    const b = await shadow(["baseline"], dir);
    expect(b.stdout).toBe("wrote .github/shadow-ai-baseline.json: 2 findings accepted (1 identity)\n");
    const r = await shadow(["scan", "--format", "json"], dir);
    expect(r.code).toBe(0);
    const findings = (JSON.parse(r.stdout) as { findings: { rule: string; suppressed?: { by: string } }[] }).findings;
    expect(findings.map((f) => `${f.rule}:${f.suppressed?.by}`)).toEqual(["prohibited-vendor:baseline", "prohibited-vendor:baseline"]);
    expect((await shadow(["scan", "--no-baseline"], dir)).code).toBe(1);
  });
  it("the baseline survives renaming the file that uses the vendor", async () => {
    await mkdir(join(dir, "config/llm"), { recursive: true });
    await rename(join(dir, "config/summarizer.yaml"), join(dir, "config/llm/summarizer.yaml"));
    const r = await shadow(["scan", "--format", "json"], dir);
    expect(r.code).toBe(0);
    const findings = (JSON.parse(r.stdout) as { findings: { rule: string; file?: string; suppressed?: { by: string } }[] }).findings;
    expect(findings.find((f) => f.file === "config/llm/summarizer.yaml")).toMatchObject({ rule: "prohibited-vendor", suppressed: { by: "baseline" } });
  });
  it("a version 1 baseline (fingerprints) keeps working; baseline rewrites it as version 2 and says so", async () => {
    const file = join(dir, ".github/shadow-ai-baseline.json");
    const json = JSON.parse((await shadow(["scan", "--format", "json", "--no-baseline"], dir)).stdout) as { findings: { fingerprint: string; rule: string; file?: string }[] };
    const v1 = { version: 1, tool: "shadow-ai", findings: json.findings.map((f) => ({ fingerprint: f.fingerprint, rule: f.rule, file: f.file })) };
    await writeFile(file, JSON.stringify(v1, null, 2));
    expect((await shadow(["scan"], dir)).code).toBe(0);
    const b = await shadow(["baseline"], dir);
    expect(b.stdout).toBe(
      "wrote .github/shadow-ai-baseline.json: 2 findings accepted (1 identity)\n" +
        ".github/shadow-ai-baseline.json was a version 1 baseline (fingerprints); it is now version 2 (identities), which survives renames and moves\n",
    );
    expect(JSON.parse(await readFile(file, "utf8"))).toMatchObject({ version: 2, findings: [{ rule: "prohibited-vendor", vendor: "anthropic" }] });
    expect((await shadow(["scan"], dir)).code).toBe(0);
  });
});
