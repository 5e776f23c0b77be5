import type { Finding, ScanReport, ToolUsage, VendorUsage } from "../types.js";
import type { Comparison } from "./context.js";
import { mdCode, mdFence, mdProse, mdText } from "./escape.js";
import { DEFAULT_INVENTORY, fixFor, mergedEntries } from "./fixes.js";
import { LOW_CONFIDENCE, lowConfidenceVendors } from "./confidence.js";
import { blockingPhrase, countPhrase, firstPlaces, groupFindings, ruleSummary, type FindingGroup } from "./groups.js";
import { byStrength, matchOf } from "./strength.js";

// Everything from the scanned tree goes through escape.ts: `cell` for text,
// `code` for identifiers and paths, `mdProse` for shadow-ai's own sentences
// that embed them. One row per finding identity (see groups.ts).

export interface MarkdownOptions {
  /** A pull request or push: what changed, what is new. Absent for a full scan. */
  comparison?: Comparison;
  /** false: the run reports only (the verdict says so). */
  block?: boolean;
  /** Output is cut at a line boundary to stay under this many bytes (UTF-8), with a note. */
  maxBytes?: number;
  /** Where the complete report is, for the truncation note. */
  fullReportHint?: string;
  /** Rows per table before "… N more". */
  maxRows?: number;
}

/** GitHub's job summary limit per step. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

const cell = (s: string) => mdText(s);
const code = (s: string) => mdCode(s);

function where(f: { file?: string; line?: number }): string {
  return f.file ? code(`${f.file}${f.line ? `:${f.line}` : ""}`) : "—";
}

/** A group's places: the first three, then "+N more". */
function groupWhere(g: FindingGroup): string {
  const { shown, more } = firstPlaces(g, 3);
  if (shown.length === 0) return "—";
  return shown.map(code).join(", ") + (more > 0 ? ` +${more} more` : "");
}

const FINDING_HEADER = ["severity", "rule", "vendor", "uses", "where", "message"];
const ICON: Record<string, string> = { error: "🔴", warning: "🟡", note: "🔵" };
const open = (f: Finding) => !f.suppressed;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function vendorName(report: ScanReport, id: string | undefined): string {
  if (!id) return "—";
  const v = report.vendors.find((x) => x.id === id);
  return v ? `${cell(v.name)} (${code(v.id)})` : code(id);
}

function table(header: string[], rows: string[][], max: number): string[] {
  const out = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (const r of rows.slice(0, max)) out.push(`| ${r.join(" | ")} |`);
  if (rows.length > max) out.push("", `… ${rows.length - max} more (the JSON and SARIF reports list all).`);
  return out;
}

/**
 * One row per identity. The message is shown when every place has the same one;
 * a per-place message ("used here (3 places in this file)") would describe only
 * the first, so the row says what to do instead.
 */
function findingRows(report: ScanReport, groups: FindingGroup[]): string[][] {
  const low = lowConfidenceVendors(report);
  return groups.map((g) => {
    const f = g.first;
    const same = g.findings.every((x) => x.message === f.message);
    const text = same ? f.message : fixFor(f, report).text;
    return [
      `${ICON[f.severity] ?? ""} ${f.severity}${g.blocking ? " · **blocking**" : ""}`,
      code(f.rule),
      f.vendor || !f.tool ? vendorName(report, f.vendor) : `tool ${code(f.tool)}`,
      String(g.findings.length),
      groupWhere(g),
      cell(f.vendor && low.has(f.vendor) ? `${text} (${LOW_CONFIDENCE})` : text),
    ];
  });
}

/** The verdict line: what blocks, first. */
export function verdict(report: ScanReport, options: MarkdownOptions = {}): string {
  const groups = groupFindings(report.findings.filter(open));
  const blocking = groups.filter((g) => g.blocking);
  const pr = options.comparison !== undefined;
  if (blocking.length === 0) {
    if (groups.length === 0) return "✅ **shadow-ai: no findings.**";
    return pr
      ? `✅ **shadow-ai: nothing this change introduces blocks the merge** (${countPhrase(groups)} reported below).`
      : `✅ **shadow-ai: nothing blocks** (${countPhrase(groups)} reported below).`;
  }
  const phrase = blockingPhrase(blocking, pr);
  const what = phrase.what;
  const detail = phrase.detail ? `: ${mdProse(phrase.detail)}` : "";
  return options.block === false
    ? `⚠️ **shadow-ai: ${what}** — reporting only (\`block: false\`)${detail}.`
    : detail
      ? `❌ **shadow-ai: ${what}**${detail}.`
      : `❌ **shadow-ai: ${what}.**`;
}

