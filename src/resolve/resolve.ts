import type { Catalog } from "../catalog/compile.js";
import type { Mention } from "../detect/analyze.js";
import type { Evidence, FrameworkUsage, VendorUsage } from "../types.js";
import { applyBaseUrls } from "./base-url.js";
import { confidenceOf } from "./confidence.js";
import { applySelectors } from "./selectors.js";

export interface Resolution {
  vendors: VendorUsage[];
  frameworks: FrameworkUsage[];
}

const KIND_ORDER = ["import", "dependency", "lockfile", "env", "host", "secret", "iac", "workflow", "config"];

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
 * Another vendor's SDK flavour aimed at a cloud (Anthropic's Bedrock client)
 * is the cloud's usage: its evidence keeps `via` = the SDK's vendor, and the
 * SDK vendor's own evidence on the same line goes, as a base URL moves it.
 */
function carriedSdks(all: Evidence[], catalog: Catalog): Evidence[] {
  const tagged = all.map((e) => {
    const f = e.package && !e.via ? catalog.flavourOf(e.package) : undefined;
    return f && (e.vendor === f.sdk || e.vendor === f.cloud) ? { ...e, vendor: f.cloud, via: f.sdk } : e;
  });
  const carried = new Set(tagged.filter((e) => e.via).map((e) => `${e.file}:${e.line}:${e.via}`));
  if (carried.size === 0) return tagged;
  // A selector of the SDK's own service stays: it is what keeps the SDK's usage.
  return tagged.filter((e) => e.role === "selector" || !(e.vendor && carried.has(`${e.file}:${e.line}:${e.vendor}`)));
}

/**
 * Evidence → vendors and frameworks: applies base-URL redirection, groups,
 * attributes model ids to the vendors seen in the same file, and sorts
 * everything so the same tree always gives the same report.
 */
/** Catalog categories whose APIs serve models, and whose clients are aimed at one another (OpenAI-compatible endpoints). */
const SERVES_MODELS = new Set(["llm-api", "cloud-ai-platform", "llm-gateway", "local-runtime"]);

export function resolve(all: Evidence[], mentions: Mention[], catalog: Catalog): Resolution {
  // An LLM API's SDK aimed at an unknown endpoint or a local gateway is not that API's usage.
  const category = (id: string) => catalog.vendors.get(id)?.category ?? "";
  const redirectable = (id: string) => category(id) === "llm-api";
  // Which SDKs a base URL can aim at which vendors: model-serving APIs among
  // themselves, otherwise only within one category.
  const canPoint = (sdk: string, target: string) => category(sdk) === category(target) || (SERVES_MODELS.has(category(sdk)) && SERVES_MODELS.has(category(target)));
  const evidence = dedupe(applyBaseUrls(applySelectors(carriedSdks(all, catalog)), redirectable, canPoint)).sort(compareEvidence);

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
      if (e.model && !v.models.includes(e.model)) v.models.push(e.model);
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
  // entry serves it; failing that, to the one vendor in the repository that does
  // (or the one such vendor the project uses directly).
  // A region named beside a regional SDK (`region_name=` on a Bedrock client)
  // belongs to the vendors of that file whose clients take a region name (the
  // catalog gives them a region-pattern). A vendor regional only through its
  // hosts (Hugging Face Inference Endpoints, Pinecone) gets regions from those
  // hosts, not from an AWS region a Bedrock client beside it names.
  const vendorsByFile = new Map<string, Set<string>>();
  for (const e of evidence) if (e.vendor) (vendorsByFile.get(e.file) ?? vendorsByFile.set(e.file, new Set()).get(e.file)!).add(e.vendor);
  // The repository-wide owners of a model id, once per id (a tree repeats the same ids thousands of times).
  const globalOwners = new Map<string, { global: string[]; direct: string[] }>();
  const ownersOf = (model: string) => {
    let o = globalOwners.get(model);
    if (!o) {
      const global = [...vendors.keys()].filter((id) => catalog.matchesModel(id, model));
      // A vendor only a lockfile pulls in sends no requests of this repository's:
      // among several that serve the model, the one the project uses directly.
      globalOwners.set(model, (o = { global, direct: global.filter((id) => vendors.get(id)!.direct) }));
    }
    return o;
  };
  for (const m of mentions) {
    const inFile = [...(vendorsByFile.get(m.file) ?? [])];
    let owners: string[];
    if (m.kind === "region") {
      owners = inFile.filter((id) => catalog.vendors.get(id)?.["region-pattern"] !== undefined && catalog.regionFits(id, m.value));
    } else {
      const local = inFile.filter((id) => catalog.matchesModel(id, m.value));
      const { global, direct } = ownersOf(m.value);
      owners = local.length > 0 ? local : global.length === 1 ? global : direct.length === 1 ? direct : [];
    }
    for (const id of owners) {
      const v = vendors.get(id)!;
      const list = m.kind === "model" ? v.models : v.regions;
      if (!list.includes(m.value)) list.push(m.value);
    }
  }

  for (const v of vendors.values()) {
    v.confidence = confidenceOf(v.evidence);
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
