import type { Catalog } from "../catalog/compile.js";
import type { McpHit, ToolHit } from "../detect/tools/index.js";
import { isTestDataPath } from "../detect/test-code.js";
import type { McpServer, ToolEvidence, ToolUsage } from "../types.js";

// Evidence of AI coding tools → one entry per tool, in id order. The only place
// tool evidence is merged; it never reaches `vendors`.

export interface ToolInputs {
  /** Paths discovery noticed (candidates for committed tool configuration). */
  paths: string[];
  /** Workflow hits from file detection, and commit evidence from the history. */
  hits: ToolHit[];
  mcp: McpHit[];
}

const KIND_ORDER: ToolEvidence["kind"][] = ["config", "workflow", "commit"];

export function resolveTools(input: ToolInputs, catalog: Catalog): ToolUsage[] {
  const evidence = new Map<string, ToolEvidence[]>();
  const add = (tool: string, e: ToolEvidence) => (evidence.get(tool) ?? evidence.set(tool, []).get(tool)!).push(e);
  for (const path of input.paths) {
    // Fixtures and mocks are other projects' files, as they are for vendors.
    if (isTestDataPath(path)) continue;
    for (const m of catalog.tools.matchPath(path)) add(m.tool, { kind: "config", file: path });
  }
  for (const h of input.hits) add(h.tool, h.evidence);
  const servers = new Map<string, McpServer[]>();
  for (const m of input.mcp) {
    (servers.get(m.tool) ?? servers.set(m.tool, []).get(m.tool)!).push(m.server);
    // An MCP file is the tool's configuration even when discovery did not notice it (a file list, a tarball).
    if (!(evidence.get(m.tool) ?? []).some((e) => e.kind === "config" && e.file === m.server.file)) add(m.tool, { kind: "config", file: m.server.file });
  }
  const out: ToolUsage[] = [];
  for (const id of [...evidence.keys()].sort()) {
    const spec = catalog.tools.specs.get(id);
    if (!spec) continue;
    const list = dedupe(evidence.get(id)!).sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        (a.file ?? "").localeCompare(b.file ?? "") ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0),
    );
    const mcp = servers.get(id)?.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.name.localeCompare(b.name));
    out.push({
      id,
      name: spec.name,
      vendor: spec.vendor ?? null,
      ...(!spec.vendor && spec["bring-your-own-model"] ? { bringYourOwnModel: true as const } : {}),
      status: "undeclared",
      evidence: list,
      ...(mcp?.length ? { mcpServers: mcp } : {}),
    });
  }
  return out;
}

function dedupe(list: ToolEvidence[]): ToolEvidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = JSON.stringify(e);
    return !seen.has(k) && seen.add(k);
  });
}
