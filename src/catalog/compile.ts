import type { Ecosystem } from "../types.js";
import { compileHost, type HostMatcher } from "./hosts.js";
import { globToRegExp, tokenRegExp } from "./patterns.js";
import { compileSelectors, type SelectorIndex } from "./selectors.js";
import { compileTools, type ToolIndex } from "./tools.js";
import type { CatalogSource, FrameworkSpec, IacFormat, ImportLanguage, PackageSpec, PackageSpecs, VendorSpec } from "./types.js";

/** What a package, import or host names: a vendor, a framework, or both (a provider package). */
export interface Target {
  vendor?: string;
  framework?: string;
  /** The catalog's spelling of the package (for evidence). */
  name: string;
  /** Only evidence in a file that also holds one of these string literals. */
  requiresLiteral?: string[];
  /** Only this vendor's package for these versions (">=10", "<4"). */
  versions?: string;
}

export interface HostHit {
  vendor: string;
  host: string;
  region?: string;
}

export interface KeyRule {
  id: string;
  vendor: string;
  regex: RegExp;
  keywords: string[];
  context: string[];
  requiresVendorEvidence: boolean;
}

export interface Catalog {
  version: string;
  vendors: Map<string, VendorSpec>;
  frameworks: Map<string, FrameworkSpec>;
  keyRules: KeyRule[];
  /** Every token a file must contain (case-sensitive) to be worth a detector. */
  prefilter: RegExp;
  lookupPackage(ecosystem: Ecosystem, name: string, version?: string): Target[];
  lookupImport(language: ImportLanguage, specifier: string): Target[];
  matchHost(host: string, path?: string): HostHit | undefined;
  lookupEnv(name: string): string | undefined;
  matchesModel(vendor: string, model: string): boolean;
  /** The geography a model id's prefix names for the vendor serving it (`eu.anthropic.claude…` → Bedrock, `eu`). */
  modelGeo(model: string): { vendor: string; region: string } | undefined;
  /** Whether `value` has the shape of any regional vendor's region names (the catalog's region-pattern entries). */
  isRegionName(value: string): boolean;
  /** Whether a region name has the shape of this vendor's cloud's regions (`eu-west-1` for Bedrock). */
  regionFits(vendor: string, region: string): boolean;
  /** The framework provider a configuration key belongs to (`spring.ai.openai.api-key`), by its longest catalog prefix. */
  lookupProperty(key: string): { vendor: string; framework: string; prefix: string } | undefined;
  /** A package or import root that is one vendor's SDK flavour sending every request to another (`sdk-of`). */
  flavourOf(name: string): { cloud: string; sdk: string } | undefined;
  /** IaC, container image, GitHub Action and gateway lookups. */
  iac: IacLookups;
  /** SDK flavours chosen by a call, type or switch; runtimes reached by their default endpoint. */
  selectors: SelectorIndex;
  /** AI coding tools and agents (rules/tools): kept apart from vendors, never vendor evidence. */
  tools: ToolIndex;
}

/** A catalog IaC entry a resource type matched. */
export interface IacTarget {
  vendor: string;
  /** The catalog's spelling (`aws_bedrock_*`, `Microsoft.CognitiveServices/accounts`). */
  pattern: string;
  /** Attribute values the resource must have (`kind: [OpenAI, AIServices]`); compare case-insensitively. */
  where?: Record<string, string[]>;
}

export interface ActionTarget {
  vendor: string;
  /** The catalog's `owner/repo`. */
  name: string;
  /** Input name → vendor that processes the request when the input is true. */
  inputs?: Record<string, string>;
}

/** Lookups for infrastructure, container and workflow detectors (src/detect/iac). */
export interface IacLookups {
  /** IaC entries whose type matches (exact, or by a trailing-`*` prefix); case-insensitive for ARM. */
  lookupIac(format: IacFormat, type: string): IacTarget[];
  /** The vendor whose runtime image this is (`ollama/ollama:0.3`, `docker.io/ollama/ollama@sha256:…`). */
  lookupImage(ref: string): { vendor: string; image: string } | undefined;
  /** The vendor or framework a Helm chart name deploys (`ollama`, `litellm-helm`), case-insensitive. */
  lookupHelmChart(name: string): { vendor?: string; framework?: string } | undefined;
  /** The catalog entry of a `uses:` reference (`owner/repo[/path]@ref`), case-insensitive. */
  lookupAction(uses: string): ActionTarget | undefined;
  /** The vendor a gateway routes `prefix` to (gateway: a vendor or framework id). */
  gatewayRoute(gateway: string, prefix: string): string | undefined;
  /** Ids of vendors and frameworks that route by prefix. */
  gateways: string[];
  /** Router hosts whose first path segment names the provider → the gateway vendor (`route-by-path`). */
  pathRouters: Map<string, string>;
}

