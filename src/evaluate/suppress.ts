/** An inline `shadow-ai-ignore <rule|vendor>[, …]: <reason>` comment. */
export interface SuppressionMarker {
  file: string;
  line: number;
  column: number;
  /** Rule ids or vendor ids it names; empty when it names none. */
  targets: string[];
  /** Empty when none was given (then it suppresses nothing and is itself a finding). */
  reason: string;
}

export const MARKER = "shadow-ai-ignore";

// What may stand right before the marker (trimmed): a comment opener of any common
// language. Tested on trimmed text, with no `+` or `\s*` before `$`: a run of
// 50,000 `#` or spaces would otherwise be retried from every position (quadratic).
const COMMENT_OPENER = /(?:\/\/|#|\/\*+|^\s*\*|<!--|--|;|%|^\s*'|\{#|\{\{!--|<%#|\(\*)$/;

// Comment closers that may trail the reason on the same line (tested on trimmed text).
const CLOSERS = /(?:\*\/|-->|%>|#}|}}|\*\)|--%>)$/;

/** The markers in one file's text. Callers check `text.includes(MARKER)` first: most files have none. */
export function parseMarkers(file: string, text: string): SuppressionMarker[] {
  const out: SuppressionMarker[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((lineText, i) => {
    const at = lineText.indexOf(MARKER);
    if (at < 0) return;
    // The marker must be the first word of its comment (after `//`, `#`, `/*`, …):
    // text that merely mentions it (docs, strings, this file) is no suppression.
    if (!COMMENT_OPENER.test(lineText.slice(0, at).trimEnd())) return;
    const next = lineText[at + MARKER.length];
    if (next !== undefined && /[\w-]/.test(next)) return; // shadow-ai-ignorefoo, shadow-ai-ignore-file…
    const rest = lineText.slice(at + MARKER.length).trimEnd().replace(CLOSERS, "").trim();
    const m = /^([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?::\s*(.*))?$/i.exec(rest);
    const targets = m ? m[1]!.split(",").map((t) => t.trim().toLowerCase()) : [];
    const reason = m ? (m[2] ?? "").trim() : "";
    out.push({ file, line: i + 1, column: at + 1, targets, reason });
  });
  return out;
}
