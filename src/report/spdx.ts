import type { VendorSpec } from "../catalog/types.js";
import type { DeclaredVendor } from "../inventory/types.js";
import type { OrgReport } from "../org/types.js";
import type { ScanReport, VendorUsage } from "../types.js";
import { purl } from "./cyclonedx.js";
import { declarationStatement, digest, evidenceStatement, findingStatement, iri, regionStatement, spdxTime } from "./spdx-text.js";

// SPDX 3.0.1 JSON-LD with the AI profile. Each vendor in use is an
// ai_AIPackage (a model or SDK is involved) or a software_Package (its API
// reached by host, env or key alone), supplied by an Organization; models
// are ai_AIPackages the vendor's element contains; SDK and framework packages
// depend on the vendors they reach; the repository depends on all of them.
// What SPDX has no field for (regions, evidence locations, the inventory's
// status, DPA and residency) rides in Annotations. Pure: the caller picks the
// document's time, so the same report and time give the same bytes.

export const SPDX_CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";
const CREATION = "_:creationinfo";

export interface SpdxOptions {
  /** The document's time (the scan's commit time, `--created`, or now). */
  created: string | Date;
  /** The repository's name (identifiers derive from it); default: the report's target root. */
  name?: string;
  /** Inventory entries by vendor id: status, DPA and residency become annotations. */
  declared?: Record<string, DeclaredVendor>;
  /** Catalog knowledge (website) by vendor id. */
  spec?: (id: string) => VendorSpec | undefined;
}

interface Repo {
  name: string;
  report: ScanReport;
  declared?: Record<string, DeclaredVendor>;
}

type Node = Record<string, unknown> & { spdxId: string };

/** The graph under construction: elements by IRI (first write wins), relationships merged by (from, type). */
class Graph {
  readonly nodes = new Map<string, Node>();
  private readonly rels = new Map<string, { from: string; type: string; to: Set<string>; comment?: string }>();
  constructor(private readonly scope: string) {}

  id(...parts: string[]): string {
    return iri(this.scope, ...parts);
  }

  add(type: string, spdxId: string, fields: Record<string, unknown>): string {
    if (!this.nodes.has(spdxId)) this.nodes.set(spdxId, { type, spdxId, creationInfo: CREATION, ...fields });
    return spdxId;
  }

  relate(from: string, type: string, to: string, comment?: string): void {
    const key = `${from} ${type}${comment ? ` ${comment}` : ""}`;
    let r = this.rels.get(key);
    if (!r) this.rels.set(key, (r = { from, type, to: new Set(), ...(comment ? { comment } : {}) }));
    r.to.add(to);
  }

  annotate(subject: string, annotationType: "other" | "review", statement: string): void {
    this.add("Annotation", this.id("annotation", digest(`${subject}\n${statement}`)), { annotationType, subject, statement });
  }

  /** Relationships become elements last, each with an IRI from its ends and type. */
  finish(): Node[] {
    for (const r of this.rels.values()) {
      const to = [...r.to].sort();
      this.add("Relationship", this.id("relationship", digest(`${r.from}\n${r.type}\n${r.comment ?? ""}`)), {
        from: r.from,
        relationshipType: r.type,
        to,
        ...(r.comment ? { comment: r.comment } : {}),
      });
    }
    return [...this.nodes.values()];
  }
}

/** Vendors whose SDK or models appear are AI packages; a bare host, env name or key is a plain package. */
function isAi(v: VendorUsage): boolean {
  return v.models.length > 0 || v.evidence.some((e) => e.package && !e.via && (e.kind === "import" || e.kind === "dependency" || e.kind === "lockfile" || e.kind === "config"));
}

/** What a vendor's element says across all repositories (an org document shares one element per vendor). */
interface VendorTraits {
  ai: Set<string>;
  /** Declared to receive personal or regulated data somewhere: the AI profile's useSensitivePersonalInformation. */
  sensitive: Set<string>;
}

const SENSITIVE_CLASSES = new Set(["pii", "phi", "pci"]);

function traitsOf(repos: Repo[]): VendorTraits {
  const t: VendorTraits = { ai: new Set(), sensitive: new Set() };
  for (const r of repos) {
    for (const v of r.report.vendors) if (isAi(v)) t.ai.add(v.id);
    for (const [id, d] of Object.entries(r.declared ?? {})) if (d["data-classes"]?.some((c) => SENSITIVE_CLASSES.has(c))) t.sensitive.add(id);
  }
  return t;
}