/** `docker.io/library/x:tag@sha256:…` → `x`; `ghcr.io/o/r:tag` → `ghcr.io/o/r`. Lowercase. */
export function imageName(ref: string): string {
  let s = ref.trim().toLowerCase();
  const at = s.indexOf("@");
  if (at >= 0) s = s.slice(0, at);
  const slash = s.lastIndexOf("/");
  const colon = s.lastIndexOf(":");
  if (colon > slash) s = s.slice(0, colon);
  s = s.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io|registry\.hub\.docker\.com)\//, "");
  s = s.replace(/^library\//, "");
  return s;
}

interface PackageIndex {
  exact: Map<string, Target[]>;
  prefix: { prefix: string; target: Target }[];
}

/** Package names compare the way each registry compares them. */
export function normalizePackage(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case "pypi":
      return name.toLowerCase().replace(/[-_.]+/g, "-"); // PEP 503
    case "nuget":
    case "composer":
    case "maven":
      return name.toLowerCase();
    case "swiftpm":
      return swiftpmIdentity(name);
    default:
      return name;
  }
}

/**
 * A Swift package's identity as the catalog keys it: the repository URL as
 * host/owner/repo, lowercased, scheme, user, `.git` and trailing `/` gone
 * (`https://github.com/MacPaw/OpenAI.git`, `git@github.com:MacPaw/OpenAI` →
 * `github.com/macpaw/openai`); a registry id (`scope.name`) lowercased.
 */
export function swiftpmIdentity(url: string): string {
  let s = url.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, ""); // https://, ssh://, git://
  s = s.replace(/^[^/@]*@/, ""); // git@, user@
  s = s.replace(/^([^/:]+):(?!\d)/, "$1/"); // scp-like git@host:owner/repo
  // Loops, not /\/+$/: that regex is quadratic on a long run of slashes.
  const trim = () => {
    while (s.endsWith("/")) s = s.slice(0, -1);
  };
  trim();
  if (s.endsWith(".git")) s = s.slice(0, -4);
  trim();
  return s;
}

/** The language whose imports name an ecosystem's packages. */
const LANGUAGE_OF: Record<Ecosystem, ImportLanguage> = {
  npm: "js",
  pypi: "python",
  go: "go",
  maven: "java",
  nuget: "csharp",
  rubygems: "ruby",
  composer: "php",
  cargo: "rust",
  hex: "elixir",
  pub: "dart",
  swiftpm: "swift",
};

/** Where the import root follows from the package name (elsewhere entries give `imports:`). */
const DERIVED_IMPORT: Partial<Record<Ecosystem, (name: string) => string>> = {
  pypi: (name) => name.replace(/-/g, "_").toLowerCase(),
  cargo: (name) => name.replace(/-/g, "_"),
  rubygems: (name) => name,
  pub: (name) => name, // `import 'package:<name>/…'`
};

const IMPORT_ECOSYSTEM: Partial<Record<ImportLanguage, Ecosystem>> = {
  python: "pypi",
  js: "npm",
  go: "go",
};

/** Segments too common in code to select files by (`llama_index.core`, `google.genai`). */
const COMMON_SEGMENTS = new Set([
  "ai", "api", "apis", "aws", "azure", "client", "clients", "cloud", "com", "components", "core", "dev", "embedding",
  "embeddings", "generators", "google", "inference", "integrations", "io", "llm", "llms", "microsoft", "model", "models",
  "net", "org", "sdk", "services", "types", "utils", "v1", "v2",
]);

/**
 * The prefilter token for an import root. A JS specifier is spelled whole. A
 * dotted (`.`, `::`, `\\`, `/`) root is spelled segment by segment, but every
 * segment is spelled (`from google import genai` for `google.genai`,
 * `from llama_index import core`), so any segment will do: the longest
 * uncommon one.
 */
