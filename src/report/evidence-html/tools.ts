import type { ScanReport } from "../../types.js";
import { toolRows } from "../evidence-tools.js";
import { esc } from "./esc.js";
import { badge } from "./vendor-page.js";

// AI coding tools and agents, and the MCP servers they are configured with,
// per repository, where the reports have them (`tools`).

const MAX_EVIDENCE = 4;

/** The tools section; `page` false when it is one line that shares the provenance sheet. */
export function toolsSection(repos: { name: string; report: ScanReport }[], single: boolean): { html: string; page: boolean } | undefined {
  const { reported, rows } = toolRows(repos);
  if (!reported) return undefined;
  // None found is one line, not a sheet of its own: it shares the provenance page.
  if (rows.length === 0) {
    return { html: `<section id="tools"><h2>AI tools and MCP servers</h2><p>None found: no AI coding tool configuration, workflow or commit trailer.</p></section>`, page: false };
  }
  const body = rows.map((t) => {
    const shown = t.evidence.slice(0, MAX_EVIDENCE).map((e) => `<code>${esc(e)}</code>`).join("<br>");
    const more = t.evidence.length > MAX_EVIDENCE ? `<br><span class="muted">+${t.evidence.length - MAX_EVIDENCE} more</span>` : "";
    return (
      `<tr>${single ? "" : `<td><code>${esc(t.repository)}</code></td>`}<td>${esc(t.name)} <code>${esc(t.id)}</code></td>` +
      `<td>${badge(t.status)}</td><td>${t.vendor ? `<code>${esc(t.vendor)}</code>` : `<span class="muted">user's choice</span>`}</td>` +
      `<td>${shown || "—"}${more}</td>` +
      `<td>${t.mcpServers.length ? t.mcpServers.map((s) => `<div>${esc(s)}</div>`).join("") : "—"}</td></tr>`
    );
  });
  const table = `<table class="tools"><thead><tr>${single ? "" : "<th>repository</th>"}<th>tool</th><th>status</th><th>code goes to</th><th>seen in</th><th>MCP servers</th></tr></thead><tbody>${body.join("")}</tbody></table>`;
  return { html: `<section class="page" id="tools"><h2>AI tools and MCP servers</h2>${table}</section>`, page: true };
}
