// PHP: `use X\Y;`, `use X\Y as Z;`, `use X\{A, B as C};`, `use function X\f;`,
// `use const X\C;`, comma lists. Closure `use ($x)` is not an import; text
// outside `<?php … ?>` is template output, never code.

import type { Masked } from "./mask.js";
import { importDetector, type ImportRef } from "./common.js";

const USE = /(?:^|[;{}])[ \t]*use[ \t\r\n]+(?:(?:function|const)[ \t\r\n]+)?([^;(\s][^;(]{0,4000});/dgm;
const NAME = /^\\?[A-Za-z_\x80-\uffff][\w\x80-\uffff]*(?:\\[A-Za-z_\x80-\uffff][\w\x80-\uffff]*)*/;

export function phpUses(masked: Masked): ImportRef[] {
  const out: ImportRef[] = [];
  for (const m of masked.code.matchAll(USE)) {
    const body = m[1]!;
    const base = m.indices?.[1]?.[0] ?? m.index;
    const add = (text: string, rel: number, prefix = "") => {
      const lead = text.length - text.trimStart().length;
      const t = text.trimStart().replace(/^(?:function|const)\s+/, "");
      const name = NAME.exec(t)?.[0];
      if (!name) return;
      const spec = (prefix ? `${prefix}\\${name}` : name).replace(/^\\/, "");
      out.push({ spec, offset: base + rel + lead, statement: m.index });
    };
    const brace = body.indexOf("{");
    if (brace >= 0) {
      const prefix = body.slice(0, brace).trim().replace(/\\$/, "").replace(/^\\/, "");
      const inner = body.slice(brace + 1, body.lastIndexOf("}") < 0 ? body.length : body.lastIndexOf("}"));
      let at = brace + 1;
      for (const item of inner.split(",")) {
        add(item, at, prefix);
        at += item.length + 1;
      }
      continue;
    }
    let at = 0;
    for (const item of body.split(",")) {
      add(item, at);
      at += item.length + 1;
    }
  }
  return out;
}

export const detectPhp = importDetector({ language: "php", ecosystem: "composer", defaultLang: "php", find: phpUses });
