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
}

export interface SelectorIndex {
  /** Selectors by the vendor or framework id of the SDK they choose a flavour of. */
  bySdk: Map<string, Selector[]>;
  /** Env switches by variable name. */
  byEnv: Map<string, Selector[]>;
}

/** The index; env switch names join the prefilter tokens. */
export function compileSelectors(source: CatalogSource, tokens: Set<string>): SelectorIndex {
  const bySdk = new Map<string, Selector[]>();
  const byEnv = new Map<string, Selector[]>();
  const add = (s: Selector) => {
    (bySdk.get(s.sdk) ?? bySdk.set(s.sdk, []).get(s.sdk)!).push(s);
    if (s.kind === "env") {
      (byEnv.get(s.value) ?? byEnv.set(s.value, []).get(s.value)!).push(s);
      tokens.add(s.value);
    }
  };
  for (const v of source.vendors) {
    for (const s of v["selected-by"] ?? []) {
      const kind = s.name !== undefined ? "name" : s.switch !== undefined ? "switch" : "env";
      const value = s.name ?? s.switch?.toLowerCase() ?? s.env!;
      add({ vendor: v.id, sdk: s.sdk, kind, value });
    }
  }
  for (const f of source.frameworks) {
    for (const p of f.providers ?? []) {
      for (const name of p.names ?? []) add({ vendor: p.vendor, sdk: f.id, framework: f.id, kind: "name", value: name });
    }
  }
  return { bySdk, byEnv };
}
