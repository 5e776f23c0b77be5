// End to end through the bundled CLI (built as scripts/build.mjs builds it,
// into a private folder so a concurrent build of dist/ cannot race this test):
// org → JSON/CSV/Markdown, merge of shards, evidence from the org report.
import { execFile, spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleCli } from "../helpers/cli-bundle.js";
import { acmeRepos, startFakeGitHub, type FakeGitHub } from "./server.js";

const repo = process.cwd();
let bundle: Awaited<ReturnType<typeof bundleCli>>;
let cli = "";
let gh: FakeGitHub;
let work: string;

function shadow(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: repo, env: { ...process.env, CI: "true", GITHUB_TOKEN: "", GITHUB_API_URL: "", ...env }, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  bundle = await bundleCli("shadow-ai-org-e2e");
  cli = bundle.cli;
  gh = await startFakeGitHub(await acmeRepos(), { token: "t0ken" });
  work = await mkdtemp(join(tmpdir(), "shadow-ai-org-"));
}, 60_000);
afterAll(async () => {
  await gh?.close();
  await bundle?.remove();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("shadow-ai org (bundled CLI)", () => {
  it("scans the fake organisation: JSON report, a progress line per repository in CI, atomic write", async () => {
    const out = join(work, "org.json");
    const r = await shadow(
      ["org", "acme", "--api-url", gh.url, "--format", "json", "-o", out, "--inventory", "fixtures/org/inventory.yml", "--timeout", "5", "--max-wait", "2", "--retries", "3", "--concurrency", "4"],
      { GITHUB_TOKEN: "t0ken", SOURCE_DATE_EPOCH: "1790000000" },
    );
    expect(r.stderr).toContain("shadow-ai: 11 repositories to scan in acme (2 left out by filters)");
    const lines = r.stderr.split("\n").filter((l) => /^\[\d+\/11\] acme\//.test(l));
    expect(lines).toHaveLength(11);
    expect(lines.find((l) => l.includes("acme/ml"))).toMatch(/scanned — 3 vendors \(deepseek, huggingface, openai\), 3 blocking/);
    expect(lines.find((l) => l.includes("acme/slow"))).toMatch(/ERROR — timed out after 5 s/);
    expect(r.code).toBe(0);
    const org = JSON.parse(await readFile(out, "utf8"));
    expect(org.generatedAt).toBe("2026-09-21T14:13:20.000Z");
    expect(org.repositories).toHaveLength(5);
    expect(org.errors).toHaveLength(6);
    expect(org.skipped).toHaveLength(2);
    expect(org.rollup.repositories).toEqual({ total: 11, scanned: 5, errors: 6, withVendors: 4, blocking: 2 });
    expect((await readdir(work)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--token wins over GITHUB_TOKEN; a bad token or org is a usage error (exit 2)", async () => {
    const bad = await shadow(["org", "acme", "--api-url", gh.url, "--format", "json"], { GITHUB_TOKEN: "wrong" });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("shadow-ai: listing repositories of 'acme': HTTP 401: Bad credentials");
    const env = await shadow(["org", "acme", "--token", "t0ken", "--list"], { GITHUB_TOKEN: "wrong", GITHUB_API_URL: gh.url });
    expect(env.code).toBe(0);
    expect(JSON.parse(env.stdout).map((x: { name: string }) => x.name)).toHaveLength(11);
    // The matrix the reusable workflow fans out over: keys shard and repos, every repository once.
    const matrix = await shadow(["org", "acme", "--api-url", gh.url, "--token", "t0ken", "--list", "--shards", "300", "--per-shard", "3"]);
    const include = JSON.parse(matrix.stdout).include as { shard: number; repos: string }[];
    expect(include).toHaveLength(4);
    expect(Object.keys(include[0]!).sort()).toEqual(["repos", "shard"]);
    expect(include.flatMap((s) => s.repos.split(",")).sort()).toEqual(JSON.parse(env.stdout).map((x: { name: string }) => x.name).sort());
  });

  it("--fail-on-error, CSV and Markdown of one shard, merged with another", async () => {
    const a = join(work, "a.json");
    const b = join(work, "b.json");
    const one = await shadow(["org", "acme", "--api-url", gh.url, "--token", "t0ken", "--only", "acme/api,acme/gone", "-f", "json", "-o", a, "--fail-on-error"]);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain("1 repositories could not be scanned (--fail-on-error)");
    const two = await shadow(["org", "acme", "--api-url", gh.url, "--token", "t0ken", "--only", "acme/ml", "--only", "acme/docs-site", "-f", "json", "-o", b, "-i", "fixtures/org/inventory.yml"]);
    expect(two.code).toBe(0);
    const merged = await shadow(["merge", b, a, "-f", "json"]);
    const org = JSON.parse(merged.stdout);
    expect(org.repositories.map((x: { name: string }) => x.name)).toEqual(["acme/api", "acme/docs-site", "acme/ml"]);
    expect(org.errors).toEqual([{ repository: "acme/gone", reason: "not found (404): HTTP 404: Not Found" }]);
    const csv = await shadow(["merge", a, b, "-f", "csv"]);
    expect(csv.stdout.split("\r\n")[0]).toMatch(/^repository,vendor,/);
    expect(csv.stdout).toContain("acme/gone,,,,,,,,,,,,,,,,,,,,not scanned: not found (404): HTTP 404: Not Found\r\n");
    const md = await shadow(["merge", a, b, "-f", "markdown", "--fail-on-blocking"]);
    expect(md.code).toBe(1);
    expect(md.stdout).toContain("### Undeclared and prohibited usage (2)");
  });

  it("evidence from the org report", async () => {
    const r = await shadow(["evidence", join(work, "org.json"), "--date", "2026-10-02"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# AI vendor evidence pack — organisation acme");
    expect(r.stdout).toContain("| OpenAI (`openai`) | 🟢 approved | @\u200bacme/platform | Support ticket summaries |");
    expect((r.stdout.match(/```mermaid/g) ?? []).length).toBe(5);
    expect(r.stdout).toContain("| `acme/slow` | timed out after 5 s |");
  });
});

describe("an interrupted org scan", () => {
  it("SIGINT mid-scan leaves no report file that looks complete", async () => {
    const out = join(work, "interrupted.json");
    const child = spawn(
      process.execPath,
      [cli, "org", "acme", "--api-url", gh.url, "--format", "json", "-o", out, "--timeout", "20", "--concurrency", "1"],
      { cwd: repo, env: { ...process.env, CI: "true", GITHUB_TOKEN: "t0ken" } },
    );
    let stderr = "";
    const exited = new Promise<number | null>((r) => child.on("exit", (code, signal) => r(code ?? (signal ? 130 : null))));
    // Interrupt once the first repository is done and the rest are under way.
    await new Promise<void>((r) => {
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        if (/\[1\/11\]/.test(stderr)) r();
      });
    });
    child.kill("SIGINT");
    expect(await exited).not.toBe(0);
    const left = (await readdir(work)).filter((f) => f.startsWith("interrupted.json"));
    expect(left).toEqual([]);
  }, 60_000);
});