function vendorRows(report: ScanReport, c: Comparison | undefined): string[][] {
  return report.vendors.map((v: VendorUsage) => {
    const first = byStrength(v.evidence)[0];
    const more = v.evidence.length > 1 ? ` (+${v.evidence.length - 1} more)` : "";
    const flags = [c?.newVendors.includes(v.id) ? "🆕 new" : "", v.direct ? "" : "transitive only", v.confidence === "low" ? LOW_CONFIDENCE : ""].filter(Boolean).join(", ");
    return [`${cell(v.name)} (${code(v.id)})`, v.status, flags || "—", first ? `${where(first)} ${first.kind} ${code(matchOf(first))}${more}` : "—"];
  });
}

function toolRows(tools: ToolUsage[]): string[][] {
  return tools.map((t) => {
    const first = t.evidence[0]!;
    const seen = first.kind === "commit" ? `${first.commits} commit${first.commits === 1 ? "" : "s"} (last ${first.last})` : where(first);
    const more = t.evidence.length > 1 ? ` (+${t.evidence.length - 1} more)` : "";
    const mcp = (t.mcpServers ?? []).map((s) => `${code(s.name)} (${s.transport})`).join(", ");
    return [`${cell(t.name)} (${code(t.id)})`, t.vendor ? code(t.vendor) : "its user's model provider", t.status, `${seen}${more}`, mcp || "—"];
  });
}

/**
 * The job summary and PR comment: verdict first, then what the change
 * introduces, the vendors, what was already on the base, inventory changes and
 * how to fix each finding. A pure function of the report (and comparison).
 */
export function toMarkdown(report: ScanReport, options: MarkdownOptions = {}): string {
  const c = options.comparison;
  const max = options.maxRows ?? 50;
  const out: string[] = [`## shadow-ai`, "", verdict(report, options), ""];
  const findings = report.findings.filter(open);
  const introduced = c ? findings.filter((f) => f.introduced !== false) : findings;
  const onBase = c ? findings.filter((f) => f.introduced === false) : [];

  if (c) {
    const changed = c.changed.length;
    out.push(
      `Compared \`${c.head.slice(0, 7)}\` with \`${c.base.slice(0, 7)}\` (${c.event}, ${plural(changed, "changed file")}${c.truncated ? ", list truncated by the API" : ""}).` +
        (c.newVendors.length ? ` New AI vendors: ${c.newVendors.map(code).join(", ")}.` : "") +
        (c.removedVendors.length ? ` No longer used: ${c.removedVendors.map(code).join(", ")}.` : ""),
      "",
    );
    out.push(...resolvedLines(c));
  }

  const groups = groupFindings(introduced);
  out.push(`### ${c ? "Introduced by this change" : "Findings"} (${groups.length})`, "");
  if (introduced.length === 0) out.push(c ? "Nothing new." : "None.", "");
  else {
    if (groups.length > 1) out.push(mdProse(`${ruleSummary(groups).join(" · ")}.`), "");
    out.push(...table(FINDING_HEADER, findingRows(report, groups), max), "");
  }

  // How to fix: one line per identity (the fix is the same at every place), then
  // every ready-to-paste inventory entry in one block.
  const fixes = groups.slice(0, max).map((g) => {
    const f = g.first;
    const who = f.vendor ? ` — ${vendorName(report, f.vendor)}` : f.tool ? ` — ${code(f.tool)}` : "";
    return `- **${cell(f.rule)}**${who} at ${where(f)}${g.findings.length > 1 ? ` and ${g.findings.length - 1} more` : ""}: ${mdProse(fixFor(f, report).text)}`;
  });
  if (groups.length > max) fixes.push(`- … ${groups.length - max} more (the JSON report lists all).`);
  const entries = mergedEntries(groups.map((g) => g.first), report);
  if (entries) fixes.push("", `Ready to paste into ${code(report.inventory.path ?? DEFAULT_INVENTORY)} (under its \`vendors:\` or \`tools:\` key; fill in the TODOs):`, "", ...mdFence(entries.split("\n"), "yaml"));
  if (fixes.length > 0) out.push("### How to fix", "", ...fixes, "");

  // A partial report (the changed files only) lists the vendors of those files, not the repository's.
  const partial = report.target.partial === true;
  out.push(`### AI vendors${partial ? " in the scanned files" : ""} (${report.vendors.length})`, "");
  if (report.vendors.length === 0) out.push(partial ? "None in the scanned files." : "No AI vendors found.", "");
  else out.push(...table(["vendor", "status", "", "strongest evidence"], vendorRows(report, c), max), "");

  if (report.tools?.length) {
    out.push(`### AI coding tools (${report.tools.length})`, "");
    out.push(...table(["tool", "sends code to", "status", "seen in", "MCP servers"], toolRows(report.tools), max), "");
  }

  if (c) {
    const baseGroups = groupFindings(onBase);
    out.push(`### Already on the base branch (${baseGroups.length})`, "");
    if (onBase.length === 0) out.push("Nothing.", "");
    else {
      out.push("<details><summary>Findings this change did not introduce (they do not block it)</summary>", "");
      out.push(...table(FINDING_HEADER, findingRows(report, baseGroups), max), "", "</details>", "");
    }
  }

  if (c?.inventory) {
    const inv = c.inventory;
    out.push(`### Inventory changes (${code(inv.path)}, ${inv.status})`, "");
    if (inv.summary?.length) out.push(...inv.summary.map((s) => `- ${mdProse(s)}`), "");
    if (inv.patch) {
      const lines = inv.patch.split("\n");
      const shown = lines.slice(0, 200);
      out.push(...mdFence(shown, "diff"));
      if (lines.length > shown.length) out.push(`… ${lines.length - shown.length} more lines of diff.`);
      out.push("");
    }
  }

  const suppressed = report.findings.length - findings.length;
  const notes = (c?.notes ?? []).map((n) => mdProse(n));
  if (suppressed > 0) notes.push(`${plural(suppressed, "finding")} suppressed (listed in the JSON report with the reason).`);
  if (report.diagnostics.length > 0) notes.push(`${plural(report.diagnostics.length, "file")} could not be fully read (diagnostics in the JSON report).`);
  const s = report.stats;
  notes.push(`Scanned ${plural(s.files, "file")} in ${(s.durationMs / 1000).toFixed(2)} s; inventory: ${report.inventory.path ? code(report.inventory.path) : "none found"}; shadow-ai ${cell(report.tool.version)}.`);
  out.push("<sub>", "", ...notes.map((n) => `- ${n}`), "", "</sub>", "");
  return truncate(out.join("\n"), options.maxBytes ?? SUMMARY_MAX_BYTES, options.fullReportHint);
}

