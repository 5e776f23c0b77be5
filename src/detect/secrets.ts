import type { Catalog, KeyRule } from "../catalog/compile.js";
import type { Evidence, ScannedFile } from "../types.js";
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Committed API keys of every catalog format, anywhere in the file (a key in a
 * comment or a README is leaked all the same). Keywords gate each rule per line;
 * context words and vendor evidence gate formats without a distinctive prefix.
 */
export function detectSecrets(file: ScannedFile, text: string, catalog: Catalog, vendorsInFile: Set<string>): Evidence[] {
  if (catalog.keyRules.length === 0) return [];
  const lines = text.split("\n");
  const lower = lines.map((l) => l.toLowerCase());
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx]!;
    if (line.length > 20_000) continue;
    for (const rule of catalog.keyRules) {
      if (!rule.keywords.some((k) => lower[idx]!.includes(k))) continue;
      if (rule.requiresVendorEvidence && !vendorsInFile.has(rule.vendor)) continue;
      if (rule.context.length > 0) {
        const near = lower.slice(Math.max(0, idx - CONTEXT_LINES), idx + CONTEXT_LINES + 1).join("\n");
        if (!rule.context.some((w) => near.includes(w))) continue;
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
          snippet: safeSnippet(line, catalog),
        });
      }
    }
  }
  return out;
}
