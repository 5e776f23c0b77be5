import type { ScanReport } from "../types.js";

/** How every human output names a vendor seen only in env templates. */
export const LOW_CONFIDENCE = "low confidence: only in env templates";

/** Ids of the report's low-confidence vendors. */
export function lowConfidenceVendors(report: ScanReport): Set<string> {
  return new Set(report.vendors.filter((v) => v.confidence === "low").map((v) => v.id));
}
