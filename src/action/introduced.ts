// Which of a pull request's findings it introduces, which add a use of a problem
// the base already has, and which of the base's problems it resolves. Matched by
// `Finding.identity` (rule + vendor or tool + the one thing that makes it a
// different problem), never by location: moving, renaming or splitting code
// introduces nothing. docs/action.md "What 'introduced' means" has the reasoning.
import type { Finding, ScanReport } from "../types.js";
import type { ResolvedFinding } from "../report/context.js";

export interface JudgeInput {
  /** The head: the changed files only, or (wholeHead) the whole head. */
  head: ScanReport;
  /** The base versions of the changed files (under their base names), the inventory and policy files. */
  base: ScanReport;
  /** The head's code under the base's inventory, when the inventory changed (whole head only). */
  underBase?: ScanReport;
  /** Head-side paths of the files the change adds, modifies or renames. */
  changedHead: ReadonlySet<string>;
  /** Base-side paths of the files the change modifies, renames or deletes. */
  changedBase: ReadonlySet<string>;
  /** `head` covers the whole head. */
  wholeHead: boolean;
  /** The list of changed files is incomplete: a file not listed may have changed. */
  truncated: boolean;
}

/**
 * Vendors the base uses: those of its versions of the changed files, plus every
 * vendor the head shows in a file the change did not touch (the same file on
 * both sides).
 */
export function baseVendorIds(head: ScanReport, base: ScanReport, changedHead: ReadonlySet<string>): Set<string> {
  const ids = new Set(base.vendors.map((v) => v.id));
  for (const v of head.vendors) if (v.evidence.some((e) => !changedHead.has(e.file))) ids.add(v.id);
  return ids;
}

export interface Judgement {
  /** Identities the base has and the head does not (empty unless the whole head was scanned). */
  resolved: ResolvedFinding[];
}

/**
 * Sets `introduced` (and `addsUse`) on every head finding and returns what the
 * change resolves.
 *
 * The base's identities: the base versions of the changed files, plus, when the
 * whole head was scanned and the change list is complete, the head's findings in
 * files the change did not touch (the same files on both sides) — read under the
 * base's inventory when the inventory changed. `unused-declaration` depends on
 * every file, not the one it is anchored on: the base had it when the base used
 * the vendor nowhere.
 */
export function judge(input: JudgeInput): Judgement {
  const { head, base, changedHead, changedBase } = input;
  const baseIds = new Map<string, Finding>();
  const note = (f: Finding) => {
    if (!baseIds.has(f.identity)) baseIds.set(f.identity, f);
  };
  for (const f of base.findings) note(f);
  const baseFingerprints = new Set(base.findings.map((f) => f.fingerprint));

  if (input.wholeHead && !input.truncated) {
    const untouched = (f: Finding) => f.file !== undefined && !changedHead.has(f.file);
    const baseUsed = baseVendorIds(head, base, changedHead);
    for (const f of (input.underBase ?? head).findings) {
      if (f.rule === "unused-declaration") {
        if (f.vendor !== undefined && !baseUsed.has(f.vendor)) note(f);
      } else if (untouched(f)) {
        note(f);
        baseFingerprints.add(f.fingerprint);
      }
    }
  }

  // How many places of each identity the changed files hold on each side: more on
  // the head is a new use; the same number is code that moved.
  const count = (findings: Finding[], paths: ReadonlySet<string>) => {
    const n = new Map<string, number>();
    for (const f of findings) if (f.file !== undefined && paths.has(f.file)) n.set(f.identity, (n.get(f.identity) ?? 0) + 1);
    return n;
  };
  const onHead = count(head.findings, changedHead);
  const onBase = count(base.findings, changedBase);

  for (const f of head.findings) {
    f.introduced = !baseIds.has(f.identity);
    delete f.addsUse;
    if (f.introduced || f.suppressed || f.file === undefined || !changedHead.has(f.file) || baseFingerprints.has(f.fingerprint)) continue;
    if ((onHead.get(f.identity) ?? 0) > (onBase.get(f.identity) ?? 0)) f.addsUse = true;
  }

  const headIds = new Set(head.findings.map((f) => f.identity));
  const resolved = input.wholeHead
    ? [...baseIds.values()]
        .filter((f) => !headIds.has(f.identity))
        .map((f): ResolvedFinding => ({ identity: f.identity, rule: f.rule, ...(f.vendor ? { vendor: f.vendor } : {}), ...(f.tool ? { tool: f.tool } : {}) }))
        .sort((a, b) => a.rule.localeCompare(b.rule) || (a.vendor ?? a.tool ?? "").localeCompare(b.vendor ?? b.tool ?? "") || a.identity.localeCompare(b.identity))
    : [];
  return { resolved };
}

/**
 * After scanning only the changed files on both sides: a finding whose identity
 * is on one side only may still be (or already be) anywhere else in the
 * repository, so only the whole head can say whether it is introduced or
 * resolved. Undefined when both sides hold the same identities.
 */
export function identitiesDiffer(head: ScanReport, base: ScanReport): string | undefined {
  const ids = (r: ScanReport) => new Map(r.findings.map((f) => [f.identity, f]));
  const h = ids(head);
  const b = ids(base);
  const name = (f: Finding) => `${f.rule}${f.vendor ? ` (${f.vendor})` : f.tool ? ` (${f.tool})` : ""}`;
  const added = [...h].filter(([id]) => !b.has(id)).map(([, f]) => name(f));
  if (added.length > 0) return `the changed files have findings their base versions do not (${[...new Set(added)].sort().join(", ")})`;
  const gone = [...b].filter(([id]) => !h.has(id)).map(([, f]) => name(f));
  if (gone.length > 0) return `the base versions of the changed files have findings the head's do not (${[...new Set(gone)].sort().join(", ")})`;
  return undefined;
}
