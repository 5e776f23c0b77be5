import { describe, expect, it } from "vitest";
import { scan } from "../../src/scan/scan.js";

const now = new Date("2026-06-01T00:00:00Z");

describe("scan with an organisation and a repository inventory", () => {
  it("custom vendors are detected, ignore globs apply, a prohibition cannot be widened", async () => {
    const r = await scan("fixtures/inventory-app", {
      inventory: "fixtures/inventory/repo-with-org.yml",
      orgInventory: "fixtures/inventory/org.yml",
      noBaseline: true,
      now,
    });
    expect(r.inventory.path).toBe("fixtures/inventory/repo-with-org.yml");
    expect(r.vendors.map((v) => `${v.id}:${v.status}`)).toEqual(["acme-llm:approved", "anthropic:prohibited", "openai:approved"]);
    expect(r.vendors[0]!.evidence[0]).toMatchObject({ file: "config/gateway.yaml", host: "llm.acme.internal" });
    // config/summarizer.yaml is ignored by policy: anthropic is left with the .env file only.
    expect(r.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(["prohibited-vendor services/support/.env:2"]);
    expect(r.diagnostics).toContainEqual({
      file: "fixtures/inventory/repo-with-org.yml",
      message:
        "fixtures/inventory/repo-with-org.yml: vendors.anthropic: status 'approved' cannot widen the organisation inventory's 'prohibited' (fixtures/inventory/org.yml); 'prohibited' applies",
    });
  });
  it("the organisation's review interval applies, against the injected date", async () => {
    const r = await scan("fixtures/inventory-app", {
      inventory: "fixtures/inventory/repo-with-org.yml",
      orgInventory: "fixtures/inventory/org.yml",
      noBaseline: true,
      now: new Date("2027-02-01T00:00:00Z"),
    });
    expect(r.findings.filter((f) => f.rule === "review-overdue").map((f) => `${f.vendor} ${f.file}:${f.line}`)).toEqual([
      "acme-llm fixtures/inventory/repo-with-org.yml:5",
      "openai fixtures/inventory/repo-with-org.yml:8",
    ]);
  });
  it("without an inventory the report says so and nothing but secrets is a finding", async () => {
    const r = await scan("fixtures/inventory-app", { noBaseline: true, now });
    expect(r.inventory.path).toBeNull();
    expect(r.findings).toEqual([]);
    expect(r.vendors.every((v) => v.status === "undeclared" && !v.declared)).toBe(true);
  });
});
