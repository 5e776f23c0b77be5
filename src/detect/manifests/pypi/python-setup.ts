// python-setup files, by name:
// - setup.py: read, never run. Python imports and literals come from the
//   Python detector; `install_requires=[…]`, `extras_require={…: […]}` and
//   `tests_require=[…]` are read from the string literals of the list (or of
//   the list a top-level variable passed there is assigned).
// - setup.cfg: `[options] install_requires =` / `tests_require =` and
//   `[options.extras_require]`, one requirement per (continuation) line.
// - environment.yml (conda): `dependencies:` specs and the `pip:` sublist.
//   Decision: a conda package is looked up by its name as a PyPI name: the AI
//   SDKs conda-forge carries (openai, anthropic, cohere, …) keep their PyPI
//   names, and the catalog has no conda ecosystem.

import { parseDocument, isMap, isScalar, isSeq, type Node } from "yaml";
import { diagnostic } from "../evidence.js";
import { parseRequirement } from "./pep508.js";
import { detectPython } from "../../python/index.js";
import { lexPython, type Token } from "../../python/lexer.js";
import type { Detector, DetectOutput } from "../../types.js";
import { baseName, EvidenceSink, fileLiterals } from "../common.js";

const SETUP_KEYS = new Set(["install_requires", "extras_require", "tests_require"]);

/** String tokens that are requirement entries of the bracketed value starting at `tokens[k]`. */
function requirementStrings(tokens: Token[], k: number): Token[] {
  const open = tokens[k];
  if (!open || open.type !== "op" || !["[", "(", "{"].includes(open.value)) return [];
  const out: Token[] = [];
  const depth = open.depth;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    // A closing bracket carries the depth inside it: ours is the first at depth + 1.
    if (t.type === "op" && [")", "]", "}"].includes(t.value) && t.depth === depth + 1) break;
    if (t.type === "string" && (t.bracket === "[" || t.bracket === "(") && !/[fb]/.test(t.prefix ?? "")) {
      // A dict key is followed by ':'; a list entry is not.
      const next = tokens[j + 1];
      if (!(next && next.type === "op" && next.value === ":")) out.push(t);
    }
  }
  return out;
}

function setupPyRequirements(text: string, sink: EvidenceSink): void {
  const { tokens } = lexPython(text);
  const assignments = new Map<string, number>(); // top-level NAME = <bracket>
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type === "name" && t.depth === 0 && tokens[k + 1]!.value === "=" && (k === 0 || tokens[k - 1]!.type === "newline")) assignments.set(t.value, k + 2);
  }
  const seen = new Set<number>();
  const emit = (start: number) => {
    for (const t of requirementStrings(tokens, start)) {
      if (seen.has(t.offset)) continue;
      seen.add(t.offset);
      const r = parseRequirement(t.value);
      if (!r) continue;
      const prefix = t.prefix?.length ?? 0;
      const quote = text.startsWith('"""', t.offset + prefix) || text.startsWith("'''", t.offset + prefix) ? 3 : 1;
      sink.add("pypi", r.name, t.offset + prefix + quote + r.offset, r.major);
    }
  };
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type !== "name" || !SETUP_KEYS.has(t.value) || tokens[k + 1]!.value !== "=") continue;
    const value = tokens[k + 2]!;
    if (value.type === "name") {
      const at = assignments.get(value.value);
      if (at !== undefined) emit(at);
    } else {
      emit(k + 2);
    }
  }
}

function setupCfgRequirements(text: string, sink: EvidenceSink): void {
  let section = "";
  let collecting = false;
  let offset = 0;
  const take = (value: string, at: number) => {
    const noComment = value.replace(/(^|\s)[#;].*$/, "");
    if (noComment.trim() === "" || /^\s*file:/.test(noComment)) return;
    const r = parseRequirement(noComment);
    if (r) sink.add("pypi", r.name, at + r.offset, r.major);
  };
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const at = offset;
    offset += raw.length + 1;
    if (/^\s*[#;]/.test(line) || line.trim() === "") continue;
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      section = header[1]!.trim().toLowerCase();
      collecting = false;
      continue;
    }
    if (/^\s/.test(line)) {
      if (collecting) take(line, at);
      continue;
    }
    const kv = /^([^=:]*[^=:\s])\s*[=:]\s*(.*)$/.exec(line);
    if (!kv) {
      collecting = false;
      continue;
    }
    const key = kv[1]!.trim().toLowerCase();
    collecting = (section === "options" && (key === "install_requires" || key === "tests_require")) || section === "options.extras_require";
    if (collecting && kv[2]!.trim() !== "") take(kv[2]!, at + line.length - kv[2]!.length);
  }
}

function condaRequirements(text: string, sink: EvidenceSink): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return doc.errors[0]!.message.split("\n")[0];
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  const deps = root.get("dependencies", true);
  if (!isSeq(deps)) return undefined;
  const scalarAt = (node: Node) => {
    const range = node.range;
    if (!range || !isScalar(node) || typeof node.value !== "string") return undefined;
    const quoted = text[range[0]] === '"' || text[range[0]] === "'";
    return { value: node.value, offset: range[0] + (quoted ? 1 : 0) };
  };
  for (const item of deps.items) {
    if (isMap(item)) {
      const pip = item.get("pip", true);
      if (!isSeq(pip)) continue;
      for (const p of pip.items) {
        const s = scalarAt(p as Node);
        if (!s || s.value.trim().startsWith("-")) continue;
        const r = parseRequirement(s.value);
        if (r) sink.add("pypi", r.name, s.offset + r.offset, r.major);
      }
      continue;
    }
    const s = scalarAt(item as Node);
    if (!s) continue;
    // [channel[/subdir]::]name[ version[ build]] | name=1.2 | name>=1.2
    const m = /^(\s*(?:[^\s:]+::)?)([A-Za-z0-9_][A-Za-z0-9_.-]*)\s*(.*)$/.exec(s.value);
    if (!m) continue;
    const v = /^(?:==?|>=|>|~=)?\s*(\d+)/.exec(m[3]!.trim());
    sink.add("pypi", m[2]!, s.offset + m[1]!.length, v ? String(Number(v[1])) : undefined);
  }
  return undefined;
}

export const detectPythonSetup: Detector = async (input): Promise<DetectOutput> => {
  const { file, text, catalog } = input;
  const name = baseName(file.path).toLowerCase();
  const sink = new EvidenceSink(file.path, text, catalog);
  try {
    if (name.endsWith(".py")) {
      const py = await detectPython(input);
      setupPyRequirements(text, sink);
      return { evidence: [...py.evidence, ...sink.evidence], literals: py.literals, diagnostics: py.diagnostics };
    }
    if (name.endsWith(".cfg")) {
      setupCfgRequirements(text, sink);
      return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
    }
    const error = condaRequirements(text, sink);
    if (error) return { evidence: [], literals: [], diagnostics: [{ file: file.path, message: `could not parse ${baseName(file.path)}: ${error}` }] };
    return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, `could not read ${baseName(file.path)}`, err)] };
  }
};
