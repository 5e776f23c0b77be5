import type { Finding } from "../types.js";

// What people read: one finding per identity (rule + vendor or tool + scope, see
// evaluate/identity.ts), with how many places show it. A full scan of a repository
// that uses 20 undeclared vendors in 584 files is 20 problems, not 584. The JSON
// and SARIF reports keep one finding per location.

export interface FindingGroup {
  identity: string;
  /** The first place in the report's order: its message and fix stand for the group. */
  first: Finding;
  /** Every finding with this identity, in the report's order. */
  findings: Finding[];
  /** Any of them blocks. */
  blocking: boolean;
}

/**
 * Open findings grouped by identity; blocking groups first, then the report's
 * order (`blockingFirst: false`: the order each problem first appears).
 */
export function groupFindings(findings: readonly Finding[], { blockingFirst = true } = {}): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    // Reports from before identities existed: each finding is its own problem.
    const key = f.identity || `fp:${f.fingerprint}`;
    const g = groups.get(key);
    if (g) {
      g.findings.push(f);
      g.blocking ||= f.blocking;
    } else groups.set(key, { identity: key, first: f, findings: [f], blocking: f.blocking });
  }
  const list = [...groups.values()];
  return blockingFirst ? list.filter((g) => g.blocking).concat(list.filter((g) => !g.blocking)) : list;
}

/** Distinct `file:line` places of a group, in order (a finding without a file has none). */
export function places(g: FindingGroup): string[] {
  const out: string[] = [];
  for (const f of g.findings) {
    if (!f.file) continue;
    const p = `${f.file}${f.line ? `:${f.line}` : ""}`;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** The first `n` places and how many more there are. */
export function firstPlaces(g: FindingGroup, n = 3): { shown: string[]; more: number } {
  const all = places(g);
  return { shown: all.slice(0, n), more: Math.max(0, all.length - n) };
}

const NOUN: Record<string, [string, string]> = {
  "undeclared-vendor": ["undeclared vendor", "undeclared vendors"],
  "prohibited-vendor": ["prohibited vendor", "prohibited vendors"],
  "hardcoded-secret": ["committed key", "committed keys"],
  "undeclared-tool": ["undeclared AI coding tool", "undeclared AI coding tools"],
  "prohibited-tool": ["prohibited AI coding tool", "prohibited AI coding tools"],
  "unapproved-model": ["unapproved model", "unapproved models"],
  "residency-violation": ["residency violation", "residency violations"],
  "path-not-allowed": ["vendor used outside its declared paths", "vendors used outside their declared paths"],
  "data-class-not-allowed": ["vendor not cleared for a path's data", "vendors not cleared for a path's data"],
  "unused-declaration": ["unused declaration", "unused declarations"],
};

const uses = (n: number) => `${n} use${n === 1 ? "" : "s"}`;

/** `20 undeclared vendors (584 uses)`: one phrase per rule, in the order the groups come. */
export function ruleSummary(groups: readonly FindingGroup[]): string[] {
  const byRule = new Map<string, { problems: number; uses: number }>();
  for (const g of groups) {
    const r = byRule.get(g.first.rule) ?? { problems: 0, uses: 0 };
    r.problems++;
    r.uses += g.findings.length;
    byRule.set(g.first.rule, r);
  }
  return [...byRule].map(([rule, r]) => {
    const noun = NOUN[rule];
    const what = noun ? `${r.problems} ${r.problems === 1 ? noun[0] : noun[1]}` : `${r.problems} × ${rule}`;
    return r.uses > r.problems ? `${what} (${uses(r.uses)})` : what;
  });
}

/** `3 blocking findings (41 uses)`: findings counted by identity, places in brackets when there are more. */
export function countPhrase(groups: readonly FindingGroup[], adjective = ""): string {
  const n = groups.length;
  const total = groups.reduce((s, g) => s + g.findings.length, 0);
  const word = `${adjective ? `${adjective} ` : ""}finding${n === 1 ? "" : "s"}`;
  return `${n} ${word}${total > n ? ` (${uses(total)})` : ""}`;
}

/**
 * The verdict's words for what blocks: `20 blocking findings (584 uses) introduced
 * by this change` and, when there is more than one, which rules
 * (`20 undeclared vendors (584 uses), 1 committed key`).
 */
export function blockingPhrase(blocking: readonly FindingGroup[], introduced: boolean): { what: string; detail?: string } {
  const what = `${countPhrase(blocking, "blocking")}${introduced ? " introduced by this change" : ""}`;
  return blocking.length > 1 ? { what, detail: ruleSummary(blocking).join(", ") } : { what };
}
