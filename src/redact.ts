import type { Catalog, KeyRule } from "./catalog/compile.js";
import { escapeRegExp } from "./catalog/patterns.js";

/** Snippets are capped after redaction, so a cap never cuts a key in two before it is masked. */
export const SNIPPET_MAX = 160;

/**
 * Masks every key-like token in a text: matches of any catalog key rule, and
 * any long token that starts with the prefix of a distinctive key format (so a
 * key cut short, which no longer matches its pattern, is still masked). The
 * first characters stay so a reader can tell which key it was.
 */
export function redact(text: string, catalog: Catalog): string {
  // Most texts hold nothing key-like: one combined test says so (see keyLike).
  if (!keyLike(catalog.keyRules)(text)) return text;
  return redactAll(text, catalog);
}

/** The straightforward form: every rule's matches, then every long token's prefix. */
export function redactAll(text: string, catalog: Catalog): string {
  // Every rule runs on the original text and the union of their matches is
  // masked: masking one rule's match first could cut another key in two (the
  // 32 hex inside a LangSmith key are an Azure-format match) and leave its tail.
  const spans: [number, number][] = [];
  for (const rule of catalog.keyRules) {
    rule.regex.lastIndex = 0;
    for (const m of text.matchAll(rule.regex)) if (m[0].length > 0) spans.push([m.index!, m.index! + m[0].length]);
  }
  let out = text;
  if (spans.length > 0) {
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const merged: [number, number][] = [];
    for (const s of spans) {
      const last = merged.at(-1);
      if (last && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
      else merged.push([s[0], s[1]]);
    }
    out = "";
    let at = 0;
    for (const [a, b] of merged) {
      out += text.slice(at, a) + mask(text.slice(a, b));
      at = b;
    }
    out += text.slice(at);
  }
  const prefixes = keyPrefixes(catalog);
  return out.replace(/[A-Za-z0-9_+/=-]{20,}/g, (tok) => {
    const low = tok.toLowerCase();
    return prefixes.some((k) => low.startsWith(k)) ? mask(tok) : tok;
  });
}

const keyLikes = new WeakMap<KeyRule[], (text: string) => boolean>();

/**
 * Whether redaction could change a text: some rule's pattern matches in it, or a
 * key prefix occurs in it (any case), which every masked long token starts with.
 * The rules' patterns as one alternation (grouped by flags); a pattern that does
 * not combine safely (a back-reference, a named group) leaves no gate.
 */
export function keyLike(rules: KeyRule[]): (text: string) => boolean {
  let gate = keyLikes.get(rules);
  if (gate) return gate;
  const byFlags = new Map<string, string[]>();
  let combinable = true;
  for (const r of rules) {
    if (/\\[1-9k]|\(\?<[A-Za-z_$]/.test(r.regex.source)) combinable = false;
    const flags = r.regex.flags.replace(/[gy]/g, "");
    (byFlags.get(flags) ?? byFlags.set(flags, []).get(flags)!).push(`(?:${r.regex.source})`);
  }
  const prefixes = rules.filter((r) => r.context.length === 0).flatMap((r) => r.keywords);
  if (prefixes.length > 0) (byFlags.get("i") ?? byFlags.set("i", []).get("i")!).push(...prefixes.map(escapeRegExp));
  const parts = [...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags));
  gate = combinable ? (text) => parts.some((re) => re.test(text)) : () => true;
  keyLikes.set(rules, gate);
  return gate;
}

// Keyed by the rule list: redaction depends on nothing else in the catalog.
const prefixesOf = new WeakMap<KeyRule[], string[]>();

/**
 * Only keywords that are part of the key itself (rules without context words:
 * `sk-ant-`, `gsk_`), and only at a token's start: `hf_` inside `shelf_life` is no key.
 */
function keyPrefixes(catalog: Catalog): string[] {
  let prefixes = prefixesOf.get(catalog.keyRules);
  if (!prefixes) prefixesOf.set(catalog.keyRules, (prefixes = catalog.keyRules.filter((r) => r.context.length === 0).flatMap((r) => r.keywords)));
  return prefixes;
}

/** A snippet as it may appear in output: redacted, trimmed, capped. */
export function safeSnippet(line: string, catalog: Catalog): string {
  // The same line recurs across files (`import { ChatOpenAI } from "@langchain/openai";`):
  // redaction is a function of the line and the catalog, so remember short ones.
  const cache = line.length <= SNIPPET_CACHE_LINE ? snippetCache(catalog) : undefined;
  let safe = cache?.get(line);
  if (safe === undefined) {
    const s = redact(line, catalog).trim();
    safe = s.length > SNIPPET_MAX ? `${s.slice(0, SNIPPET_MAX - 1)}…` : s;
    if (cache) {
      if (cache.size >= SNIPPET_CACHE_SIZE) cache.clear();
      cache.set(line, safe);
    }
  }
  return safe;
}

/** At most this many remembered snippets of at most this many characters each (a few MB). */
const SNIPPET_CACHE_SIZE = 10_000;
const SNIPPET_CACHE_LINE = 400;
const snippetCaches = new WeakMap<KeyRule[], Map<string, string>>();

function snippetCache(catalog: Catalog): Map<string, string> {
  let cache = snippetCaches.get(catalog.keyRules);
  if (!cache) snippetCaches.set(catalog.keyRules, (cache = new Map()));
  return cache;
}

function mask(secret: string): string {
  const keep = Math.min(8, Math.floor(secret.length / 4));
  return `${secret.slice(0, keep)}…[REDACTED]`;
}
