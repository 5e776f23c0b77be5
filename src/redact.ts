import type { Catalog } from "./catalog/compile.js";

/**
 * Masks every key-like token in a line: matches of any catalog key rule, and
 * any long token containing a key rule's keyword (so a key cut short by a
 * snippet cap, which no longer matches its pattern, is still masked). The
 * first characters stay so a reader can tell which key it was.
 */
export function redactLine(line: string, catalog: Catalog): string {
  let out = line;
  for (const rule of catalog.keyRules) {
    const source = rule.regex.source;
    out = out.replace(new RegExp(source, rule.regex.flags), (m) => mask(m));
  }
  const keywords = catalog.keyRules.flatMap((r) => r.keywords);
  return out.replace(/[A-Za-z0-9_+/=-]{16,}/g, (tok) => {
    const low = tok.toLowerCase();
    return keywords.some((k) => low.includes(k)) && !tok.includes("[REDACTED]") ? mask(tok) : tok;
  });
}

function mask(secret: string): string {
  const keep = Math.min(8, Math.floor(secret.length / 4));
  return `${secret.slice(0, keep)}…[REDACTED]`;
}
