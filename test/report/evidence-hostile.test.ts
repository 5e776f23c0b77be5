// The evidence pack (Markdown, HTML) and the org CSV with the hostile names of
// issue 13 in every place a scanned tree or an inventory reaches them: file
// paths, the repository, inventory values, tools and MCP servers. Each output is
// compared with the same report made of plain names: the same Markdown table
// shape, the same HTML elements, one CSV record per line.
import { describe, expect, it } from "vitest";
import { buildOrgReport } from "../../src/org/merge.js";
import type { OrgReport } from "../../src/org/types.js";
import { toCsv, CSV_HEADER } from "../../src/report/csv.js";
import { toEvidenceHtml } from "../../src/report/evidence-html/index.js";
import { link } from "../../src/report/evidence-html/link.js";
import { toEvidence, type EvidenceInput } from "../../src/report/evidence.js";
import type { Finding, ScanReport } from "../../src/types.js";

const LONG = `long-${"x".repeat(4000)}`;
export const HOSTILE_NAMES = [
  "new\nline",
  "::error file=evil.py,line=1::INJECTED",
  "pipe|name",
  "back`tick``s",
  "<script>alert(1)</script>",
  "pct%0Aencoded",
  "rtl\u202Egnp.exe",
  LONG,
];
const PLAIN_NAMES = HOSTILE_NAMES.map((_, i) => `plain-${i}`);

/** A report whose every tree-derived value is built from `names`. */
function report(names: string[]): ScanReport {
  const file = (n: string) => `src/${n}/app.py`;
  const finding = (n: string, i: number, rule: string, identity: string): Finding => ({
    rule,
    severity: "error",
    vendor: "cohere",
    file: file(n),
    line: i + 1,
    message: `Cohere is used in ${file(n)} but not declared`,
    fingerprint: `fp-${rule}-${i}`,
    identity,
    blocking: true,
  });
  return {
    schemaVersion: 1,
    tool: { name: "shadow-ai", version: "0.1.0", catalogVersion: "test" },
    target: { root: `acme/${names[0]}`, commit: null },
    inventory: {
      path: `.github/${names[1]}.yml`,
      vendors: { openai: { status: "approved", owner: names[2]!, purpose: names[3]!, "data-classes": [names[4]!], residency: [names[5]!], dpa: { signed: "2026-01-01", link: "https://trust.example.com/dpa" } } },
    },
    stats: { files: 3, bytes: 100, skipped: 0, durationMs: 0, skippedBy: {} },
    vendors: [
      {
        id: "openai", name: "OpenAI", category: "llm-api", declared: true, status: "approved", direct: true, regions: [names[7]!], models: [names[0]!], frameworks: [],
        evidence: names.map((n, i) => ({ kind: "import" as const, file: file(n), line: i + 1, column: 1, package: n, snippet: "" })),
      },
      {
        id: "cohere", name: "Cohere", category: "llm-api", declared: false, status: "undeclared", direct: true, regions: [], models: [], frameworks: [],
        evidence: names.map((n, i) => ({ kind: "host" as const, file: file(n), line: i + 1, column: 1, host: "api.cohere.com", snippet: "" })),
      },
    ],
    frameworks: [],
    tools: [
      {
        id: "claude-code", name: "Claude Code", vendor: "anthropic", status: "undeclared",
        evidence: names.map((n) => ({ kind: "config" as const, file: `${n}/CLAUDE.md` })),
        mcpServers: names.map((n, i) => ({ name: n, file: `.mcp.json`, line: i + 1, transport: "http" as const, url: `https://mcp.example.com/${n}` })),
      },
    ],
    // One problem (undeclared Cohere) at every file, and one of a different identity.
    findings: [...names.map((n, i) => finding(n, i, "undeclared-vendor", "id-cohere")), finding(names[4]!, 99, "missing-dpa", "id-dpa")],
    diagnostics: [],
  };
}

function input(names: string[]): EvidenceInput {
  const r = report(names);
  return { repositories: [{ name: r.target.root, report: r }], producedAt: "2026-10-02", tool: { version: "0.1.0" } };
}

function org(names: string[]): OrgReport {
  const r = report(names);
  return buildOrgReport({
    tool: r.tool,
    repositories: [
      { name: `acme/${names[0]}`, report: r, declared: r.inventory.vendors! },
      { name: `acme/${names[2]}`, report: { ...r, vendors: [] } },
    ],
    errors: [{ repository: `acme/${names[1]}`, reason: `could not scan ${names[3]}` }],
  });
}

/**
 * A GFM table row's cells as GitHub splits them: a backslash escapes the next
 * character (so `\\|` ends a cell and `\|` does not), code spans included.
 */
function cells(row: string): number {
  return row.trim().replace(/^\|/, "").replace(/\|$/, "").match(/(?:\\.|[^|\\])+|(?<=\|)(?=\|)/g)?.length ?? 0;
}

