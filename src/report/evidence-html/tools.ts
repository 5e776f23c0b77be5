import type { Evidence, ScanReport } from "../../types.js";
import { escapeHtml } from "./escape.js";
import { byString } from "./model.js";
import { badge } from "./vendor-page.js";

// AI coding tools and agents, and the MCP servers they are configured with,
// where the report has them (`tools`, added by the audit-tools work). Read
// defensively: the section renders whatever shape of server entry it gets.

export interface ToolUsage {
  id: string;
  name: string;
  vendor?: string;
  status: string;
  evidence: Evidence[];
  mcpServers?: unknown[];
}

/** The report's tools, or undefined when the report has no such section. */
export function toolsOf(report: ScanReport): ToolUsage[] | undefined {
  const t = (report as { tools?: unknown }).tools;
  return Array.isArray(t) ? (t as ToolUsage[]) : undefined;
}

function serverText(s: unknown): string {
  if (typeof s === "string") return s;
  if (!s || typeof s !== "object") return String(s);
  const o = s as Record<string, unknown>;
  const name = [o.name, o.id].find((x) => typeof x === "string") as string | undefined;
  const target = [o.url, o.command, o.package, o.transport].filter((x) => typeof x === "string") as string[];
  const where = typeof o.file === "string" ? ` (${o.file})` : "";
  return `${name ?? "server"}${target.length ? ` — ${target.join(" ")}` : ""}${where}`;
}

/** The tools section; `page` false when it is one line that shares the provenance sheet. */
export function toolsSection(repos: { name: string; report: ScanReport }[], single: boolean): { html: string; page: boolean } | undefined {
  const rows: string[] = [];
  let any = false;
  for (const r of repos) {
    const tools = toolsOf(r.report);
    if (!tools) continue;
    any = true;
    for (const t of [...tools].sort((a, b) => byString(a.id, b.id))) {
      const files = [...new Set((t.evidence ?? []).map((e) => e.file))].sort(byString);
      const servers = (t.mcpServers ?? []).map(serverText);
      rows.push(
        `<tr>${single ? "" : `<td><code>${escapeHtml(r.name)}</code></td>`}<td>${escapeHtml(t.name ?? t.id)} <code>${escapeHtml(t.id)}</code></td>` +
          `<td>${badge(String(t.status))}</td><td>${t.vendor ? `<code>${escapeHtml(t.vendor)}</code>` : "—"}</td>` +
          `<td>${files.slice(0, 4).map((f) => `<code>${escapeHtml(f)}</code>`).join(", ") || "—"}${files.length > 4 ? ` +${files.length - 4}` : ""}</td>` +
          `<td>${servers.length ? servers.map((s) => `<div>${escapeHtml(s)}</div>`).join("") : "—"}</td></tr>`,
      );
    }
  }
  if (!any) return undefined;
  // None found is one line, not a sheet of its own: it shares the provenance page.
  if (rows.length === 0) {
    return { html: `<section id="tools"><h2>AI tools and MCP servers</h2><p>None found: no AI coding tool configuration, workflow or commit trailer.</p></section>`, page: false };
  }
  const table = `<table><thead><tr>${single ? "" : "<th>repository</th>"}<th>tool</th><th>status</th><th>vendor</th><th>configured in</th><th>MCP servers</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
  return { html: `<section class="page" id="tools"><h2>AI tools and MCP servers</h2>${table}</section>`, page: true };
}
