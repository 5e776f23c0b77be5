// Every string that comes from a scanned tree, a report or an inventory goes
// through here before it becomes HTML or SVG: file paths, names, messages,
// links. Minimal on purpose; swap for src/report/escape.ts's html escaper when
// that lands (same contract: text in, entity-encoded text out).

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe inside an element or a quoted attribute (HTML and SVG alike). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A link when the target is an http(s) URL; otherwise the text alone (no javascript:, data:, relative paths). */
export function link(url: string | undefined, text: string): string {
  if (!url) return escapeHtml(text);
  let ok = false;
  try {
    const u = new URL(url);
    ok = (u.protocol === "https:" || u.protocol === "http:") && !/[\s"'<>]/.test(url);
  } catch {
    ok = false;
  }
  return ok ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : `${escapeHtml(text)} <span class="muted">(${escapeHtml(url)})</span>`;
}
