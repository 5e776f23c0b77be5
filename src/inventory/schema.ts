import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Ajv, ErrorObject, ValidateFunction } from "ajv";
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import { loadAjv, loadStandalone } from "../ajv-lazy.cjs";
import { packageRoot } from "../package-root.js";
import type { Problem } from "./errors.js";
import { PRECOMPILED } from "./schema-validator.js";
import { closest, didYouMean } from "./suggest.js";

// schema/inventory.schema.json is the single source of validation: this module
// only runs it and turns its errors into file:line:column messages.

interface SchemaNode {
  properties?: Record<string, unknown>;
  enum?: unknown[];
  const?: unknown;
  type?: string | string[];
  pattern?: string;
}

let validator: ValidateFunction | undefined;

/** A real calendar date written YYYY-MM-DD (YAML dates stay strings under the YAML 1.2 core schema). */
export function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const schemaText = () => readFileSync(join(packageRoot(), "schema", "inventory.schema.json"), "utf8");

export function inventorySchema(): Record<string, unknown> {
  return JSON.parse(schemaText()) as Record<string, unknown>;
}

const digestOf = (text: string) => createHash("sha256").update(text).digest("hex");

function compileValidator(text: string, source: boolean): { ajv: Ajv; fn: ValidateFunction } {
  // Standalone code names the date format's function; it imports isDate from this module.
  // ajv loads here, not at start-up: the bundle's prebuilt validator usually serves (../ajv-lazy.cjs).
  const { _, Ajv: AjvClass } = loadAjv();
  const code = source ? { source: true, esm: true, formats: _`{ date: { type: "string", validate: isDate } }` } : undefined;
  const ajv = new AjvClass({ allErrors: true, strict: false, verbose: true, ...(code ? { code } : {}) });
  ajv.addFormat("date", { type: "string", validate: isDate });
  return { ajv, fn: ajv.compile(JSON.parse(text) as Record<string, unknown>) };
}

/**
 * The validator as an ES module's source, for scripts/build.mjs to put in the
 * bundle in place of ./schema-validator.ts: compiling the schema costs ~0.1 s
 * of every run that reads an inventory.
 */
export function inventoryValidatorModule(): string {
  const text = schemaText();
  const { ajv, fn } = compileValidator(text, true);
  return [
    'import { isDate } from "./schema.ts";',
    // CommonJS: the function is module.exports and, the same function, its `default`.
    loadStandalone().default(ajv, fn),
    `export const PRECOMPILED = { digest: ${JSON.stringify(digestOf(text))}, validate: validate };`,
  ].join("\n");
}

function validate(): ValidateFunction {
  if (!validator) {
    const text = schemaText();
    // The build-time validator, if the schema on disk is the one it was compiled from.
    validator = PRECOMPILED?.digest === digestOf(text) ? PRECOMPILED.validate : compileValidator(text, false).fn;
  }
  return validator;
}

/** `/vendors/openai/models/0` → ["vendors", "openai", "models", 0]. */
function segments(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `vendors.openai.models[0]`; `(root)` for the document itself. */
export function displayPath(path: (string | number)[]): string {
  let out = "";
  for (const s of path) out += typeof s === "number" ? `[${s}]` : out ? `.${s}` : s;
  return out || "(root)";
}

export interface Located {
  /** The node at the path (a value). */
  node?: Node;
  /** The key of the pair holding that value, when the last segment is a mapping key. */
  key?: Node;
}

/** Finds the YAML nodes for a path. */
export function locate(doc: Document, path: (string | number)[]): Located {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (!pair) return { node: node as Node, key };
      key = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === "number") {
      key = undefined;
      node = node.items[seg];
    } else {
      break;
    }
  }
  return { node: (node ?? undefined) as Node | undefined, key };
}

export function position(lc: LineCounter, node: Node | undefined): { line: number; column: number } {
  const offset = node?.range?.[0] ?? 0;
  const p = lc.linePos(offset);
  return { line: p.line, column: p.col };
}

const TYPE_WORDS: Record<string, string> = {
  array: "a list",
  object: "a mapping",
  string: "a string",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
};

function show(v: unknown): string {
  return typeof v === "string" ? `'${v}'` : JSON.stringify(v);
}