function importToken(language: ImportLanguage, root: string): string {
  if (language === "js") return root;
  const parts = root.split(/[./\\:]/).filter(Boolean);
  if (parts.length <= 1) return parts[0] ?? root;
  const pool = parts.some((p) => !COMMON_SEGMENTS.has(p.toLowerCase())) ? parts.filter((p) => !COMMON_SEGMENTS.has(p.toLowerCase())) : parts;
  return pool.reduce((best, p) => (p.length >= best.length ? p : best));
}

function specName(spec: PackageSpec): string {
  return typeof spec === "string" ? spec : spec.name;
}

function versionAllows(range: string | undefined, version: string | undefined): boolean {
  if (!range || !version) return true;
  const major = Number(/\d+/.exec(version)?.[0]);
  if (!Number.isFinite(major)) return true;
  return range.split(/\s+/).every((part) => {
    const m = /^(>=|<=|>|<|=)?(\d+)/.exec(part);
    if (!m) return true;
    const bound = Number(m[2]);
    switch (m[1]) {
      case ">=": return major >= bound;
      case ">": return major > bound;
      case "<=": return major <= bound;
      case "<": return major < bound;
      default: return major === bound;
    }
  });
}

/**
 * `prefilter`: the pattern this function would build for `source`, when it was
 * built ahead of time (the bundle's catalog); only ever the output of an earlier
 * compile of the same source.
 */
