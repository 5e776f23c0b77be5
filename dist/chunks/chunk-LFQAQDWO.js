import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  evaluate
} from "./chunk-TVG7CJUS.js";
import {
  isTestDataPath
} from "./chunk-MNL3WBNY.js";
import {
  ConfigError
} from "./chunk-6S6EOD3A.js";
import {
  packageVersion
} from "./chunk-YJ6TIQPF.js";

// src/evaluate/baseline.ts
import { readFile } from "node:fs/promises";
var DEFAULT_BASELINE = ".github/shadow-ai-baseline.json";
var BASELINE_VERSION = 2;
function baselineJson(findings) {
  const ordered = findings.filter((f) => !f.suppressed).slice().sort((a, b) => (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0));
  const entries = ordered.map((f) => ({
    identity: f.identity,
    rule: f.rule,
    ...f.vendor ? { vendor: f.vendor } : {},
    ...f.tool ? { tool: f.tool } : {},
    ...f.file ? { file: f.file } : {}
  }));
  const unique = [...new Map(entries.reverse().map((e) => [e.identity, e])).values()].sort(
    (a, b) => a.rule.localeCompare(b.rule) || (a.vendor ?? a.tool ?? "").localeCompare(b.vendor ?? b.tool ?? "") || a.identity.localeCompare(b.identity)
  );
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: "shadow-ai", findings: unique }, null, 2)}
`;
}
var EXPECTED = '{ "version": 2, "findings": [{ "identity": "\u2026" }] } (or version 1 with "fingerprint")';
function parseBaseline(text, path) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${path}: not a shadow-ai baseline: ${err.message}`);
  }
  const version = data?.version;
  const findings = data?.findings;
  const key = version === 1 ? "fingerprint" : version === 2 ? "identity" : void 0;
  if (key === void 0 || !Array.isArray(findings) || findings.some((f) => typeof f?.[key] !== "string")) {
    throw new ConfigError(`${path}: not a shadow-ai baseline (expected ${EXPECTED})`);
  }
  const values = new Set(findings.map((f) => f[key]));
  return { path, version: key === "fingerprint" ? 1 : 2, fingerprints: key === "fingerprint" ? values : /* @__PURE__ */ new Set(), identities: key === "identity" ? values : /* @__PURE__ */ new Set() };
}
async function readBaseline(file, display) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new ConfigError(`${display}: cannot read the baseline: ${err.code ?? err.message}`);
  }
  return parseBaseline(text, display);
}

// src/inventory/find.ts
import { access } from "node:fs/promises";
import { join } from "node:path";
var INVENTORY_LOCATIONS = [".github/ai-vendors.yml", ".github/ai-vendors.yaml", "ai-vendors.yml"];
async function findInventory(root) {
  for (const rel of INVENTORY_LOCATIONS) {
    try {
      await access(join(root, rel));
      return rel;
    } catch {
    }
  }
  return void 0;
}

