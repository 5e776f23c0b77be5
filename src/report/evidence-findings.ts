import type { Finding, Severity } from "../types.js";
import { groupFindings, places } from "./groups.js";

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

/**
 * Groups by repository and identity (report/groups.ts, as every human output
 * does), in the order each problem first appears.
 */
export function groupByIdentity(list: RepoFinding[]): FindingGroup[] {
  const byRepo = new Map<string, Finding[]>();
  for (const { repository, finding } of list) {
    const fs = byRepo.get(repository);
    if (fs) fs.push(finding);
    else byRepo.set(repository, [finding]);
  }
  return [...byRepo].flatMap(([repository, findings]) =>
    groupFindings(findings, { blockingFirst: false }).map((g) => {
      const f = g.first;
      const severity = g.findings.reduce<Severity>((s, x) => ((RANK[x.severity] ?? 9) < (RANK[s] ?? 9) ? x.severity : s), f.severity);
      return {
        repository,
        rule: f.rule,
        severity,
        blocking: g.blocking,
        ...(f.vendor ? { vendor: f.vendor } : {}),
        ...(f.tool ? { tool: f.tool } : {}),
        message: f.message,
        locations: places(g),
        count: g.findings.length,
      };
    }),
  );
}

/** The locations a row shows and how many it leaves to "+N more". */
export function shownLocations(g: FindingGroup, max = LOCATIONS_SHOWN): { shown: string[]; more: number } {
  return { shown: g.locations.slice(0, max), more: Math.max(0, g.locations.length - max) };
}
