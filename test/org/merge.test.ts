import { describe, expect, it } from "vitest";
import { buildOrgReport, mergeReports } from "../../src/org/merge.js";
import { ORG_FORMATS } from "../../src/org/output.js";
import { toCsv } from "../../src/report/csv.js";
import { csvCell } from "../../src/report/escape.js";
import { toOrgMarkdown } from "../../src/report/org-markdown.js";
import type { ScanReport } from "../../src/types.js";
import { REPOS, scanFixture } from "./helpers.js";

const reports = new Map<string, ScanReport>();
for (const name of REPOS) reports.set(name, await scanFixture(name));
const shardA = () => buildOrgReport({
  tool: { name: "shadow-ai", version: "0.1.0", catalogVersion: reports.get("api")!.tool.catalogVersion },
  org: "acme",
  generatedAt: "2026-10-01T10:00:00.000Z",
  repositories: [{ name: "acme/web", report: reports.get("web")! }, { name: "acme/api", report: reports.get("api")! }],
  errors: [{ repository: "acme/huge", reason: "too large" }],
});
const shardB = () => buildOrgReport({
  tool: { name: "shadow-ai", version: "0.1.0", catalogVersion: reports.get("api")!.tool.catalogVersion },
  org: "acme",
  generatedAt: "2026-10-01T10:05:00.000Z",
  repositories: [{ name: "acme/ml", report: reports.get("ml")! }, { name: "acme/docs-site", report: reports.get("docs-site")! }],
  errors: [{ repository: "acme/gone", reason: "not found (404)" }],
});

describe("merge", () => {
  it("the fixtures are what the org tests assume", () => {
    const ids = (n: string) => reports.get(n)!.vendors.map((v) => `${v.id}:${v.status}`);
    expect(ids("api")).toEqual(["openai:approved"]);
    expect(ids("web")).toEqual(["anthropic:restricted"]);
    expect(ids("ml")).toEqual(expect.arrayContaining(["deepseek:prohibited", "huggingface:undeclared"]));
    expect(ids("docs-site")).toEqual([]);
  });

  it("is deterministic whatever order shards arrive in, and accounts for every repository", () => {
    const a = JSON.parse(JSON.stringify(shardA())) as unknown;
    const b = JSON.parse(JSON.stringify(shardB())) as unknown;
    const one = ORG_FORMATS.json!(mergeReports([{ source: "a.json", value: a }, { source: "b.json", value: b }], { version: "9.9.9" }));
    const two = ORG_FORMATS.json!(mergeReports([{ source: "b.json", value: b }, { source: "a.json", value: a }], { version: "9.9.9" }));
    expect(one).toBe(two);
    const org = JSON.parse(one);
    expect(org.repositories.map((r: { name: string }) => r.name)).toEqual(["acme/api", "acme/docs-site", "acme/ml", "acme/web"]);
    expect(org.errors).toEqual([{ repository: "acme/gone", reason: "not found (404)" }, { repository: "acme/huge", reason: "too large" }]);
    expect(org.generatedAt).toBe("2026-10-01T10:05:00.000Z");
    expect(org.org).toBe("acme");
    expect(org.tool.version).toBe("9.9.9");
    expect(org.rollup.repositories).toEqual({ total: 6, scanned: 4, errors: 2, withVendors: 3, blocking: 1 });
    // Most severe first: prohibited, then undeclared, then restricted/approved.
    expect(org.rollup.vendors.map((v: { id: string; worst: string }) => `${v.worst}:${v.id}`)).toEqual([
      "prohibited:deepseek", "undeclared:huggingface", "restricted:anthropic", "approved:openai",
    ]);
    // Key order of the embedded ScanReport is the scan JSON's.
    expect(Object.keys(org.repositories[0].report).slice(0, 4)).toEqual(["schemaVersion", "tool", "target", "inventory"]);
  });

  it("a scanned entry supersedes an error for the same repository (a re-run shard)", () => {
    const failed = buildOrgReport({ tool: shardA().tool, repositories: [], errors: [{ repository: "acme/ml", reason: "timeout" }] });
    const org = mergeReports([{ source: "retry.json", value: failed }, { source: "b.json", value: shardB() }], { version: "1" });
    expect(org.errors.map((e) => e.repository)).toEqual(["acme/gone"]);
    expect(org.repositories.map((r) => r.name)).toContain("acme/ml");
  });

  it("names repositories a shard should have reported but did not", () => {
    const org = mergeReports([{ source: "a", value: shardA() }], { version: "1" }, ["acme/api", "acme/huge", "acme/lost"]);
    expect(org.errors).toEqual([
      { repository: "acme/huge", reason: "too large" },
      { repository: "acme/lost", reason: "no report: the shard that held it did not finish" },
    ]);
  });

  it("takes bare ScanReports, named by target root or file name, and refuses anything else", () => {
    const bare = { ...reports.get("api")!, target: { root: ".", commit: null } };
    const org = mergeReports([{ source: "out/acme-api.json", value: bare }, { source: "x.json", value: reports.get("web") }], { version: "1" });
    expect(org.repositories.map((r) => r.name)).toEqual(["acme-api", "acme/web"]);
    expect(() => mergeReports([{ source: "junk.json", value: { hello: 1 } }], { version: "1" })).toThrow(/junk\.json: not a shadow-ai report/);
  });
});

