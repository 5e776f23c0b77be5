import type { Evidence, EvidenceKind } from "../types.js";

// How people read a vendor's evidence: the proof of use first. An import shows
// the code calls the SDK; an env name in `.env.example` or a lockfile entry only
// says something may. The JSON report keeps the scan's own order (by file).

/** Strongest first: code, what the project asks for, where it sends data, then infrastructure and hints. */
const STRENGTH: EvidenceKind[] = ["import", "dependency", "config", "host", "iac", "workflow", "secret", "env", "lockfile"];

function rank(e: Evidence): number {
  const r = STRENGTH.indexOf(e.kind);
  // A transitive package is only pulled in by something else: weaker than any direct one.
  return (r < 0 ? STRENGTH.length : r) * 2 + (e.transitive ? 1 : 0);
}

/** The evidence, strongest first; the scan's order (file, line) within a kind. */
export function byStrength(evidence: readonly Evidence[]): Evidence[] {
  return evidence
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
    .map((x) => x.e);
}

/**
 * What matched, never empty: the package, host, env name, action ref, IaC
 * resource type or image, framework configuration key, model, key rule; else the
 * source line. Raw text from the scanned tree: the writer escapes it.
 */
export function matchOf(e: Evidence): string {
  return e.package ?? e.host ?? e.env ?? e.action ?? e.resource ?? e.model ?? e.secretRule ?? e.region ?? (e.snippet.trim() || e.kind);
}
