import { createHash } from "node:crypto";
import type { Catalog, KeyRule } from "../catalog/compile.js";
import type { Evidence, ScannedFile } from "../types.js";
import { escapeRegExp as escape, tokenRegExp } from "../catalog/patterns.js";
import { safeSnippet } from "../redact.js";

const CONTEXT_LINES = 3;

/**
 * Whether a match is a documentation placeholder rather than a key:
 * `sk-ant-api03-xxxx…`, `hf_XXXXXXXX…`, `<your-key>`, runs of one character.
 */
export function isPlaceholder(match: string, rule: KeyRule): boolean {
  const body = match.replace(new RegExp(`^.*?(${rule.keywords.map(escape).join("|")})`, "i"), "");
  if (/x{6,}|X{6,}|\*{4,}|\.{3}|<|>|your|example|dummy|placeholder|redacted|changeme|fake/i.test(match)) return true;
  const distinct = new Set(body || match).size;
  return distinct < Math.min(10, Math.floor((body || match).length / 3));
}

/**
 * What tells one committed key from another without holding it: the identity of
 * a hardcoded-secret finding (the same key moved to another file is the same
 * problem). Only evaluate reads it; assembleReport drops it from the report.
 */
export function keyHash(value: string): string {
  return createHash("sha256").update(`shadow-ai/key/v1\u0000${value}`).digest("hex").slice(0, 32);
}


/**
 * Committed API keys of every catalog format, anywhere in the file (a key in a
 * comment or a README is leaked all the same). Keywords gate each rule per line;
 * context words and vendor evidence gate formats without a distinctive prefix.
 */
export function detectSecrets(file: ScannedFile, text: string, catalog: Catalog, vendorsInFile: Set<string>): Evidence[] {
  if (catalog.keyRules.length === 0) return [];
  const out: Evidence[] = [];
  const seen = new Set<string>();
  // Only lines holding some rule's keyword can match: find them with one combined
  // case-insensitive pattern over the text as it is, and lowercase only those lines
  // (lowercasing every file whole cost more than the key scan itself).
  const keywords = keywordPattern(catalog.keyRules);
  keywords.lastIndex = 0;
  let idx = 0; // line index of `counted`
  let counted = 0;
  for (let m = keywords.exec(text); m; m = keywords.exec(text)) {
    const start = text.lastIndexOf("\n", m.index) + 1;
    let end = text.indexOf("\n", m.index);
    if (end < 0) end = text.length;
    for (let i = text.indexOf("\n", counted); i >= 0 && i < start; i = text.indexOf("\n", i + 1)) idx++;
    counted = start;
    keywords.lastIndex = end + 1;
    const line = text.slice(start, end);
    if (line.length > 20_000) continue;
    const near = () => {
      let from = start;
      // `from - 1` ends the line before; the newline before that one starts it.
      for (let n = 0; n < CONTEXT_LINES && from > 0; n++) from = from >= 2 ? text.lastIndexOf("\n", from - 2) + 1 : 0;
      let to = end;
      for (let n = 0; n < CONTEXT_LINES && to < text.length; n++) {
        const next = text.indexOf("\n", to + 1);
        to = next < 0 ? text.length : next;
      }
      return text.slice(from, to).toLowerCase();
    };
    matchLine(file, line, line.toLowerCase(), idx, near, catalog, vendorsInFile, seen, out);
  }
  return out;
}

const keywordPatterns = new WeakMap<KeyRule[], RegExp>();

function keywordPattern(rules: KeyRule[]): RegExp {
  let re = keywordPatterns.get(rules);
  if (!re) keywordPatterns.set(rules, (re = new RegExp(tokenRegExp(rules.flatMap((r) => r.keywords)).source, "gi")));
  return re;
}

/** One line's keys: keyword gate, vendor-evidence gate, context gate, then the rule's pattern. */
function matchLine(
  file: ScannedFile,
  line: string,
  lower: string,
  idx: number,
  near: () => string,
  catalog: Catalog,
  vendorsInFile: Set<string>,
  seen: Set<string>,
  out: Evidence[],
): void {
  let context: string | undefined;
  for (const rule of catalog.keyRules) {
    if (!rule.keywords.some((k) => lower.includes(k))) continue;
    if (rule.requiresVendorEvidence && !vendorsInFile.has(rule.vendor)) continue;
    if (rule.context.length > 0) {
      context ??= near();
      if (!rule.context.some((w) => context!.includes(w))) continue;
    }
    rule.regex.lastIndex = 0;
    for (const m of line.matchAll(rule.regex)) {
      if (isPlaceholder(m[0], rule)) continue;
      const where = `${idx}:${m.index}`;
      if (seen.has(where)) continue; // two rules, one key: report it once
      seen.add(where);
      out.push({
        kind: "secret",
        file: file.path,
        line: idx + 1,
        column: m.index! + 1,
        vendor: rule.vendor,
        secretRule: rule.id,
        keyHash: keyHash(m[0]),
        snippet: safeSnippet(line, catalog),
      });
    }
  }
}

/** The straightforward form: every line split off and lowercased. */
export function detectSecretsByLine(file: ScannedFile, text: string, catalog: Catalog, vendorsInFile: Set<string>): Evidence[] {
  if (catalog.keyRules.length === 0) return [];
  const lines = text.split("\n");
  const lower = lines.map((l) => l.toLowerCase());
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx]!;
    if (line.length > 20_000) continue;
    const near = () => lower.slice(Math.max(0, idx - CONTEXT_LINES), idx + CONTEXT_LINES + 1).join("\n");
    matchLine(file, line, lower[idx]!, idx, near, catalog, vendorsInFile, seen, out);
  }
  return out;
}
