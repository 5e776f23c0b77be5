import { html, oneLine } from "../escape.js";
import { esc } from "./esc.js";

/**
 * A link when the target is a plain http(s) URL; otherwise the text alone with
 * the target shown as text (no javascript:, data:, relative paths, and no URL
 * holding a quote, space, control or bidi character).
 */
export function link(url: string | undefined, text: string): string {
  if (!url) return esc(text);
  let ok = false;
  try {
    const u = new URL(url);
    ok = (u.protocol === "https:" || u.protocol === "http:") && !/[\s"'<>]/.test(url) && oneLine(url, Number.POSITIVE_INFINITY) === url;
  } catch {
    ok = false;
  }
  return ok ? `<a href="${html(url)}">${esc(text)}</a>` : `${esc(text)} <span class="muted">(${esc(url)})</span>`;
}