// src/resolve/base-url.ts
function applyBaseUrls(evidence, redirectable = () => false, canPoint = () => true) {
  return moveManifestEntries(applyPerFile(evidence, redirectable, canPoint));
}
function applyPerFile(evidence, redirectable, canPoint) {
  const byFile = /* @__PURE__ */ new Map();
  for (const e of evidence) {
    const list = byFile.get(e.file) ?? [];
    list.push(e);
    byFile.set(e.file, list);
  }
  const out = [];
  for (const list of byFile.values()) {
    const allBaseUrls = list.filter((e) => e.kind === "host" && e.role === "base-url");
    if (allBaseUrls.length === 0) {
      out.push(...list);
      continue;
    }
    const baseUrls = allBaseUrls.filter((e) => e.vendor);
    const targets = [...new Set(baseUrls.map((e) => e.vendor))];
    const elsewhere = allBaseUrls.filter((e) => !e.vendor);
    const hostVendors = new Set(list.filter((e) => e.kind === "host").map((e) => e.vendor));
    const pointable = (sdk) => targets.length === 0 || targets.some((t) => canPoint(sdk, t));
    const sdkVendors = new Set(
      list.filter((e) => (e.kind === "import" || e.kind === "env" || e.kind === "config") && e.vendor && !targets.includes(e.vendor) && pointable(e.vendor)).map((e) => e.vendor)
    );
    for (const e of list) {
      const sdk = e.vendor;
      const movable = (e.kind === "import" || e.kind === "env" || e.kind === "config") && sdk && !e.role && !hostVendors.has(sdk) && !targets.includes(sdk) && pointable(sdk);
      if (!movable || sdkVendors.size > 1) {
        out.push(e);
        continue;
      }
      for (const target of targets) if (canPoint(sdk, target)) out.push({ ...e, vendor: target, via: sdk });
      if (elsewhere.length > 0 && redirectable(sdk)) {
        out.push(withoutVendor(e, sdk));
      } else if (targets.length === 0) {
        out.push(e);
      }
    }
  }
  return out;
}
var MANIFEST_KINDS = /* @__PURE__ */ new Set(["dependency", "lockfile"]);
function moveManifestEntries(evidence) {
  const moved = /* @__PURE__ */ new Map();
  const direct = /* @__PURE__ */ new Map();
  for (const e of evidence) {
    if (MANIFEST_KINDS.has(e.kind)) continue;
    if (e.via) (moved.get(e.via) ?? moved.set(e.via, []).get(e.via)).push({ vendor: e.vendor ?? "", file: e.file });
    else if (e.vendor) (direct.get(e.vendor) ?? direct.set(e.vendor, []).get(e.vendor)).push(e.file);
  }
  return evidence.flatMap((e) => {
    const uses = e.vendor && MANIFEST_KINDS.has(e.kind) ? moved.get(e.vendor) : void 0;
    if (!uses) return [e];
    const dir = e.file.includes("/") ? e.file.slice(0, e.file.lastIndexOf("/") + 1) : "";
    const directHere = (direct.get(e.vendor) ?? []).some((f) => f.startsWith(dir));
    const near = uses.filter((u) => u.file.startsWith(dir));
    if (directHere) return [e];
    if (near.length === 0 && direct.has(e.vendor)) return [e];
    const targets = [...new Set((near.length > 0 ? near : uses).map((u) => u.vendor))].sort();
    return targets.map((t) => t ? { ...e, vendor: t, via: e.vendor } : withoutVendor(e, e.vendor));
  });
}
function withoutVendor(e, sdk) {
  const { vendor: _vendor, ...rest } = e;
  return { ...rest, via: sdk };
}

// src/resolve/confidence.ts
var TEMPLATE_PART = /^(?:example|examples|sample|samples|template|templates|tpl|dist)$/i;
function isTemplatePath(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const parts = name.split(/[._-]+/).filter(Boolean);
  if (parts.length < 2) return false;
  const stem = parts.some((p) => /^(?:env|envrc|config|settings|secrets|credentials|application|app|local|dev|prod|development|production|docker|compose)$/i.test(p));
  const ext = parts[parts.length - 1].toLowerCase();
  const configLike = /^(?:env|example|sample|template|tpl|dist|defaults?|ya?ml|json|toml|ini|cfg|conf|properties)$/.test(ext);
  return stem && configLike && parts.some((p) => TEMPLATE_PART.test(p));
}
function confidenceOf(evidence) {
  return evidence.length > 0 && evidence.every((e) => isTemplatePath(e.file)) ? "low" : "high";
}

// src/resolve/selectors.ts
function applySelectors(evidence) {
  const repoWide = /* @__PURE__ */ new Map();
  const byFile = /* @__PURE__ */ new Map();
  let any = false;
  for (const e of evidence) {
    if (e.role === "selector") any = true;
    if (e.role === "selector" && e.kind === "env" && e.via && e.vendor) add(repoWide, e.via, e.vendor);
    (byFile.get(e.file) ?? byFile.set(e.file, []).get(e.file)).push(e);
  }
  if (!any) return evidence;
  const out = [];
  for (const list of byFile.values()) {
    const chosen = /* @__PURE__ */ new Map();
    const own = /* @__PURE__ */ new Set();
    const mentioned = /* @__PURE__ */ new Set();
    for (const e of list) {
      if (e.role !== "selector" || !e.vendor) continue;
      if (e.via) {
        mentioned.add(e.via);
        if (e.kind !== "env" || !repoWide.has(e.via)) add(chosen, e.via, e.vendor);
      } else {
        own.add(e.vendor);
        mentioned.add(e.vendor);
      }
    }
    for (const [sdk, vendors] of repoWide) if (!mentioned.has(sdk)) for (const v of vendors) add(chosen, sdk, v);
    for (const e of list) {
      const targets = e.vendor && !e.via && !e.role && (e.kind === "import" || e.kind === "env") && !own.has(e.vendor) ? chosen.get(e.vendor) : void 0;
      if (!targets) {
        out.push(e);
        continue;
      }
      for (const t of targets) out.push({ ...e, vendor: t, via: e.vendor });
    }
  }
  return out;
}
function add(map, key, value) {
  (map.get(key) ?? map.set(key, /* @__PURE__ */ new Set()).get(key)).add(value);
}

