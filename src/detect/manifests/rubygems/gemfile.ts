// Gemfile (`gem "x", "~> 1.0"`) and *.gemspec (`spec.add_dependency`,
// `add_runtime_dependency`, `add_development_dependency`, including the
// generated `%q<x>.freeze` form). Read through the Ruby mask, so a commented
// `# gem "anthropic"`, a heredoc or a string that spells one is never evidence.

import { maskCode, type Masked, type MaskedString } from "../../languages/mask.js";
import type { Detector } from "../../types.js";
import { EvidenceSink, fileLiterals } from "../common.js";

const GEM = /(?<![\w.:$@])gem(?![\w?!])[ \t]*(?:\([ \t]*)?"/g;
const ADD_DEP = /\.[ \t]*add_(?:runtime_|development_)?dependency(?![\w?!])[ \t]*(?:\([ \t]*)?"/g;

/** Version requirements after the name: `, "~> 1.0", ">= 1.2"` or `, [">= 0"]`. */
function requirementsAfter(m: Masked, s: MaskedString): string[] {
  const out: string[] = [];
  let j = s.end;
  for (let guard = 0; guard < 20; guard++) {
    while (j < m.code.length && /[ \t]/.test(m.code[j]!)) j++;
    if (m.code.slice(j, j + 7) === ".freeze") j += 7;
    while (j < m.code.length && /[ \t]/.test(m.code[j]!)) j++;
    if (m.code[j] !== ",") break;
    j++;
    while (j < m.code.length && /[ \t[\r\n]/.test(m.code[j]!)) j++;
    const next = m.strings.get(j);
    if (!next || m.code[j] !== '"') break;
    out.push(next.value);
    j = next.end;
    while (j < m.code.length && /[ \t\]]/.test(m.code[j]!)) j++;
  }
  return out;
}

/** Major of the lower bound of RubyGems requirements (`~> 1.2`, `>= 10`, `= 0.3`, `1.0`). */
export function gemMajor(reqs: string[]): string | undefined {
  for (const r of reqs) {
    const m = /^\s*(?:(?:~>|>=|>|=)\s*)?(\d+)/.exec(r);
    if (m) return String(Number(m[1]));
  }
  return undefined;
}

export const detectGemfile: Detector = ({ file, text, catalog }) => {
  const sink = new EvidenceSink(file.path, text, catalog);
  const masked = maskCode(text, "ruby");
  const gemspec = file.path.toLowerCase().endsWith(".gemspec");
  for (const m of masked.code.matchAll(gemspec ? ADD_DEP : GEM)) {
    const at = m.index + m[0].length - 1;
    const s = masked.strings.get(at);
    if (!s || text.slice(s.contentStart, s.end).includes("#{")) continue;
    if (!/^[A-Za-z0-9][\w.-]*$/.test(s.value)) continue;
    sink.add("rubygems", s.value, s.contentStart, gemMajor(requirementsAfter(masked, s)));
  }
  return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
};
