import ignore from "ignore";
import type { ScanReport } from "../types.js";

/**
 * Keeps only what lies under `paths` (gitignore-style globs, as `exclude-paths`
 * uses): evidence, findings and frameworks elsewhere are dropped, and a vendor
 * left without evidence with them. Findings without a file (inventory-level) stay.
 */
export function restrictToPaths(report: ScanReport, paths: string[]): void {
  if (paths.length === 0) return;
  const ig = ignore().add(paths);
  const keep = (file: string) => ig.ignores(file);
  report.vendors = report.vendors
    .map((v) => ({ ...v, evidence: v.evidence.filter((e) => keep(e.file)) }))
    .filter((v) => v.evidence.length > 0);
  report.frameworks = report.frameworks
    .map((f) => ({ ...f, evidence: f.evidence.filter((e) => keep(e.file)) }))
    .filter((f) => f.evidence.length > 0);
  report.findings = report.findings.filter((f) => f.file === undefined || keep(f.file));
}