/** Cuts Markdown at a line boundary to fit `maxBytes`, closing an open code fence and <details>, and says so. */
export function truncate(md: string, maxBytes: number, hint = "the JSON and SARIF reports"): string {
  if (Buffer.byteLength(md, "utf8") <= maxBytes) return md;
  const note = `\n\n---\n**Truncated**: this report is longer than GitHub allows here; the full list is in ${hint}.\n`;
  const closers = `\n${"`".repeat(16)}\n</details>\n`;
  const budget = maxBytes - Buffer.byteLength(note + closers, "utf8");
  let cut = Buffer.from(md, "utf8").subarray(0, Math.max(0, budget)).toString("utf8");
  if (cut.endsWith("\uFFFD")) cut = cut.slice(0, -1);
  const nl = cut.lastIndexOf("\n");
  if (nl > 0) cut = cut.slice(0, nl);
  // A fence is closed only by a run of backticks at least as long as the one that opened it.
  let fence: string | undefined;
  for (const m of cut.matchAll(/^ {0,3}(`{3,})/gm)) {
    if (fence === undefined) fence = m[1];
    else if (m[1]!.length >= fence.length) fence = undefined;
  }
  let tail = fence !== undefined ? `\n${fence}` : "";
  const opened = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  if (opened > 0) tail += "\n</details>";
  return `${cut}${tail}${note}`;
}

/**
 * What the change resolves (comparison.resolved): one line, a problem per rule
 * and vendor or tool (with how many identities, when a rule has several for one
 * vendor: models, regions). Nothing when nothing was resolved.
 */
export function resolvedLines(c: Comparison): string[] {
  const groups = new Map<string, { rule: string; who?: string; n: number }>();
  for (const r of c.resolved ?? []) {
    const who = r.vendor ?? r.tool;
    const key = `${r.rule}\u0000${who ?? ""}`;
    const g = groups.get(key) ?? groups.set(key, { rule: r.rule, ...(who ? { who } : {}), n: 0 }).get(key)!;
    g.n++;
  }
  if (groups.size === 0) return [];
  const MAX = 20;
  const items = [...groups.values()].slice(0, MAX).map((g) => `${mdCode(g.rule)}${g.who ? ` ${mdCode(g.who)}` : ""}${g.n > 1 ? ` (×${g.n})` : ""}`);
  const more = groups.size > MAX ? ` and ${groups.size - MAX} more` : "";
  return [`Resolved by this change: ${items.join(", ")}${more}.`, ""];
}
