import type { OrgReport } from "../org/types.js";
import { csvCell } from "./escape.js";

// The org inventory as CSV (RFC 4180) for a spreadsheet: one row per
// repository × vendor, and one row for each repository with no vendor or that
// could not be scanned, so every repository is accounted for. Every cell goes
// through escape.ts's csvCell: a newline in a path is shown as `\n`, so each
// record is one line, and a leading = + - @ cannot become a formula.

export const CSV_HEADER = [
  "repository", "vendor", "vendor_name", "category", "status", "direct", "regions", "models", "frameworks",
  "evidence", "first_seen", "open_findings", "blocking_findings", "owner", "purpose", "data_classes",
  "dpa_signed", "no_training_confirmed", "residency", "last_review", "note",
] as const;

export function csvRow(cells: (string | number | boolean | undefined | null)[]): string {
  return `${cells.map((c) => csvCell(c)).join(",")}\r\n`;
}

export function toCsv(org: OrgReport): string {
  const rows: [string, string][] = [];
  const blank = (n: number) => new Array<string>(n).fill("");
  for (const { name, report, declared } of org.repositories) {
    if (report.vendors.length === 0) {
      rows.push([name, csvRow([name, ...blank(CSV_HEADER.length - 2), "no AI vendor found"])]);
      continue;
    }
    for (const v of report.vendors) {
      const d = declared?.[v.id];
      const first = v.evidence[0];
      const about = report.findings.filter((f) => !f.suppressed && f.vendor === v.id);
      rows.push([
        name,
        csvRow([
          name, v.id, v.name, v.category, v.status, v.direct ? (v.confidence === "low" ? "yes (low confidence: only in env templates)" : "yes") : "no (transitive only)",
          v.regions.join("; "), v.models.join("; "), v.frameworks.join("; "), v.evidence.length,
          first ? `${first.file}:${first.line}` : "", about.length, about.filter((f) => f.blocking).length,
          d?.owner, d?.purpose, d?.["data-classes"]?.join("; "), d?.dpa?.signed, d?.["no-training"]?.confirmed,
          d?.residency?.join("; "), d?.["last-review"], "",
        ]),
      ]);
    }
  }
  for (const e of org.errors) rows.push([e.repository, csvRow([e.repository, ...blank(CSV_HEADER.length - 2), `not scanned: ${e.reason}`])]);
  // Stable: a repository's vendor rows keep the report's order.
  rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return csvRow([...CSV_HEADER]) + rows.map(([, r]) => r).join("");
}
