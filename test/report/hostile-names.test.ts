import { describe, expect, it } from "vitest";
import { planAnnotations } from "../../src/action/annotations.js";
import { commentBody } from "../../src/action/comment.js";
import { rollup } from "../../src/org/merge.js";
import type { OrgReport } from "../../src/org/types.js";
import type { Comparison } from "../../src/report/context.js";
import { mdCode, mdText, oneLine } from "../../src/report/escape.js";
import { toMarkdown, verdict } from "../../src/report/markdown.js";
import { toOrgMarkdown } from "../../src/report/org-markdown.js";
import { toText } from "../../src/report/text.js";
import type { Evidence, Finding, ScanReport } from "../../src/types.js";

// Every writer this module owns, fed the same hostile names a file tree can hold
// (git allows a newline in a file name), and the same report with plain names:
// no printed line may start with `::` (a workflow command to the runner), no raw
// control or bidi character may get out, and Markdown tables keep their shape.

const HOSTILE = [
  "src/x\n::error file=evil.py,line=1::INJECTED\n.py",
  "::add-mask::secret",
  "  ::stop-commands::tok",
  "a|b||c\\|d",
  "tick`s``here```",
  "<script>alert(1)</script>",
  "%0A::warning::x%0D",
  "rtl\u202egnp.exe",
  "cr\rlf\r\n::notice::y",
  "esc\u001b[31mred\u0000nul\u0085nel",
  `long/${"x".repeat(4000)}`,
];

/** A report in which every value from the scanned tree is `name(i)`. */
function report(name: (i: number) => string): ScanReport {
  const n = HOSTILE.length;
  const ev = (i: number, over: Partial<Evidence>): Evidence => ({ kind: "import", file: name(i), line: i + 1, column: 1, snippet: name(i), ...over });
  const evidence: Evidence[] = [];
  for (let i = 0; i < n; i++) {
    evidence.push(ev(i, { kind: "import", package: name(i) }));
    evidence.push(ev(i, { kind: "env", env: name(i) }));
    evidence.push(ev(i, { kind: "host", host: name(i) }));
    evidence.push(ev(i, { kind: "iac", resource: name(i) }));
    evidence.push(ev(i, { kind: "workflow", action: name(i) }));
    evidence.push(ev(i, { kind: "lockfile", package: name(i), transitive: true }));
  }
  const findings: Finding[] = [];
  for (let i = 0; i < n; i++) {
    // One identity used in many files, plus one-place identities whose message embeds the name.
    findings.push({ rule: "undeclared-vendor", severity: "error", vendor: "cohere", file: name(i), line: 2, column: 1, message: `Cohere is used here in ${name(i)}`, fingerprint: `u${i}`, identity: "id-u", blocking: true });
    findings.push({ rule: "hardcoded-secret", severity: "error", vendor: "cohere", file: name(i), line: 3, column: 1, message: `Cohere API key is committed in ${name(i)}:3.`, fingerprint: `s${i}`, identity: `id-s${i}`, blocking: true });
    findings.push({ rule: "unapproved-model", severity: "warning", vendor: "cohere", file: name(i), line: 4, column: 1, message: `model ${name(i)} is not declared`, fingerprint: `m${i}`, identity: `id-m${i}`, blocking: false, introduced: false });
  }
  findings.push({ rule: "undeclared-tool", severity: "warning", tool: name(0), file: name(1), line: 1, column: 1, message: `tool ${name(0)}`, fingerprint: "t", identity: "id-t", blocking: false });
  return {
    schemaVersion: 1,
    tool: { name: "shadow-ai", version: "0.1.0", catalogVersion: "test" },
    target: { root: name(0), commit: null },
    inventory: { path: name(1) },
    stats: { files: n, bytes: 100, skipped: 0, durationMs: 5, skippedBy: {} },
    vendors: [
      { id: "cohere", name: name(2), category: "llm-api", declared: false, status: "undeclared", direct: true, regions: [name(3)], models: [name(4), name(7)], frameworks: [name(5)], evidence },
    ],
    frameworks: [{ id: "langchain", name: name(6), vendors: [name(7)], evidence: [ev(8, { framework: "langchain", package: name(8) })] }],
    tools: [
      {
        id: "claude-code",
        name: name(9),
        vendor: name(1),
        status: "undeclared",
        evidence: [{ kind: "workflow", file: name(3), line: 2, action: name(4) }, { kind: "config", file: name(5) }],
        mcpServers: [{ name: name(6), file: name(7), line: 1, transport: "stdio", command: name(8) }],
      },
    ],
    findings,
    diagnostics: HOSTILE.map((_, i) => ({ file: name(i), message: `cannot parse ${name(i)}` })),
  };
}

const hostile = report((i) => HOSTILE[i % HOSTILE.length]!);
const plain = report((i) => `src/plain-${i}.py`);

const comparison = (name: (i: number) => string): Comparison => ({
  event: "pull_request",
  base: "a".repeat(40),
  head: "b".repeat(40),
  source: "git",
  changed: [{ path: name(0), status: "added", lines: null }],
  truncated: false,
  newVendors: ["cohere"],
  removedVendors: [],
  notes: [`Scanned the whole checkout: the change edits ${name(0)}, which names cohere.`],
  inventory: {
    path: name(1),
    status: "modified",
    base: "",
    head: "",
    patch: HOSTILE.map((h) => `+  ${h}`).join("\n"),
    summary: [`**loosened** — ${name(2)}`],
  },
});

