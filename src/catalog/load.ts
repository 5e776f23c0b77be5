import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import { parseDocument } from "yaml";
import { packageRoot } from "../package-root.js";
import { compileCatalog, type Catalog } from "./compile.js";
import type { CatalogSource, FrameworkSpec, VendorSpec } from "./types.js";

export class CatalogError extends Error {}

let validators: { vendor: ValidateFunction; framework: ValidateFunction } | undefined;

function schemaValidators() {
  if (!validators) {
    const schema = JSON.parse(readFileSync(join(packageRoot(), "schema", "catalog.schema.json"), "utf8")) as { $id: string };
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(schema);
    validators = {
      vendor: ajv.getSchema(`${schema.$id}#/definitions/vendor`)!,
      framework: ajv.getSchema(`${schema.$id}#/definitions/framework`)!,
    };
  }
  return validators;
}

function readEntries<T>(dir: string, kind: "vendor" | "framework"): T[] {
  const validate = schemaValidators()[kind];
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const file = join(dir, name);
    const doc = parseDocument(readFileSync(file, "utf8"));
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

/** Reads and validates a rules folder (`rules/vendors`, `rules/frameworks`). */
export function readCatalogSource(rulesDir: string): CatalogSource {
  const vendors = readEntries<VendorSpec>(join(rulesDir, "vendors"), "vendor");
  const frameworks = readEntries<FrameworkSpec>(join(rulesDir, "frameworks"), "framework");
  checkConsistency({ vendors, frameworks });
  return { vendors, frameworks };
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
  for (const v of source.vendors) {
    for (const k of v.keys ?? []) {
      try {
        new RegExp(k.pattern, k.flags ?? "");
      } catch (err) {
        throw new CatalogError(`vendor '${v.id}': key '${k.id}' pattern does not compile: ${(err as Error).message}`);
      }
    }
  }
}

const cache = new Map<string, Catalog>();

/** The built-in catalog (rules/ beside the package), compiled once per process. */
export function loadCatalog(rulesDir = join(packageRoot(), "rules")): Catalog {
  let catalog = cache.get(rulesDir);
  if (!catalog) {
    const source = readCatalogSource(rulesDir);
    catalog = compileCatalog(source, catalogVersion(source));
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
