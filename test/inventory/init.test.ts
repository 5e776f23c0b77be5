import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { addVendors, starterInventory } from "../../src/inventory/init.js";
import { inventorySchema } from "../../src/inventory/schema.js";
import { parseInventory } from "../../src/inventory/load.js";
import type { VendorUsage } from "../../src/types.js";

const catalog = loadCatalog();
const usage = (id: string, direct = true): VendorUsage => ({
  id,
  name: catalog.vendors.get(id)!.name,
  category: "llm-api",
  declared: false,
  status: "undeclared",
  direct,
  regions: id === "openai" ? ["eu"] : [],
  models: [],
  frameworks: [],
  evidence: [{ kind: "env", file: ".env", line: 1, column: 1, env: "X", snippet: "X=", ...(direct ? {} : { transitive: true }) }],
});

describe("starter inventory", () => {
  it("declares every direct vendor as restricted and validates against the schema", () => {
    const text = starterInventory([usage("openai"), usage("cohere", false)]);
    const inv = parseInventory(text, { file: "x.yml", catalog });
    expect([...inv.vendors]).toEqual([["openai", { status: "restricted", owner: "TODO: the team or person accountable", purpose: "TODO: what it is used for" }]]);
    expect(text).toContain("# Seen only through lockfiles (transitive, not declared here): cohere");
    expect(text).toContain("regions seen: eu");
  });
  it("blocks on data-class-not-allowed, and writes classified-paths, attestation-max-age and attestations as TODOs that are valid once uncommented", () => {
    const text = starterInventory([usage("openai")]);
    expect(text).toContain("  block-on: [undeclared-vendor, prohibited-vendor, path-not-allowed, residency-violation, hardcoded-secret, data-class-not-allowed, prohibited-tool]\n");
    expect(parseInventory(text, { file: "x.yml", catalog }).policy["block-on"]).toContain("data-class-not-allowed");
    expect(text).toContain("  # attestation-max-age: 12m # TODO");
    expect(text).toContain('# classified-paths:\n#   "services/billing/**": [pci, customer-data]\n');
    expect(text).toContain("    # TODO: attestations: [{ type: soc2-type-2, date: YYYY-MM-DD }]");
    const uncommented = text
      .replace("  # attestation-max-age: 12m", "  attestation-max-age: 12m")
      .replace("# classified-paths:\n#   \"services/billing/**\"", "classified-paths:\n  \"services/billing/**\"")
      .replace('#   "services/support/**"', '  "services/support/**"');
    const inv = parseInventory(uncommented, { file: "x.yml", catalog });
    expect(inv.policy["attestation-max-age"]).toBe("12m");
    expect(inv.classifiedPaths).toEqual({ "services/billing/**": ["pci", "customer-data"], "services/support/**": ["customer-data", "pii"] });
  });
  it("with nothing found is still a valid inventory", () => {
    expect(parseInventory(starterInventory([]), { file: "x.yml", catalog }).vendors.size).toBe(0);
  });
});

describe("addVendors", () => {
  const hand = `version: 1 # kept
vendors:
  openai:
    status: approved   # odd spacing, kept
    # a person's comment at the end of the entry
# about exceptions
exceptions: []
`;
  it("inserts before the next top-level key and its comments, touching nothing else", () => {
    const { text, added } = addVendors(hand, [usage("openai"), usage("mistral")]);
    expect(added).toEqual(["mistral"]);
    const [before, after] = [hand.slice(0, hand.indexOf("# about exceptions")), hand.slice(hand.indexOf("# about exceptions"))];
    expect(text.startsWith(before)).toBe(true);
    expect(text.endsWith(after)).toBe(true);
    expect(text.slice(before.length, text.length - after.length)).toMatch(/^  # Mistral AI — found at \.env:1 \(env X\)\n  mistral:\n    status: restricted/);
    const inv = parseInventory(text, { file: "x.yml", catalog });
    expect([...inv.vendors.keys()]).toEqual(["mistral", "openai"]);
    expect(addVendors(text, [usage("openai"), usage("mistral")])).toEqual({ text, added: [] });
  });
  it("fills an empty `vendors: {}` and a file with no vendors key", () => {
    const a = addVendors("version: 1\nvendors: {} # none yet\n", [usage("openai")]);
    expect(a.text.startsWith("version: 1\nvendors: # none yet\n  # OpenAI")).toBe(true);
    expect(parseInventory(a.text, { file: "x.yml", catalog }).vendors.has("openai")).toBe(true);
    const b = addVendors("version: 1", [usage("openai")]);
    expect(b.text.startsWith("version: 1\nvendors:\n  # OpenAI")).toBe(true);
    expect(parseInventory(b.text, { file: "x.yml", catalog }).vendors.has("openai")).toBe(true);
  });
  it("follows the file's indentation", () => {
    const { text } = addVendors("version: 1\nvendors:\n    openai:\n        status: approved\n", [usage("cohere")]);
    expect(text).toContain("\n    cohere:\n        status: restricted");
    expect(parseInventory(text, { file: "x.yml", catalog }).vendors.has("cohere")).toBe(true);
  });
});

describe("inventory schema", () => {
  it("custom-vendors use the catalog's own definitions (copied so the file stands alone for editors)", () => {
    const inv = inventorySchema() as { definitions: Record<string, unknown> };
    const cat = JSON.parse(readFileSync("schema/catalog.schema.json", "utf8")) as { definitions: Record<string, unknown> };
    for (const name of ["id", "strings", "package", "packages", "host", "key"]) expect(inv.definitions[name], name).toEqual(cat.definitions[name]);
  });
});