/** Each Markdown table: the cell count of each of its rows. */
function tableShapes(md: string): number[][] {
  const shapes: number[][] = [];
  let current: number[] | undefined;
  for (const line of md.split("\n")) {
    if (!line.startsWith("|")) current = undefined;
    else {
      if (!current) shapes.push((current = []));
      current.push(cells(line));
    }
  }
  return shapes;
}

/** RFC 4180 records: quoted fields may hold commas, quotes and line breaks. */
function records(csv: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (csv[i + 1] === '"') (cell += '"'), i++;
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && csv[i + 1] === "\n") row.push(cell), out.push(row), (row = []), (cell = ""), i++;
    else cell += c;
  }
  return out;
}

const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("evidence pack and CSV with hostile names", () => {
  it("Markdown: the same lines, headings and table shapes as with plain names; no line starts with ::", () => {
    const plain = toEvidence(input(PLAIN_NAMES));
    const hostile = toEvidence(input(HOSTILE_NAMES));
    const skeleton = (md: string) => md.split("\n").map((l) => (l.startsWith("|") ? `|${cells(l)}` : l.match(/^(#+|- |  - |```)/)?.[0] ?? ""));
    expect(skeleton(hostile)).toEqual(skeleton(plain));
    expect(tableShapes(hostile)).toEqual(tableShapes(plain));
    expect(hostile).not.toMatch(/^\s*::/m);
    expect(hostile).not.toMatch(controls);
    // Outside code spans (which GitHub shows literally), markup is entity-encoded.
    expect(hostile.replace(/(`+).*?(?<!`)\1(?!`)/g, "")).not.toContain("<script");
    expect(hostile).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(hostile).not.toContain(LONG);
    // The one problem at eight files is one row with its count and first locations.
    const row = hostile.split("\n").find((l) => l.includes("`undeclared-vendor`"))!;
    expect(row).toContain("| 8 |");
    expect(row).toContain("+5 more");
    expect(hostile.split("\n").filter((l) => l.includes("`undeclared-vendor`"))).toHaveLength(1);
    // The checks can fail: an unescaped pipe or newline changes the shape.
    expect(cells("| a | b|c |")).toBe(3);
    expect(cells("| a | b\\|c |")).toBe(2);
    expect(cells("| a | `b\\\\|c` |")).toBe(3);
  });

  it("HTML: the same elements in the same order as with plain names; names are text", () => {
    const tags = (html: string) => [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[0]);
    const plain = toEvidenceHtml(input(PLAIN_NAMES));
    const hostile = toEvidenceHtml(input(HOSTILE_NAMES));
    expect(tags(hostile)).toEqual(tags(plain));
    expect(hostile).not.toMatch(controls);
    expect(hostile).not.toContain("<script");
    expect(hostile).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(hostile).toContain("rtl\\u202egnp.exe");
    expect(hostile).not.toContain(LONG);
    // A URL holding a bidi or control character is shown, not linked.
    expect(link("https://e.com/a\u202eb", "x")).toBe('x <span class="muted">(https://e.com/a\\u202eb)</span>');
    expect(link("https://e.com/a%0Ab", "x")).toBe('<a href="https://e.com/a%0Ab">x</a>');
    // Grouped: the undeclared Cohere problem is one row on its vendor page and one in Open findings.
    expect(hostile.match(/<code>undeclared-vendor<\/code>/g)).toHaveLength(2);
    // The check can fail: markup made from a name adds an element.
    expect(tags(`<p>${HOSTILE_NAMES[4]}</p>`)).not.toEqual(tags("<p>plain</p>"));
  });

  it("Markdown and HTML packs of an org report keep their shape too", () => {
    const packOf = (o: OrgReport): EvidenceInput => ({ org: "acme", repositories: o.repositories, errors: o.errors, producedAt: "2026-10-02", tool: { version: "0.1.0" } });
    const tags = (html: string) => [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[0]);
    expect(tags(toEvidenceHtml(packOf(org(HOSTILE_NAMES))))).toEqual(tags(toEvidenceHtml(packOf(org(PLAIN_NAMES)))));
    expect(tableShapes(toEvidence(packOf(org(HOSTILE_NAMES))))).toEqual(tableShapes(toEvidence(packOf(org(PLAIN_NAMES)))));
  });

  it("CSV: one line per record, every record the header's width", () => {
    const plain = records(toCsv(org(PLAIN_NAMES)));
    const hostile = records(toCsv(org(HOSTILE_NAMES)));
    expect(hostile).toHaveLength(plain.length);
    expect(hostile).toHaveLength(1 + 4);
    for (const record of hostile) expect(record).toHaveLength(CSV_HEADER.length);
    const text = toCsv(org(HOSTILE_NAMES));
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(5);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text.replace(/\r\n/g, "")).not.toMatch(controls);
    expect(text).toContain("acme/new\\nline");
  });
});
