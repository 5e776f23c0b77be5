import type { ScanReport, ToolUsage, VendorStatus } from "../types.js";
import type { OrgError, OrgReport, OrgRepository, OrgRollup, RollupTool, RollupVendor } from "./types.js";

// Pure: reports in, one org report out, ordered so the same inputs always give
// byte-identical JSON whatever order shards finished in.

/** Most severe first: what an auditor (and the Markdown matrix) looks at first. */
export const STATUS_RANK: Record<VendorStatus, number> = { prohibited: 0, undeclared: 1, restricted: 2, approved: 3 };

/** Code-point order: the same on every machine, unlike localeCompare. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isOrgReport(value: unknown): value is OrgReport {
  const v = value as Partial<OrgReport> | null;
  return typeof v === "object" && v !== null && v.schemaVersion === 1 && Array.isArray(v.repositories) && Array.isArray(v.errors);
}

export function isScanReport(value: unknown): value is ScanReport {
  const v = value as Partial<ScanReport> | null;
  return typeof v === "object" && v !== null && v.schemaVersion === 1 && Array.isArray(v.vendors) && Array.isArray(v.findings) && !!v.target;
}

const open = (f: { suppressed?: unknown }) => !f.suppressed;

export function rollup(repositories: OrgRepository[], errors: OrgError[]): OrgRollup {
  const vendors = new Map<string, RollupVendor>();
  let withVendors = 0;
  let blocking = 0;
  for (const { name, report } of repositories) {
    if (report.vendors.length > 0) withVendors++;
    if (report.findings.some((f) => open(f) && f.blocking)) blocking++;
    for (const v of report.vendors) {
      let row = vendors.get(v.id);
      if (!row) vendors.set(v.id, (row = { id: v.id, name: v.name, category: v.category, worst: v.status, repositories: [] }));
      if (STATUS_RANK[v.status] < STATUS_RANK[row.worst]) row.worst = v.status;
      const about = report.findings.filter((f) => open(f) && f.vendor === v.id);
      row.repositories.push({
        repository: name,
        status: v.status,
        direct: v.direct,
        evidence: v.evidence.length,
        findings: about.length,
        blocking: about.filter((f) => f.blocking).length,
      });
    }
  }
  const list = [...vendors.values()].sort((a, b) => STATUS_RANK[a.worst] - STATUS_RANK[b.worst] || byString(a.id, b.id));
  for (const v of list) v.repositories.sort((a, b) => byString(a.repository, b.repository));
  return {
    repositories: { total: repositories.length + errors.length, scanned: repositories.length, errors: errors.length, withVendors, blocking },
    vendors: list,
    tools: toolRollup(repositories),
  };
}

const rank = (s: string) => STATUS_RANK[s as VendorStatus] ?? 9;

/** The AI coding tools each repository's report shows, gathered per tool (a report from JSON may lack `tools`). */
function toolRollup(repositories: OrgRepository[]): RollupTool[] {
  const tools = new Map<string, RollupTool>();
  for (const { name, report } of repositories) {
    const list: unknown = (report as { tools?: unknown }).tools;
    if (!Array.isArray(list)) continue;
    for (const t of list as Partial<ToolUsage>[]) {
      if (!t || typeof t.id !== "string") continue;
      const status = (t.status ?? "undeclared") as VendorStatus;
      let row = tools.get(t.id);
      if (!row) tools.set(t.id, (row = { id: t.id, name: t.name ?? t.id, vendor: t.vendor ?? null, worst: status, repositories: [] }));
      if (rank(status) < rank(row.worst)) row.worst = status;
      const about = report.findings.filter((f) => open(f) && f.tool === t.id);
      row.repositories.push({
        repository: name,
        status,
        evidence: Array.isArray(t.evidence) ? t.evidence.length : 0,
        mcpServers: Array.isArray(t.mcpServers) ? t.mcpServers.length : 0,
        findings: about.length,
        blocking: about.filter((f) => f.blocking).length,
      });
    }
  }
  const list = [...tools.values()].sort((a, b) => rank(a.worst) - rank(b.worst) || byString(a.id, b.id));
  for (const t of list) t.repositories.sort((a, b) => byString(a.repository, b.repository));
  return list;
}

export interface OrgReportInput {
  tool: OrgReport["tool"];
  org?: string;
  generatedAt?: string;
  repositories: OrgRepository[];
  errors: OrgError[];
  skipped?: OrgError[];
}

/**
 * Sorts repositories and errors, drops duplicates (the first scanned entry of
 * a name wins; an error for a name that was scanned elsewhere is dropped, as a
 * re-run shard supersedes a failed one) and computes the roll-up.
 */
