// Package.swift: a dependency is a `.package(…)` call whose `url:` (or
// registry `id:`) argument is a string literal:
// `.package(url: "https://github.com/MacPaw/OpenAI.git", from: "0.2.0")`,
// `.package(name: "OpenAI", url: "…", .upToNextMajor(from: "1.0.0"))`,
// `.package(id: "scope.name", from: "1.0.0")`. Read on the Swift mask, so a
// commented-out dependency, or one quoted inside another string, is text. Only
// the call's own arguments count (depth 1), not a string nested deeper.
// `.package(path:)` is local code. The catalog keys the repository URL
// normalised (swiftpmIdentity: host/owner/repo, lowercased, no `.git`).

import { maskedLiterals } from "../../languages/common.js";
import { maskCode, type Masked } from "../../languages/mask.js";
import type { Detector, DetectOutput } from "../../types.js";
import { EvidenceSink, firstMajor } from "../common.js";

const CALL = /\.package[ \t\r\n]*\(/g;
const LABEL = /(?<![\w.])(url|id|from|exact)[ \t\r\n]*:[ \t\r\n]*"/y;

export interface SwiftPackageRef {
  /** The `url:` or `id:` string. */
  location: string;
  /** Offset of the location's content in the text. */
  offset: number;
  version?: string | undefined;
}

/** The `.package(url:|id:)` references of a masked Package.swift. */
export function swiftPackageRefs(masked: Masked): SwiftPackageRef[] {
  const code = masked.code;
  const out: SwiftPackageRef[] = [];
  for (const m of code.matchAll(CALL)) {
    let depth = 1;
    let ref: SwiftPackageRef | undefined;
    let version: string | undefined;
    for (let i = m.index + m[0].length; i < code.length && depth > 0; i++) {
      const c = code[i]!;
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]" || c === "}") depth--;
      // `from:` inside `.upToNextMajor(from:)` sits at depth 2: still this call's version.
      else if (depth <= 2 && /[a-z]/.test(c)) {
        LABEL.lastIndex = i;
        const label = LABEL.exec(code);
        if (!label) continue;
        const quote = i + label[0].length - 1;
        const s = masked.strings.get(quote);
        i = (s?.end ?? quote + 1) - 1;
        if (!s) continue;
        if ((label[1] === "url" || label[1] === "id") && depth === 1 && !ref) ref = { location: s.value, offset: s.contentStart };
        else if ((label[1] === "from" || label[1] === "exact") && !version) version = s.value;
      }
    }
    if (ref) out.push({ ...ref, version });
  }
  return out;
}

export const detectPackageSwift: Detector = ({ file, text, catalog }): DetectOutput => {
  const sink = new EvidenceSink(file.path, text, catalog);
  let literals: DetectOutput["literals"] = [];
  try {
    const masked = maskCode(text, "swift");
    literals = maskedLiterals(masked, text);
    for (const ref of swiftPackageRefs(masked)) sink.add("swiftpm", ref.location, ref.offset, firstMajor(ref.version));
  } catch (err) {
    return { evidence: [], literals, diagnostics: [{ file: file.path, message: `could not parse Package.swift: ${(err as Error).message.split("\n")[0]}` }] };
  }
  return { evidence: sink.evidence, literals, diagnostics: [] };
};
