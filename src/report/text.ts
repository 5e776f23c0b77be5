import type { Evidence, ScanReport, ToolEvidence, ToolUsage } from "../types.js";
import { LOW_CONFIDENCE, lowConfidenceVendors } from "./confidence.js";

export interface TextOptions {
  /** Evidence lines per vendor before "+N more" (0 = all). */
  maxEvidence?: number;
}

function where(e: Evidence): string {
  return `${e.file}:${e.line}:${e.column}`;
}

function what(e: Evidence): string {
  const name = e.package ?? e.host ?? e.env ?? e.secretRule ?? "";
  const via = e.via ? ` (${e.via} SDK aimed at this vendor)` : "";
  const trans = e.transitive ? " (transitive)" : "";
  return `${name}${trans}${via}`;
}

function toolPlace(e: ToolEvidence): string {
  if (e.kind === "commit") return `${e.commits} commit${e.commits === 1 ? "" : "s"}, last ${e.last}`;
  const at = `${e.file}${e.line ? `:${e.line}` : ""}`;
  return e.action || e.package ? `${at}  ${e.action ?? e.package}` : at;
}

/** AI coding tools: who receives the code, the status, and where each shows (MCP servers last). */
function toolLines(tools: ToolUsage[], max: number): string[] {
  const out = [`AI coding tools (${tools.length}) — the engineers' tools, kept apart from the vendors above`];
  for (const t of tools) {
    const to = t.vendor ? `sends code to ${t.vendor}` : "bring your own model";
    out.push(`  ${t.name} [${t.id}] — ${t.status} · ${to}`);
    const shown = max > 0 ? t.evidence.slice(0, max) : t.evidence;
    for (const e of shown) out.push(`      ${e.kind.padEnd(10)} ${toolPlace(e)}`);
    if (shown.length < t.evidence.length) out.push(`      … ${t.evidence.length - shown.length} more (--format json lists all)`);
    for (const s of t.mcpServers ?? []) out.push(`      ${"mcp".padEnd(10)} ${s.name} (${s.transport}) ${s.command ?? s.url ?? ""}  ${s.file}:${s.line}`);
  }
  return out;
}

function formatBytes(n: number): string {
  return n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A terminal view of the report: vendors with their evidence as file:line, then findings. */
export function toText(report: ScanReport, options: TextOptions = {}): string {
  const max = options.maxEvidence ?? 8;
  const lines: string[] = [];
  const s = report.stats;
  lines.push(
    `shadow-ai ${report.tool.version}: ${report.target.root} — ${s.files} files (${formatBytes(s.bytes)}) in ${(s.durationMs / 1000).toFixed(2)} s, ${s.skipped} skipped`,
  );
  lines.push(report.inventory.path ? `inventory: ${report.inventory.path}` : "inventory: none found (every vendor is listed as undeclared; `shadow-ai init` writes one)");
  lines.push("");

  const partial = report.target.partial === true;
  if (report.vendors.length === 0) {
    lines.push(partial ? "No AI vendors in the scanned files (a partial scan: only the files listed)." : "No AI vendors found.");
  } else {
    lines.push(`AI vendors${partial ? " in the scanned files" : ""} (${report.vendors.length})${partial ? " — a partial scan: only the files listed" : ""}`);
    for (const v of report.vendors) {
      const facts = [v.status, v.direct ? undefined : "transitive only", v.confidence === "low" ? LOW_CONFIDENCE : undefined];
      if (v.regions.length) facts.push(`regions: ${v.regions.join(", ")}`);
      if (v.models.length) facts.push(`models: ${v.models.join(", ")}`);
      if (v.frameworks.length) facts.push(`via ${v.frameworks.join(", ")}`);
      lines.push(`  ${v.name} [${v.id}] — ${facts.filter(Boolean).join(" · ")}`);
      const shown = max > 0 ? v.evidence.slice(0, max) : v.evidence;
      const width = Math.max(...shown.map((e) => where(e).length));
      for (const e of shown) lines.push(`      ${e.kind.padEnd(10)} ${where(e).padEnd(width)}  ${what(e)}`);
      if (shown.length < v.evidence.length) lines.push(`      … ${v.evidence.length - shown.length} more (--format json lists all)`);
    }
  }
  if (report.frameworks.length > 0) {
    lines.push("", `Frameworks (${report.frameworks.length})`);
    for (const f of report.frameworks) {
      const to = f.vendors.length ? ` → ${f.vendors.join(", ")}` : "";
      lines.push(`  ${f.name} [${f.id}]${to} — ${f.evidence.length} place${f.evidence.length === 1 ? "" : "s"}, first ${where(f.evidence[0]!)}`);
    }
  }
  if (report.tools?.length) lines.push("", ...toolLines(report.tools, max));
  const open = report.findings.filter((f) => !f.suppressed);
  const suppressed = report.findings.length - open.length;
  const hidden = suppressed > 0 ? ` (${suppressed} suppressed: --format json lists them with the reason)` : "";
  lines.push("");
  if (open.length === 0) {
    lines.push(`Findings: none.${hidden}`);
  } else {
    lines.push(`Findings (${open.length}, ${open.filter((f) => f.blocking).length} blocking)${hidden}`);
    const low = lowConfidenceVendors(report);
    for (const f of open) {
      const loc = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}  ` : "";
      const weak = f.vendor && low.has(f.vendor) ? ` (${LOW_CONFIDENCE})` : "";
      lines.push(`  ${f.severity.padEnd(7)} ${f.rule.padEnd(20)} ${loc}${f.message}${weak}${f.blocking ? "" : " (not blocking)"}`);
    }
  }
  if (report.diagnostics.length > 0) {
    lines.push("", `Diagnostics (${report.diagnostics.length})`);
    for (const d of report.diagnostics.slice(0, 20)) lines.push(`  ${d.file}: ${d.message}`);
    if (report.diagnostics.length > 20) lines.push(`  … ${report.diagnostics.length - 20} more (--format json lists all)`);
  }
  return `${lines.join("\n")}\n`;
}