export function buildOrgReport(input: OrgReportInput): OrgReport {
  const repos = new Map<string, OrgRepository>();
  for (const r of input.repositories) if (!repos.has(r.name)) repos.set(r.name, r);
  const errs = new Map<string, OrgError>();
  for (const e of input.errors) if (!repos.has(e.repository) && !errs.has(e.repository)) errs.set(e.repository, e);
  const repositories = [...repos.values()].sort((a, b) => byString(a.name, b.name));
  const errors = [...errs.values()].sort((a, b) => byString(a.repository, b.repository));
  const skip = new Map<string, OrgError>();
  for (const x of input.skipped ?? []) if (!repos.has(x.repository) && !errs.has(x.repository) && !skip.has(x.repository)) skip.set(x.repository, x);
  const skipped = [...skip.values()].sort((a, b) => byString(a.repository, b.repository));
  return {
    schemaVersion: 1,
    kind: "org",
    tool: input.tool,
    ...(input.org ? { org: input.org } : {}),
    ...(input.generatedAt ? { generatedAt: input.generatedAt } : {}),
    repositories,
    errors,
    ...(skipped.length ? { skipped } : {}),
    rollup: rollup(repositories, errors),
  };
}

export interface MergeSource {
  /** Where the report came from (a file name), for messages and for naming a bare ScanReport. */
  source: string;
  value: unknown;
}

/** A bare ScanReport's repository name: its target root, else the file it came from. */
function nameOf(report: ScanReport, source: string): string {
  const root = report.target.root.replace(/\\/g, "/").replace(/(?<!\/)\/+$/, "");
  if (root && root !== ".") return root;
  return source.replace(/\\/g, "/").replace(/^.*\//, "").replace(/\.json$/i, "");
}

/**
 * Per-repository ScanReports and per-shard org reports → one org report.
 * `tool` is the merging tool; the catalog version is the inputs' (all of them,
 * comma-separated, when shards disagree). generatedAt is the latest input's:
 * merging adds no clock of its own.
 */
export function mergeReports(sources: MergeSource[], tool: { version: string }, expected: string[] = []): OrgReport {
  const repositories: OrgRepository[] = [];
  const errors: OrgError[] = [];
  const skipped: OrgError[] = [];
  const catalogs = new Set<string>();
  const orgs = new Set<string>();
  let generatedAt: string | undefined;
  for (const { source, value } of sources) {
    if (isOrgReport(value)) {
      repositories.push(...value.repositories);
      errors.push(...value.errors);
      skipped.push(...(value.skipped ?? []));
      if (value.org) orgs.add(value.org);
      if (value.generatedAt && (!generatedAt || value.generatedAt > generatedAt)) generatedAt = value.generatedAt;
      if (value.tool?.catalogVersion) catalogs.add(value.tool.catalogVersion);
      for (const r of value.repositories) catalogs.add(r.report.tool.catalogVersion);
    } else if (isScanReport(value)) {
      repositories.push({ name: nameOf(value, source), report: value });
      catalogs.add(value.tool.catalogVersion);
    } else {
      throw new Error(`${source}: not a shadow-ai report (expected a ScanReport or an org report with schemaVersion 1)`);
    }
  }
  // Repositories a shard was given but no report names (the shard crashed or its upload failed).
  const seen = new Set([...repositories.map((r) => r.name), ...errors.map((e) => e.repository)]);
  for (const name of expected) if (!seen.has(name)) errors.push({ repository: name, reason: "no report: the shard that held it did not finish" });
  return buildOrgReport({
    tool: { name: "shadow-ai", version: tool.version, catalogVersion: [...catalogs].sort(byString).join(", ") },
    ...(orgs.size === 1 ? { org: [...orgs][0]! } : {}),
    ...(generatedAt ? { generatedAt } : {}),
    repositories,
    errors,
    skipped,
  });
}

/** Stable key order for the org report's JSON. */
export function orgJson(report: OrgReport, scanJson: (r: ScanReport) => string): string {
  // Reuse the ScanReport writer for each embedded report so evidence keys keep their documented order.
  const view = {
    schemaVersion: report.schemaVersion,
    kind: report.kind,
    tool: { name: report.tool.name, version: report.tool.version, catalogVersion: report.tool.catalogVersion },
    ...(report.org ? { org: report.org } : {}),
    ...(report.generatedAt ? { generatedAt: report.generatedAt } : {}),
    repositories: report.repositories.map((r) => ({
      name: r.name,
      report: JSON.parse(scanJson(r.report)) as unknown,
      ...(r.declared ? { declared: r.declared } : {}),
    })),
    errors: report.errors.map((e) => ({ repository: e.repository, reason: e.reason })),
    ...(report.skipped?.length ? { skipped: report.skipped.map((e) => ({ repository: e.repository, reason: e.reason })) } : {}),
    rollup: report.rollup,
  };
  return `${JSON.stringify(view, null, 2)}\n`;
}
