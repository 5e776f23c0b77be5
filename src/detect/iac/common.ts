import { stripHashComment } from "../config.js";
import type { Catalog } from "../../catalog/compile.js";
import type { Evidence, EvidenceKind } from "../../types.js";
import { snippetAt, type DetectOutput, type Literal } from "../types.js";

// Small helpers shared by the infrastructure, container and workflow detectors.

export const empty = (): DetectOutput => ({ evidence: [], literals: [], diagnostics: [] });

export { positions } from "../positions.js";

export interface EvidenceFields {
  vendor: string;
  line: number;
  column: number;
  region?: string | undefined;
  model?: string | undefined;
  env?: string | undefined;
  via?: string | undefined;
  host?: string | undefined;
  resource?: string | undefined;
  action?: string | undefined;
}

export function makeEvidence(kind: EvidenceKind, file: string, text: string, f: EvidenceFields): Evidence {
  const e: Evidence = { kind, file, line: f.line, column: f.column, vendor: f.vendor, snippet: snippetAt(text, f.line) };
  if (f.env) e.env = f.env;
  if (f.host) e.host = f.host;
  if (f.resource) e.resource = f.resource;
  if (f.action) e.action = f.action;
  if (f.region) e.region = f.region;
  if (f.model) e.model = f.model;
  if (f.via) e.via = f.via;
  return e;
}

/**
 * A model id the detector read from a resource, as a literal bound to `model`
 * so the shared analyzer turns it into a model mention (resolve attributes it to
 * the vendors of the file). Evidence carries `model` too, for a resolver that reads it.
 */
export function modelLiteral(value: string, line: number, column: number): Literal {
  return { value, line, column, key: "model" };
}

/**
 * Blanks comments (keeping every newline and offset) in a C-like or hash-commented
 * text; strings stay. `quotes` are the string delimiters.
 */
export function blankComments(text: string, opts: { hash?: boolean; slash?: boolean; block?: boolean; quotes: string[] }): string {
  const out = text.split("");
  const n = text.length;
  let i = 0;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < n; k++) if (out[k] !== "\n") out[k] = " ";
  };
  while (i < n) {
    const c = text[i]!;
    if (opts.quotes.includes(c)) {
      let j = i + 1;
      while (j < n && text[j] !== c && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      i = j + 1;
      continue;
    }
    if ((opts.hash && c === "#") || (opts.slash && c === "/" && text[i + 1] === "/")) {
      let j = text.indexOf("\n", i);
      if (j < 0) j = n;
      blank(i, j);
      i = j;
      continue;
    }
    if (opts.block && c === "/" && text[i + 1] === "*") {
      let j = text.indexOf("*/", i + 2);
      j = j < 0 ? n : j + 2;
      blank(i, j);
      i = j;
      continue;
    }
    i++;
  }
  return out.join("");
}

/** Removes a ` # comment` outside quotes from one YAML / shell line. */
export const stripHash = (line: string): string => stripHashComment(line, ["#"]);

/** `arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-v2` → region and model. */
export function parseBedrockArn(value: string): { region?: string; model?: string } {
  const m = /^arn:aws[\w-]*:bedrock:([a-z0-9-]*):[^:]*:([\w-]+)\/(.+)$/.exec(value);
  if (!m) return {};
  const out: { region?: string; model?: string } = {};
  if (m[1]) out.region = m[1];
  if (m[2] === "foundation-model" || m[2] === "inference-profile") out.model = m[3]!;
  return out;
}

/** A resource's model value: a Bedrock ARN gives its model id (and region); anything else is the id. */
export function modelAndRegion(value: string | undefined): { region?: string; model?: string } {
  if (!value) return {};
  if (value.startsWith("arn:")) return parseBedrockArn(value);
  return /^[\w.:/@-]{2,120}$/.test(value) ? { model: value } : {};
}

const YAML_KEY = /^(\s*)(?:-\s+)?(["']?)([A-Za-z_][A-Za-z0-9_]*)\2\s*:(?:\s|$)/;

/**
 * Catalog env names set in YAML: mapping keys (`OPENAI_API_KEY: …`, compose and Helm
 * `env:` maps, CloudFormation `Variables:`) and compose list items (`- OPENAI_API_KEY=…`).
 * `- name: OPENAI_API_KEY` and `- OPENAI_API_KEY` are values, which the shared
 * analyzer already reads: they are not repeated here.
 */
export function yamlEnvNames(text: string, catalog: Catalog): { name: string; vendor: string; line: number; column: number }[] {
  const out: { name: string; vendor: string; line: number; column: number }[] = [];
  const lines = text.split("\n");
  let blockIndent = -1; // inside a block scalar (`key: |`) indented deeper than this
  for (let idx = 0; idx < lines.length; idx++) {
    const raw = lines[idx]!.replace(/\r$/, "");
    if (!raw.trim()) continue;
    const indent = raw.length - raw.trimStart().length;
    if (blockIndent >= 0) {
      if (indent > blockIndent) continue;
      blockIndent = -1;
    }
    const line = stripHash(raw);
    if (/:\s*[|>][+-]?\d*\s*$/.test(line)) blockIndent = indent;
    const key = YAML_KEY.exec(line);
    if (key && /^[A-Z][A-Z0-9_]{2,}$/.test(key[3]!)) {
      const vendor = catalog.lookupEnv(key[3]!);
      if (vendor) out.push({ name: key[3]!, vendor, line: idx + 1, column: line.indexOf(key[3]!) + 1 });
      continue;
    }
    const item = /^(\s*-\s+)(["']?)([A-Z][A-Z0-9_]{2,})=/.exec(line);
    if (item) {
      const vendor = catalog.lookupEnv(item[3]!);
      if (vendor) out.push({ name: item[3]!, vendor, line: idx + 1, column: item[1]!.length + item[2]!.length + 1 });
    }
  }
  return out;
}

/** Drops literals that only repeat an env name already reported on the same line. */
export function withoutEnvRepeats(literals: Literal[], reported: { name: string; line: number }[]): Literal[] {
  if (reported.length === 0) return literals;
  const seen = new Set(reported.map((r) => `${r.line}:${r.name}`));
  return literals.filter((l) => !seen.has(`${l.line}:${l.value}`));
}
