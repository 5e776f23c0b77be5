import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { ageOf, newestAttestations } from "../../src/evaluate/attestations.js";
import { evaluate } from "../../src/evaluate/rules.js";
import { parseInventory } from "../../src/inventory/load.js";
import { toEvidence } from "../../src/report/evidence.js";
import { scan } from "../../src/scan/scan.js";
import type { VendorUsage } from "../../src/types.js";

const catalog = loadCatalog();
const inventory = (yaml: string) => parseInventory(`version: 1\n${yaml}`, { file: ".github/ai-vendors.yml", catalog });
const used = (id: string): VendorUsage => ({
  id,
  name: id,
  category: "llm-api",
  declared: false,
  status: "undeclared",
  direct: true,
  regions: [],
  models: [],
  frameworks: [],
  evidence: [{ kind: "import", file: "a.py", line: 1, column: 1, snippet: "import x", vendor: id }],
});
const findings = (yaml: string, now: string, ids = ["openai"]) =>
  evaluate({ vendors: ids.map(used), inventory: inventory(yaml), now: new Date(`${now}T00:00:00Z`) }).findings.map((f) => `${f.rule} ${f.vendor}${f.blocking ? " blocking" : ""}`);

describe("ageOf", () => {
  it("years and months, days under a month", () => {
    expect(ageOf("2025-01-15", "2026-03-20")).toBe("1 year 2 months");
    expect(ageOf("2025-01-15", "2026-03-14")).toBe("1 year 1 month");
    expect(ageOf("2024-03-01", "2026-03-01")).toBe("2 years");
    expect(ageOf("2026-03-01", "2026-03-21")).toBe("20 days");
    expect(ageOf("2026-03-01", "2026-03-02")).toBe("1 day");
    expect(ageOf("2026-04-01", "2026-03-01")).toBe("dated in the future");
  });
});

describe("attestation-expired", () => {
  const openai = (atts: string, policy = "") => `${policy}vendors:\n  openai:\n    status: approved\n    attestations: ${atts}\n`;
  it("judges the newest attestation of each kind, not older ones", () => {
    const yaml = openai("[{ type: soc2-type-2, date: 2023-01-01 }, { type: soc2-type-2, date: 2026-01-01 }, { type: iso-27001, date: 2025-01-01 }]");
    expect(newestAttestations(inventory(yaml).vendors.get("openai")!).map((a) => `${a.type} ${a.date}`)).toEqual(["iso-27001 2025-01-01", "soc2-type-2 2026-01-01"]);
    expect(findings(yaml, "2026-06-01")).toEqual(["attestation-expired openai"]);
  });
  it("the default max age is 12m; policy.attestation-max-age changes it", () => {
    const atts = "[{ type: soc2-type-2, date: 2025-01-01 }]";
    expect(findings(openai(atts), "2026-01-01")).toEqual([]);
    expect(findings(openai(atts), "2026-01-02")).toEqual(["attestation-expired openai"]);
    expect(findings(openai(atts, "policy:\n  attestation-max-age: 18m\n"), "2026-07-01")).toEqual([]);
    expect(findings(openai(atts, "policy:\n  attestation-max-age: 90d\n"), "2025-04-02")).toEqual(["attestation-expired openai"]);
  });
  it("moves into block-on like any rule", () => {
    const yaml = openai("[{ type: soc2-type-2, date: 2020-01-01 }]", "policy:\n  block-on: [attestation-expired]\n");
    expect(findings(yaml, "2026-01-01")).toEqual(["attestation-expired openai blocking"]);
  });
  it("nothing for a prohibited vendor", () => {
    expect(findings("vendors:\n  openai:\n    status: prohibited\n    attestations: [{ type: soc2-type-2, date: 2020-01-01 }]\n", "2026-01-01")).toEqual(["prohibited-vendor openai blocking"]);
  });
  it("a bad max age is a configuration error with line and column", () => {
    expect(() => inventory("policy:\n  attestation-max-age: 12 months\n")).toThrow(".github/ai-vendors.yml:3:24: policy.attestation-max-age: '12 months' is not a duration such as 90d, 12w, 6m or 1y");
    expect(() => inventory("policy:\n  attestation-maxage: 12m\n")).toThrow("policy: unknown key 'attestation-maxage' (did you mean 'attestation-max-age'?)");
  });
});

describe("missing-attestation", () => {
  const vendor = (classes: string, more = "") => `vendors:\n  openai:\n    status: approved\n    data-classes: [${classes}]\n    dpa: { signed: 2026-01-01 }\n    no-training: { confirmed: 2026-01-01 }\n${more}`;
  it("customer-data, pii, phi or pci with no attestation on file", () => {
    for (const c of ["customer-data", "pii", "phi", "pci"]) expect(findings(vendor(c), "2026-06-01")).toEqual(["missing-attestation openai"]);
  });
  it("not for other classes, nor once one is on file", () => {
    expect(findings(vendor("internal, financial"), "2026-06-01")).toEqual([]);
    expect(findings(vendor("pii", "    attestations: [{ type: iso-27001, date: 2026-01-01 }]\n"), "2026-06-01")).toEqual([]);
  });
});

describe("the evidence pack shows each vendor's newest attestation per kind with its age", () => {
  it("on the pack's date", async () => {
    const report = await scan("fixtures/attestations", { now: new Date("2026-06-02T00:00:00Z") });
    const md = toEvidence({ producedAt: "2026-06-02", tool: { version: "test" }, repositories: [{ name: "acme/app", report }], inventory: { path: "inv.yml", vendors: inventory("vendors:\n  openai:\n    status: approved\n    attestations: [{ type: soc2-type-2, date: 2024-05-01 }, { type: soc2-type-2, date: 2025-06-01 }, { type: iso-27001, date: 2026-02-01 }]\n  anthropic:\n    status: approved\n").vendors } });
    // Inventory values are Markdown-escaped (`-` as `\-`), as everything the pack prints from input.
    expect(md).toContain("iso-27001 2026-02-01 (4 months old), soc2-type-2 2025-06-01 (1 year old)");
    expect(md).toContain("none on file");
    expect(md).toContain("`attestation-expired`");
  });
});
