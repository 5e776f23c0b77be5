// Code with its comments and strings blanked (offsets and newlines kept), for
// scans that look for identifiers: a class named in a comment or a docstring is
// not a call. The import languages have a precise mask (languages/mask.ts);
// Python and JavaScript, whose detectors are token-based, get the simple
// comment- and quote-aware scan here, which is all an identifier search needs.

import { lexSpecFor, type LexSpec } from "./lexer.js";
import { maskCode, maskLangForPath } from "./languages/mask.js";

const PYTHON: LexSpec = { line: ["#"], block: [], quotes: ['"""', "'''", '"', "'"] };
const JS: LexSpec = { line: ["//"], block: [["/*", "*/"]], quotes: ['"', "'", "`"] };

function specFor(path: string): LexSpec | undefined {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  if (ext === "py" || ext === "pyw" || ext === "pyi") return PYTHON;
  if (/^(?:[cm]?[jt]sx?|vue|svelte)$/.test(ext)) return JS;
  return lexSpecFor(path);
}

/** The file's code with comments and string contents as spaces; undefined for a file that is not code. */
export function maskedCode(path: string, text: string): string | undefined {
  const lang = maskLangForPath(path);
  if (lang) return maskCode(text, lang).code;
  const spec = specFor(path);
  return spec ? blank(text, spec) : undefined;
}

function blank(text: string, spec: LexSpec): string {
  const out = text.split("");
  const n = text.length;
  const clear = (from: number, to: number) => {
    for (let k = from; k < to && k < n; k++) if (out[k] !== "\n") out[k] = " ";
  };
  const openers = new Set([...spec.line, ...spec.block.map(([o]) => o), ...spec.quotes].map((s) => s.charCodeAt(0)));
  let i = 0;
  outer: while (i < n) {
    if (!openers.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    for (const [open, close] of spec.block) {
      if (text.startsWith(open, i)) {
        const end = text.indexOf(close, i + open.length);
        const stop = end < 0 ? n : end + close.length;
        clear(i, stop);
        i = stop;
        continue outer;
      }
    }
    for (const marker of spec.line) {
      if (text.startsWith(marker, i)) {
        const end = text.indexOf("\n", i);
        const stop = end < 0 ? n : end;
        clear(i, stop);
        i = stop;
        continue outer;
      }
    }
    for (const q of spec.quotes) {
      if (!text.startsWith(q, i)) continue;
      const single = q.length === 1 && q !== "`";
      let j = i + q.length;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === 92 /* \\ */ && !spec.raw?.includes(q)) {
          j++;
          continue;
        }
        if (single && c === 10) break;
        if (text.startsWith(q, j)) break;
      }
      const stop = j < n && text.startsWith(q, j) ? j + q.length : j;
      // Keep the quotes: `x = "…"` still reads as an assignment of a string.
      clear(i + q.length, j);
      i = stop;
      continue outer;
    }
    i++;
  }
  return out.join("");
}
