import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from "yaml";
import type { Catalog } from "../catalog/compile.js";
import type { Evidence } from "../types.js";
import { stripHashComment } from "./config.js";
import { literal, snippetAt, type Literal } from "./types.js";

// Java and Kotlin frameworks configure the vendor in application.properties /
// application.yml (and profile variants: application-prod.yml,
// application-dev.properties, bootstrap.yml) rather than in code. A key under a
// catalog provider prefix (`spring.ai.openai.`, `quarkus.langchain4j.azure-openai.`,
// `langchain4j.open-ai.`) is that vendor, through that framework; its `model`,
// `location` / `region` and `base-url` / `endpoint` leaves carry what the vendor
// does. Comments are never keys; a `${ENV:default}` value names its default.

/** Spring Boot, Quarkus and Micronaut configuration files. */
export function isFrameworkConfig(path: string): boolean {
  return /(?:^|\/)(?:application|bootstrap)(?:-[\w.-]+)?\.(?:properties|ya?ml)$/i.test(path);
}

interface Entry {
  key: string;
  value: string;
  line: number;
  column: number;
}

const MODEL_LEAF = /^(?:model|model-?name|model-?id|deployment-?name|deployment-?id)$/i;
const REGION_LEAF = /^(?:location|region)$/i;
const ENDPOINT_LEAF = /^(?:base-?url|endpoint|url|host|base-?path)$/i;

export interface FrameworkConfigResult {
  evidence: Evidence[];
  /** Literals for the generic analyzers, keyed by their leaf (`base_url`) so an endpoint reads as an SDK base URL. */
  literals: Literal[];
}

export function frameworkConfigEvidence(path: string, text: string, catalog: Catalog): FrameworkConfigResult {
  const entries = /\.properties$/i.test(path) ? propertiesEntries(text) : yamlEntries(text);
  const hits = entries.flatMap((e) => {
    const hit = catalog.lookupProperty(e.key);
    return hit ? [{ ...e, hit, leaf: e.key.slice(e.key.lastIndexOf(".") + 1), raw: e.value, value: placeholderDefault(e.value) }] : [];
  });
  // A provider aimed at another vendor's host (`spring.ai.openai.base-url=https://api.groq.com/openai`)
  // is that vendor's usage, through the provider's client: as an SDK's base URL moves its evidence.
  const aimedAt = new Map<string, string>();
  for (const h of hits) {
    if (!ENDPOINT_LEAF.test(h.leaf)) continue;
    const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#\s]+)/i.exec(h.value)?.[1];
    const target = host ? catalog.matchHost(host)?.vendor : undefined;
    if (target && target !== h.hit.vendor) aimedAt.set(h.hit.prefix, target);
  }
  const evidence: Evidence[] = [];
  const literals: Literal[] = [];
  const seen = new Set<string>();
  for (const h of hits) {
    const target = aimedAt.get(h.hit.prefix);
    const vendor = target ?? h.hit.vendor;
    const ev: Evidence = { kind: "config", file: path, line: h.line, column: h.column, vendor, framework: h.hit.framework, package: h.hit.prefix, snippet: snippetAt(text, h.line) };
    if (target) ev.via = h.hit.vendor;
    if (h.value && MODEL_LEAF.test(h.leaf) && /^[\w.:/@-]{2,100}$/.test(h.value) && /[a-z]/i.test(h.value)) ev.model = h.value;
    if (h.value && REGION_LEAF.test(h.leaf) && catalog.isRegionName(h.value) && catalog.regionFits(vendor, h.value)) ev.region = h.value;
    // One piece of evidence per vendor per file, plus each key that says where or which model.
    const first = !seen.has(vendor);
    seen.add(vendor);
    if (first || ev.model || ev.region) evidence.push(ev);
    // Endpoints read as an SDK's base URL; models and regions are on the evidence already.
    if (h.value) literals.push(literal(h.value, h.line, h.column, ENDPOINT_LEAF.test(h.leaf) ? "base_url" : h.key));
    for (const env of envNames(h.raw)) literals.push(literal(env, h.line, h.column));
  }
  return { evidence, literals };
}

/** `${OPENAI_MODEL:gpt-4o}` → `gpt-4o`; `${OPENAI_API_KEY}` → ``; plain values unchanged. */
function placeholderDefault(value: string): string {
  const m = /^\$\{[^:}]*(?::([^}]*))?\}$/.exec(value.trim());
  return m ? (m[1] ?? "").trim() : value.trim();
}

/** Env names a value reads: `${OPENAI_API_KEY}`, `${AZURE_OPENAI_KEY:}`. */
function envNames(value: string): string[] {
  return [...value.matchAll(/\$\{([A-Z][A-Z0-9_]{2,})(?::[^}]*)?\}/g)].map((m) => m[1]!);
}

/** Java .properties: `key=value`, `key: value`, `key value`; `#` / `!` comments; `\` continuations. */
export function propertiesEntries(text: string): Entry[] {
  const out: Entry[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i]!.replace(/\r$/, "");
    if (/^\s*[#!]/.test(line) || !line.trim()) continue;
    while (/(?:^|[^\\])(?:\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!.replace(/\r$/, "").trimStart();
    const m = /^(\s*)((?:\\.|[^\s=:\\])+)\s*[=:\s]\s*(.*)$/.exec(line) ?? /^(\s*)((?:\\.|[^\s=:\\])+)\s*$/.exec(line);
    if (!m) continue;
    out.push({ key: m[2]!.replace(/\\(.)/g, "$1"), value: stripHashComment(m[3] ?? "", []).trim(), line: start + 1, column: m[1]!.length + 1 });
  }
  return out;
}

/** Every scalar leaf of every YAML document, with its dotted key path. */
export function yamlEntries(text: string): Entry[] {
  const out: Entry[] = [];
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false });
  if (!Array.isArray(docs)) return out;
  const visit = (node: Node | null | undefined, path: string, keyAt: number | undefined) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (k === undefined) continue;
        const at = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        visit(pair.value as Node | null, path ? `${path}.${k}` : k, at);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, idx) => visit(item as Node, `${path}[${idx}]`, isScalar(item) ? item.range?.[0] : keyAt));
    } else if (path && keyAt !== undefined) {
      const value = isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : "";
      const pos = lineCounter.linePos(keyAt);
      out.push({ key: path, value, line: pos.line, column: pos.col });
    }
  };
  for (const doc of docs) if (doc.errors.length === 0) visit(doc.contents as Node | null, "", undefined);
  return out;
}
