import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { classesOf, dataClassesByComponent, dataClassesOfVendor } from "../../src/evaluate/classified-paths.js";
import { parseInventory } from "../../src/inventory/load.js";
import { mergeInventories } from "../../src/inventory/merge.js";
import { componentOf, toEvidence } from "../../src/report/evidence.js";
import { toJson } from "../../src/report/json.js";
import { scan } from "../../src/scan/scan.js";
import type { ScanReport } from "../../src/types.js";

const catalog = loadCatalog();
const NOW = new Date("2026-11-01T12:00:00Z");
const APP = "fixtures/classified-paths";
const parse = (text: string, file = "x.yml") => parseInventory(text, { file, catalog });
const errorOf = (text: string): string => {
  try {
    parse(text);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("parsed without error");
};

describe("classesOf: a file's classes are the union over every glob it lies under", () => {
  const map = { "services/billing/**": ["pci", "customer-data"], "services/support/**": ["customer-data", "pii"], "**/exports/**": ["financial"], "*.csv": ["pii"] };
  it("one glob, several, none", () => {
    expect(classesOf("services/billing/charge.py", map)).toEqual({ classes: ["pci", "customer-data"], globs: ["services/billing/**"] });
    expect(classesOf("services/support/exports/a.ts", map)).toEqual({ classes: ["customer-data", "pii", "financial"], globs: ["services/support/**", "**/exports/**"] });
    expect(classesOf("services/billing2/x.py", map)).toEqual({ classes: [], globs: [] });
    expect(classesOf("README.md", undefined)).toEqual({ classes: [], globs: [] });
  });
  it("a glob without a slash matches a file name at any depth (gitignore-style)", () => {
    expect(classesOf("data/deep/customers.csv", map).classes).toEqual(["pii"]);
  });
  it("classes per component and per vendor, from direct evidence", () => {
    const evidence = [
      { kind: "import" as const, file: "services/billing/a/charge.py", line: 1, column: 1, snippet: "" },
      { kind: "import" as const, file: "services/support/x.ts", line: 1, column: 1, snippet: "" },
      { kind: "lockfile" as const, file: "internal/package-lock.json", line: 1, column: 1, snippet: "", transitive: true },
    ];
    expect([...dataClassesByComponent({ evidence }, map, componentOf)]).toEqual([
      ["services/billing", ["customer-data", "pci"]],
      ["services/support", ["customer-data", "pii"]],
    ]);
    expect(dataClassesOfVendor({ evidence }, map)).toEqual(["customer-data", "pci", "pii"]);
  });
});

describe("data-class-not-allowed on a fixture tree", () => {
  let report: ScanReport;
  beforeAll(async () => {
    report = await scan(APP, { now: NOW });
  });
  const about = (r: ScanReport) => r.findings.map((f) => `${f.rule} ${f.vendor} ${f.file}:${f.line}${f.blocking ? " blocking" : ""}${f.glob ? ` [${f.glob}]` : ""}`);

  it("a cleared vendor passes, an uncleared one and an undeclared one are blocking errors", () => {
    expect(about(report)).toEqual([
      "data-class-not-allowed openai services/billing/charge.py:4 blocking [services/billing/**]",
      "data-class-not-allowed anthropic services/support/exports/monthly.ts:1 blocking [**/exports/**]",
      "data-class-not-allowed cohere services/support/rank.py:1 blocking [services/support/**]",
      "undeclared-vendor cohere services/support/rank.py:1 blocking",
    ]);
  });
  it("the message names the path's classes and the vendor's clearance", () => {
    const [openai, exportsUse, cohere] = report.findings;
    expect(openai!.severity).toBe("error");
    expect(openai!.message).toBe(
      "OpenAI (openai) is used in services/billing/charge.py, which handles [pci, customer-data] (classified-paths 'services/billing/**'), but openai is cleared for [internal, customer-data] only: not cleared for pci. Clear it for that data in the inventory (data-classes), or move the use out of this path.",
    );
    expect(exportsUse!.message).toContain("which handles [customer-data, pii, financial]");
    expect(exportsUse!.message).toContain("not cleared for financial");
    expect(cohere!.message).toContain("but cohere is not declared, so it is cleared for no data class: not cleared for customer-data, pii.");
  });
  it("the report carries the classification and validates against the published schema", () => {
    expect(report.inventory.classifiedPaths).toEqual({
      "services/billing/**": ["pci", "customer-data"],
      "services/support/**": ["customer-data", "pii"],
      "**/exports/**": ["financial"],
      "internal-tools/**": ["internal"],
    });
    const schema = JSON.parse(readFileSync(join("schema", "report.schema.json"), "utf8"));
    const validate = new Ajv({ strict: false }).compile(schema);
    validate(JSON.parse(toJson(report)));
    expect(validate.errors ?? []).toEqual([]);
  });
  it("moving the use within the path keeps the identity inputs (rule, vendor, glob) and the fingerprint's key", async () => {
    const again = await scan(APP, { now: NOW });
    expect(again.findings.map((f) => f.fingerprint)).toEqual(report.findings.map((f) => f.fingerprint));
  });
  it("without classified-paths the rule is silent", async () => {
    const r = await scan(APP, { now: NOW, inventory: "fixtures/inventory/e2e-ok.yml" });
    expect(r.findings.filter((f) => f.rule === "data-class-not-allowed")).toEqual([]);
    expect(r.inventory.classifiedPaths).toBeUndefined();
  });
  it("the evidence pack labels each flow with its data classes", () => {
    const md = toEvidence({ producedAt: "2026-11-01", tool: { version: "test" }, repositories: [{ name: "acme/app", report }] });
    expect(md).toContain('-->|"import · data: customer-data, pci"| v0');
    expect(md).toContain('-->|"import · data: internal"| v0');
    expect(md).toContain('-->|"import · data: customer-data, financial, pii"| v0');
  });
});

describe("classified-paths in the inventory file", () => {
  it("a misspelt key gets a suggestion with line and column", () => {
    expect(errorOf('version: 1\nclassified-path:\n  "a/**": [pci]\n')).toBe("x.yml:2:1: unknown key 'classified-path' (did you mean 'classified-paths'?)");
  });
  it("a misspelt data class is named with the classes allowed and a suggestion", () => {
    expect(errorOf('version: 1\nclassified-paths:\n  "services/billing/**": [pcii, customer-data]\n')).toBe(
      "x.yml:3:27: classified-paths.services/billing/**[0]: 'pcii' is not one of public, internal, confidential, customer-data, pii, phi, pci, financial, employee-data, source-code, credentials (did you mean 'pci'?)",
    );
  });
  it("a glob needs a list of at least one class", () => {
    expect(errorOf('version: 1\nclassified-paths:\n  "a/**": pci\n')).toBe("x.yml:3:11: classified-paths.a/**: must be a list");
    expect(errorOf('version: 1\nclassified-paths:\n  "a/**": []\n')).toBe("x.yml:3:11: classified-paths.a/**: must not be empty");
  });
});

describe("organisation < repository: the classification only widens", () => {
  const org = parse('version: 1\nclassified-paths:\n  "services/billing/**": [pci, customer-data]\n  "hr/**": [employee-data]\n', "org.yml");
  const repo = parse('version: 1\nclassified-paths:\n  "services/billing/**": [pci]\n  "services/support/**": [pii]\n  "hr/**": [employee-data, pii]\n', "repo.yml");
  const merged = mergeInventories(org, repo);
  it("globs and classes add up; the organisation's classes all stay", () => {
    expect(merged.classifiedPaths).toEqual({
      "services/billing/**": ["pci", "customer-data"],
      "hr/**": ["employee-data", "pii"],
      "services/support/**": ["pii"],
    });
  });
  it("a repository that leaves out an organisation class is told it stays", () => {
    expect(merged.warnings).toEqual([
      "repo.yml: classified-paths.'services/billing/**': cannot remove customer-data that the organisation inventory (org.yml) classifies it as; classes only add up",
    ]);
  });
  it("either side alone is kept as is", () => {
    expect(mergeInventories(org, parse("version: 1\n", "repo.yml")).classifiedPaths).toEqual(org.classifiedPaths);
    expect(mergeInventories(parse("version: 1\n", "org.yml"), repo).classifiedPaths).toEqual(repo.classifiedPaths);
  });
});
