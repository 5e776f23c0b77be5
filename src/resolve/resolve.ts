import type { Catalog } from "../catalog/compile.js";
import type { ModelMention } from "../detect/analyze.js";
import type { Evidence, FrameworkUsage, VendorUsage } from "../types.js";
import { applyBaseUrls } from "./base-url.js";

export interface Resolution {
  vendors: VendorUsage[];
  frameworks: FrameworkUsage[];
}

const KIND_ORDER = ["import", "dependency", "lockfile", "env", "host", "secret", "iac", "workflow"];

export function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (a.vendor ?? "").localeCompare(b.vendor ?? "") ||
    (a.framework ?? "").localeCompare(b.framework ?? "")
  );
}

function dedupe(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.file}:${e.line}:${e.column}:${e.kind}:${e.vendor ?? ""}:${e.framework ?? ""}:${e.package ?? e.host ?? e.env ?? e.secretRule ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Evidence → vendors and frameworks: applies base-URL redirection, groups,
 * attributes model ids to the vendors seen in the same file, and sorts
 * everything so the same tree always gives the same report.
 */
export function resolve(all: Evidence[], models: ModelMention[], catalog: Catalog): Resolution {
  const evidence = dedupe(applyBaseUrls(all)).sort(compareEvidence);

  const vendors = new Map<string, VendorUsage>();
  const frameworks = new Map<string, FrameworkUsage>();
  for (const e of evidence) {
    if (e.vendor) {
      let v = vendors.get(e.vendor);
      if (!v) {
        const spec = catalog.vendors.get(e.vendor);
        v = {
          id: e.vendor,
          name: spec?.name ?? e.vendor,
          category: spec?.category ?? "other",
          declared: false,
          status: "undeclared",
          direct: false,
          regions: [],
          models: [],
          frameworks: [],
          evidence: [],
        };
        vendors.set(e.vendor, v);
      }
      v.evidence.push(e);
      if (!e.transitive) v.direct = true;
      if (e.region && !v.regions.includes(e.region)) v.regions.push(e.region);
      if (e.framework && !v.frameworks.includes(e.framework)) v.frameworks.push(e.framework);
    }
    if (e.framework) {
      let f = frameworks.get(e.framework);
      if (!f) {
        f = { id: e.framework, name: catalog.frameworks.get(e.framework)?.name ?? e.framework, vendors: [], evidence: [] };
        frameworks.set(e.framework, f);
      }
      f.evidence.push(e);
      if (e.vendor && !f.vendors.includes(e.vendor)) f.vendors.push(e.vendor);
    }
  }

  // A model id belongs to a vendor already seen in the same file whose catalog
  // entry serves it; failing that, to the one vendor in the repository that does.
  const vendorsByFile = new Map<string, Set<string>>();
  for (const e of evidence) if (e.vendor) (vendorsByFile.get(e.file) ?? vendorsByFile.set(e.file, new Set()).get(e.file)!).add(e.vendor);
  for (const m of models) {
    const local = [...(vendorsByFile.get(m.file) ?? [])].filter((id) => catalog.matchesModel(id, m.model));
    const owners = local.length > 0 ? local : [...vendors.keys()].filter((id) => catalog.matchesModel(id, m.model));
    if (owners.length !== 1 && local.length === 0) continue;
    for (const id of owners) {
      const v = vendors.get(id);
      if (v && !v.models.includes(m.model)) v.models.push(m.model);
    }
  }

  for (const v of vendors.values()) {
    v.regions.sort();
    v.models.sort();
    v.frameworks.sort();
  }
  for (const f of frameworks.values()) f.vendors.sort();
  return {
    vendors: [...vendors.values()].sort((a, b) => a.id.localeCompare(b.id)),
    frameworks: [...frameworks.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
