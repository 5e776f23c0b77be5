import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);

// src/report/cyclonedx.ts
import { createHash } from "node:crypto";

// src/org/endpoints.ts
function vendorHosts(v, spec) {
  const named = [...new Set(v.evidence.flatMap((e) => e.host && !e.transitive ? [e.host.toLowerCase()] : []))].sort();
  if (named.length > 0) return named;
  const first = spec?.hosts?.[0];
  if (!first) return [];
  const host = typeof first === "string" ? first : first.host;
  if (host.includes("<region>") && v.regions.length > 0) return v.regions.map((r) => host.replace("<region>", r)).sort();
  return [host];
}
function isConcreteHost(host) {
  return /^[a-z0-9.-]+(:\d+)?$/i.test(host);
}

// src/report/cyclonedx.ts
var PURL_TYPE = {
  npm: "npm",
  pypi: "pypi",
  go: "golang",
  maven: "maven",
  nuget: "nuget",
  rubygems: "gem",
  cargo: "cargo",
  composer: "composer",
  hex: "hex",
  pub: "pub",
  swiftpm: "swift"
};
function seg(s) {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function purl(ecosystem, name) {
  const type = PURL_TYPE[ecosystem];
  let namespace = [];
  let base = name;
  if (ecosystem === "pypi") base = name.toLowerCase().replace(/[-_.]+/g, "-");
  else if (ecosystem === "maven" && name.includes(":")) {
    const [g, a] = name.split(":");
    namespace = [g];
    base = a;
  } else if (ecosystem === "npm" || ecosystem === "go" || ecosystem === "composer" || ecosystem === "swiftpm") {
    const parts = name.split("/");
    base = parts.pop();
    namespace = parts;
  }
  if (ecosystem === "composer" || ecosystem === "go") namespace = namespace.map((p) => p.toLowerCase());
  const ns = namespace.length ? `${namespace.map(seg).join("/")}/` : "";
  return { purl: `pkg:${type}/${ns}${seg(base)}`, ...namespace.length ? { group: namespace.join(ecosystem === "go" || ecosystem === "npm" || ecosystem === "composer" || ecosystem === "swiftpm" ? "/" : ".") } : {}, name: base };
}
function uuidV5(name) {
  const namespace = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");
  const h = createHash("sha1").update(namespace).update(name).digest();
  h[6] = h[6] & 15 | 80;
  h[8] = h[8] & 63 | 128;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
var prop = (name, value) => value ? [{ name: `shadow-ai:${name}`, value }] : [];
var INTERNAL_CATEGORIES = /* @__PURE__ */ new Set(["local-runtime"]);
function toCycloneDx(report, options = {}) {
  const rootRef = "shadow-ai:target";
  const serviceRef = (id) => `service:${id}`;
  const pkgs = /* @__PURE__ */ new Map();
  const addPkg = (e, vendor, framework) => {
    if (!e.ecosystem || !e.package) return;
    const p = purl(e.ecosystem, e.package).purl;
    let pkg = pkgs.get(p);
    if (!pkg) pkgs.set(p, pkg = { ecosystem: e.ecosystem, name: e.package, vendors: /* @__PURE__ */ new Set(), frameworks: /* @__PURE__ */ new Set(), first: e, transitive: true });
    if (vendor) pkg.vendors.add(vendor);
    if (framework) pkg.frameworks.add(framework);
    if (!e.transitive) pkg.transitive = false;
  };
  for (const v of report.vendors) for (const e of v.evidence) addPkg(e, e.via ? void 0 : v.id);
  for (const f of report.frameworks) {
    for (const e of f.evidence) {
      addPkg(e, void 0, f.id);
      if (e.ecosystem && e.package) for (const id of f.vendors) pkgs.get(purl(e.ecosystem, e.package).purl).vendors.add(id);
    }
  }
  const usedVendors = new Set(report.vendors.map((v) => v.id));
  const components = [...pkgs.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([ref, p]) => {
    const id = purl(p.ecosystem, p.name);
    return {
      type: "library",
      "bom-ref": ref,
      ...id.group ? { group: id.group } : {},
      name: id.name,
      purl: id.purl,
      properties: [
        ...prop("vendors", [...p.vendors].filter((v) => usedVendors.has(v)).sort().join(",")),
        ...prop("frameworks", [...p.frameworks].sort().join(",")),
        ...prop("evidence", `${p.first.file}:${p.first.line}`),
        ...prop("transitive", p.transitive ? "true" : void 0)
      ]
    };
  });
  const services = report.vendors.map((v) => {
    const spec = options.spec?.(v.id);
    const d = options.declared?.[v.id];
    const internal = INTERNAL_CATEGORIES.has(v.category);
    const endpoints = vendorHosts(v, spec).filter(isConcreteHost).map((h) => `https://${h}`);
    const classes = d?.["data-classes"]?.length ? d["data-classes"] : [v.declared ? "unspecified" : "unclassified (vendor not declared)"];
    return {
      "bom-ref": serviceRef(v.id),
      provider: { name: v.name, ...spec?.website ? { url: [spec.website] } : {} },
      name: v.name,
      description: `${v.category}: AI vendor ${v.status}${v.direct ? "" : " (transitive only)"}`,
      ...endpoints.length ? { endpoints } : {},
      authenticated: true,
      "x-trust-boundary": !internal,
      trustZone: internal ? "internal" : "third-party",
      data: classes.map((c) => ({ flow: internal ? "bi-directional" : "outbound", classification: c })),
      properties: [
        { name: "shadow-ai:vendor", value: v.id },
        { name: "shadow-ai:status", value: v.status },
        { name: "shadow-ai:declared", value: String(v.declared) },
        { name: "shadow-ai:direct", value: String(v.direct) },
        ...v.confidence ? [{ name: "shadow-ai:confidence", value: v.confidence }] : [],
        ...prop("regions", v.regions.join(",")),
        ...prop("models", v.models.join(",")),
        ...prop("frameworks", v.frameworks.join(",")),
        ...prop("residency", d?.residency?.join(",")),
        ...prop("evidence", v.evidence[0] ? `${v.evidence[0].file}:${v.evidence[0].line}` : void 0)
      ]
    };
  });
  const dependencies = [
    { ref: rootRef, dependsOn: [...components.map((c) => c["bom-ref"]), ...services.map((s) => s["bom-ref"])] },
    ...components.map((c) => ({
      ref: c["bom-ref"],
      dependsOn: [...pkgs.get(c["bom-ref"]).vendors].filter((v) => usedVendors.has(v)).sort().map(serviceRef)
    })),
    ...services.map((s) => ({ ref: s["bom-ref"], dependsOn: [] }))
  ];
  const body = {
    metadata: {
      tools: { components: [{ type: "application", name: report.tool.name, version: report.tool.version }] },
      component: {
        type: "application",
        "bom-ref": rootRef,
        name: report.target.root,
        ...report.target.commit ? { version: report.target.commit } : {}
      },
      properties: [
        { name: "shadow-ai:catalogVersion", value: report.tool.catalogVersion },
        ...prop("commit", report.target.commit ?? void 0),
        ...prop("inventory", report.inventory.path ?? void 0)
      ]
    },
    components,
    services,
    dependencies
  };
  const serial = `urn:uuid:${uuidV5(JSON.stringify(body))}`;
  const bom = { $schema: "http://cyclonedx.org/schema/bom-1.6.schema.json", bomFormat: "CycloneDX", specVersion: "1.6", serialNumber: serial, version: 1, ...body };
  return `${JSON.stringify(bom, null, 2)}
`;
}

// src/report/spdx-created.ts
function createdTime(known, option, now = () => /* @__PURE__ */ new Date()) {
  const given = option === void 0 ? void 0 : new Date(option);
  if (given && Number.isNaN(given.getTime())) throw new Error(`--created: not a date: ${option}`);
  if (known) return known;
  if (given) return given.toISOString();
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1e3).toISOString();
  return now().toISOString();
}

// src/report/spdx-text.ts
import { createHash as createHash2 } from "node:crypto";
function iri(...parts) {
  return `urn:shadow-ai:${parts.map((p) => encodeURIComponent(p).replace(/%40/g, "@").replace(/%2F/g, "/")).join(":")}`;
}
function digest(text) {
  return createHash2("sha256").update(text).digest("hex").slice(0, 16);
}
function spdxTime(value) {
  const d = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: ${String(value)}`);
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function evidenceStatement(e) {
  const what = [];
  if (e.package) what.push(`${e.ecosystem ? `${e.ecosystem} ` : ""}package ${e.package}`);
  if (e.host) what.push(`host ${e.host}`);
  if (e.env) what.push(`env ${e.env}`);
  if (e.secretRule) what.push(`key format ${e.secretRule} (value withheld)`);
  if (e.region) what.push(`region ${e.region}`);
  if (e.model) what.push(`model ${e.model}`);
  if (e.via) what.push(`through the ${e.via} SDK`);
  if (e.role === "base-url") what.push("as an SDK base URL");
  if (e.transitive) what.push("transitive");
  return `evidence: ${e.kind} at ${e.file}:${e.line}:${e.column}${what.length ? ` (${what.join("; ")})` : ""}`;
}
function regionStatement(v, region) {
  const at = v.evidence.filter((e) => e.region === region).map((e) => `${e.file}:${e.line}`);
  return `region: ${region}${at.length ? ` (seen at ${[...new Set(at)].join(", ")})` : ""}`;
}
function declarationStatement(status, d, used) {
  const parts = [`inventory: status ${status}`];
  if (!used) parts.push("declared but not used by the code");
  if (d) {
    parts.push(d.dpa ? `DPA signed ${d.dpa.signed}${d.dpa.expires ? `, expires ${d.dpa.expires}` : ""}` : "no DPA recorded");
    parts.push(d.residency?.length ? `residency ${d.residency.join(", ")}` : "no residency declared");
    if (d["data-classes"]?.length) parts.push(`data classes ${d["data-classes"].join(", ")}`);
    if (d["no-training"]) parts.push(`no-training confirmed ${d["no-training"].confirmed}`);
    if (d.models?.length) parts.push(`models ${d.models.join(", ")}`);
    if (d.owner) parts.push(`owner ${d.owner}`);
    if (d["last-review"]) parts.push(`last review ${d["last-review"]}`);
  }
  return parts.join("; ");
}
function findingStatement(f) {
  const flags = [f.severity, ...f.blocking ? ["blocking"] : [], ...f.suppressed ? [`suppressed by ${f.suppressed.by}`] : []];
  return `finding: ${f.rule} (${flags.join(", ")})${f.file ? ` at ${f.file}${f.line ? `:${f.line}` : ""}` : ""}`;
}

// src/report/spdx.ts
var SPDX_CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";
var CREATION = "_:creationinfo";
var Graph = class {
  constructor(scope) {
    this.scope = scope;
  }
  scope;
  nodes = /* @__PURE__ */ new Map();
  rels = /* @__PURE__ */ new Map();
  id(...parts) {
    return iri(this.scope, ...parts);
  }
  add(type, spdxId, fields) {
    if (!this.nodes.has(spdxId)) this.nodes.set(spdxId, { type, spdxId, creationInfo: CREATION, ...fields });
    return spdxId;
  }
  relate(from, type, to, comment) {
    const key = `${from} ${type}${comment ? ` ${comment}` : ""}`;
    let r = this.rels.get(key);
    if (!r) this.rels.set(key, r = { from, type, to: /* @__PURE__ */ new Set(), ...comment ? { comment } : {} });
    r.to.add(to);
  }
  annotate(subject, annotationType, statement) {
    this.add("Annotation", this.id("annotation", digest(`${subject}
${statement}`)), { annotationType, subject, statement });
  }
  /** Relationships become elements last, each with an IRI from its ends and type. */
  finish() {
    for (const r of this.rels.values()) {
      const to = [...r.to].sort();
      this.add("Relationship", this.id("relationship", digest(`${r.from}
${r.type}
${r.comment ?? ""}`)), {
        from: r.from,
        relationshipType: r.type,
        to,
        ...r.comment ? { comment: r.comment } : {}
      });
    }
    return [...this.nodes.values()];
  }
};
function isAi(v) {
  return v.models.length > 0 || v.evidence.some((e) => e.package && !e.via && (e.kind === "import" || e.kind === "dependency" || e.kind === "lockfile" || e.kind === "config"));
}
var SENSITIVE_CLASSES = /* @__PURE__ */ new Set(["pii", "phi", "pci"]);
function traitsOf(repos) {
  const t = { ai: /* @__PURE__ */ new Set(), sensitive: /* @__PURE__ */ new Set() };
  for (const r of repos) {
    for (const v of r.report.vendors) if (isAi(v)) t.ai.add(v.id);
    for (const [id, d] of Object.entries(r.declared ?? {})) if (d["data-classes"]?.some((c) => SENSITIVE_CLASSES.has(c))) t.sensitive.add(id);
  }
  return t;
}
function vendorElement(g, v, traits, spec) {
  const ai = traits.ai.has(v.id);
  const supplier = g.add("Organization", g.id("supplier", v.id), { name: v.name });
  return g.add(ai ? "ai_AIPackage" : "software_Package", g.id("vendor", v.id), {
    name: v.name,
    summary: `${v.category}: the AI vendor's ${ai ? "models and API" : "API"}, as used by the code`,
    suppliedBy: supplier,
    software_primaryPurpose: "platform",
    ...ai ? { software_additionalPurpose: ["model"] } : {},
    ...ai && traits.sensitive.has(v.id) ? { ai_useSensitivePersonalInformation: "yes" } : {},
    ...spec?.website ? { software_homePage: spec.website } : {},
    externalIdentifier: [{ type: "ExternalIdentifier", externalIdentifierType: "other", identifier: v.id, issuingAuthority: "shadow-ai vendor catalog" }]
  });
}
function addRepository(g, repo, many, traits, spec) {
  const { report } = repo;
  const at = (s) => many ? `${repo.name}: ${s}` : s;
  const root = g.add("software_Package", g.id("repository", repo.name), {
    name: repo.name,
    software_primaryPurpose: "source",
    ...report.target.commit ? { software_packageVersion: report.target.commit } : {},
    ...report.target.partial ? { comment: "partial scan: only listed files were read" } : {}
  });
  const vendorIds = /* @__PURE__ */ new Map();
  for (const v of report.vendors) {
    const el = vendorElement(g, v, traits, spec?.(v.id));
    vendorIds.set(v.id, el);
    g.relate(root, "dependsOn", el, v.direct ? void 0 : "transitive only: a lockfile entry no manifest or code names");
    const supplier = g.id("supplier", v.id);
    for (const m of v.models) {
      const model = g.add("ai_AIPackage", g.id("vendor", v.id, "model", m), {
        name: m,
        summary: `a model ${v.name} serves, named in the code`,
        suppliedBy: supplier,
        software_primaryPurpose: "model"
      });
      g.relate(el, "contains", model);
      g.relate(root, "dependsOn", model);
    }
    for (const r of v.regions) g.annotate(el, "other", at(regionStatement(v, r)));
    for (const e of v.evidence) {
      const subject = e.model && v.models.includes(e.model) ? g.id("vendor", v.id, "model", e.model) : el;
      g.annotate(subject, "other", at(evidenceStatement(e)));
      if (e.ecosystem && e.package && !e.via) {
        const p = purl(e.ecosystem, e.package).purl;
        const sdk = g.add("software_Package", g.id("package", e.ecosystem, e.package), { name: e.package, software_packageUrl: p, software_primaryPurpose: "library" });
        g.relate(root, "dependsOn", sdk);
        g.relate(sdk, "dependsOn", el);
      }
    }
    g.annotate(el, "review", at(declarationStatement(v.status, repo.declared?.[v.id], true)));
  }
  for (const [id, d] of Object.entries(repo.declared ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (vendorIds.has(id)) continue;
    const s = spec?.(id);
    const el = vendorElement(g, { id, name: s?.name ?? id, category: s?.category ?? "declared" }, traits, s);
    g.annotate(el, "review", at(declarationStatement(d.status, d, false)));
  }
  for (const f of report.frameworks) {
    const fw = g.add("software_Package", g.id("framework", f.id), { name: f.name, software_primaryPurpose: "framework" });
    g.relate(root, "dependsOn", fw);
    for (const v of f.vendors) {
      const el = vendorIds.get(v);
      if (el) g.relate(fw, "dependsOn", el);
    }
    for (const e of f.evidence) g.annotate(fw, "other", at(evidenceStatement(e)));
  }
  for (const f of report.findings) {
    const subject = f.vendor && (vendorIds.get(f.vendor) ?? (repo.declared?.[f.vendor] ? g.id("vendor", f.vendor) : void 0)) || root;
    g.annotate(subject, "review", at(findingStatement(f)));
  }
  return root;
}
function document(input) {
  const g = new Graph(input.scope);
  const { tool } = input;
  const agent = iri("agent", tool.name);
  const toolId = iri("tool", tool.name, tool.version);
  const creationInfo = {
    type: "CreationInfo",
    "@id": CREATION,
    specVersion: "3.0.1",
    created: spdxTime(input.created),
    createdBy: [agent],
    createdUsing: [toolId],
    comment: `${tool.name} ${tool.version}, vendor catalog ${tool.catalogVersion}`
  };
  const traits = traitsOf(input.repos);
  const roots = input.repos.map((r) => addRepository(g, r, input.repos.length > 1 || input.scope !== r.name, traits, input.spec));
  const content = g.finish();
  const head = [
    { type: "SoftwareAgent", spdxId: agent, creationInfo: CREATION, name: tool.name },
    { type: "Tool", spdxId: toolId, creationInfo: CREATION, name: `${tool.name} ${tool.version}`, comment: `vendor catalog ${tool.catalogVersion}` }
  ];
  const sbom = {
    type: "software_Sbom",
    spdxId: g.id("sbom"),
    creationInfo: CREATION,
    name: input.title,
    software_sbomType: ["source"],
    rootElement: roots,
    element: content.map((n) => n.spdxId)
  };
  const doc = {
    type: "SpdxDocument",
    spdxId: g.id("document"),
    creationInfo: CREATION,
    name: input.title,
    profileConformance: ["core", "software", "ai"],
    rootElement: [sbom.spdxId],
    element: [...head.map((n) => n.spdxId), sbom.spdxId, ...content.map((n) => n.spdxId)]
  };
  const out = { "@context": SPDX_CONTEXT, "@graph": [creationInfo, ...head, doc, sbom, ...content] };
  return `${JSON.stringify(out, null, 2)}
`;
}
function toSpdx(report, options) {
  const name = options.name ?? report.target.root;
  return document({
    scope: name,
    title: `AI vendors used by ${name}`,
    tool: report.tool,
    repos: [{ name, report, ...options.declared ? { declared: options.declared } : {} }],
    created: options.created,
    spec: options.spec
  });
}
function toOrgSpdx(org, options) {
  const scope = org.org ?? "org";
  return document({
    scope,
    title: `AI vendors used across ${org.org ?? "the organisation"}`,
    tool: org.tool,
    repos: org.repositories.map((r) => ({ name: r.name, report: r.report, ...r.declared ? { declared: r.declared } : {} })),
    created: options.created,
    spec: options.spec
  });
}

export {
  vendorHosts,
  toCycloneDx,
  createdTime,
  toSpdx,
  toOrgSpdx
};
