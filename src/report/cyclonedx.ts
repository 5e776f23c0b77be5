import { createHash } from "node:crypto";
import type { VendorSpec } from "../catalog/types.js";
import type { DeclaredVendor } from "../inventory/types.js";
import { isConcreteHost, vendorHosts } from "../org/endpoints.js";
import type { Ecosystem, Evidence, ScanReport } from "../types.js";

// CycloneDX 1.6 JSON: AI vendors as services (endpoints, data classification,
// trust boundary), the SDK and framework packages that reach them as
// components with purls, and the dependency graph between them. Pure and
// deterministic: the serial number is derived from the content, no timestamp.

export interface CycloneDxOptions {
  /** Inventory entries by vendor id: data classes become the services' data classification. */
  declared?: Record<string, DeclaredVendor>;
  /** Catalog knowledge (website, API hosts) by vendor id. */
  spec?: (id: string) => VendorSpec | undefined;
}

const PURL_TYPE: Record<Ecosystem, string> = {
  npm: "npm", pypi: "pypi", go: "golang", maven: "maven", nuget: "nuget", rubygems: "gem", cargo: "cargo", composer: "composer", hex: "hex", pub: "pub", swiftpm: "swift",
};

/** Percent-encodes one purl segment (RFC 3986 unreserved characters stay). */
function seg(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A package URL without version (evidence names packages, not always the
 * version installed): `pkg:npm/%40anthropic-ai/sdk`, `pkg:pypi/google-genai`,
 * `pkg:maven/com.openai/openai-java`, `pkg:golang/github.com/sashabaranov/go-openai`.
 */
export function purl(ecosystem: Ecosystem, name: string): { purl: string; group?: string; name: string } {
  const type = PURL_TYPE[ecosystem];
  let namespace: string[] = [];
  let base = name;
  if (ecosystem === "pypi") base = name.toLowerCase().replace(/[-_.]+/g, "-");
  else if (ecosystem === "maven" && name.includes(":")) {
    const [g, a] = name.split(":");
    namespace = [g!];
    base = a!;
  } else if (ecosystem === "npm" || ecosystem === "go" || ecosystem === "composer" || ecosystem === "swiftpm") {
    const parts = name.split("/");
    base = parts.pop()!;
    namespace = parts;
  }
  if (ecosystem === "composer" || ecosystem === "go") namespace = namespace.map((p) => p.toLowerCase());
  const ns = namespace.length ? `${namespace.map(seg).join("/")}/` : "";
  return { purl: `pkg:${type}/${ns}${seg(base)}`, ...(namespace.length ? { group: namespace.join(ecosystem === "go" || ecosystem === "npm" || ecosystem === "composer" || ecosystem === "swiftpm" ? "/" : ".") } : {}), name: base };
}

/** A name-based (version 5) UUID: the same report always gets the same serial number. */
function uuidV5(name: string): string {
  const namespace = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex"); // RFC 4122 URL namespace
  const h = createHash("sha1").update(namespace).update(name).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

type Prop = { name: string; value: string };
const prop = (name: string, value: string | undefined): Prop[] => (value ? [{ name: `shadow-ai:${name}`, value }] : []);

/** Self-hosted runtimes run inside the company's own boundary; every other vendor is a third party. */
const INTERNAL_CATEGORIES = new Set(["local-runtime"]);

interface Pkg {
  ecosystem: Ecosystem;
  name: string;
  vendors: Set<string>;
  frameworks: Set<string>;
  first: Evidence;
  transitive: boolean;
}

export function toCycloneDx(report: ScanReport, options: CycloneDxOptions = {}): string {
  const rootRef = "shadow-ai:target";
  const serviceRef = (id: string) => `service:${id}`;

  // Packages, from every piece of dependency/import/lockfile evidence that names one.
  const pkgs = new Map<string, Pkg>();
  const addPkg = (e: Evidence, vendor?: string, framework?: string) => {
    if (!e.ecosystem || !e.package) return;
    const p = purl(e.ecosystem, e.package).purl;
    let pkg = pkgs.get(p);
    if (!pkg) pkgs.set(p, (pkg = { ecosystem: e.ecosystem, name: e.package, vendors: new Set(), frameworks: new Set(), first: e, transitive: true }));
    if (vendor) pkg.vendors.add(vendor);
    if (framework) pkg.frameworks.add(framework);
    if (!e.transitive) pkg.transitive = false;
  };
  for (const v of report.vendors) for (const e of v.evidence) addPkg(e, e.via ? undefined : v.id);
  for (const f of report.frameworks) {
    for (const e of f.evidence) {
      addPkg(e, undefined, f.id);
      if (e.ecosystem && e.package) for (const id of f.vendors) pkgs.get(purl(e.ecosystem, e.package).purl)!.vendors.add(id);
    }
  }
  const usedVendors = new Set(report.vendors.map((v) => v.id));

  const components = [...pkgs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ref, p]) => {
      const id = purl(p.ecosystem, p.name);
      return {
        type: "library",
        "bom-ref": ref,
        ...(id.group ? { group: id.group } : {}),
        name: id.name,
        purl: id.purl,
        properties: [
          ...prop("vendors", [...p.vendors].filter((v) => usedVendors.has(v)).sort().join(",")),
          ...prop("frameworks", [...p.frameworks].sort().join(",")),
          ...prop("evidence", `${p.first.file}:${p.first.line}`),
          ...prop("transitive", p.transitive ? "true" : undefined),
        ],
      };
    });

  const services = report.vendors.map((v) => {
    const spec = options.spec?.(v.id);
    const d = options.declared?.[v.id];
    const internal = INTERNAL_CATEGORIES.has(v.category);
    const endpoints = vendorHosts(v, spec)
      .filter(isConcreteHost)
      .map((h) => `https://${h}`);
    const classes = d?.["data-classes"]?.length ? d["data-classes"] : [v.declared ? "unspecified" : "unclassified (vendor not declared)"];
    return {
      "bom-ref": serviceRef(v.id),
      provider: { name: v.name, ...(spec?.website ? { url: [spec.website] } : {}) },
      name: v.name,
      description: `${v.category}: AI vendor ${v.status}${v.direct ? "" : " (transitive only)"}`,
      ...(endpoints.length ? { endpoints } : {}),
      authenticated: true,
      "x-trust-boundary": !internal,
      trustZone: internal ? "internal" : "third-party",
      data: classes.map((c) => ({ flow: internal ? "bi-directional" : "outbound", classification: c })),
      properties: [
        { name: "shadow-ai:vendor", value: v.id },
        { name: "shadow-ai:status", value: v.status },
        { name: "shadow-ai:declared", value: String(v.declared) },
        { name: "shadow-ai:direct", value: String(v.direct) },
        ...(v.confidence ? [{ name: "shadow-ai:confidence", value: v.confidence }] : []),
        ...prop("regions", v.regions.join(",")),
        ...prop("models", v.models.join(",")),
        ...prop("frameworks", v.frameworks.join(",")),
        ...prop("residency", d?.residency?.join(",")),
        ...prop("evidence", v.evidence[0] ? `${v.evidence[0].file}:${v.evidence[0].line}` : undefined),
      ],
    };
  });

  const dependencies = [
    { ref: rootRef, dependsOn: [...components.map((c) => c["bom-ref"]), ...services.map((s) => s["bom-ref"])] },
    ...components.map((c) => ({
      ref: c["bom-ref"],
      dependsOn: [...(pkgs.get(c["bom-ref"])!.vendors)].filter((v) => usedVendors.has(v)).sort().map(serviceRef),
    })),
    ...services.map((s) => ({ ref: s["bom-ref"], dependsOn: [] as string[] })),
  ];

  const body = {
    metadata: {
      tools: { components: [{ type: "application", name: report.tool.name, version: report.tool.version }] },
      component: {
        type: "application",
        "bom-ref": rootRef,
        name: report.target.root,
        ...(report.target.commit ? { version: report.target.commit } : {}),
      },
      properties: [
        { name: "shadow-ai:catalogVersion", value: report.tool.catalogVersion },
        ...prop("commit", report.target.commit ?? undefined),
        ...prop("inventory", report.inventory.path ?? undefined),
      ],
    },
    components,
    services,
    dependencies,
  };
  const serial = `urn:uuid:${uuidV5(JSON.stringify(body))}`;
  const bom = { $schema: "http://cyclonedx.org/schema/bom-1.6.schema.json", bomFormat: "CycloneDX", specVersion: "1.6", serialNumber: serial, version: 1, ...body };
  return `${JSON.stringify(bom, null, 2)}\n`;
}
