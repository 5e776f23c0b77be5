// Elixir's lexical mask: `#` comments; "strings" and 'charlists' with `#{…}`
// interpolation; """heredocs""" and '''heredocs''' (where @moduledoc and @doc
// live, so an `alias` in documentation is text); sigils (`~s(…)`, `~S|…|`,
// `~r/…/i`, `~s"""…"""`, `~HEEX"""…"""`); `:"quoted atoms"`; and character
// literals (`?#`, `?"`) that would otherwise open a comment or a string.

import { MaskBuilder, readQuoted } from "./mask-builder.js";
import type { Masked } from "./mask.js";

const SIGIL_CLOSE: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<": ">", "/": "/", "|": "|", '"': '"', "'": "'" };
const isWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

export function maskElixir(text: string): Masked {
  const out = new MaskBuilder(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (ch === "#") {
      const e = text.indexOf("\n", i);
      i = out.comment(i, e < 0 ? n : e);
      continue;
    }
    // ?x, ?\n: a character code. `valid?(x)` and `a ? b` (not Elixir, but harmless) are not.
    if (ch === "?" && !isWord(text[i - 1]) && text[i + 1] !== undefined && !/\s/.test(text[i + 1]!)) {
      const len = text[i + 1] === "\\" ? 3 : 2;
      i = out.string(i, i + 1, Math.min(n, i + len), text.slice(i + 1, i + len));
      continue;
    }
    if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
      const q = text.slice(i, i + 3);
      const r = readQuoted(text, i + 3, q, { escapes: true, multiline: true, interp: "#{" });
      i = out.string(i, i + 3, r.end, r.value.replace(/^[ \t]*\r?\n/, ""));
      continue;
    }
    if (ch === '"' || ch === "'") {
      const r = readQuoted(text, i + 1, ch, { escapes: true, multiline: true, interp: "#{" });
      i = out.string(i, i + 1, r.end, r.value);
      continue;
    }
    if (ch === ":" && text[i + 1] === '"' && text[i - 1] !== ":") {
      const r = readQuoted(text, i + 2, '"', { escapes: true, interp: "#{" });
      i = out.string(i, i + 2, r.end, r.value);
      continue;
    }
    if (ch === "~" && !isWord(text[i - 1])) {
      const m = /^~([a-z]|[A-Z][A-Z0-9]*)("""|'''|[(\[{<\/|"'])/.exec(text.slice(i, i + 24));
      if (m) {
        const open = m[2]!;
        const close = open.length === 3 ? open : SIGIL_CLOSE[open]!;
        const lower = m[1] === m[1]!.toLowerCase();
        const from = i + m[0].length;
        const nest = close !== open && open.length === 1 ? { openNest: open } : {};
        const r = readQuoted(text, from, close, { escapes: true, multiline: true, ...(lower ? { interp: "#{" } : {}), ...nest });
        let end = r.end;
        while (end < n && /[a-zA-Z]/.test(text[end]!)) end++; // modifiers (~r/x/iu)
        i = out.string(i, from, end, r.value);
        continue;
      }
    }
    i++;
  }
  return out.result();
}
