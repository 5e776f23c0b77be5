// The one place where text from the scanned tree (paths, snippets, package names,
// hosts, model ids, inventory values) is made safe for the output it goes into.
// Writers call these on the way out of the report model; detectors never escape.
//
// A file name can hold a newline (git allows it): printed raw, the next line of
// the log could start with `::error` and the runner would execute it. So every
// human-facing string first loses its control and bidi characters (shown as
// `\n`, `\u202e`, …), then gets the escaping of its format.

/** C0 and C1 controls, DEL, and the Unicode bidi/format characters that reorder what a reader sees. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0", "\u001b": "\\e" };

/**
 * Longest text any writer prints for one value; the JSON report keeps the whole of it.
 * (The functions below take it as an optional second argument: wrap them in a
 * one-parameter arrow before `.map`, or the index becomes the cap.)
 */
export const MAX_PRINTED = 300;

/** One line, visibly escaped: control and bidi characters become `\n`, `\u202e`, …; backslashes stay as they are. */
export function oneLine(s: string, max = MAX_PRINTED): string {
  const t = s.replace(CONTROLS, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (t.length <= max) return t;
  // Never cut a surrogate pair in half (a lone surrogate is not valid text).
  const end = /[\ud800-\udbff]/.test(t[max - 2] ?? "") ? max - 2 : max - 1;
  return `${t.slice(0, end)}…`;
}

/**
 * A line of a log that a GitHub runner reads: no line may begin (after
 * whitespace) with `::`, which the runner would take as a workflow command.
 * Applied to whole lines as a last guard; values are already `oneLine`d.
 */
export function logLine(line: string): string {
  return /^\s*::/.test(line) ? line.replace(/::/, ":\u200b:") : line;
}

const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe inside an HTML/SVG element or a quoted attribute. */
export function html(s: string, max = Number.POSITIVE_INFINITY): string {
  return oneLine(s, max).replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * Markdown text (GitHub-flavoured, also in a table cell). Escaped: what splits a
 * cell (`|`), opens code, emphasis, strikethrough or a link anywhere (`` ` * _ ~ [ ] \ ``),
 * and what starts a heading or a list at the start of the text (`# `, `- `, `+ `,
 * `1. `); HTML is entity-encoded; `@name` gets a zero-width space after the `@`
 * so a path never mentions a user. Dates, versions and hyphenated ids stay as
 * they are (`2026-02-01`, `claude-3-5-haiku`).
 */
export function mdText(s: string, max = MAX_PRINTED): string {
  return oneLine(s, max)
    .replace(/[&<>]/g, (c) => HTML[c]!)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#\-+])(?=\s|$)/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, "$1\\$2")
    .replace(/@(?=\w)/g, "@\u200b");
}

/**
 * Inline code that survives backticks and sits safely in a table: the fence is
 * one backtick longer than the longest run inside, and `|` is escaped (GitHub
 * splits table cells on it even inside code).
 */
export function mdCode(s: string, max = MAX_PRINTED): string {
  // A table row splits on a `|` after an even number of backslashes (code spans
  // included): give every `|` an odd number, so the cell stays one cell.
  const t = oneLine(s, max).replace(/(\\*)\|/g, (_, bs: string) => `${bs}${bs.length % 2 === 0 ? "\\" : "\\\\"}|`);
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = longest > 0 || t.startsWith(" ") || t.endsWith(" ") ? " " : "";
  return `${fence}${pad}${t}${pad}${fence}`;
}

/**
 * One CSV field (RFC 4180). A spreadsheet runs a cell that starts with = + - @
 * (or a tab or carriage return) as a formula: a leading quote keeps it text.
 */
export function csvCell(value: string | number | boolean | undefined | null): string {
  let s = value === undefined || value === null ? "" : oneLine(String(value), Number.POSITIVE_INFINITY);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A sentence shadow-ai wrote for Markdown (its own emphasis and code spans kept)
 * that may embed a scanned value: one line, no HTML. Not for table cells.
 */
export function mdProse(s: string, max = Number.POSITIVE_INFINITY): string {
  return oneLine(s, max).replace(/[&<>]/g, (c) => HTML[c]!);
}

/**
 * A fenced code block for lines that may hold backticks: the fence is longer
 * than any backtick run inside (so no line can close it early), each line one
 * line with its control characters shown escaped, none starting with `::`
 * (Markdown printed by the CLI in a workflow step reaches the runner's log).
 */
export function mdFence(lines: readonly string[], info = "", max = MAX_PRINTED): string[] {
  const shown = lines.map((l) => logLine(oneLine(l, max)));
  const longest = Math.max(2, ...shown.flatMap((l) => (l.match(/`+/g) ?? []).map((r) => r.length)));
  const fence = "`".repeat(longest + 1);
  return [`${fence}${info}`, ...shown, fence];
}
