import type { ChangedFile } from "../report/context.js";
import { fixFor } from "../report/fixes.js";
import type { Finding, ScanReport } from "../types.js";
import { oneLine } from "../report/escape.js";
import { isChangedLine } from "./diff.js";

export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  title: string;
  file: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings not written as annotations (the closing line says where they are). */
  more: number;
  /** The closing line, when something was left out. */
  closing?: string;
}

/** GitHub shows at most this many annotations of each level per step and drops the rest silently. */
export const PER_LEVEL_CAP = 10;

/**
 * Chooses the annotations: findings with a file, on changed lines when there is a
 * change (everywhere on a full scan), grouped per vendor, file and level (one
 * annotation at the first place, naming the others), introduced blocking first,
 * never more than GitHub shows per level nor `max` in all.
 */
export function planAnnotations(report: ScanReport, changed: ChangedFile[] | undefined, max: number): AnnotationPlan {
  const byPath = changed ? new Map(changed.map((f) => [f.path, f])) : undefined;
  const candidates = report.findings.filter((f) => !f.suppressed && f.file !== undefined);
  const onChanged = candidates.filter((f) => !byPath || isChangedLine(byPath.get(f.file!), f.line));
  const level = (f: Finding): Annotation["level"] => (f.blocking ? "error" : f.severity === "note" ? "notice" : "warning");
  // A new use of a problem the base already has ranks with what the change introduces.
  const rank = (f: Finding) => (f.blocking ? 0 : 2) + (f.introduced === false && !f.addsUse ? 1 : 0);

  // Group: vendor + file + level. Keep the report's order inside a group.
  const groups = new Map<string, Finding[]>();
  for (const f of onChanged) {
    const key = `${level(f)}\u0000${f.vendor ?? f.rule}\u0000${f.file}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => Math.min(...a.map(rank)) - Math.min(...b.map(rank)) || a[0]!.file!.localeCompare(b[0]!.file!) || (a[0]!.line ?? 0) - (b[0]!.line ?? 0),
  );

  const annotations: Annotation[] = [];
  const perLevel: Record<string, number> = {};
  let shown = 0;
  for (const group of ordered) {
    const first = group[0]!;
    const lvl = level(first);
    // One notice is kept for the closing line.
    const cap = lvl === "notice" ? PER_LEVEL_CAP - 1 : PER_LEVEL_CAP;
    if (annotations.length >= max || (perLevel[lvl] ?? 0) >= cap) continue;
    perLevel[lvl] = (perLevel[lvl] ?? 0) + 1;
    shown += group.length;
    const vendor = report.vendors.find((v) => v.id === first.vendor);
    const rules = [...new Set(group.map((f) => f.rule))];
    const others = group.slice(1).map((f) => f.line).filter((l): l is number => l !== undefined);
    // Values from the scanned tree are made one line each (a path's newline or
    // RTL override shown escaped); @actions/core then escapes the message and the
    // properties (`file` stays the real path, so GitHub can place it).
    const lines = [...addsUseLine(group, vendor?.name).map((l) => oneLine(l)), oneLine(first.message)];
    for (const f of group.slice(1)) if (f.message !== first.message) lines.push(oneLine(f.message));
    if (others.length) lines.push(`Also at line${others.length === 1 ? "" : "s"} ${others.join(", ")} of this file.`);
    lines.push(`Fix: ${oneLine(fixFor(first, report).text)}`);
    if (first.introduced === false && !group.some((f) => f.addsUse)) lines.push("(Already on the base branch: this change does not introduce it.)");
    annotations.push({
      level: lvl,
      title: oneLine(`shadow-ai: ${rules.join(", ")}${vendor ? ` (${vendor.name})` : first.vendor ? ` (${first.vendor})` : ""}`),
      message: lines.join("\n"),
      file: first.file!,
      ...(first.line !== undefined ? { startLine: first.line } : {}),
      ...(first.column !== undefined ? { startColumn: first.column } : {}),
    });
  }
  const total = report.findings.filter((f) => !f.suppressed).length;
  const more = total - shown;
  return {
    annotations,
    more,
    ...(more > 0
      ? {
          closing: `shadow-ai: ${more} more finding${more === 1 ? " is" : "s are"} ${byPath ? "(outside the changed lines, or over GitHub's annotation limit) " : "(over GitHub's annotation limit) "}listed in the job summary and the SARIF/JSON reports.`,
        }
      : {}),
  };
}

/**
 * A new place that uses what the base already has (Finding.addsUse): not a new
 * problem, so it does not block, but shadow use must not spread silently.
 */
function addsUseLine(group: Finding[], vendorName: string | undefined): string[] {
  const f = group.find((x) => x.addsUse);
  if (!f) return [];
  const who = vendorName ?? f.vendor ?? f.tool;
  if (who && (f.rule === "undeclared-vendor" || f.rule === "undeclared-tool")) return [`${who} is already used undeclared on the base; this pull request adds a use.`];
  if (who && (f.rule === "prohibited-vendor" || f.rule === "prohibited-tool")) return [`${who} is already used on the base although prohibited; this pull request adds a use.`];
  return [`The base already has this ${f.rule} finding${who ? ` for ${who}` : ""}; this pull request adds a use.`];
}