function vendorElement(g: Graph, v: Pick<VendorUsage, "id" | "name" | "category">, traits: VendorTraits, spec: VendorSpec | undefined): string {
  const ai = traits.ai.has(v.id);
  const supplier = g.add("Organization", g.id("supplier", v.id), { name: v.name });
  return g.add(ai ? "ai_AIPackage" : "software_Package", g.id("vendor", v.id), {
    name: v.name,
    summary: `${v.category}: the AI vendor's ${ai ? "models and API" : "API"}, as used by the code`,
    suppliedBy: supplier,
    software_primaryPurpose: "platform",
    ...(ai ? { software_additionalPurpose: ["model"] } : {}),
    ...(ai && traits.sensitive.has(v.id) ? { ai_useSensitivePersonalInformation: "yes" } : {}),
    ...(spec?.website ? { software_homePage: spec.website } : {}),
    externalIdentifier: [{ type: "ExternalIdentifier", externalIdentifierType: "other", identifier: v.id, issuingAuthority: "shadow-ai vendor catalog" }],
  });
}

/** One repository's usage into the graph: its package, vendors, models, SDKs, frameworks, evidence, declarations. */
function addRepository(g: Graph, repo: Repo, many: boolean, traits: VendorTraits, spec: SpdxOptions["spec"]): string {
  const { report } = repo;
  const at = (s: string) => (many ? `${repo.name}: ${s}` : s);
  const root = g.add("software_Package", g.id("repository", repo.name), {
    name: repo.name,
    software_primaryPurpose: "source",
    ...(report.target.commit ? { software_packageVersion: report.target.commit } : {}),
    ...(report.target.partial ? { comment: "partial scan: only listed files were read" } : {}),
  });
  const vendorIds = new Map<string, string>();
  for (const v of report.vendors) {
    const el = vendorElement(g, v, traits, spec?.(v.id));
    vendorIds.set(v.id, el);
    g.relate(root, "dependsOn", el, v.direct ? undefined : "transitive only: a lockfile entry no manifest or code names");
    const supplier = g.id("supplier", v.id);
    for (const m of v.models) {
      const model = g.add("ai_AIPackage", g.id("vendor", v.id, "model", m), {
        name: m,
        summary: `a model ${v.name} serves, named in the code`,
        suppliedBy: supplier,
        software_primaryPurpose: "model",
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
  // Declared but unused: listed, with no dependsOn, so drift shows too.
  for (const [id, d] of Object.entries(repo.declared ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
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
  // What the policy says about the use, on the vendor it concerns (else on the repository).
  for (const f of report.findings) {
    const subject = (f.vendor && (vendorIds.get(f.vendor) ?? (repo.declared?.[f.vendor] ? g.id("vendor", f.vendor) : undefined))) || root;
    g.annotate(subject, "review", at(findingStatement(f)));
  }
  return root;
}

interface DocumentInput {
  scope: string;
  title: string;
  tool: ScanReport["tool"];
  repos: Repo[];
  created: string | Date;
  spec: SpdxOptions["spec"];
}

function document(input: DocumentInput): string {
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
    comment: `${tool.name} ${tool.version}, vendor catalog ${tool.catalogVersion}`,
  };
  const traits = traitsOf(input.repos);
  const roots = input.repos.map((r) => addRepository(g, r, input.repos.length > 1 || input.scope !== r.name, traits, input.spec));
  const content = g.finish();
  const head: Node[] = [
    { type: "SoftwareAgent", spdxId: agent, creationInfo: CREATION, name: tool.name },
    { type: "Tool", spdxId: toolId, creationInfo: CREATION, name: `${tool.name} ${tool.version}`, comment: `vendor catalog ${tool.catalogVersion}` },
  ];
  const sbom = {
    type: "software_Sbom",
    spdxId: g.id("sbom"),
    creationInfo: CREATION,
    name: input.title,
    software_sbomType: ["source"],
    rootElement: roots,
    element: content.map((n) => n.spdxId),
  };
  const doc = {
    type: "SpdxDocument",
    spdxId: g.id("document"),
    creationInfo: CREATION,
    name: input.title,
    profileConformance: ["core", "software", "ai"],
    rootElement: [sbom.spdxId],
    element: [...head.map((n) => n.spdxId), sbom.spdxId, ...content.map((n) => n.spdxId)],
  };
  const out = { "@context": SPDX_CONTEXT, "@graph": [creationInfo, ...head, doc, sbom, ...content] };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** One repository's scan as an SPDX 3.0.1 document. */
export function toSpdx(report: ScanReport, options: SpdxOptions): string {
  const name = options.name ?? report.target.root;
  return document({
    scope: name,
    title: `AI vendors used by ${name}`,
    tool: report.tool,
    repos: [{ name, report, ...(options.declared ? { declared: options.declared } : {}) }],
    created: options.created,
    spec: options.spec,
  });
}

/** An org report (`org`, `merge`) as one SPDX 3.0.1 document: one repository package per scanned repository. */
export function toOrgSpdx(org: OrgReport, options: Pick<SpdxOptions, "created" | "spec">): string {
  const scope = org.org ?? "org";
  return document({
    scope,
    title: `AI vendors used across ${org.org ?? "the organisation"}`,
    tool: org.tool,
    repos: org.repositories.map((r) => ({ name: r.name, report: r.report, ...(r.declared ? { declared: r.declared } : {}) })),
    created: options.created,
    spec: options.spec,
  });
}
