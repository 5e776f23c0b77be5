import type { Evidence, Finding, Severity, VendorUsage } from "../types.js";
import { fingerprint } from "./fingerprint.js";
import { identity } from "./identity.js";

export interface Policy {
  blockOn: Set<string>;
}

export const DEFAULT_BLOCK_ON = ["undeclared-vendor", "prohibited-vendor", "residency-violation", "hardcoded-secret", "path-not-allowed", "data-class-not-allowed", "prohibited-tool"];

export const SEVERITY: Record<string, Severity> = {
  "undeclared-vendor": "error",
  "prohibited-vendor": "error",
  "path-not-allowed": "error",
  "residency-violation": "error",
  "hardcoded-secret": "error",
  "data-class-not-allowed": "error",
  "unapproved-model": "warning",
  "review-overdue": "warning",
  "missing-dpa": "warning",
  "missing-no-training": "warning",
  "attestation-expired": "warning",
  "missing-attestation": "warning",
  "unused-declaration": "note",
  "invalid-suppression": "warning",
  "expired-exception": "warning",
  "undeclared-tool": "warning",
  "prohibited-tool": "error",
};

const SEVERITY_ORDER: Severity[] = ["error", "warning", "note"];

export function severityOf(rule: string): Severity {
  return SEVERITY[rule] ?? "warning";
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    a.rule.localeCompare(b.rule) ||
    (a.file ?? "").localeCompare(b.file ?? "") ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.vendor ?? "").localeCompare(b.vendor ?? "") ||
    a.fingerprint.localeCompare(b.fingerprint)
  );
}

/** Builds a finding anchored on one piece of evidence, with a stable fingerprint. */
export class FindingBuilder {
  private occurrences = new Map<string, number>();
  readonly findings: Finding[] = [];
  constructor(private readonly policy: Policy) {}

  /**
   * `evidence` anchors the finding on a line, else `location` does (a place in the
   * inventory, a mention). `key` replaces the line's text in the fingerprint for
   * findings that are about a file or a declaration rather than one line, so they
   * survive edits to the line they happen to be shown on.
   */
  add(
    rule: string,
    message: string,
    at: {
      vendor?: string;
      tool?: string;
      evidence?: Evidence;
      location?: { file?: string; line: number; column: number };
      key?: string;
      /** What, beyond rule and vendor/tool, makes this a different finding (see identity.ts). */
      scope?: string;
    },
  ): Finding {
    const e = at.evidence ?? (at.location?.file ? { ...at.location, snippet: "" } : undefined);
    // A tool finding is about the tool, wherever it is anchored: no file in its
    // fingerprint. (`tool` undefined drops out of the key: other rules are unchanged.)
    const base = { rule, vendor: at.vendor, tool: at.tool, file: at.tool ? undefined : e?.file, text: at.key ?? e?.snippet };
    const key = JSON.stringify(base);
    const occurrence = this.occurrences.get(key) ?? 0;
    this.occurrences.set(key, occurrence + 1);
    const f: Finding = {
      rule,
      severity: severityOf(rule),
      ...(at.vendor ? { vendor: at.vendor } : {}),
      ...(at.tool ? { tool: at.tool } : {}),
      ...(e?.file ? { file: e.file, line: e.line, column: e.column } : {}),
      message,
      fingerprint: fingerprint({ ...base, occurrence }),
      identity: identity({ rule, vendor: at.vendor, tool: at.tool, scope: at.scope }),
      blocking: this.policy.blockOn.has(rule),
    };
    this.findings.push(f);
    return f;
  }
}

/**
 * Findings that need no inventory: committed keys. One finding per key
 * occurrence; the message never carries the value.
 */
export function secretFindings(vendors: VendorUsage[], builder: FindingBuilder): void {
  for (const v of vendors) {
    for (const e of v.evidence) {
      if (e.kind !== "secret") continue;
      builder.add("hardcoded-secret", `${v.name} API key (${e.secretRule}) is committed in ${e.file}:${e.line}. Revoke it and load it from a secret store.`, {
        vendor: v.id,
        evidence: e,
        // The key, not where it sits: the same key moved elsewhere is the same problem.
        ...(e.keyHash ? { scope: e.keyHash } : {}),
      });
    }
  }
}