/** Schema errors → problems at the YAML node they concern, in file order. */
export function schemaProblems(value: unknown, doc: Document, lc: LineCounter): Problem[] {
  const fn = validate();
  if (fn(value)) return [];
  // Errors inside a wrong branch of a oneOf/anyOf say nothing the wrapper does not.
  const errors = (fn.errors ?? []).filter((e) => !e.schemaPath.includes("/oneOf/") && !e.schemaPath.includes("/anyOf/"));
  const out: Problem[] = [];
  // A misspelt key also makes the key it meant "missing": report the misspelling only.
  const suggested = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    const guess = closest((e.params as { additionalProperty: string }).additionalProperty, Object.keys((e.parentSchema as SchemaNode | undefined)?.properties ?? {}));
    if (guess) suggested.add(`${e.instancePath}\u0000${guess}`);
  }
  for (const e of errors) {
    const path = segments(e.instancePath);
    const at = locate(doc, path);
    const where = displayPath(path);
    const parent = e.parentSchema as SchemaNode | undefined;
    let message: string;
    let node: Node | undefined = at.node;
    switch (e.keyword) {
      case "additionalProperties": {
        const prop = (e.params as { additionalProperty: string }).additionalProperty;
        const known = Object.keys(parent?.properties ?? {});
        const hint = didYouMean(prop, known);
        node = locate(doc, [...path, prop]).key;
        message = `${where === "(root)" ? "" : `${where}: `}unknown key '${prop}'${hint}`;
        break;
      }
      case "required": {
        const prop = (e.params as { missingProperty: string }).missingProperty;
        if (suggested.has(`${e.instancePath}\u0000${prop}`)) continue;
        node = at.key ?? at.node;
        message = `${where === "(root)" ? "" : `${where}: `}missing required key '${prop}'`;
        break;
      }
      case "propertyNames": {
        const name = (e.params as { propertyName: string }).propertyName;
        node = locate(doc, [...path, name]).key;
        message = `${where}: '${name}' is not a valid id (lowercase letters, digits and '-')`;
        break;
      }
      case "pattern":
      case "format":
      case "enum":
      case "const":
      case "type":
      case "minLength":
      case "minItems":
      case "uniqueItems":
      case "anyOf":
      case "oneOf":
      default:
        message = `${where}: ${valueMessage(e, parent)}`;
    }
    out.push({ ...position(lc, node), message });
  }
  const seen = new Set<string>();
  return out
    .filter((p) => {
      const k = `${p.line}:${p.column}:${p.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
}

function valueMessage(e: ErrorObject, parent: SchemaNode | undefined): string {
  const data = e.data;
  switch (e.keyword) {
    case "format":
      return `${show(data)} is not a date (YYYY-MM-DD)`;
    case "pattern":
      if (e.instancePath.endsWith("/review-interval") || e.instancePath.endsWith("/attestation-max-age")) return `${show(data)} is not a duration such as 90d, 12w, 6m or 1y`;
      return `${show(data)} does not match ${(e.params as { pattern: string }).pattern}`;
    case "enum": {
      const allowed = (parent?.enum ?? (e.params as { allowedValues: unknown[] }).allowedValues) as unknown[];
      const hint = typeof data === "string" ? didYouMean(data, allowed.map(String)) : "";
      return `${show(data)} is not one of ${allowed.map(String).join(", ")}${hint}`;
    }
    case "const":
      return `must be ${show((e.params as { allowedValue: unknown }).allowedValue)}`;
    case "type": {
      const t = (e.params as { type: string | string[] }).type;
      const words = (Array.isArray(t) ? t : String(t).split(",")).map((x) => TYPE_WORDS[x] ?? x);
      return `must be ${words.join(" or ")}`;
    }
    case "minLength":
    case "minItems":
      return "must not be empty";
    case "uniqueItems":
      return `lists ${show((data as unknown[])[(e.params as { i: number }).i])} twice`;
    case "anyOf":
      if (e.instancePath.startsWith("/exceptions/")) return "an exception needs at least one of rule, vendor or fingerprint";
      return "is not valid here";
    case "oneOf":
      return "must be a name, or a mapping with the documented keys";
    default:
      return e.message ?? "is invalid";
  }
}
