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

const openerPatterns = new WeakMap<LexSpec, RegExp>();

/** The first characters of the spec's comment and quote markers, as one global character class. */
function openersOf(spec: LexSpec): RegExp {
  let re = openerPatterns.get(spec);
  if (!re) {
    const chars = new Set([...spec.line, ...spec.block.map(([o]) => o), ...spec.quotes].map((s) => s[0]!));
    const escaped = [...chars].map((c) => c.replace(/[\\\]^-]/g, "\\$&")).join("");
    re = new RegExp(escaped ? `[${escaped}]` : "(?!)", "g");
    openerPatterns.set(spec, re);
  }
  return re;
}

function blank(text: string, spec: LexSpec): string {
  // Built from slices: code kept as is, each blanked run as spaces with its
  // newlines (a char array joined back cost ~8% of an AI-dense scan).
  const parts: string[] = [];
  let kept = 0; // text before this offset is already in `parts`
  const n = text.length;
  const clear = (from: number, to: number) => {
    to = Math.min(to, n);
    if (to <= from) return;
    parts.push(text.slice(kept, from), spacesFor(text, from, to));
    kept = to;
  };
  const openers = openersOf(spec);
  let i = 0;
  outer: while (i < n) {
    // Jump to the next character that may open a comment or string.
    openers.lastIndex = i;
    if (!openers.test(text)) break;
    i = openers.lastIndex - 1;
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
      const escapes = !spec.raw?.includes(q);
      const first = q.charCodeAt(0);
      let j = i + q.length;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === 92 /* \\ */ && escapes) {
          j++;
          continue;
        }
        if (single && c === 10) break;
        if (c === first && (q.length === 1 || text.startsWith(q, j))) break;
      }
      const stop = j < n && text.startsWith(q, j) ? j + q.length : j;
      // Keep the quotes: `x = "…"` still reads as an assignment of a string.
      clear(i + q.length, j);
      i = stop;
      continue outer;
    }
    i++;
  }
  if (kept === 0) return text;
  parts.push(text.slice(kept));
  return parts.join("");
}

const SPACES = " ".repeat(256);

/** text[from, to) as spaces, its newlines kept: a per-character regex replace cost most of the mask. */
export function spacesFor(text: string, from: number, to: number): string {
  let out = "";
  let i = from;
  for (let nl = text.indexOf("\n", i); nl >= 0 && nl < to; nl = text.indexOf("\n", i)) {
    out += run(nl - i) + "\n";
    i = nl + 1;
  }
  return out + run(to - i);
}

function run(n: number): string {
  return n <= SPACES.length ? SPACES.slice(0, n) : " ".repeat(n);
}
