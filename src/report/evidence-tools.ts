import type { ScanReport } from "../types.js";
import { byString } from "../org/merge.js";

// The AI coding tools and agents each repository shows (a report's `tools`),
// and the MCP servers they are configured with, as plain rows for both packs
// (Markdown and HTML escape on the way out). Read defensively: a report comes
// from JSON, possibly from an older or newer version.

export interface ToolRow {
  repository: string;
  id: string;
  name: string;
  status: string;
  /** The catalog vendor that receives the code; undefined for bring-your-own-model tools. */
  vendor?: string;
  /** Where it shows, one entry per piece of evidence: `CLAUDE.md`, `.github/workflows/ci.yml:12 (anthropics/claude-code-action)`, `commits: 14, last 2026-09-01`. */
  evidence: string[];
  /** `name — url (file)` or `name — command (file)`. */
  mcpServers: string[];
}

type Obj = Record<string, unknown>;
const str = (x: unknown): string | undefined => (typeof x === "string" && x !== "" ? x : undefined);

function evidenceText(e: Obj): string {
  const file = str(e.file);
  const at = file ? `${file}${typeof e.line === "number" ? `:${e.line}` : ""}` : undefined;
  const what = str(e.action) ?? str(e.package);
  if (e.kind === "commit") return `commits: ${typeof e.commits === "number" ? e.commits : "?"}${str(e.last) ? `, last ${str(e.last)}` : ""}`;
  return [at ?? str(e.kind) ?? "evidence", what ? `(${what})` : ""].filter(Boolean).join(" ");
}

function serverText(s: unknown): string {
  if (typeof s === "string") return s;
  if (!s || typeof s !== "object") return String(s);
  const o = s as Obj;
  const name = str(o.name) ?? str(o.id) ?? "server";
  const target = [str(o.url), str(o.command), str(o.package)].filter((x): x is string => !!x);
  const transport = str(o.transport);
  const where = str(o.file) ? ` (${str(o.file)}${typeof o.line === "number" ? `:${o.line}` : ""})` : "";
  return `${name}${transport ? ` [${transport}]` : ""}${target.length ? ` — ${target.join(" ")}` : ""}${where}`;
}

/** A report's tools, or undefined when it has no such section (reports from before tools existed). */
export function toolsOf(report: ScanReport): unknown[] | undefined {
  const t = (report as { tools?: unknown }).tools;
  return Array.isArray(t) ? t : undefined;
}

/**
 * One row per repository and tool, repositories in the order given, tools by
 * id; `reported` is false when no repository's report has a tools section.
 */
export function toolRows(repos: { name: string; report: ScanReport }[]): { reported: boolean; rows: ToolRow[] } {
  const rows: ToolRow[] = [];
  let reported = false;
  for (const r of repos) {
    const tools = toolsOf(r.report);
    if (!tools) continue;
    reported = true;
    const entries = tools.filter((t): t is Obj => !!t && typeof t === "object" && typeof (t as Obj).id === "string");
    for (const t of entries.sort((a, b) => byString(a.id as string, b.id as string))) {
      const vendor = str(t.vendor);
      rows.push({
        repository: r.name,
        id: t.id as string,
        name: str(t.name) ?? (t.id as string),
        status: str(t.status) ?? "unknown",
        ...(vendor ? { vendor } : {}),
        evidence: (Array.isArray(t.evidence) ? t.evidence : []).filter((e): e is Obj => !!e && typeof e === "object").map(evidenceText),
        mcpServers: (Array.isArray(t.mcpServers) ? t.mcpServers : []).map(serverText),
      });
    }
  }
  return { reported, rows };
}
