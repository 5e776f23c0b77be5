// Dart: `import 'package:name/…'` and `export 'package:name/…'`, with `as`,
// `show`, `hide`, `deferred` and conditional URIs (`if (dart.library.io)
// 'package:…'`). The package is the first path segment after `package:`;
// `dart:` and relative URIs are the SDK's and the project's own.

import type { Masked } from "./mask.js";
import { importDetector, type ImportRef } from "./common.js";

const DIRECTIVE = /(?<![\w$.])(?:import|export)(?![\w$])/g;
const PACKAGE = /^package:([a-z_][a-z0-9_]*)\//;

export function dartImports(masked: Masked): ImportRef[] {
  const { code, strings } = masked;
  const out: ImportRef[] = [];
  for (const m of code.matchAll(DIRECTIVE)) {
    // The directive runs to its `;` (or, unterminated, to the end of a short window).
    let end = code.indexOf(";", m.index);
    if (end < 0 || end - m.index > 2000) end = Math.min(code.length, m.index + 2000);
    for (let j = code.indexOf('"', m.index); j >= 0 && j < end; j = code.indexOf('"', j + 1)) {
      const s = strings.get(j);
      const name = s ? PACKAGE.exec(s.value)?.[1] : undefined;
      if (s && name) out.push({ spec: name, offset: s.contentStart, statement: m.index });
    }
  }
  return out;
}

export const detectDart = importDetector({ language: "dart", ecosystem: "pub", defaultLang: "dart", find: dartImports, fromMask: true });