/** Lines that the runner would take as a workflow command. */
const commands = (text: string) => text.split("\n").filter((l) => /^\s*::/.test(l));
/** Raw control and bidi characters (newline aside). */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Each Markdown table as its rows' cell counts, split as GitHub does (a `|` after an odd run of backslashes is text). */
function tableShapes(md: string): number[][] {
  const shapes: number[][] = [];
  let current: number[] | undefined;
  for (const line of md.split("\n")) {
    if (!line.startsWith("|")) {
      current = undefined;
      continue;
    }
    if (!current) shapes.push((current = []));
    let cells = 0;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === "\\") i++;
      else if (line[i] === "|") cells++;
    }
    current.push(cells);
  }
  return shapes;
}

function safe(out: string, markdown = true): void {
  expect(commands(out)).toEqual([]);
  expect(out).not.toMatch(RAW);
  // HTML only inside fenced blocks and code spans, where GitHub shows it as text.
  const prose = out.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, "").replace(/(?<![\\`])(`+)(?!`).*?(?<!`)\1(?!`)/g, "");
  if (markdown) expect(prose).not.toContain("<script>");
}

describe("hostile names through every writer", () => {
  it("escape.ts: one line, control and bidi characters shown, a table cell stays one cell", () => {
    expect(oneLine("a\nb\r\u202e\u0000")).toBe("a\\nb\\r\\u202e\\0");
    expect(oneLine("x".repeat(4000))).toHaveLength(300);
    expect(oneLine(`${"x".repeat(298)}😀yy`)).toBe(`${"x".repeat(298)}…`);
    for (const h of HOSTILE) {
      expect(tableShapes(`| ${mdText(h)} | ${mdCode(h)} |`)).toEqual([[3]]);
      expect(mdCode(h)).not.toMatch(RAW);
    }
    expect(mdText("2026-02-01 claude-3-5 v1.2")).toBe("2026-02-01 claude-3-5 v1.2");
    expect(mdText("- a")).toBe("\\- a");
    expect(mdText("1. a")).toBe("1\\. a");
  });

  it("text report: no line starts with ::, nothing raw, long names capped", () => {
    for (const max of [8, 0]) {
      const out = toText(hostile, { maxEvidence: max });
      safe(out, false);
      expect(out).toContain("src/x\\n::error file=evil.py,line=1::INJECTED\\n.py");
      expect(out).toContain("rtl\\u202egnp.exe");
      expect(out).not.toContain("x".repeat(400));
    }
  });

  it("job summary and comment: no line starts with ::, nothing raw, the same table shapes as with plain names", () => {
    for (const [h, p] of [
      [toMarkdown(hostile), toMarkdown(plain)],
      [toMarkdown(hostile, { comparison: comparison((i) => HOSTILE[i % HOSTILE.length]!) }), toMarkdown(plain, { comparison: comparison((i) => `src/plain-${i}.py`) })],
      [commentBody(hostile, { block: true, comparison: comparison((i) => HOSTILE[i % HOSTILE.length]!) }), commentBody(plain, { block: true, comparison: comparison((i) => `src/plain-${i}.py`) })],
    ] as const) {
      safe(h);
      expect(tableShapes(h)).toEqual(tableShapes(p));
      expect(tableShapes(h).length).toBeGreaterThan(2);
      // Fenced blocks: every fence that opens is closed by the same run.
      const fences = h.split("\n").filter((l) => /^`{3,}/.test(l));
      expect(fences.length % 2).toBe(0);
    }
    expect(verdict(hostile)).toBe(verdict(plain));
  });

  it("organisation report: same table shapes as with plain names", () => {
    const org = (r: ScanReport, name: (i: number) => string): OrgReport => {
      const repositories = [0, 1, 2].map((i) => ({ name: name(i), report: r }));
      const errors = [{ repository: name(3), reason: name(4) }];
      return { schemaVersion: 1, kind: "org", tool: r.tool, org: name(5), repositories, errors, skipped: [{ repository: name(6), reason: name(7) }], rollup: rollup(repositories, errors) };
    };
    const h = toOrgMarkdown(org(hostile, (i) => HOSTILE[i % HOSTILE.length]!));
    const p = toOrgMarkdown(org(plain, (i) => `acme/plain-${i}`));
    safe(h);
    expect(tableShapes(h)).toEqual(tableShapes(p));
  });

  it("annotations: one-line values in message and title; the file stays the real path for @actions/core to escape", () => {
    const plan = planAnnotations(hostile, undefined, 50);
    expect(plan.annotations.length).toBeGreaterThan(5);
    for (const a of plan.annotations) {
      // The message's own line breaks are shadow-ai's; none comes from a value.
      for (const line of a.message.split("\n")) expect(line).not.toMatch(/^\s*::/);
      expect(a.message.replace(/\n/g, "")).not.toMatch(RAW);
      expect(a.title).not.toMatch(RAW);
      expect(a.title).not.toContain("\n");
      expect(HOSTILE).toContain(a.file);
    }
  });
});
