import type { Comparison } from "../report/context.js";
import { toMarkdown } from "../report/markdown.js";
import type { ScanReport } from "../types.js";
import type { CommentWhen } from "./inputs.js";

/** The hidden marker that finds our one comment on a pull request. */
export const COMMENT_MARKER = "<!-- shadow-ai -->";

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_MAX_CHARS = 65536;

/**
 * Whether to create the comment. An existing one is always updated (so a stale
 * "blocked" comment never outlives its fix); `on-findings` creates it only when
 * there is something to say.
 */
export function wantsComment(when: CommentWhen, report: ScanReport): boolean {
  if (when === "never") return false;
  if (when === "always") return true;
  return report.findings.some((f) => !f.suppressed);
}

/** The summary, reused as the comment: marker first, within the comment limit (bytes ≥ characters). */
export function commentBody(report: ScanReport, options: { comparison?: Comparison; block: boolean; fullReportHint?: string }): string {
  const budget = COMMENT_MAX_CHARS - COMMENT_MARKER.length - 1;
  return `${COMMENT_MARKER}\n${toMarkdown(report, { ...options, maxBytes: budget, maxRows: 30 })}`;
}
