// Go: `import "x"`, `import alias "x"`, `import _ "x"`, `import . "x"` and
// grouped `import ( … )`. The module path resolves by prefix at a `/`
// boundary, so `…/openai-go/v3/option` is openai-go and `openai-gopher` is not.

import type { Masked } from "./mask.js";
import { importDetector, skipBlank, type ImportRef } from "./common.js";

const NAME = /[A-Za-z_][A-Za-z0-9_]*|[._]/y;

export function goImports(masked: Masked): ImportRef[] {
  const { code, strings } = masked;
  const out: ImportRef[] = [];
  const spec = (j: number): number | undefined => {
    j = skipBlank(code, j, false);
    NAME.lastIndex = j;
    const name = NAME.exec(code);
    if (name) j = skipBlank(code, j + name[0].length, false);
    const s = code[j] === '"' ? strings.get(j) : undefined;
    if (!s) return undefined;
    // Each spec of a group is its own import line.
    out.push({ spec: s.value, offset: s.contentStart, statement: s.start });
    return s.end;
  };
  for (const m of code.matchAll(/(?<![\w.])import\b/g)) {
    const statement = m.index;
    let j = skipBlank(code, statement + 6);
    if (code[j] !== "(") {
      spec(j);
      continue;
    }
    j++;
    for (let guard = 0; guard < 10_000; guard++) {
      while (j < code.length && /[\s;]/.test(code[j]!)) j++;
      if (j >= code.length || code[j] === ")") break;
      const end = spec(j);
      if (end === undefined) break;
      j = end;
    }
  }
  return out;
}

export const detectGo = importDetector({ language: "go", ecosystem: "go", defaultLang: "go", find: goImports });
