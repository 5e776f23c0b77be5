import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toMarkdown, verdict } from "../../src/report/markdown.js";
import { toText } from "../../src/report/text.js";
import { scan } from "../../src/scan/scan.js";
import type { Finding, ScanReport, VendorUsage } from "../../src/types.js";
import { sampleReport } from "./fixture.js";

// A full scan of a repository with dozens of undeclared vendors reads as one
// line per vendor and rule, in every human output; the report keeps every place.

function bigReport(vendors: number, files: number): ScanReport {
  const base = sampleReport([]);
  const usage: VendorUsage[] = [];
  const findings: Finding[] = [];
  for (let v = 0; v < vendors; v++) {
    const id = `vendor-${String(v).padStart(2, "0")}`;
    usage.push({ id, name: `Vendor ${v}`, category: "llm-api", declared: false, status: "undeclared", direct: true, regions: [], models: [], frameworks: [], evidence: [] });
    for (let f = 0; f < files; f++) {
      const file = `services/s${f}/client.py`;
      usage[v]!.evidence.push({ kind: "import", file, line: 1, column: 1, package: id, snippet: `import ${id}` });
      findings.push({ rule: "undeclared-vendor", severity: "error", vendor: id, file, line: 1, column: 1, message: `Vendor ${v} is used here`, fingerprint: `${id}-${f}`, identity: `id-${id}`, blocking: true });
    }
  }
  return { ...base, vendors: usage, findings };
}

describe("one finding per identity", () => {
  const report = bigReport(20, 30);

  it("text: 20 undeclared vendors (600 uses), one line each with its first three places", () => {
    const out = toText(report);
    expect(out).toContain("Findings: 20 findings (600 uses), 20 blocking — 20 undeclared vendors (600 uses)");
    const lines = out.split("\n").filter((l) => l.includes("undeclared-vendor "));
    expect(lines).toHaveLength(20);
    expect(lines[0]).toBe(
      "  error   undeclared-vendor    Vendor 0 [vendor-00] — 30 uses: services/s0/client.py:1, services/s1/client.py:1, services/s2/client.py:1, +27 more  Vendor 0 is used here",
    );
    // Every vendor's entry, once, under one `vendors:` key.
    expect(out.match(/^ {2}vendors:$/gm)).toHaveLength(1);
    expect(out.match(/^ {4}vendor-\d\d:$/gm)).toHaveLength(20);
  });

  it("summary and verdict: counted by identity, one row per vendor, small", () => {
    expect(verdict(report)).toBe("❌ **shadow-ai: 20 blocking findings (600 uses)**: 20 undeclared vendors (600 uses).");
    const md = toMarkdown(report);
    const rows = md.split("\n").filter((l) => l.startsWith("| 🔴"));
    expect(rows).toHaveLength(20);
    expect(rows[0]).toContain("| 30 | `services/s0/client.py:1`, `services/s1/client.py:1`, `services/s2/client.py:1` +27 more |");
    expect(md.match(/^```yaml$/gm)).toHaveLength(1);
    expect(Buffer.byteLength(md)).toBeLessThan(20_000);
    // The report itself keeps one finding per place.
    expect(report.findings).toHaveLength(600);
  });
});

describe("evidence: strongest first, and always what matched", () => {
  it("polyglot: import before dependency before IaC, workflow and env; IaC and workflow rows name the resource and the action", async () => {
    const report = await scan(join(import.meta.dirname, "../../fixtures/polyglot"));
    const out = toText(report, { maxEvidence: 0 });
    const block = (name: string) => {
      const rest = out.slice(out.indexOf(`  ${name} [`)).split("\n").slice(1);
      const end = rest.findIndex((l) => !l.startsWith("      "));
      return rest.slice(0, end).map((l) => l.trim());
    };
    const anthropic = block("Anthropic");
    const kinds = anthropic.map((l) => l.split(/\s+/)[0]!);
    const order = ["import", "dependency", "config", "host", "iac", "workflow", "secret", "env", "lockfile"];
    expect(kinds.map((k) => order.indexOf(k))).toEqual([...kinds.map((k) => order.indexOf(k))].sort((a, b) => a - b));
    expect(kinds[0]).toBe("import");
    expect(anthropic.some((l) => /^workflow\s+\S+\s+anthropics\/claude-code-action@v1$/.test(l))).toBe(true);
    expect(block("Amazon Bedrock").some((l) => /^iac\s+infra\/terraform\/bedrock\.tf:\d+:\d+\s+aws_bedrockagent_agent$/.test(l))).toBe(true);
    // No evidence row ends at its location: the match column is never empty.
    for (const l of out.split("\n").filter((x) => /^ {6}(import|dependency|config|host|iac|workflow|secret|env|lockfile) /.test(x))) {
      expect(l.trim().split(/\s{2,}/).length, l).toBeGreaterThanOrEqual(2);
    }
  });
});
