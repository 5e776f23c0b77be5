import type { Finding, ScanReport, VendorUsage } from "../types.js";
import { byString } from "../org/merge.js";

// Drift between two reports (single-repository or org): what an auditor asks
// each quarter — what changed since last time. Pure: two parsed reports in,
// one ReportDiff out, every list sorted, so the same inputs give the same text.

/** What the diff reads of a report's AI coding tools (`tools[]`, absent in older reports). */
export interface ToolLike {
  id: string;
  name?: string;
  vendor?: string | null;
  status?: string;
}

/** A ScanReport as read from JSON: `tools` and `identity` may or may not be there. */
export type ReportLike = ScanReport & { tools?: ToolLike[]; findings: (Finding & { identity?: string })[] };

/** An org report as read from JSON (src/org/types.ts), only what the diff needs. */
export interface OrgLike {
  schemaVersion: number;
  kind?: "org";
  tool: ScanReport["tool"];
  org?: string;
  generatedAt?: string;
  repositories: { name: string; report: ReportLike }[];
  errors: { repository: string; reason: string }[];
}

export interface DiffSide {
  /** As given on the command line. */
  file: string;
  kind: "scan" | "org";
  /** The target root (scan) or organisation (org). */
  subject: string;
  toolVersion: string;
  catalogVersion: string;
  commit?: string | null;
  generatedAt?: string;
}

export interface VendorRef {
  repository: string;
  id: string;
  name: string;
  status: string;
  regions: string[];
  models: string[];
}

export interface Change<T> {
  from: T;
  to: T;
}

export interface VendorChange {
  repository: string;
  id: string;
  name: string;
  status?: Change<string>;
  direct?: Change<boolean>;
  regions?: { added: string[]; removed: string[] };
  models?: { added: string[]; removed: string[] };
}

export interface ToolRef {
  repository: string;
  id: string;
  name: string;
  status?: string;
  vendor?: string | null;
}

export interface ToolChange {
  repository: string;
  id: string;
  name: string;
  status: Change<string | undefined>;
}

export type FindingRef = { repository: string } & Pick<Finding, "rule" | "severity" | "vendor" | "file" | "line" | "message" | "fingerprint" | "blocking"> & {
    identity?: string;
  };

export interface ReportDiff {
  kind: "shadow-ai-diff";
  schemaVersion: 1;
  old: DiffSide;
  new: DiffSide;
  /** Said before anything else: a catalog or tool change means detection itself changed. */
  notes: string[];
  catalogChanged: boolean;
  /** How findings were matched: by `identity` when both reports carry it, else by `fingerprint`. */
  matchedBy: "identity" | "fingerprint";
  repositories: { added: string[]; removed: string[]; unscanned: { repository: string; side: "old" | "new"; reason: string }[] };
  vendors: { added: VendorRef[]; removed: VendorRef[]; changed: VendorChange[] };
  tools: { added: ToolRef[]; removed: ToolRef[]; changed: ToolChange[] };
  findings: { new: FindingRef[]; resolved: FindingRef[] };
  /** Nothing added, removed or changed (notes aside). */
  unchanged: boolean;
}


export function isOrgLike(v: unknown): v is OrgLike {
  const o = v as Partial<OrgLike> | null;
  return typeof o === "object" && o !== null && Array.isArray(o.repositories) && Array.isArray(o.errors);
}

export function isScanLike(v: unknown): v is ReportLike {
  const o = v as Partial<ReportLike> | null;
  return typeof o === "object" && o !== null && Array.isArray(o.vendors) && Array.isArray(o.findings) && typeof o.target === "object" && o.target !== null;
}

/** Thrown for inputs that cannot be compared (the CLI exits 2). */
export class DiffInputError extends Error {}

interface Normalised {
  side: DiffSide;
  repos: Map<string, ReportLike>;
  errors: Map<string, string>;
}

/**
 * Both sides as repositories by name. A single-repository report is one
 * repository; two single reports are the same repository whatever their
 * roots are called (a scan of a checkout and of its copy).
 */
function normalise(file: string, value: unknown, singleName: string): Normalised {
  if (isOrgLike(value)) {
    return {
      side: {
        file,
        kind: "org",
        subject: value.org ?? "(merged reports)",
        toolVersion: value.tool?.version ?? "unknown",
        catalogVersion: value.tool?.catalogVersion ?? "unknown",
        ...(value.generatedAt ? { generatedAt: value.generatedAt } : {}),
      },
      repos: new Map(value.repositories.map((r) => [r.name, r.report])),
      errors: new Map(value.errors.map((e) => [e.repository, e.reason])),
    };
  }
  if (isScanLike(value)) {
    return {
      side: {
        file,
        kind: "scan",
        subject: value.target.root,
        toolVersion: value.tool?.version ?? "unknown",
        catalogVersion: value.tool?.catalogVersion ?? "unknown",
        commit: value.target.commit ?? null,
      },
      repos: new Map([[singleName, value]]),
      errors: new Map(),
    };
  }
  throw new DiffInputError(`${file}: not a shadow-ai report (a scan or org report with schemaVersion 1)`);
}

