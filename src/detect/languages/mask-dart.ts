// Dart's lexical mask: `//` and `///` comments, nesting `/* … */` blocks,
// '…' "…" '''…''' """…""" strings with `${…}` and `$name` interpolation, and
// raw strings (`r'…'`) that have neither escapes nor interpolation.

import { MaskBuilder, readQuoted } from "./mask-builder.js";
import type { Masked } from "./mask.js";

export function maskDart(text: string): Masked {
  const out = new MaskBuilder(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (text.startsWith("//", i)) {
      const e = text.indexOf("\n", i);
      i = out.comment(i, e < 0 ? n : e);
      continue;
    }
    if (text.startsWith("/*", i)) {
      let depth = 0;
      let j = i;
      while (j < n) {
        if (text.startsWith("/*", j)) {
          depth++;
          j += 2;
        } else if (text.startsWith("*/", j)) {
          j += 2;
          if (--depth === 0) break;
        } else j++;
      }
      i = out.comment(i, j);
      continue;
    }
    const raw = ch === "r" && (text[i + 1] === "'" || text[i + 1] === '"') && !/[\w$]/.test(text[i - 1] ?? "");
    const q = raw ? i + 1 : i;
    if (text[q] === "'" || text[q] === '"') {
      const triple = text.startsWith(text[q]!.repeat(3), q);
      const close = triple ? text[q]!.repeat(3) : text[q]!;
      const from = q + close.length;
      const r = readQuoted(text, from, close, raw ? { multiline: triple } : { escapes: true, multiline: triple, interp: "${", dollarIdent: true });
      i = out.string(i, from, r.end, r.value);
      continue;
    }
    i++;
  }
  return out.result();
}
