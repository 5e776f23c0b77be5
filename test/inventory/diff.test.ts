import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { diffInventories } from "../../src/inventory/diff.js";
import { parseInventory } from "../../src/inventory/load.js";

const catalog = loadCatalog();
const inv = (yaml: string) => parseInventory(`version: 1\n${yaml}`, { file: "ai-vendors.yml", catalog });

const base = inv(`policy:
  block-on: [undeclared-vendor, prohibited-vendor]
  review-interval: 90d
vendors:
  openai:
    status: restricted
    residency: [us]
    models: ["gpt-4o*"]
    last-review: 2026-01-01
    data-classes: [pii]
    dpa: { signed: 2025-01-01 }
  deepseek:
    status: prohibited
  cohere:
    status: approved
`);

describe("diffInventories", () => {
  it("no change, nothing loosened", () => {
    expect(diffInventories(base, base)).toEqual({ added: [], removed: [], changes: [], loosened: false });
  });
  it("vendors added and removed; dropping a prohibition loosens", () => {
    const head = inv("policy:\n  block-on: [undeclared-vendor, prohibited-vendor]\n  review-interval: 90d\nvendors:\n  openai:\n    status: restricted\n    residency: [us]\n    models: [\"gpt-4o*\"]\n    last-review: 2026-01-01\n    data-classes: [pii]\n    dpa: { signed: 2025-01-01 }\n  mistral:\n    status: approved\n");
    const d = diffInventories(base, head);
    expect(d.added).toEqual(["mistral"]);
    expect(d.removed).toEqual(["cohere", "deepseek"]);
    expect(d.changes.map((c) => [c.message, c.loosened])).toEqual([
      ["mistral: declared approved", true],
      ["cohere: no longer declared (was approved)", false],
      ["deepseek: no longer declared (was prohibited)", true],
    ]);
    expect(d.loosened).toBe(true);
  });
  it("status loosened and tightened, residency widened, models dropped, review moved, DPA removed", () => {
    const head = inv(`policy:
  block-on: [undeclared-vendor]
  review-interval: 1y
  ignore: [legacy/**]
vendors:
  openai:
    status: approved
    residency: [us, eu]
    last-review: 2026-05-01
    data-classes: [pii]
  deepseek:
    status: prohibited
  cohere:
    status: restricted
exceptions:
  - vendor: cohere
    reason: pilot
    approver: "@sec"
    expires: 2026-09-01
`);
    const d = diffInventories(base, head);
    expect(d.changes.map((c) => [c.message, c.loosened])).toEqual([
      ["cohere: status approved → restricted", false],
      ["openai: status restricted → approved (loosened)", true],
      ["openai: residency widened by eu", true],
      ["openai: models no longer restricted (was gpt-4o*)", true],
      ["openai: last-review moved forward (2026-01-01 → 2026-05-01)", false],
      ["openai: dpa removed", true],
      ["policy: block-on prohibited-vendor, undeclared-vendor → undeclared-vendor", true],
      ["policy: review-interval 90d → 1y", true],
      ["policy: now ignores legacy/**", true],
      ["exceptions: cohere excepted until 2026-09-01 (approved by @sec)", true],
    ]);
  });
  it("narrowing residency is not loosening; a first inventory adds everything", () => {
    const narrowed = inv("vendors:\n  openai:\n    status: restricted\n    residency: [us, eu]\n");
    const d = diffInventories(narrowed, inv("vendors:\n  openai:\n    status: restricted\n    residency: [eu]\n"));
    expect(d.changes.map((c) => [c.message, c.loosened])).toEqual([["openai: residency narrowed by us", false]]);
    expect(diffInventories(undefined, base).added).toEqual(["cohere", "deepseek", "openai"]);
  });
});

describe("diffInventories: classified-paths and attestation-max-age", () => {
  const a = inv('policy:\n  attestation-max-age: 12m\nclassified-paths:\n  "billing/**": [pci, customer-data]\n  "hr/**": [employee-data]\n');
  it("a class or glob removed loosens, one added tightens; a longer max age loosens", () => {
    const b = inv('policy:\n  attestation-max-age: 18m\nclassified-paths:\n  "billing/**": [customer-data]\n  "support/**": [pii]\n');
    const d = diffInventories(a, b);
    expect(d.changes.map((c) => [c.message, c.loosened])).toEqual([
      ["policy: attestation-max-age 12m → 18m", true],
      ["classified-paths: 'billing/**' customer-data, pci → customer-data", true],
      ["classified-paths: 'hr/**' no longer classified (was employee-data)", true],
      ["classified-paths: 'support/**' classified pii", false],
    ]);
    expect(diffInventories(a, a).changes).toEqual([]);
  });
  it("the default max age written out is no change", () => {
    expect(diffInventories(inv("vendors: {}\n"), inv("policy:\n  attestation-max-age: 12m\n")).changes).toEqual([]);
  });
});
