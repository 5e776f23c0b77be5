// Swift: `import X`, `@testable import X`, `import struct X.Y`, Swift 6
// access-level imports (`internal import X`).

import type { Masked } from "./mask.js";
import { importDetector, type ImportRef } from "./common.js";

const IMPORT =
  /^[ \t]*(?:@[\w]+(?:\([^)\n]*\))?[ \t]+)*(?:(?:public|package|internal|fileprivate|private)[ \t]+)?import[ \t]+(?:(?:typealias|struct|class|enum|protocol|let|var|func|actor|macro)[ \t]+)?([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)/dgm;

export function swiftImports(masked: Masked): ImportRef[] {
  const out: ImportRef[] = [];
  for (const m of masked.code.matchAll(IMPORT)) {
    out.push({ spec: m[1]!, offset: m.indices?.[1]?.[0] ?? m.index, statement: m.index });
  }
  return out;
}

export const detectSwift = importDetector({ language: "swift", defaultLang: "swift", find: swiftImports });