describe("CSV inventory", () => {
  it("quotes per RFC 4180 and defuses formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    // A control character is shown escaped, never emitted: one record stays one line.
    expect(csvCell("two\nlines")).toBe("two\\nlines");
    for (const bad of ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)"]) expect(csvCell(bad).replace(/^"/, "")[0]).toBe("'");
    for (const bad of ["\tx", "\r=1"]) expect(csvCell(bad)).toMatch(/^\\[tr]/);
    expect(csvCell('=1,"2"')).toBe(`"'=1,""2"""`);
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(3)).toBe("3");
  });

  it("has a row for every repository, scanned or not, CRLF-terminated", () => {
    const org = mergeReports([{ source: "a", value: shardA() }, { source: "b", value: shardB() }], { version: "1" });
    org.repositories.find((r) => r.name === "acme/api")!.declared = { openai: { status: "approved", owner: "=cmd|' /C calc'!A0", purpose: "Tickets, \"urgent\"" } };
    const csv = toCsv(org);
    const lines = csv.split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines[0]).toMatch(/^repository,vendor,vendor_name,category,status,direct,/);
    const repos = new Set(lines.slice(1, -1).map((l) => l.split(",")[0]));
    expect([...repos]).toEqual(["acme/api", "acme/docs-site", "acme/gone", "acme/huge", "acme/ml", "acme/web"]);
    expect(csv).toContain("acme/docs-site,,,,,,,,,,,,,,,,,,,,no AI vendor found\r\n");
    expect(csv).toContain("acme/gone,,,,,,,,,,,,,,,,,,,,not scanned: not found (404)\r\n");
    expect(csv).toContain(`,'=cmd|' /C calc'!A0,"Tickets, ""urgent""",`);
    expect(lines.slice(1, -1).every((l) => !/(^|,)[=+@-]/.test(l))).toBe(true);
  });
});

describe("org Markdown", () => {
  const org = mergeReports([{ source: "a", value: shardA() }, { source: "b", value: shardB() }], { version: "1" });
  const md = toOrgMarkdown(org);

  it("puts undeclared and prohibited usage first, then the matrix, then what was not scanned", () => {
    const concern = md.indexOf("### Undeclared and prohibited usage (2)");
    const matrix = md.indexOf("### Repositories × vendors");
    const errors = md.indexOf("### Not scanned (2)");
    expect(concern).toBeGreaterThan(0);
    expect(matrix).toBeGreaterThan(concern);
    expect(errors).toBeGreaterThan(matrix);
    const section = md.slice(concern, matrix);
    expect(section.indexOf("deepseek")).toBeLessThan(section.indexOf("huggingface"));
    expect(md).toContain("| repository | `deepseek` | `huggingface` | `anthropic` | `openai` |");
    // acme/ml (prohibited) is the first matrix row.
    expect(md.slice(matrix).split("\n").find((l) => l.startsWith("| `acme/"))).toMatch(/^\| `acme\/ml` \| ⛔ \| 🔴 \| — \|/);
    expect(md).toContain("❌ **1 repository with blocking findings** · 4 repositories scanned · ⚠️ **2 not scanned** · 3 use AI vendors · 4 vendors.");
  });

  it("stays under a byte budget with a note", () => {
    const small = toOrgMarkdown(org, { maxBytes: 600 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(600);
    expect(small).toContain("**Truncated**");
  });

  it("escapes repository and vendor text", () => {
    const evil = buildOrgReport({ tool: org.tool, repositories: [], errors: [{ repository: "acme/x|y", reason: "<img src=x onerror=alert(1)>" }] });
    const out = toOrgMarkdown(evil);
    expect(out).toContain("`acme/x\\|y`");
    expect(out).not.toContain("<img");
  });
});
