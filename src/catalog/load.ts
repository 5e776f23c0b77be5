import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import { parseDocument } from "yaml";
import { loadAjv } from "../ajv-lazy.cjs";
import { packageRoot } from "../package-root.js";
import { BUILTIN, type BuiltinCatalog } from "./builtin.js";
import { compileCatalog, type Catalog } from "./compile.js";
import { backtrackingProblem } from "./redos.js";
import type { CatalogSource, FrameworkSpec, ToolSpec, VendorSpec } from "./types.js";

export class CatalogError extends Error {}

let validators: { vendor: ValidateFunction; framework: ValidateFunction; tool: ValidateFunction } | undefined;

function schemaValidators() {
  if (!validators) {
    const schema = JSON.parse(readFileSync(join(packageRoot(), "schema", "catalog.schema.json"), "utf8")) as { $id: string };
    const ajv = new (loadAjv().Ajv)({ allErrors: true, strict: false });
    ajv.addSchema(schema);
    validators = {
      vendor: ajv.getSchema(`${schema.$id}#/definitions/vendor`)!,
      framework: ajv.getSchema(`${schema.$id}#/definitions/framework`)!,
      tool: ajv.getSchema(`${schema.$id}#/definitions/tool`)!,
    };
  }
  return validators;
}

/**
 * A rules folder's YAML files (`[name, bytes]`, sorted by name), or none when the
 * folder is missing. Bytes: a start that finds them built in never decodes them.
 */
function readFiles(dir: string): [string, Buffer][] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return [];
  }
  return names.map((name) => [name, readFileSync(join(dir, name))]);
}

function parseEntries<T>(dir: string, files: [string, Buffer][], kind: "vendor" | "framework" | "tool"): T[] {
  if (files.length === 0) return [];
  const validate = schemaValidators()[kind];
  return files.map(([name, bytes]) => {
    const file = join(dir, name);
    const doc = parseDocument(bytes.toString("utf8"));
    if (doc.errors.length > 0) throw new CatalogError(`${file}: ${doc.errors[0]!.message}`);
    const value = doc.toJS() as T & { id: string };
    if (!validate(value)) {
      const e = validate.errors![0]!;
      throw new CatalogError(`${file}: ${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`);
    }
    if (`${value.id}.yml` !== name && `${value.id}.yaml` !== name) {
      throw new CatalogError(`${file}: id '${value.id}' must match the file name`);
    }
    return value;
  });
}

export interface RuleFiles {
  vendors: [string, Buffer][];
  frameworks: [string, Buffer][];
  tools: [string, Buffer][];
}

export function readRuleFiles(rulesDir: string): RuleFiles {
  return { vendors: readFiles(join(rulesDir, "vendors")), frameworks: readFiles(join(rulesDir, "frameworks")), tools: readFiles(join(rulesDir, "tools")) };
}

/**
 * Names and contents of every rule file: equal digests, equal catalogs. The
 * files' bytes are hashed as read: hashing their decoded texts re-encoded them
 * (~5 ms at every start, each scan worker too, against ~1 ms).
 */
function digestOf(files: RuleFiles): string {
  const h = createHash("sha256");
  for (const [folder, list] of Object.entries(files) as [string, [string, Buffer][]][]) {
    for (const [name, bytes] of list) h.update(`${folder}/${name}\0`).update(bytes).update("\0");
  }
  return h.digest("hex");
}

/** The prebuilt catalog when it was built from exactly these rule files. */
export function prebuiltFor(pre: BuiltinCatalog | undefined, files: RuleFiles): BuiltinCatalog | undefined {
  return pre?.digest === digestOf(files) ? pre : undefined;
}

function parseRuleFiles(rulesDir: string, files: RuleFiles): CatalogSource {
  const vendors = parseEntries<VendorSpec>(join(rulesDir, "vendors"), files.vendors, "vendor");
  const frameworks = parseEntries<FrameworkSpec>(join(rulesDir, "frameworks"), files.frameworks, "framework");
  const tools = parseEntries<ToolSpec>(join(rulesDir, "tools"), files.tools, "tool");
  checkConsistency({ vendors, frameworks, tools });
  return { vendors, frameworks, tools };
}

/** Reads and validates a rules folder (`rules/vendors`, `rules/frameworks`, `rules/tools`). */
export function readCatalogSource(rulesDir: string): CatalogSource {
  return parseRuleFiles(rulesDir, readRuleFiles(rulesDir));
}

/**
 * A rules folder parsed and validated ahead of time: scripts/build.mjs embeds
 * the built-in one in the bundle (see ./builtin.ts), which saves the YAML parse
 * and the schema compile (~0.25 s) on every run.
 */
export function prebuiltCatalog(rulesDir: string): BuiltinCatalog {
  const files = readRuleFiles(rulesDir);
  const source = parseRuleFiles(rulesDir, files);
  const version = catalogVersion(source);
  return { digest: digestOf(files), version, source, prefilter: compileCatalog(source, version).prefilter.source };
}

/** What the schema cannot say: references resolve and patterns compile. */
export function checkConsistency(source: CatalogSource): void {
  const ids = new Set(source.vendors.map((v) => v.id));
  for (const f of source.frameworks) {
    if (ids.has(f.id)) throw new CatalogError(`framework '${f.id}' has the same id as a vendor`);
    for (const p of f.providers ?? []) {
      if (!ids.has(p.vendor)) throw new CatalogError(`framework '${f.id}': provider vendor '${p.vendor}' is not in the catalog`);
    }
  }
  for (const t of source.tools ?? []) {
    if (t.vendor && !ids.has(t.vendor)) throw new CatalogError(`tool '${t.id}': vendor '${t.vendor}' is not in the catalog`);
    if (!t.vendor && !t["bring-your-own-model"]) throw new CatalogError(`tool '${t.id}': names no vendor and is not bring-your-own-model`);
  }
  for (const v of source.vendors) {
    for (const k of v.keys ?? []) {
      let regex: RegExp;
      try {
        regex = new RegExp(k.pattern, k.flags ?? "");
      } catch (err) {
        throw new CatalogError(`vendor '${v.id}': key '${k.id}' pattern does not compile: ${(err as Error).message}`);
      }
      const slow = backtrackingProblem(regex, k.keywords);
      if (slow) throw new CatalogError(`vendor '${v.id}': key '${k.id}' pattern ${slow}`);
    }
  }
}

const cache = new Map<string, Catalog>();

/**
 * The built-in catalog (rules/ beside the package), compiled once per process.
 * The rule files are always read; when they are the ones the bundle was built
 * from (same digest), their parsed, validated form comes from the bundle.
 */
export function loadCatalog(rulesDir = join(packageRoot(), "rules")): Catalog {
  let catalog = cache.get(rulesDir);
  if (!catalog) {
    const files = readRuleFiles(rulesDir);
    const pre = prebuiltFor(BUILTIN, files);
    const source = pre?.source ?? parseRuleFiles(rulesDir, files);
    catalog = compileCatalog(source, pre?.version ?? catalogVersion(source), pre?.prefilter);
    cache.set(rulesDir, catalog);
  }
  return catalog;
}

/** A short content hash: two scans with the same catalog version used the same knowledge. */
function catalogVersion(source: CatalogSource): string {
  const text = JSON.stringify(source);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${source.vendors.length}v-${source.frameworks.length}f-${h.toString(16).padStart(8, "0")}`;
}
