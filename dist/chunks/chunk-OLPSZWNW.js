import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  escapeRegExp
} from "./chunk-2YU2PO3X.js";

// src/redact.ts
var SNIPPET_MAX = 160;
function redact(text, catalog) {
  if (!keyLike(catalog.keyRules)(text)) return text;
  return redactAll(text, catalog);
}
function redactAll(text, catalog) {
  const spans = [];
  for (const rule of catalog.keyRules) {
    rule.regex.lastIndex = 0;
    for (const m of text.matchAll(rule.regex)) if (m[0].length > 0) spans.push([m.index, m.index + m[0].length]);
  }
  let out = text;
  if (spans.length > 0) {
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const merged = [];
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
var keyLikes = /* @__PURE__ */ new WeakMap();
function keyLike(rules) {
  let gate = keyLikes.get(rules);
  if (gate) return gate;
  const byFlags = /* @__PURE__ */ new Map();
  let combinable = true;
  for (const r of rules) {
    if (/\\[1-9k]|\(\?<[A-Za-z_$]/.test(r.regex.source)) combinable = false;
    const flags = r.regex.flags.replace(/[gy]/g, "");
    (byFlags.get(flags) ?? byFlags.set(flags, []).get(flags)).push(`(?:${r.regex.source})`);
  }
  const prefixes = rules.filter((r) => r.context.length === 0).flatMap((r) => r.keywords);
  if (prefixes.length > 0) (byFlags.get("i") ?? byFlags.set("i", []).get("i")).push(...prefixes.map(escapeRegExp));
  const parts = [...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags));
  gate = combinable ? (text) => parts.some((re) => re.test(text)) : () => true;
  keyLikes.set(rules, gate);
  return gate;
}
var prefixesOf = /* @__PURE__ */ new WeakMap();
function keyPrefixes(catalog) {
  let prefixes = prefixesOf.get(catalog.keyRules);
  if (!prefixes) prefixesOf.set(catalog.keyRules, prefixes = catalog.keyRules.filter((r) => r.context.length === 0).flatMap((r) => r.keywords));
  return prefixes;
}
function safeSnippet(line, catalog) {
  const cache = line.length <= SNIPPET_CACHE_LINE ? snippetCache(catalog) : void 0;
  let safe = cache?.get(line);
  if (safe === void 0) {
    const s = redact(line, catalog).trim();
    safe = s.length > SNIPPET_MAX ? `${s.slice(0, SNIPPET_MAX - 1)}\u2026` : s;
    if (cache) {
      if (cache.size >= SNIPPET_CACHE_SIZE) cache.clear();
      cache.set(line, safe);
    }
  }
  return safe;
}
var SNIPPET_CACHE_SIZE = 1e4;
var SNIPPET_CACHE_LINE = 400;
var snippetCaches = /* @__PURE__ */ new WeakMap();
function snippetCache(catalog) {
  let cache = snippetCaches.get(catalog.keyRules);
  if (!cache) snippetCaches.set(catalog.keyRules, cache = /* @__PURE__ */ new Map());
  return cache;
}
function mask(secret) {
  const keep = Math.min(8, Math.floor(secret.length / 4));
  return `${secret.slice(0, keep)}\u2026[REDACTED]`;
}

// src/evaluate/suppress.ts
var MARKER = "shadow-ai-ignore";
var COMMENT_OPENER = /(?:\/\/|#|\/\*+|^\s*\*|<!--|--|;|%|^\s*'|\{#|\{\{!--|<%#|\(\*)$/;
var CLOSERS = /(?:\*\/|-->|%>|#}|}}|\*\)|--%>)$/;
function parseMarkers(file, text) {
  const out = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((lineText, i) => {
    const at = lineText.indexOf(MARKER);
    if (at < 0) return;
    if (!COMMENT_OPENER.test(lineText.slice(0, at).trimEnd())) return;
    const next = lineText[at + MARKER.length];
    if (next !== void 0 && /[\w-]/.test(next)) return;
    const rest = lineText.slice(at + MARKER.length).trimEnd().replace(CLOSERS, "").trim();
    const m = /^([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?::\s*(.*))?$/i.exec(rest);
    const targets = m ? m[1].split(",").map((t) => t.trim().toLowerCase()) : [];
    const reason = m ? (m[2] ?? "").trim() : "";
    out.push({ file, line: i + 1, column: at + 1, targets, reason });
  });
  return out;
}

export {
  redact,
  safeSnippet,
  MARKER,
  parseMarkers
};
