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

// Comment closers that may trail the reason on the same line.
const CLOSERS = /\s*(?:\*\/|-->|%>|#}|}}|\*\)|--%>)\s*$/;

/** The markers in one file's text. Callers check `text.includes(MARKER)` first: most files have none. */
export function parseMarkers(file: string, text: string): SuppressionMarker[] {
  const out: SuppressionMarker[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((lineText, i) => {
    const at = lineText.indexOf(MARKER);
    if (at < 0) return;
    const next = lineText[at + MARKER.length];
    if (next !== undefined && /[\w-]/.test(next)) return; // shadow-ai-ignorefoo, shadow-ai-ignore-file…
    const rest = lineText.slice(at + MARKER.length).replace(CLOSERS, "").trim();
    const m = /^([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?::\s*(.*))?$/i.exec(rest);
    const targets = m ? m[1]!.split(",").map((t) => t.trim().toLowerCase()) : [];
    const reason = m ? (m[2] ?? "").trim() : "";
    out.push({ file, line: i + 1, column: at + 1, targets, reason });
  });
  return out;
}
