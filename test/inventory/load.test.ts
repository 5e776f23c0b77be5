import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { extendCatalog } from "../../src/catalog/extend.js";
import { InventoryError } from "../../src/inventory/errors.js";
import { parseInventory } from "../../src/inventory/load.js";
import { mergeInventories } from "../../src/inventory/merge.js";
import { closest, editDistance } from "../../src/inventory/suggest.js";

const catalog = loadCatalog();
const fixture = (name: string) => `fixtures/inventory/${name}`;
const parse = (name: string) => parseInventory(readFileSync(fixture(name), "utf8"), { file: fixture(name), catalog });
const errorOf = (name: string): string => {
  try {
    parse(name);
  } catch (err) {
    expect(err).toBeInstanceOf(InventoryError);
    return (err as Error).message;
  }
  throw new Error(`${name} parsed without error`);
};

describe("inventory: a valid file", () => {
  const inv = parse("valid.yml");
  it("reads vendors, policy, exceptions and custom vendors", () => {
    expect([...inv.vendors.keys()]).toEqual(["acme-llm", "deepseek", "openai"]);
    expect(inv.vendors.get("openai")).toMatchObject({ status: "approved", residency: ["us"], "last-review": "2026-09-30", dpa: { signed: "2026-02-01" } });
    expect(inv.policy).toEqual({
      "block-on": ["undeclared-vendor", "prohibited-vendor", "residency-violation", "hardcoded-secret"],
      "review-interval": "90d",
      ignore: ["docs/**", "**/*.md"],
    });
    expect(inv.exceptions[0]).toMatchObject({ vendor: "openai", approver: "@acme/security", expires: "2026-12-31" });
    expect(inv.customVendors.get("acme-llm")?.hosts).toEqual(["llm.acme.internal"]);
  });
  it("knows where each vendor entry and exception sits", () => {
    expect(inv.origins.vendors.get("openai")).toEqual({ file: fixture("valid.yml"), line: 8, column: 3 });
    expect(inv.origins.vendors.get("deepseek")).toEqual({ file: fixture("valid.yml"), line: 21, column: 3 });
    expect(inv.origins.exceptions[0]).toMatchObject({ line: 26, column: 5 });
  });
  it("takes dates quoted or not", () => {
    expect(inv.vendors.get("openai")?.attestations).toEqual([{ type: "soc2-type-2", date: "2026-01-15" }]);
  });
});

describe("inventory: each wrong file is one exact file:line:column message", () => {
  const cases: [string, string][] = [
    ["misspelt-key.yml", "4:5: vendors.openai: unknown key 'stauts' (did you mean 'status'?)"],
    ["misspelt-top.yml", "2:1: unknown key 'polcy' (did you mean 'policy'?)"],
    ["misspelt-vendor.yml", "5:3: vendors: unknown vendor 'opneai' (did you mean 'openai'?); a vendor the catalog does not know goes under custom-vendors:"],
    ["bad-status.yml", "4:13: vendors.openai.status: 'aproved' is not one of approved, restricted, prohibited (did you mean 'approved'?)"],
    ["bad-date.yml", "5:18: vendors.openai.last-review: '2026-02-30' is not a date (YYYY-MM-DD)"],
    ["bad-interval.yml", "3:20: policy.review-interval: '3 months' is not a duration such as 90d, 12w, 6m or 1y"],
    ["bad-yaml.yml", "5:1: not valid YAML: All mapping items must start at the same column"],
    ["duplicate-key.yml", "5:3: not valid YAML: Map keys must be unique"],
    ["missing-version.yml", "1:1: missing required key 'version'"],
    ["custom-without-name.yml", "6:3: custom-vendors.acme-llm: missing required key 'name' (the catalog has no vendor 'acme-llm')"],
    ["bad-exception.yml", "3:5: exceptions[0]: missing required key 'approver'"],
  ];
  for (const [name, message] of cases) {
    it(name, () => expect(errorOf(name)).toBe(`${fixture(name)}:${message}`));
  }
  it("a misspelt rule in block-on suggests the rule", () => {
    expect(errorOf("bad-rule.yml")).toMatch(/^fixtures\/inventory\/bad-rule\.yml:3:33: policy\.block-on\[1\]: 'prohibited-vendors' is not one of .* \(did you mean 'prohibited-vendor'\?\)$/);
  });
  it("reports every problem, in file order, and keeps the first as line/column", () => {
    const text = "version: 2\nvendors:\n  openai:\n    status: approved\n    residency: eu\n";
    try {
      parseInventory(text, { file: "x.yml", catalog });
      expect.unreachable();
    } catch (err) {
      const e = err as InventoryError;
      expect(e.message).toBe("x.yml:1:10: version: must be 1\nx.yml:5:16: vendors.openai.residency: must be a list");
      expect([e.line, e.column]).toEqual([1, 10]);
    }
  });
  it("an empty file", () => {
    expect(() => parseInventory("", { file: "x.yml", catalog })).toThrow("x.yml:1:1: the file is empty (it needs at least `version: 1`)");
  });
  it("an unknown vendor in an exception", () => {
    const text = "version: 1\nexceptions:\n  - vendor: antropic\n    reason: r\n    approver: a\n    expires: 2030-01-01\n";
    expect(() => parseInventory(text, { file: "x.yml", catalog })).toThrow(
      "x.yml:3:13: exceptions[0].vendor: unknown vendor 'antropic' (did you mean 'anthropic'?); a vendor the catalog does not know goes under custom-vendors:",
    );
  });
});