// src/resolve/resolve.ts
var KIND_ORDER = ["import", "dependency", "lockfile", "env", "host", "secret", "iac", "workflow", "config"];
function compareEvidence(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.vendor ?? "").localeCompare(b.vendor ?? "") || (a.framework ?? "").localeCompare(b.framework ?? "");
}
function dedupe(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((e) => {
    const key = `${e.file}:${e.line}:${e.column}:${e.kind}:${e.vendor ?? ""}:${e.framework ?? ""}:${e.package ?? e.host ?? e.env ?? e.secretRule ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function carriedSdks(all, catalog) {
  const tagged = all.map((e) => {
    const f = e.package && !e.via ? catalog.flavourOf(e.package) : void 0;
    return f && (e.vendor === f.sdk || e.vendor === f.cloud) ? { ...e, vendor: f.cloud, via: f.sdk } : e;
  });
  const carried = new Set(tagged.filter((e) => e.via).map((e) => `${e.file}:${e.line}:${e.via}`));
  if (carried.size === 0) return tagged;
  return tagged.filter((e) => e.role === "selector" || !(e.vendor && carried.has(`${e.file}:${e.line}:${e.vendor}`)));
}
var SERVES_MODELS = /* @__PURE__ */ new Set(["llm-api", "cloud-ai-platform", "llm-gateway", "local-runtime"]);
function resolve(all, mentions, catalog) {
  const category = (id) => catalog.vendors.get(id)?.category ?? "";
  const redirectable = (id) => category(id) === "llm-api";
  const canPoint = (sdk, target) => category(sdk) === category(target) || SERVES_MODELS.has(category(sdk)) && SERVES_MODELS.has(category(target));
  const evidence = dedupe(applyBaseUrls(applySelectors(carriedSdks(all, catalog)), redirectable, canPoint)).sort(compareEvidence);
  const vendors = /* @__PURE__ */ new Map();
  const frameworks = /* @__PURE__ */ new Map();
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
          evidence: []
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
  const vendorsByFile = /* @__PURE__ */ new Map();
  for (const e of evidence) if (e.vendor) (vendorsByFile.get(e.file) ?? vendorsByFile.set(e.file, /* @__PURE__ */ new Set()).get(e.file)).add(e.vendor);
  const globalOwners = /* @__PURE__ */ new Map();
  const ownersOf = (model) => {
    let o = globalOwners.get(model);
    if (!o) {
      const global = [...vendors.keys()].filter((id) => catalog.matchesModel(id, model));
      globalOwners.set(model, o = { global, direct: global.filter((id) => vendors.get(id).direct) });
    }
    return o;
  };
  for (const m of mentions) {
    const inFile = [...vendorsByFile.get(m.file) ?? []];
    let owners;
    if (m.kind === "region") {
      owners = inFile.filter((id) => catalog.vendors.get(id)?.["region-pattern"] !== void 0 && catalog.regionFits(id, m.value));
    } else {
      const local = inFile.filter((id) => catalog.matchesModel(id, m.value));
      const { global, direct } = ownersOf(m.value);
      owners = local.length > 0 ? local : global.length === 1 ? global : direct.length === 1 ? direct : [];
    }
    for (const id of owners) {
      const v = vendors.get(id);
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
    frameworks: [...frameworks.values()].sort((a, b) => a.id.localeCompare(b.id))
  };
}

// src/resolve/tools.ts
var KIND_ORDER2 = ["config", "workflow", "commit"];
function resolveTools(input, catalog) {
  const evidence = /* @__PURE__ */ new Map();
  const add2 = (tool, e) => (evidence.get(tool) ?? evidence.set(tool, []).get(tool)).push(e);
  for (const path of input.paths) {
    if (isTestDataPath(path)) continue;
    for (const m of catalog.tools.matchPath(path)) add2(m.tool, { kind: "config", file: path });
  }
  for (const h of input.hits) add2(h.tool, h.evidence);
  const servers = /* @__PURE__ */ new Map();
  for (const m of input.mcp) {
    (servers.get(m.tool) ?? servers.set(m.tool, []).get(m.tool)).push(m.server);
    if (!(evidence.get(m.tool) ?? []).some((e) => e.kind === "config" && e.file === m.server.file)) add2(m.tool, { kind: "config", file: m.server.file });
  }
  const out = [];
  for (const id of [...evidence.keys()].sort()) {
    const spec = catalog.tools.specs.get(id);
    if (!spec) continue;
    const list = dedupe2(evidence.get(id)).sort(
      (a, b) => KIND_ORDER2.indexOf(a.kind) - KIND_ORDER2.indexOf(b.kind) || (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
    );
    const mcp = servers.get(id)?.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.name.localeCompare(b.name));
    out.push({
      id,
      name: spec.name,
      vendor: spec.vendor ?? null,
      ...!spec.vendor && spec["bring-your-own-model"] ? { bringYourOwnModel: true } : {},
      status: "undeclared",
      evidence: list,
      ...mcp?.length ? { mcpServers: mcp } : {}
    });
  }
  return out;
}
function dedupe2(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((e) => {
    const k = JSON.stringify(e);
    return !seen.has(k) && seen.add(k);
  });
}

// src/scan/assemble.ts
function assembleReport(input) {
  const { catalog, skipped, diagnostics, inventory } = input;
  const markers = [];
  const evidence = [];
  const mentions = [];
  const toolHits = [...input.toolHistory ?? []];
  const mcp = [];
  let scanned = 0;
  let bytes = 0;
  for (const o of input.outcomes) {
    bytes += o.bytes;
    if (o.skip) skipped[o.skip] = (skipped[o.skip] ?? 0) + 1;
    if (o.diagnostic) diagnostics.push(o.diagnostic);
    if (o.markers) markers.push(...o.markers);
    const r = o.result;
    if (!r) continue;
    if (r.tools) toolHits.push(...r.tools);
    if (r.mcp) mcp.push(...r.mcp);
    if (r.skipped) {
      skipped[r.skipped] = (skipped[r.skipped] ?? 0) + 1;
      continue;
    }
    scanned++;
    evidence.push(...r.evidence);
    mentions.push(...r.mentions);
    diagnostics.push(...r.diagnostics);
  }
  const { vendors, frameworks } = resolve(evidence, mentions, catalog);
  const tools = resolveTools({ paths: input.toolPaths ?? [], hits: toolHits, mcp }, catalog);
  const evaluation = evaluate({
    vendors,
    tools,
    knownTools: catalog.tools.specs.keys(),
    inventory,
    now: input.now,
    mentions,
    markers: markers.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    baseline: input.baseline,
    knownVendors: catalog.vendors.keys(),
    partial: input.partial
  });
  for (const list of [evaluation.vendors, frameworks]) for (const u of list) for (const e of u.evidence) delete e.keyHash;
  for (const w of inventory?.warnings ?? []) diagnostics.push({ file: inventory.path, message: w });
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.message.localeCompare(b.message));
  const sortedSkips = Object.fromEntries(Object.entries(skipped).sort(([a], [b]) => a.localeCompare(b)));
  return {
    schemaVersion: 1,
    tool: { name: "shadow-ai", version: packageVersion(), catalogVersion: catalog.version },
    target: input.partial ? { ...input.target, partial: true } : input.target,
    inventory: {
      path: input.inventoryPath,
      ...inventory ? { vendors: Object.fromEntries(inventory.vendors) } : {},
      ...inventory?.policy["review-interval"] ? { reviewInterval: inventory.policy["review-interval"] } : {},
      ...inventory?.classifiedPaths ? { classifiedPaths: inventory.classifiedPaths } : {},
      ...inventory && input.inventoryExternal && Object.keys(input.inventoryExternal).length > 0 ? { external: input.inventoryExternal } : {}
    },
    stats: {
      files: scanned,
      bytes,
      skipped: Object.values(skipped).reduce((a, b) => a + b, 0),
      durationMs: Math.round(performance.now() - input.started),
      skippedBy: sortedSkips
    },
    vendors: evaluation.vendors,
    frameworks,
    tools: evaluation.tools,
    findings: evaluation.findings,
    diagnostics
  };
}

export {
  assembleReport,
  DEFAULT_BASELINE,
  baselineJson,
  parseBaseline,
  readBaseline,
  INVENTORY_LOCATIONS,
  findInventory
};