export function compileCatalog(source: CatalogSource, version: string, prefilter?: string): Catalog {
  const packages = new Map<Ecosystem, PackageIndex>();
  const imports = new Map<ImportLanguage, Map<string, Target[]>>();
  const hosts: HostMatcher[] = [];
  const env = new Map<string, string>();
  const models = new Map<string, RegExp[]>();
  const keyRules: KeyRule[] = [];
  const tokens = new Set<string>();
  // Package names and import segments that are plain identifiers (`fal`, `anthropic`)
  // match only as whole words in the prefilter: every manifest, lockfile and import
  // spells a name apart from other identifier characters, and `fal` is in every `false`.
  const names = new Set<string>();
  // A prebuilt prefilter needs no names: sorting them out is a third of this function's work.
  const collect = prefilter === undefined;
  const addName = (name: string) => collect && (/^[A-Za-z0-9_]+$/.test(name) ? names : tokens).add(name);

  const addImport = (language: ImportLanguage, root: string, target: Target) => {
    let index = imports.get(language);
    if (!index) imports.set(language, (index = new Map()));
    const list = index.get(root) ?? [];
    // Two packages may share an import root (`pinecone`, `pinecone-client`): one target per vendor/framework.
    if (!list.some((t) => t.vendor === target.vendor && t.framework === target.framework)) list.push(target);
    index.set(root, list);
    if (collect) addName(importToken(language, root));
  };

  const addPackages = (specs: PackageSpecs | undefined, base: Omit<Target, "name">) => {
    for (const [eco, list] of Object.entries(specs ?? {}) as [Ecosystem, PackageSpec[]][]) {
      let index = packages.get(eco);
      if (!index) packages.set(eco, (index = { exact: new Map(), prefix: [] }));
      for (const spec of list) {
        const name = specName(spec);
        const target: Target = { ...base, name };
        if (typeof spec !== "string") {
          if (spec["requires-literal"]) target.requiresLiteral = spec["requires-literal"];
          if (spec.versions) target.versions = spec.versions;
          for (const literal of spec["requires-literal"] ?? []) tokens.add(literal);
        }
        if (name.endsWith("*")) {
          const prefix = normalizePackage(eco, name.slice(0, -1));
          index.prefix.push({ prefix, target });
          tokens.add(name.slice(0, -1).replace(/[/:.*-]+$/, ""));
        } else {
          const key = normalizePackage(eco, name);
          index.exact.set(key, [...(index.exact.get(key) ?? []), target]);
          addName(name);
          if (eco === "pypi") addName(name.replace(/-/g, "_"));
          // Prefilter tokens are case-sensitive: a repository URL as GitHub spells it and lowercased.
          if (eco === "swiftpm") addName(name.toLowerCase());
        }
        // Import roots: explicit, else derived from the package name where the
        // language imports by package name.
        const lang = LANGUAGE_OF[eco];
        if (typeof spec !== "string" && spec.imports) {
          for (const root of spec.imports) addImport(lang, root, target);
        } else if (!name.endsWith("*")) {
          const derived = DERIVED_IMPORT[eco]?.(name);
          if (derived) addImport(lang, derived, target);
        }
      }
    }
  };

  const vendors = new Map(source.vendors.map((v) => [v.id, v]));
  const regionPatterns = source.vendors.flatMap((v) => (v["region-pattern"] ? [new RegExp(v["region-pattern"])] : []));
  const flavours = new Map<string, { cloud: string; sdk: string }>();
  for (const v of source.vendors) {
    for (const [sdk, names] of Object.entries(v["sdk-of"] ?? {})) for (const n of names) flavours.set(n, { cloud: v.id, sdk });
  }
  const frameworks = new Map(source.frameworks.map((f) => [f.id, f]));

  for (const v of source.vendors) {
    addPackages(v.packages, { vendor: v.id });
    for (const [lang, roots] of Object.entries(v.imports ?? {}) as [ImportLanguage, string[]][]) {
      for (const root of roots) addImport(lang, root, { vendor: v.id, name: root });
    }
    for (const h of v.hosts ?? []) {
      const matcher = compileHost(h, v.id);
      hosts.push(matcher);
      tokens.add(matcher.token);
    }
    for (const name of v.env ?? []) {
      env.set(name, v.id);
      tokens.add(name);
    }
    models.set(v.id, (v.models ?? []).map((g) => globToRegExp(g)));
    for (const k of v.keys ?? []) {
      keyRules.push({
        id: k.id,
        vendor: v.id,
        regex: new RegExp(k.pattern, `g${k.flags ?? ""}`),
        keywords: k.keywords.map((w) => w.toLowerCase()),
        context: (k.context ?? []).map((w) => w.toLowerCase()),
        requiresVendorEvidence: k["requires-vendor-evidence"] ?? false,
      });
      for (const w of k.keywords) tokens.add(w);
    }
  }
  const properties = new Map<string, { vendor: string; framework: string; prefix: string }>();
  for (const f of source.frameworks) {
    for (const p of f.providers ?? []) {
      for (const prefix of p.properties ?? []) {
        properties.set(normalizeProperty(prefix), { vendor: p.vendor, framework: f.id, prefix });
        // Nested YAML spells the segments apart: the vendor's segment selects the file.
        const last = prefix.slice(prefix.lastIndexOf(".") + 1);
        addName(last);
      }
    }
  }
  for (const f of source.frameworks) {
    addPackages(f.packages, { framework: f.id });
    for (const [lang, roots] of Object.entries(f.imports ?? {}) as [ImportLanguage, string[]][]) {
      for (const root of roots) addImport(lang, root, { framework: f.id, name: root });
    }
    for (const p of f.providers ?? []) {
      addPackages(p.packages, { vendor: p.vendor, framework: f.id });
      for (const [lang, roots] of Object.entries(p.imports ?? {}) as [ImportLanguage, string[]][]) {
        for (const root of roots) addImport(lang, root, { vendor: p.vendor, framework: f.id, name: root });
      }
    }
  }
  const iac = compileIac(source, tokens);
  const selectors = compileSelectors(source, tokens);
  // Longest patterns first, so `eu.api.openai.com` wins over a broader pattern.
  hosts.sort((a, b) => b.specificity - a.specificity);
  // By last label, each list in that order: a literal's `utils.js` or `example.org`
  // (relative imports, docs links) is tried against no pattern instead of every one.
  // A pattern whose last label is a placeholder is in every list, and alone serves the rest.
  const anyTld = hosts.filter((m) => m.tld === undefined);
  const hostsByTld = new Map<string, HostMatcher[]>();
  for (const m of hosts) if (m.tld !== undefined) hostsByTld.set(m.tld, []);
  for (const m of hosts) {
    if (m.tld !== undefined) hostsByTld.get(m.tld)!.push(m);
    else for (const list of hostsByTld.values()) list.push(m);
  }

  const lookupPackage = (ecosystem: Ecosystem, name: string, version?: string): Target[] => {
    const index = packages.get(ecosystem);
    if (!index) return [];
    const key = normalizePackage(ecosystem, name);
    const exact = index.exact.get(key);
    let found: Target[];
    if (exact) {
      found = exact;
    } else if (ecosystem === "go") {
      // Go module paths: the longest catalog path that is a prefix at a `/` boundary.
      const hits = [...index.exact.entries()].filter(([p]) => key.startsWith(p + "/"));
      hits.sort((a, b) => b[0].length - a[0].length);
      found = hits[0]?.[1] ?? [];
    } else {
      found = [];
    }
    if (found.length === 0) {
      // A prefix entry (`@langchain/*`) matched: evidence names the real package.
      const pre = index.prefix.filter((p) => key.startsWith(p.prefix)).map((p) => ({ ...p.target, name }));
      found = pre;
    }
    return found.filter((t) => versionAllows(t.versions, version));
  };

  // Specifiers repeat across a tree (`@langchain/core/messages` in every file):
  // each is resolved once. Callers treat the arrays as read-only, as they always have
  // (non-JS lookups return the index's own lists).
  const importMemo = new Map<string, Target[]>();
  const lookupImport = (language: ImportLanguage, specifier: string): Target[] => {
    const key = `${language}\0${specifier}`;
    let hit = importMemo.get(key);
    if (!hit) {
      if (importMemo.size >= 50_000) importMemo.clear();
      importMemo.set(key, (hit = resolveImport(language, specifier)));
    }
    return hit;
  };

  const resolveImport = (language: ImportLanguage, specifier: string): Target[] => {
    const eco = IMPORT_ECOSYSTEM[language];
    const index = imports.get(language);
    if (language === "js") {
      const name = jsPackageName(specifier);
      if (!name) return [];
      const extra = index?.get(name) ?? [];
      // A subpath the catalog names itself (pre-0.1 `langchain/llms/openai`) reaches its own vendor too.
      const subpath = specifier !== name ? (index?.get(specifier) ?? []) : [];
      return [...lookupPackage("npm", name), ...extra, ...subpath];
    }
    if (language === "go") return lookupPackage("go", specifier);
    // Dotted / namespaced languages: the longest registered root that prefixes the specifier.
    const sep = language === "php" || language === "csharp" && specifier.includes("\\") ? "\\" : language === "rust" ? "::" : ".";
    const parts = specifier.split(sep === "." ? /[./]/ : sep);
    for (let n = parts.length; n > 0; n--) {
      const root = parts.slice(0, n).join(sep === "." ? "." : sep);
      const hit = index?.get(root) ?? (language === "python" ? undefined : index?.get(root.toLowerCase()));
      if (hit) return hit;
    }
    if (eco && eco !== "pypi") return lookupPackage(eco, specifier);
    return [];
  };

  const matchHost = (host: string, path = ""): HostHit | undefined => {
    const h = host.toLowerCase().replace(/\.$/, "");
    for (const m of hostsByTld.get(h.slice(h.lastIndexOf(".") + 1)) ?? anyTld) {
      const r = m.match(h, path);
      if (r) return r;
    }
    return undefined;
  };

  const prefilterTokens = [...tokens].filter((t) => t.length >= 3);
  // A name that is also a plain token (a host label, an env name) stays plain. As
  // whole words even two letters select well: the Vercel AI SDK's package is `ai`.
  const prefilterNames = [...names].filter((t) => t.length >= 2 && !tokens.has(t));
  return {
    version,
    vendors,
    frameworks,
    keyRules,
    prefilter: prefilter !== undefined ? new RegExp(prefilter) : tokenRegExp(prefilterTokens, prefilterNames),
    lookupPackage,
    lookupImport,
    matchHost,
    lookupEnv: (name) => env.get(name),
    matchesModel: (vendor, model) => (models.get(vendor) ?? []).some((r) => r.test(model)),
    flavourOf: (name) => flavours.get(name),
    lookupProperty: (key) => {
      const parts = normalizeProperty(key).split(".");
      for (let n = parts.length - 1; n > 0; n--) {
        const hit = properties.get(parts.slice(0, n).join("."));
        if (hit) return hit;
      }
      return undefined;
    },
    isRegionName: (value) => regionPatterns.some((r) => r.test(value)),
    modelGeo: (model) => {
      const dot = model.indexOf(".");
      if (dot <= 0) return undefined;
      const prefix = model.slice(0, dot);
      for (const v of source.vendors) {
        if (v["model-geo-prefixes"]?.includes(prefix) && (models.get(v.id) ?? []).some((r) => r.test(model))) return { vendor: v.id, region: prefix };
      }
      return undefined;
    },
    regionFits: (vendor, region) => {
      const pattern = vendors.get(vendor)?.["region-pattern"];
      return pattern ? new RegExp(pattern).test(region) : true;
    },
    iac,
    selectors,
    tools: compileTools(source.tools ?? []),
  };
}

