import type { Finding, Severity } from "../types.js";

// The evidence pack's open findings, one row per problem: findings of a
// repository that share an identity (rule + vendor or tool, + region, model,
// scope…) are one problem seen at several places. Twenty undeclared vendors used
// in 584 files read as twenty rows, each with its count and first locations; the
// JSON report keeps every location. Plain data: the writers escape.

export interface RepoFinding {
  repository: string;
  finding: Finding;
}

export interface FindingGroup {
  repository: string;
  rule: string;
  /** The most severe of its findings. */
  severity: Severity;
  /** Whether any of its findings blocks. */
  blocking: boolean;
  vendor?: string;
  tool?: string;
  /** The first finding's message. */
  message: string;
  /** Every finding's `file:line` (or `file`), in report order, without repeats. */
  locations: string[];
  /** How many findings the group stands for. */
  count: number;
}

/** Locations a row shows before "+N more". */
export const LOCATIONS_SHOWN = 3;

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

export function locationOf(f: Finding): string | undefined {
  return f.file ? `${f.file}${f.line ? `:${f.line}` : ""}` : undefined;
}

/**
 * Groups by repository and identity, in the order each problem first appears.
 * A finding from a report written before identities existed stands alone
 * (its fingerprint is its key), so distinct problems are never merged.
 */
export function groupByIdentity(list: RepoFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  const seen = new Map<FindingGroup, Set<string>>();
  for (const { repository, finding: f } of list) {
    const key = `${repository}\u0000${f.identity ? `id:${f.identity}` : `fp:${f.fingerprint}`}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        repository,
        rule: f.rule,
        severity: f.severity,
        blocking: false,
        ...(f.vendor ? { vendor: f.vendor } : {}),
        ...(f.tool ? { tool: f.tool } : {}),
        message: f.message,
        locations: [],
        count: 0,
      };
      groups.set(key, g);
      seen.set(g, new Set());
    }
    g.count++;
    g.blocking ||= f.blocking;
    if ((RANK[f.severity] ?? 9) < (RANK[g.severity] ?? 9)) g.severity = f.severity;
    const at = locationOf(f);
    if (at && !seen.get(g)!.has(at)) {
      seen.get(g)!.add(at);
      g.locations.push(at);
    }
  }
  return [...groups.values()];
}

/** The locations a row shows and how many it leaves to "+N more". */
export function shownLocations(g: FindingGroup, max = LOCATIONS_SHOWN): { shown: string[]; more: number } {
  return { shown: g.locations.slice(0, max), more: Math.max(0, g.locations.length - max) };
}
