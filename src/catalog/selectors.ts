import type { CatalogSource } from "./types.js";

/**
 * A call, type or switch that sends an SDK's requests to a vendor (the catalog's
 * `selected-by`, and frameworks' provider `names`). Compiled once; read by
 * src/detect/selectors.ts in files that carry the SDK's evidence.
 */
export interface Selector {
  /** The vendor the selector sends requests to. */
  vendor: string;
  /** The vendor or framework id whose evidence a file must carry for the selector to be read. */
  sdk: string;
  /** Set when `sdk` is a framework: evidence names the framework too. */
  framework?: string;
  kind: "name" | "switch" | "env";
  /** The identifier, switch name (lowercase) or env variable name. */
  value: string;
  /** A switch's literal values (lowercase) that select the vendor; absent: true does. */
  values?: string[];
  /** File kinds the selector is read in; absent: every code file. */
  languages?: string[];
}

/** A runtime's (or gateway's) default endpoint (`local-endpoints`). */
export interface LocalEndpoint {
  vendor?: string;
  framework?: string;
  port: number;
  paths: string[];
  anyHost: boolean;
  /** An SDK's base URL on the port is the runtime (false: only its paths are). */
  baseUrl: boolean;
}

export interface SelectorIndex {
  /** Selectors by the vendor or framework id of the SDK they choose a flavour of. */
  bySdk: Map<string, Selector[]>;
  /** Env switches by variable name. */
  byEnv: Map<string, Selector[]>;
  /** Local endpoints by port. */
  byPort: Map<number, LocalEndpoint[]>;
}

/** The index, and the prefilter tokens that let a file with only a local URL in it be read. */
export function compileSelectors(source: CatalogSource, tokens: Set<string>): SelectorIndex {
  const bySdk = new Map<string, Selector[]>();
  const byEnv = new Map<string, Selector[]>();
  const byPort = new Map<number, LocalEndpoint[]>();
  const add = (s: Selector) => {
    (bySdk.get(s.sdk) ?? bySdk.set(s.sdk, []).get(s.sdk)!).push(s);
    if (s.kind === "env") {
      (byEnv.get(s.value) ?? byEnv.set(s.value, []).get(s.value)!).push(s);
      tokens.add(s.value);
    }
  };
  const addEndpoint = (e: LocalEndpoint) => {
    (byPort.get(e.port) ?? byPort.set(e.port, []).get(e.port)!).push(e);
    // A file that only calls the runtime by URL names no package: the port (when
    // it is distinctive) or the port with an API path lets it through the prefilter.
    if (e.anyHost) tokens.add(`:${e.port}`);
    for (const p of e.paths) tokens.add(`:${e.port}${p}`);
  };
  for (const v of source.vendors) {
    for (const s of v["selected-by"] ?? []) {
      const kind = s.name !== undefined ? "name" : s.switch !== undefined ? "switch" : "env";
      const value = s.name ?? s.switch?.toLowerCase() ?? s.env!;
      const sel: Selector = { vendor: v.id, sdk: s.sdk, kind, value };
      if (s.switch !== undefined && s.values) sel.values = s.values.map((x) => x.toLowerCase());
      if (s.languages) sel.languages = s.languages;
      add(sel);
    }
    for (const e of v["local-endpoints"] ?? []) addEndpoint({ vendor: v.id, port: e.port, paths: e.paths ?? [], anyHost: e["any-host"] ?? false, baseUrl: e["base-url"] ?? true });
  }
  for (const f of source.frameworks) {
    for (const p of f.providers ?? []) {
      for (const name of p.names ?? []) add({ vendor: p.vendor, sdk: f.id, framework: f.id, kind: "name", value: name });
    }
    for (const e of f["local-endpoints"] ?? []) addEndpoint({ framework: f.id, port: e.port, paths: e.paths ?? [], anyHost: e["any-host"] ?? false, baseUrl: e["base-url"] ?? true });
  }
  return { bySdk, byEnv, byPort };
}