function setDiff(a: string[], b: string[]): { added: string[]; removed: string[] } {
  return { added: b.filter((x) => !a.includes(x)).sort(byString), removed: a.filter((x) => !b.includes(x)).sort(byString) };
}

const findingRef = (repository: string, f: Finding & { identity?: string }): FindingRef => ({
  repository,
  rule: f.rule,
  severity: f.severity,
  ...(f.vendor ? { vendor: f.vendor } : {}),
  ...(f.file ? { file: f.file } : {}),
  ...(f.line ? { line: f.line } : {}),
  message: f.message,
  fingerprint: f.fingerprint,
  ...(f.identity ? { identity: f.identity } : {}),
  blocking: f.blocking,
});

/**
 * Open (unsuppressed) findings matched as multisets by key: where the key
 * repeats, pairs with the same fingerprint match first, so the ones reported
 * as new or resolved are the ones that really differ.
 */
function compareFindings(
  repository: string,
  olds: (Finding & { identity?: string })[],
  news: (Finding & { identity?: string })[],
  key: (f: Finding & { identity?: string }) => string,
): { new: FindingRef[]; resolved: FindingRef[] } {
  const group = (fs: typeof olds) => {
    const m = new Map<string, typeof olds>();
    for (const f of fs.filter((f) => !f.suppressed)) m.set(key(f), [...(m.get(key(f)) ?? []), f]);
    return m;
  };
  const o = group(olds);
  const n = group(news);
  const added: FindingRef[] = [];
  const resolved: FindingRef[] = [];
  for (const k of new Set([...o.keys(), ...n.keys()])) {
    const left = [...(o.get(k) ?? [])];
    const right = [...(n.get(k) ?? [])];
    for (let i = right.length - 1; i >= 0; i--) {
      const j = left.findIndex((f) => f.fingerprint === right[i]!.fingerprint);
      if (j >= 0) {
        left.splice(j, 1);
        right.splice(i, 1);
      }
    }
    const paired = Math.min(left.length, right.length);
    for (const f of right.slice(paired)) added.push(findingRef(repository, f));
    for (const f of left.slice(paired)) resolved.push(findingRef(repository, f));
  }
  return { new: added, resolved };
}

const vendorRef = (repository: string, v: VendorUsage): VendorRef => ({
  repository,
  id: v.id,
  name: v.name,
  status: v.status,
  regions: [...(v.regions ?? [])],
  models: [...(v.models ?? [])],
});
const toolRef = (repository: string, t: ToolLike): ToolRef => ({
  repository,
  id: t.id,
  name: t.name ?? t.id,
  ...(t.status ? { status: t.status } : {}),
  ...(t.vendor !== undefined ? { vendor: t.vendor } : {}),
});

function compareRepository(name: string, a: ReportLike, b: ReportLike, out: ReportDiff): void {
  const oldVendors = new Map(a.vendors.map((v) => [v.id, v]));
  const newVendors = new Map(b.vendors.map((v) => [v.id, v]));
  for (const [id, v] of newVendors) if (!oldVendors.has(id)) out.vendors.added.push(vendorRef(name, v));
  for (const [id, v] of oldVendors) if (!newVendors.has(id)) out.vendors.removed.push(vendorRef(name, v));
  for (const [id, nv] of newVendors) {
    const ov = oldVendors.get(id);
    if (!ov) continue;
    const change: VendorChange = { repository: name, id, name: nv.name };
    if (ov.status !== nv.status) change.status = { from: ov.status, to: nv.status };
    if (ov.direct !== nv.direct) change.direct = { from: ov.direct, to: nv.direct };
    const regions = setDiff(ov.regions ?? [], nv.regions ?? []);
    if (regions.added.length || regions.removed.length) change.regions = regions;
    const models = setDiff(ov.models ?? [], nv.models ?? []);
    if (models.added.length || models.removed.length) change.models = models;
    if (Object.keys(change).length > 3) out.vendors.changed.push(change);
  }

  const oldTools = new Map((a.tools ?? []).map((t) => [t.id, t]));
  const newTools = new Map((b.tools ?? []).map((t) => [t.id, t]));
  for (const [id, t] of newTools) if (!oldTools.has(id)) out.tools.added.push(toolRef(name, t));
  for (const [id, t] of oldTools) if (!newTools.has(id)) out.tools.removed.push(toolRef(name, t));
  for (const [id, t] of newTools) {
    const o = oldTools.get(id);
    if (o && o.status !== t.status) out.tools.changed.push({ repository: name, id, name: t.name ?? id, status: { from: o.status, to: t.status } });
  }

  const key = out.matchedBy === "identity" ? (f: Finding & { identity?: string }) => f.identity! : (f: Finding) => f.fingerprint;
  const f = compareFindings(name, a.findings, b.findings, key);
  out.findings.new.push(...f.new);
  out.findings.resolved.push(...f.resolved);
}

