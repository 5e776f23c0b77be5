// scan({ only }): a pull request's changed files, scanned without walking the tree.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan } from "../src/scan.js";
import { withModuleFiles } from "../src/scan-only.js";

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
