import type { Evidence, ScanReport, ToolEvidence, ToolUsage } from "../types.js";
import { LOW_CONFIDENCE, lowConfidenceVendors } from "./confidence.js";
import { logLine, oneLine } from "./escape.js";
import { DEFAULT_INVENTORY, mergedEntries } from "./fixes.js";
import { countPhrase, firstPlaces, groupFindings, ruleSummary, type FindingGroup } from "./groups.js";
import { byStrength, matchOf } from "./strength.js";

// Every value from the scanned tree (paths, package names, hosts, snippets,
// inventory values, messages that embed them) goes through `oneLine`, and every
// line through `logLine`: the action prints this report to the job log, where a
// line starting with `::` would be run as a workflow command.

export interface TextOptions {
  /** Evidence lines per vendor before "+N more" (0 = all). */
  maxEvidence?: number;
  /** Places listed per finding before "+N more". */
  maxPlaces?: number;
}

const o = (s: string | undefined) => oneLine(s ?? "");

function where(e: Evidence): string {
  return `${o(e.file)}:${e.line}:${e.column}`;
}

function what(e: Evidence): string {
  const via = e.via ? ` (${o(e.via)} SDK aimed at this vendor)` : "";
  const trans = e.transitive ? " (transitive)" : "";
  return `${o(matchOf(e))}${trans}${via}`;
}

function toolPlace(e: ToolEvidence): string {
  if (e.kind === "commit") return `${e.commits} commit${e.commits === 1 ? "" : "s"}, last ${o(e.last)}`;
  const at = `${o(e.file)}${e.line ? `:${e.line}` : ""}`;
  return e.action || e.package ? `${at}  ${o(e.action ?? e.package)}` : at;
}

/** AI coding tools: who receives the code, the status, and where each shows (MCP servers last). */
function toolLines(tools: ToolUsage[], max: number): string[] {
  const out = [`AI coding tools (${tools.length}) — the engineers' tools, kept apart from the vendors above`];
  for (const t of tools) {
    const to = t.vendor ? `sends code to ${o(t.vendor)}` : "bring your own model";
    out.push(`  ${o(t.name)} [${o(t.id)}] — ${t.status} · ${to}`);
    const shown = max > 0 ? t.evidence.slice(0, max) : t.evidence;
    for (const e of shown) out.push(`      ${e.kind.padEnd(10)} ${toolPlace(e)}`);
    if (shown.length < t.evidence.length) out.push(`      … ${t.evidence.length - shown.length} more (--format json lists all)`);
    for (const s of t.mcpServers ?? []) out.push(`      ${"mcp".padEnd(10)} ${o(s.name)} (${s.transport}) ${o(s.command ?? s.url)}  ${o(s.file)}:${s.line}`);
  }
  return out;
}

/** Who a finding is about: the vendor's name and id, or the tool. */
function subject(report: ScanReport, g: FindingGroup): string {
  const f = g.first;
  if (f.vendor) {
    const v = report.vendors.find((x) => x.id === f.vendor);
    return v ? `${o(v.name)} [${o(v.id)}]` : `[${o(f.vendor)}]`;
  }
  return f.tool ? `tool [${o(f.tool)}]` : "";
}

/**
 * One line per identity: the places (first few, "+N more"), and the message
 * when every place has the same one (a per-place message such as "used here
 * (3 places in this file)" would describe only the first).
 */
function findingLine(report: ScanReport, g: FindingGroup, low: Set<string>, maxPlaces: number): string {
  const f = g.first;
  const weak = f.vendor && low.has(f.vendor) ? ` (${LOW_CONFIDENCE})` : "";
  const tail = `${weak}${g.blocking ? "" : " (not blocking)"}`;
  const head = `  ${f.severity.padEnd(7)} ${o(f.rule).padEnd(20)} `;
  if (g.findings.length === 1) return `${head}${f.file ? `${o(f.file)}${f.line ? `:${f.line}` : ""}  ` : ""}${o(f.message)}${tail}`;
  const { shown, more } = firstPlaces(g, maxPlaces);
  const at = shown.map(o).join(", ") + (more > 0 ? `, +${more} more` : "");
  const same = g.findings.every((x) => x.message === f.message);
  return `${head}${subject(report, g)} — ${g.findings.length} uses${at ? `: ${at}` : ""}${same ? `  ${o(f.message)}` : ""}${tail}`;
}

