import type { Catalog } from "../catalog/compile.js";
import type { Mention } from "../detect/analyze.js";
import { evaluate, type Baseline } from "../evaluate/rules.js";
import type { SuppressionMarker } from "../evaluate/suppress.js";
import type { Inventory } from "../inventory/types.js";
import { packageVersion } from "../package-root.js";
import type { McpHit, ToolHit } from "../detect/tools/index.js";
import { resolve } from "../resolve/resolve.js";
import { resolveTools } from "../resolve/tools.js";
import type { FileOutcome } from "./files.js";
import type { Diagnostic, Evidence, ScanReport } from "../types.js";

export interface AssembleInput {
  /** One per file, in file order: the report is the same however the work was split. */
  outcomes: FileOutcome[];
  catalog: Catalog;
  /** Skips and diagnostics from discovery (added to). */
  skipped: Record<string, number>;
  diagnostics: Diagnostic[];
  inventory?: Inventory;
  inventoryPath: string | null;
  baseline?: Baseline;
  now: Date;
  target: { root: string; commit: string | null };
  started: number;
  /** Only some of the repository's files were scanned (rules needing all of it do not run). */
  partial?: boolean;
  /** Paths discovery noticed as AI tools' configuration (DiscoverOptions.notice). */
  toolPaths?: string[];
  /** Commit evidence of tools from the git history (scan --history). */
  toolHistory?: ToolHit[];
}

/**
 * Per-file outcomes → one ScanReport: resolve, evaluate, sort. The single place
 * a report is assembled, for a checkout (scan) and a tarball (org) alike.
 */
export function assembleReport(input: AssembleInput): ScanReport {
  const { catalog, skipped, diagnostics, inventory } = input;
  const markers: SuppressionMarker[] = [];
  const evidence: Evidence[] = [];
  const mentions: Mention[] = [];
  const toolHits: ToolHit[] = [...(input.toolHistory ?? [])];
  const mcp: McpHit[] = [];
  let scanned = 0;
  let bytes = 0;
  for (const o of input.outcomes) {
    bytes += o.bytes;
    if (o.skip) skipped[o.skip] = (skipped[o.skip] ?? 0) + 1;
    if (o.diagnostic) diagnostics.push(o.diagnostic);
    if (o.markers) markers.push(...o.markers);
    const r = o.result;
    if (!r) continue;
    if (r.tools) toolHits.push(...r.tools);
    if (r.mcp) mcp.push(...r.mcp);
    if (r.skipped) {
      skipped[r.skipped] = (skipped[r.skipped] ?? 0) + 1;
      continue;
    }
    scanned++;
    evidence.push(...r.evidence);
    mentions.push(...r.mentions);
    diagnostics.push(...r.diagnostics);
  }

  const { vendors, frameworks } = resolve(evidence, mentions, catalog);
  const tools = resolveTools({ paths: input.toolPaths ?? [], hits: toolHits, mcp }, catalog);
  const evaluation = evaluate({
    vendors,
    tools,
    knownTools: catalog.tools.specs.keys(),
    inventory,
    now: input.now,
    mentions,
    markers: markers.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    baseline: input.baseline,
    knownVendors: catalog.vendors.keys(),
    partial: input.partial,
  });
  // A key's hash served the findings' identities; no output carries it.
  for (const list of [evaluation.vendors, frameworks]) for (const u of list) for (const e of u.evidence) delete e.keyHash;
  for (const w of inventory?.warnings ?? []) diagnostics.push({ file: inventory!.path, message: w });

  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.message.localeCompare(b.message));
  const sortedSkips = Object.fromEntries(Object.entries(skipped).sort(([a], [b]) => a.localeCompare(b)));
  return {
    schemaVersion: 1,
    tool: { name: "shadow-ai", version: packageVersion(), catalogVersion: catalog.version },
    target: input.partial ? { ...input.target, partial: true } : input.target,
    inventory: {
      path: input.inventoryPath,
      ...(inventory ? { vendors: Object.fromEntries(inventory.vendors) } : {}),
      ...(inventory?.policy["review-interval"] ? { reviewInterval: inventory.policy["review-interval"] } : {}),
      ...(inventory?.classifiedPaths ? { classifiedPaths: inventory.classifiedPaths } : {}),
    },
    stats: {
      files: scanned,
      bytes,
      skipped: Object.values(skipped).reduce((a, b) => a + b, 0),
      durationMs: Math.round(performance.now() - input.started),
      skippedBy: sortedSkips,
    },
    vendors: evaluation.vendors,
    frameworks,
    tools: evaluation.tools,
    findings: evaluation.findings,
    diagnostics,
  };
}
