import type { Evidence, ScanReport } from "../types.js";

// Evidence fields in the documented order; the vendor is implied by the
// vendor entry that holds it, so it is written only under frameworks.
const EVIDENCE_KEYS: (keyof Evidence)[] = [
  "kind", "file", "line", "column", "vendor", "framework", "ecosystem", "package", "host", "env", "secretRule",
  "region", "model", "transitive", "role", "via", "snippet",
];

function orderEvidence(e: Evidence, dropVendor: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of EVIDENCE_KEYS) {
    if (dropVendor && k === "vendor") continue;
    if (e[k] !== undefined) out[k] = e[k];
  }
  return out;
}

/** The ScanReport JSON contract (schemaVersion 1): stable key order, sorted arrays. */
export function toJson(report: ScanReport): string {
  const view = {
    ...report,
    vendors: report.vendors.map((v) => ({ ...v, evidence: v.evidence.map((e) => orderEvidence(e, true)) })),
    frameworks: report.frameworks.map((f) => ({ ...f, evidence: f.evidence.map((e) => orderEvidence(e, false)) })),
  };
  return `${JSON.stringify(view, null, 2)}\n`;
}