function formatBytes(n: number): string {
  return n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A terminal view of the report: vendors with their evidence (strongest first), then one line per finding identity. */
export function toText(report: ScanReport, options: TextOptions = {}): string {
  const max = options.maxEvidence ?? 8;
  const lines: string[] = [];
  const s = report.stats;
  lines.push(
    `shadow-ai ${o(report.tool.version)}: ${o(report.target.root)} — ${s.files} files (${formatBytes(s.bytes)}) in ${(s.durationMs / 1000).toFixed(2)} s, ${s.skipped} skipped`,
  );
  lines.push(report.inventory.path ? `inventory: ${o(report.inventory.path)}` : "inventory: none found (every vendor is listed as undeclared; `shadow-ai init` writes one)");
  lines.push("");

  const partial = report.target.partial === true;
  if (report.vendors.length === 0) {
    lines.push(partial ? "No AI vendors in the scanned files (a partial scan: only the files listed)." : "No AI vendors found.");
  } else {
    lines.push(`AI vendors${partial ? " in the scanned files" : ""} (${report.vendors.length})${partial ? " — a partial scan: only the files listed" : ""}`);
    for (const v of report.vendors) {
      const facts = [v.status, v.direct ? undefined : "transitive only", v.confidence === "low" ? LOW_CONFIDENCE : undefined];
      if (v.regions.length) facts.push(`regions: ${v.regions.map(o).join(", ")}`);
      if (v.models.length) facts.push(`models: ${v.models.map(o).join(", ")}`);
      if (v.frameworks.length) facts.push(`via ${v.frameworks.map(o).join(", ")}`);
      lines.push(`  ${o(v.name)} [${o(v.id)}] — ${facts.filter(Boolean).join(" · ")}`);
      const ordered = byStrength(v.evidence);
      const shown = max > 0 ? ordered.slice(0, max) : ordered;
      const width = Math.max(...shown.map((e) => where(e).length));
      for (const e of shown) lines.push(`      ${e.kind.padEnd(10)} ${where(e).padEnd(width)}  ${what(e)}`);
      if (shown.length < v.evidence.length) lines.push(`      … ${v.evidence.length - shown.length} more (--format json lists all)`);
    }
  }
  if (report.frameworks.length > 0) {
    lines.push("", `Frameworks (${report.frameworks.length})`);
    for (const f of report.frameworks) {
      const to = f.vendors.length ? ` → ${f.vendors.map(o).join(", ")}` : "";
      const first = f.evidence[0] ? `, first ${where(f.evidence[0])}` : "";
      lines.push(`  ${o(f.name)} [${o(f.id)}]${to} — ${f.evidence.length} place${f.evidence.length === 1 ? "" : "s"}${first}`);
    }
  }
  if (report.tools?.length) lines.push("", ...toolLines(report.tools, max));
  const open = report.findings.filter((f) => !f.suppressed);
  const suppressed = report.findings.length - open.length;
  const hidden = suppressed > 0 ? ` (${suppressed} suppressed: --format json lists them with the reason)` : "";
  // What a baseline or exception accepts stays visible, one line per identity: debt, not silence.
  const accepted = groupFindings(report.findings.filter((f) => f.suppressed)).map(
    (g) => `  accepted  ${o(g.first.rule)} ${o(g.first.vendor ?? g.first.tool ?? "")} — ${g.findings.length} place${g.findings.length === 1 ? "" : "s"}, by ${o(g.first.suppressed!.by)}: ${o(g.first.suppressed!.reason)}`,
  );
  lines.push("");
  if (open.length === 0) {
    lines.push(`Findings: none.${hidden}`, ...(max > 0 ? accepted.slice(0, max) : accepted));
  } else {
    const groups = groupFindings(open);
    const blocking = groups.filter((g) => g.blocking);
    lines.push(`Findings: ${countPhrase(groups)}, ${blocking.length} blocking — ${ruleSummary(groups).join(" · ")}${hidden}`);
    const low = lowConfidenceVendors(report);
    for (const g of groups) lines.push(findingLine(report, g, low, options.maxPlaces ?? 3));
    const entries = mergedEntries(groups.map((g) => g.first), report);
    if (entries) {
      lines.push("", `To declare them: add these entries to ${o(report.inventory.path ?? DEFAULT_INVENTORY)} (under its vendors: or tools: key) and fill in the TODOs:`);
      lines.push(...entries.split("\n").map((l) => `  ${o(l)}`));
    }
    if (accepted.length) lines.push("", "Accepted for now:", ...(max > 0 ? accepted.slice(0, max) : accepted));
  }
  if (report.diagnostics.length > 0) {
    lines.push("", `Diagnostics (${report.diagnostics.length})`);
    for (const d of report.diagnostics.slice(0, 20)) lines.push(`  ${o(d.file)}: ${o(d.message)}`);
    if (report.diagnostics.length > 20) lines.push(`  … ${report.diagnostics.length - 20} more (--format json lists all)`);
  }
  return `${lines.map(logLine).join("\n")}\n`;
}