describe("custom vendors", () => {
  it("extend a new catalog without touching the built-in one", () => {
    const inv = parse("valid.yml");
    const extended = extendCatalog(catalog, inv.customVendors);
    expect(extended.matchHost("llm.acme.internal")?.vendor).toBe("acme-llm");
    expect(extended.lookupEnv("ACME_LLM_TOKEN")).toBe("acme-llm");
    expect(catalog.matchHost("llm.acme.internal")).toBeUndefined();
    expect(catalog.vendors.has("acme-llm")).toBe(false);
    expect(extended.version).not.toBe(catalog.version);
  });
  it("add hosts to a vendor the catalog knows", () => {
    const inv = parseInventory("version: 1\ncustom-vendors:\n  openai:\n    hosts: [openai-proxy.acme.internal]\n", { file: "x.yml", catalog });
    const extended = extendCatalog(catalog, inv.customVendors);
    expect(extended.matchHost("openai-proxy.acme.internal")?.vendor).toBe("openai");
    expect(extended.matchHost("api.openai.com")?.vendor).toBe("openai");
    expect(extended.vendors.get("openai")?.name).toBe("OpenAI");
  });
});

describe("organisation < repository", () => {
  const org = parseInventory(
    "version: 1\npolicy:\n  review-interval: 90d\n  ignore: [docs/**]\nvendors:\n  deepseek:\n    status: prohibited\n  openai:\n    status: approved\n    residency: [us, eu]\n",
    { file: "org.yml", catalog },
  );
  const repo = parseInventory(
    "version: 1\npolicy:\n  ignore: [legacy/**]\nvendors:\n  deepseek:\n    status: approved\n  openai:\n    status: restricted\n    residency: [eu]\n",
    { file: "repo.yml", catalog },
  );
  const merged = mergeInventories(org, repo);
  it("the repository narrows a status and replaces fields", () => {
    expect(merged.vendors.get("openai")).toEqual({ status: "restricted", residency: ["eu"] });
  });
  it("never widens a prohibition, and says so", () => {
    expect(merged.vendors.get("deepseek")?.status).toBe("prohibited");
    expect(merged.warnings).toEqual([
      "repo.yml: vendors.deepseek: status 'approved' cannot widen the organisation inventory's 'prohibited' (org.yml); 'prohibited' applies",
    ]);
  });
  it("keeps the organisation's policy unless replaced; ignore globs add up", () => {
    expect(merged.policy).toEqual({ "review-interval": "90d", ignore: ["docs/**", "legacy/**"] });
  });
});

describe("did you mean", () => {
  it("counts a transposition as one edit", () => {
    expect(editDistance("stauts", "status")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
  it("suggests only close words", () => {
    expect(closest("opneai", ["openai", "anthropic"])).toBe("openai");
    expect(closest("banana", ["openai", "anthropic"])).toBeUndefined();
  });
});