const compareFindingRefs = (x: FindingRef, y: FindingRef) =>
  byString(x.repository, y.repository) ||
  byString(x.rule, y.rule) ||
  byString(x.vendor ?? "", y.vendor ?? "") ||
  byString(x.file ?? "", y.file ?? "") ||
  (x.line ?? 0) - (y.line ?? 0) ||
  byString(x.fingerprint, y.fingerprint);
const compareRefs = (x: { repository: string; id: string }, y: { repository: string; id: string }) => byString(x.repository, y.repository) || byString(x.id, y.id);

/**
 * Compares two parsed reports. Throws DiffInputError when they cannot be
 * compared: not reports, different schemaVersions, or one an org report and
 * the other a single repository's.
 */
export function diffReports(oldFile: string, oldValue: unknown, newFile: string, newValue: unknown): ReportDiff {
  const versionOf = (file: string, v: unknown) => {
    const s = (v as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof v !== "object" || v === null || s === undefined) throw new DiffInputError(`${file}: not a shadow-ai report (no schemaVersion)`);
    return s;
  };
  const [sa, sb] = [versionOf(oldFile, oldValue), versionOf(newFile, newValue)];
  if (sa !== sb) throw new DiffInputError(`${oldFile} has schemaVersion ${JSON.stringify(sa)} and ${newFile} ${JSON.stringify(sb)}: reports of different schema versions cannot be compared`);
  if (sa !== 1) throw new DiffInputError(`schemaVersion ${JSON.stringify(sa)} is not one this shadow-ai reads (1)`);
  const single = isScanLike(newValue) ? newValue.target.root : "";
  const a = normalise(oldFile, oldValue, single);
  const b = normalise(newFile, newValue, single);
  if (a.side.kind !== b.side.kind) {
    throw new DiffInputError(`${oldFile} is ${a.side.kind === "org" ? "an org report" : "a single-repository report"} and ${newFile} is not: compare reports of the same kind`);
  }

  const notes: string[] = [];
  const catalogChanged = a.side.catalogVersion !== b.side.catalogVersion;
  if (catalogChanged) {
    notes.push(
      `Detection itself changed: the catalog went from ${a.side.catalogVersion} to ${b.side.catalogVersion}. Vendors or findings that appear or disappear may come from what shadow-ai recognises, not from a change in the code.`,
    );
  }
  if (a.side.toolVersion !== b.side.toolVersion) notes.push(`The reports come from different shadow-ai versions (${a.side.toolVersion} → ${b.side.toolVersion}).`);

  const allFindings = [...a.repos.values(), ...b.repos.values()].flatMap((r) => r.findings);
  const matchedBy = allFindings.length > 0 && allFindings.every((f) => typeof f.identity === "string" && f.identity !== "") ? "identity" : "fingerprint";

  const names = (n: Normalised) => [...new Set([...n.repos.keys(), ...n.errors.keys()])];
  const repos = setDiff(names(a), names(b));
  const out: ReportDiff = {
    kind: "shadow-ai-diff",
    schemaVersion: 1,
    old: a.side,
    new: b.side,
    notes,
    catalogChanged,
    matchedBy,
    repositories: { ...repos, unscanned: [] },
    vendors: { added: [], removed: [], changed: [] },
    tools: { added: [], removed: [], changed: [] },
    findings: { new: [], resolved: [] },
    unchanged: false,
  };
  const empty = (r: ReportLike): ReportLike => ({ ...r, vendors: [], tools: [], findings: [] });
  for (const name of [...new Set([...names(a), ...names(b)])].sort(byString)) {
    const ra = a.repos.get(name);
    const rb = b.repos.get(name);
    // A repository that could not be scanned on one side says nothing about its vendors: list it, compare nothing.
    const ea = a.errors.get(name);
    const eb = b.errors.get(name);
    if (ea && !ra && b.repos.has(name)) out.repositories.unscanned.push({ repository: name, side: "old", reason: ea });
    if (eb && !rb && a.repos.has(name)) out.repositories.unscanned.push({ repository: name, side: "new", reason: eb });
    if (ra && rb) compareRepository(name, ra, rb, out);
    else if (rb && !ea) compareRepository(name, empty(rb), rb, out); // appeared: everything in it is new
    else if (ra && !eb) compareRepository(name, ra, empty(ra), out); // disappeared: everything in it went
  }
  out.vendors.added.sort(compareRefs);
  out.vendors.removed.sort(compareRefs);
  out.vendors.changed.sort(compareRefs);
  out.tools.added.sort(compareRefs);
  out.tools.removed.sort(compareRefs);
  out.tools.changed.sort(compareRefs);
  out.findings.new.sort(compareFindingRefs);
  out.findings.resolved.sort(compareFindingRefs);
  out.unchanged = [
    out.repositories.added,
    out.repositories.removed,
    out.repositories.unscanned,
    out.vendors.added,
    out.vendors.removed,
    out.vendors.changed,
    out.tools.added,
    out.tools.removed,
    out.tools.changed,
    out.findings.new,
    out.findings.resolved,
  ].every((l) => l.length === 0);
  return out;
}
