// scan({ only }): a pull request's changed files, scanned without walking the tree.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleCli } from "./helpers/cli-bundle.js";
import { scan } from "../src/scan/scan.js";
import { withModuleFiles } from "../src/scan/only.js";

const POLYGLOT = join(import.meta.dirname, "..", "fixtures", "polyglot");
const TF = "infra/terraform";
const now = new Date("2026-01-01T00:00:00Z");

describe("scan of a file list", () => {
  it("a changed Terraform file is read with its module's other files: the region set in providers.tf still counts", async () => {
    expect(withModuleFiles(POLYGLOT, [`${TF}/bedrock.tf`, "README.md"])).toEqual([
      `${TF}/bedrock.tf`,
      "README.md",
      `${TF}/azure.tf`,
      `${TF}/providers.tf`,
    ]);
    const full = await scan(POLYGLOT, { now, noInventory: true });
    const only = await scan(POLYGLOT, { now, noInventory: true, only: [`${TF}/bedrock.tf`] });
    const bedrock = (r: typeof full) => r.vendors.find((v) => v.id === "aws-bedrock");
    expect(bedrock(only)?.regions).toContain("eu-central-1");
    // What the full scan says of those files, the list scan says too.
    const inModule = (r: typeof full) =>
      r.vendors.flatMap((v) => v.evidence.filter((e) => e.file.startsWith(`${TF}/`)).map((e) => `${v.id} ${e.file}:${e.line} ${e.region ?? ""}`)).sort();
    expect(inModule(only)).toEqual(inModule(full));
    expect(inModule(only).length).toBeGreaterThan(0);
  });

  it("is partial: the report says so and judges no declaration unused", async () => {
    const demo = join(import.meta.dirname, "..", "fixtures", "demo-app");
    const full = await scan(demo, { now, noBaseline: true });
    const only = await scan(demo, { now, noBaseline: true, only: ["README.md"] });
    expect(full.target.partial).toBeUndefined();
    expect(only.target.partial).toBe(true);
    expect(only.vendors).toEqual([]);
    expect(only.findings.filter((f) => f.rule === "unused-declaration")).toEqual([]);
    // The same inventory with nothing scanned would call every declaration unused.
    const nothing = await scan(demo, { now, noBaseline: true, exclude: ["*", "!.github/", "!.github/ai-vendors.yml"] });
    expect(nothing.findings.some((f) => f.rule === "unused-declaration")).toBe(true);
  });
});

describe("shadow-ai scan --files-from", () => {
  let bundle: Awaited<ReturnType<typeof bundleCli>>;
  beforeAll(async () => {
    bundle = await bundleCli("files-from");
  }, 60_000);
  afterAll(() => bundle.remove());
  const demo = join(import.meta.dirname, "..", "fixtures", "demo-app");
  const run = (args: string[], input?: string) => spawnSync(process.execPath, [bundle.cli, "scan", demo, ...args], { input, encoding: "utf8" });

  it("scans the listed files only (as `git diff --name-only` prints them, on standard input)", () => {
    const r = run(["--files-from", "-", "--format", "json", "--no-baseline"], "worker/classify.py\n\nsrc/chat.ts\ndeleted/file.ts\n");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1); // Bedrock in worker/classify.py is not in the demo's inventory
    const report = JSON.parse(r.stdout);
    expect(report.target.partial).toBe(true);
    expect(report.stats.files).toBe(2);
    expect(report.vendors.map((v: { id: string }) => v.id)).toEqual(["aws-bedrock", "openai"]);
    expect(report.findings.map((f: { rule: string; file?: string }) => `${f.rule} ${f.file}`)).toEqual(["undeclared-vendor worker/classify.py"]);
  });

  it("a list naming no AI file passes; an unreadable list is a usage error (exit 2)", () => {
    const ok = run(["--files-from", "-", "--no-baseline"], "docs/ARCHITECTURE.md\n");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("No AI vendors in the scanned files");
    const bad = run(["--files-from", join(demo, "no-such-list.txt")]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--files-from: cannot read");
  });
});
