import type { Catalog } from "./catalog/compile.js";

/** Snippets are capped after redaction, so a cap never cuts a key in two before it is masked. */
export const SNIPPET_MAX = 160;

/**
 * Masks every key-like token in a text: matches of any catalog key rule, and
 * any long token that starts with the prefix of a distinctive key format (so a
 * key cut short, which no longer matches its pattern, is still masked). The
 * first characters stay so a reader can tell which key it was.
 */
export function redact(text: string, catalog: Catalog): string {
  let out = text;
  for (const rule of catalog.keyRules) {
    rule.regex.lastIndex = 0;
    out = out.replace(rule.regex, mask);
  }
  // Only keywords that are part of the key itself (rules without context words:
  // `sk-ant-`, `gsk_`), and only at a token's start: `hf_` inside `shelf_life` is no key.
  const prefixes = catalog.keyRules.filter((r) => r.context.length === 0).flatMap((r) => r.keywords);
  return out.replace(/[A-Za-z0-9_+/=-]{20,}/g, (tok) => {
    const low = tok.toLowerCase();
    return prefixes.some((k) => low.startsWith(k)) ? mask(tok) : tok;
  });
}

/** A snippet as it may appear in output: redacted, trimmed, capped. */
export function safeSnippet(line: string, catalog: Catalog): string {
  const s = redact(line, catalog).trim();
  return s.length > SNIPPET_MAX ? `${s.slice(0, SNIPPET_MAX - 1)}…` : s;
}

function mask(secret: string): string {
  const keep = Math.min(8, Math.floor(secret.length / 4));
  return `${secret.slice(0, keep)}…[REDACTED]`;
}
