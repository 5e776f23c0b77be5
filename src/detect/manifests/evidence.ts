// Evidence from a catalog target, shared by the Python, notebook and manifest detectors.

import type { Target } from "../../catalog/compile.js";
import type { Diagnostic, Ecosystem, Evidence, EvidenceKind } from "../../types.js";

export function targetEvidence(
  kind: EvidenceKind,
  file: string,
  pos: { line: number; column: number },
  ecosystem: Ecosystem,
  target: Target,
  snippet: string,
): Evidence {
  const e: Evidence = { kind, file, line: pos.line, column: pos.column, ecosystem, package: target.name, snippet };
  if (target.vendor) e.vendor = target.vendor;
  if (target.framework) e.framework = target.framework;
  return e;
}

/** Identity of a target, to report each at most once per statement / declaration. */
export function targetKey(t: Target): string {
  return `${t.vendor ?? ""}|${t.framework ?? ""}|${t.name}`;
}

/**
 * Targets a manifest entry stands for. A target that needs a literal in the
 * same file (boto3 is Bedrock only beside a "bedrock-runtime" client) is never
 * evidence from a manifest: a manifest has no code.
 */
export function manifestTargets(targets: Target[]): Target[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    if (t.requiresLiteral && t.requiresLiteral.length > 0) return false;
    const k = targetKey(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function diagnostic(file: string, what: string, err: unknown): Diagnostic {
  const message = err instanceof Error ? err.message : String(err);
  return { file, message: `${what}: ${message.split("\n")[0]}` };
}

export { lineSnippet } from "../positions.js";
