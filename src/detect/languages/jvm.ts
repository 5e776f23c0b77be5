// Java, Kotlin, Scala, Groovy: `import a.b.C;`, `import a.b.*`, `import static
// a.B.m`, Kotlin `import a.b.C as D`, Scala `import a.b.{C, D => E}`, `a.b._`,
// `a.b.given`, comma lists.

import type { Masked } from "./mask.js";
import { importDetector, type ImportRef } from "./common.js";

const IMPORT = /(?:^|;)[ \t]*import[ \t]+(?:static[ \t]+)?/gm;
const IDENT = /[A-Za-z_$][\w$]*|`[^`\n]+`/y;

/** One import statement's text after the keyword: to `;` or end of line, or past a `{…}` group. */
function statementText(code: string, from: number): string {
  let j = from;
  let depth = 0;
  while (j < code.length) {
    const c = code[j]!;
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if ((c === ";" || c === "\n") && depth <= 0) break;
    j++;
  }
  return code.slice(from, j);
}

/** `a . b.C` → `a.b.C`, with the offset of each spec's first character. */
function paths(stmt: string, base: number): { spec: string; offset: number }[] {
  const out: { spec: string; offset: number }[] = [];
  let j = 0;
  const ws = () => {
    while (j < stmt.length && /\s/.test(stmt[j]!)) j++;
  };
  for (let guard = 0; guard < 1000 && j < stmt.length; guard++) {
    ws();
    const start = j;
    const parts: string[] = [];
    for (;;) {
      ws();
      IDENT.lastIndex = j;
      const m = IDENT.exec(stmt);
      if (m && m.index === j) {
        parts.push(m[0].replace(/`/g, ""));
        j += m[0].length;
      } else if (stmt[j] === "*") {
        j++;
        break;
      } else if (stmt[j] === "{") {
        // Scala selectors: each name joins the prefix.
        const close = stmt.indexOf("}", j);
        const inner = stmt.slice(j + 1, close < 0 ? stmt.length : close);
        for (const sel of inner.split(",")) {
          const name = /^\s*([A-Za-z_$][\w$]*)/.exec(sel)?.[1];
          if (name && name !== "_" && name !== "given") out.push({ spec: [...parts, name].join("."), offset: base + start });
        }
        if (parts.length > 0) out.push({ spec: parts.join("."), offset: base + start });
        return out;
      } else {
        break;
      }
      ws();
      if (stmt[j] === ".") {
        j++;
        continue;
      }
      break;
    }
    const clean = parts.filter((p) => p !== "_" && p !== "given");
    if (clean.length > 0) out.push({ spec: clean.join("."), offset: base + start });
    // Kotlin `as D`, Scala 3 `as D`: skip the alias; Scala comma lists continue.
    const comma = stmt.indexOf(",", j);
    if (comma < 0) break;
    j = comma + 1;
  }
  return out;
}

export function jvmImports(masked: Masked): ImportRef[] {
  const { code } = masked;
  const out: ImportRef[] = [];
  for (const m of code.matchAll(IMPORT)) {
    const from = m.index + m[0].length;
    const stmt = statementText(code, from);
    for (const p of paths(stmt, from)) out.push({ ...p, statement: m.index });
  }
  return out;
}

export const detectJvm = importDetector({ language: "java", ecosystem: "maven", defaultLang: "java", find: jvmImports });
