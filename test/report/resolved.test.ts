import { describe, expect, it } from "vitest";
import type { Comparison } from "../../src/report/context.js";
import { resolvedLines } from "../../src/report/markdown.js";

const comparison = (resolved: Comparison["resolved"]): Comparison => ({
  event: "pull_request",
  base: "a".repeat(40),
  head: "b".repeat(40),
  source: "git",
  changed: [],
  truncated: false,
  newVendors: [],
  removedVendors: [],
  ...(resolved ? { resolved } : {}),
  notes: [],
});

describe("resolved findings in the summary and comment", () => {
  it("nothing resolved: no line at all", () => {
    expect(resolvedLines(comparison(undefined))).toEqual([]);
    expect(resolvedLines(comparison([]))).toEqual([]);
  });

  it("one line, one entry per rule and vendor or tool, identities of one vendor counted", () => {
    const [line] = resolvedLines(
      comparison([
        { identity: "1", rule: "undeclared-vendor", vendor: "cohere" },
        { identity: "2", rule: "unapproved-model", vendor: "anthropic" },
        { identity: "3", rule: "unapproved-model", vendor: "anthropic" },
        { identity: "4", rule: "undeclared-tool", tool: "cursor" },
      ]),
    );
    expect(line).toBe("Resolved by this change: `undeclared-vendor` `cohere`, `unapproved-model` `anthropic` (×2), `undeclared-tool` `cursor`.");
  });

  it("a hostile id (an inventory's custom vendor) stays inside its code span on one line", () => {
    const lines = resolvedLines(comparison([{ identity: "1", rule: "undeclared-vendor", vendor: "x`|<script>\n::error::boom" }]));
    expect(lines.join("\n").split("\n").filter(Boolean)).toHaveLength(1);
    expect(lines[0]).not.toMatch(/^::/m);
    expect(lines[0]).toContain("``");
    expect(lines[0]).toContain("\\|");
  });
});