/** IaC types, images, actions and gateway routes; their literal parts join the prefilter. */
function compileIac(source: CatalogSource, tokens: Set<string>): IacLookups {
  const iacTypes: Record<IacFormat, { pattern: string; prefix: boolean; target: IacTarget }[]> = {
    terraform: [],
    cloudformation: [],
    arm: [],
  };
  const images = new Map<string, string>();
  const charts = new Map<string, { vendor?: string; framework?: string }>();
  const actions = new Map<string, ActionTarget>();
  const routes = new Map<string, Map<string, string>>();
  const addRoutes = (id: string, r: Record<string, string> | undefined) => {
    if (!r) return;
    routes.set(id, new Map(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v])));
  };
  for (const v of source.vendors) {
    for (const format of ["terraform", "cloudformation", "arm"] as const) {
      for (const spec of v.iac?.[format] ?? []) {
        const type = typeof spec === "string" ? spec : spec.type;
        const prefix = type.endsWith("*");
        const pattern = (prefix ? type.slice(0, -1) : type).toLowerCase();
        const target: IacTarget = { vendor: v.id, pattern: type };
        if (typeof spec !== "string" && spec.where) target.where = spec.where;
        iacTypes[format].push({ pattern, prefix, target });
        // ARM types are case-insensitive; the prefilter is not: the common spelling.
        tokens.add((prefix ? type.slice(0, -1) : type).replace(/[:_/.]+$/, ""));
      }
    }
    for (const image of v["docker-images"] ?? []) {
      images.set(imageName(image), v.id);
      tokens.add(image.slice(image.lastIndexOf("/") + 1));
    }
    for (const chart of v["helm-charts"] ?? []) {
      charts.set(chart.toLowerCase(), { vendor: v.id });
      tokens.add(chart);
    }
    for (const spec of v.actions ?? []) {
      const name = typeof spec === "string" ? spec : spec.name;
      const target: ActionTarget = { vendor: v.id, name };
      if (typeof spec !== "string" && spec.inputs) target.inputs = spec.inputs;
      actions.set(name.toLowerCase(), target);
      tokens.add(name);
    }
    addRoutes(v.id, v["gateway-routes"]);
  }
  for (const f of source.frameworks) {
    addRoutes(f.id, f["gateway-routes"]);
    for (const chart of f["helm-charts"] ?? []) {
      charts.set(chart.toLowerCase(), { framework: f.id });
      tokens.add(chart);
    }
  }

  return {
    lookupIac(format, type) {
      const t = type.toLowerCase();
      return iacTypes[format].filter((e) => (e.prefix ? t.startsWith(e.pattern) : t === e.pattern)).map((e) => e.target);
    },
    lookupImage(ref) {
      const name = imageName(ref);
      const vendor = images.get(name);
      return vendor ? { vendor, image: name } : undefined;
    },
    lookupHelmChart: (name) => charts.get(name.trim().toLowerCase()),
    lookupAction(uses) {
      const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)(?:\/[^@\s]*)?(?:@\S*)?$/.exec(uses.trim());
      return m ? actions.get(`${m[1]}/${m[2]}`.toLowerCase()) : undefined;
    },
    gatewayRoute: (gateway, prefix) => routes.get(gateway)?.get(prefix.toLowerCase()),
    gateways: [...routes.keys()].sort(),
    pathRouters: new Map(source.vendors.flatMap((v) => (v["route-by-path"] ?? []).map((h) => [h, v.id] as [string, string]))),
  };
}

/**
 * A configuration key as frameworks bind it (Spring relaxed binding, MicroProfile
 * Config): case, `-` and `_` do not matter, `%prod.` (a Quarkus profile) is not
 * part of the key, and `[0]` indices are segments.
 */
export function normalizeProperty(key: string): string {
  return key
    .replace(/^%[\w-]+\./, "")
    .replace(/\[(\w+)\]/g, ".$1")
    .toLowerCase()
    .replace(/[-_]/g, "");
}

/** `@scope/pkg/sub` → `@scope/pkg`; `pkg/sub` → `pkg`; relative, absolute and `node:` → undefined. */
export function jsPackageName(specifier: string): string | undefined {
  if (!specifier || /^[./]|^[a-z]+:/i.test(specifier) || specifier.startsWith("#")) return undefined;
  const parts = specifier.split("/");
  if (specifier.startsWith("@")) return parts.length >= 2 ? `${parts[0]}/${parts[1]}` : undefined;
  return parts[0];
}
