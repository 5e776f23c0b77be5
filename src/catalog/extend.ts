import { compileCatalog, type Catalog } from "./compile.js";
import type { PackageSpecs, VendorSpec } from "./types.js";

/** A vendor entry from an inventory's `custom-vendors:` (every field optional; `name` required for a new id). */
export type VendorExtension = Partial<Omit<VendorSpec, "id">>;

function mergePackages(a: PackageSpecs | undefined, b: PackageSpecs | undefined): PackageSpecs | undefined {
  if (!b) return a;
  const out: PackageSpecs = { ...a };
  for (const [eco, list] of Object.entries(b) as [keyof PackageSpecs, NonNullable<PackageSpecs[keyof PackageSpecs]>][]) {
    out[eco] = [...(out[eco] ?? []), ...list];
  }
  return out;
}

const uniq = <T>(a: T[] | undefined, b: T[] | undefined): T[] | undefined => (b ? [...new Set([...(a ?? []), ...b])] : a);

/** One vendor spec with an extension's packages, hosts, env names, keys and models added. */
export function mergeVendorSpec(id: string, base: VendorSpec | undefined, ext: VendorExtension): VendorSpec {
  const b: VendorSpec = base ?? { id, name: ext.name ?? id, category: ext.category ?? "other", sources: [] };
  const imports = { ...b.imports };
  for (const [lang, roots] of Object.entries(ext.imports ?? {}) as [keyof NonNullable<VendorSpec["imports"]>, string[]][]) {
    imports[lang] = uniq(imports[lang], roots);
  }
  return {
    ...b,
    name: base ? b.name : (ext.name ?? id),
    category: base ? b.category : (ext.category ?? "other"),
    sources: uniq(b.sources, ext.sources ?? ["inventory custom-vendors"])!,
    packages: mergePackages(b.packages, ext.packages),
    imports,
    hosts: ext.hosts ? [...(b.hosts ?? []), ...ext.hosts] : b.hosts,
    env: uniq(b.env, ext.env),
    keys: ext.keys ? [...(b.keys ?? []), ...ext.keys] : b.keys,
    models: uniq(b.models, ext.models),
  };
}

/**
 * A new catalog: the given one plus custom vendors (new ids) and extensions of
 * vendors it already has. The given catalog (the cached built-in one) is not touched.
 */
export function extendCatalog(catalog: Catalog, extra: Map<string, VendorExtension>): Catalog {
  if (extra.size === 0) return catalog;
  const vendors = new Map(catalog.vendors);
  for (const [id, ext] of extra) vendors.set(id, mergeVendorSpec(id, catalog.vendors.get(id), ext));
  const source = { vendors: [...vendors.values()], frameworks: [...catalog.frameworks.values()], tools: [...catalog.tools.specs.values()] };
  const suffix = hash(JSON.stringify([...extra].sort(([a], [b]) => a.localeCompare(b))));
  return compileCatalog(source, `${catalog.version}+custom-${suffix}`);
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
