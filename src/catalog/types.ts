import type { Ecosystem } from "../types.js";

// The catalog as written in rules/*.yml (after schema validation).

export type PackageSpec =
  | string
  | { name: string; imports?: string[]; "requires-literal"?: string[]; versions?: string; note?: string };

export type PackageSpecs = Partial<Record<Ecosystem, PackageSpec[]>>;

export type HostSpec = string | { host: string; path?: string; region?: string; note?: string };

export interface KeySpec {
  id: string;
  pattern: string;
  flags?: string;
  keywords: string[];
  context?: string[];
  "requires-vendor-evidence"?: boolean;
}

export type ImportLanguage = "python" | "js" | "go" | "java" | "csharp" | "ruby" | "php" | "rust" | "swift" | "elixir" | "dart";

export interface VendorSpec {
  id: string;
  name: string;
  category: string;
  website?: string;
  description?: string;
  sources: string[];
  packages?: PackageSpecs;
  imports?: Partial<Record<ImportLanguage, string[]>>;
  hosts?: HostSpec[];
  env?: string[];
  keys?: KeySpec[];
  models?: string[];
  "region-pattern"?: string;
  "model-geo-prefixes"?: string[];
  "sdk-of"?: Record<string, string[]>;
  "route-by-path"?: string[];
  iac?: { terraform?: IacTypeSpec[]; cloudformation?: IacTypeSpec[]; arm?: IacTypeSpec[] };
  "docker-images"?: string[];
  /** Helm chart names (a chart's `dependencies:` in Chart.yaml / Chart.lock) that deploy this vendor's runtime. */
  "helm-charts"?: string[];
  actions?: ActionSpec[];
  /** `<prefix>/<model>` (or router path `<prefix>/…`) → the vendor that processes it. */
  "gateway-routes"?: Record<string, string>;
  /** Calls, types and switches of an SDK that send its requests to this vendor. */
  "selected-by"?: SelectorSpec[];
  /** Default endpoints of a runtime reached by URL. */
  "local-endpoints"?: LocalEndpointSpec[];
}

/** Exactly one of `name`, `switch`, `env` (schema/catalog.schema.json#/definitions/selector). */
export interface SelectorSpec {
  sdk: string;
  name?: string;
  switch?: string;
  /** With `switch`: the literal values that select this vendor (`api_type: :azure`); without, true. */
  values?: string[];
  /** Read only in files of these kinds (`elixir`): a name or switch too common elsewhere. */
  languages?: string[];
  env?: string;
  note?: string;
}

export interface LocalEndpointSpec {
  port: number;
  paths?: string[];
  "any-host"?: boolean;
  /** False: an SDK's base URL on this port is not enough, only one of `paths` names the runtime. */
  "base-url"?: boolean;
  note?: string;
}

/** A resource type (trailing `*`: prefix), optionally only where attributes have given values. */
export type IacTypeSpec = string | { type: string; where?: Record<string, string[]>; note?: string };

/** A GitHub Action `owner/repo`; `inputs` names inputs that, set to true, send the work to another vendor. */
export type ActionSpec = string | { name: string; inputs?: Record<string, string>; note?: string };

export type IacFormat = "terraform" | "cloudformation" | "arm";

export interface FrameworkSpec {
  id: string;
  name: string;
  website?: string;
  description?: string;
  sources: string[];
  packages: PackageSpecs;
  imports?: Partial<Record<ImportLanguage, string[]>>;
  providers?: { vendor: string; packages?: PackageSpecs; imports?: Partial<Record<ImportLanguage, string[]>>; properties?: string[]; names?: string[] }[];
  "gateway-routes"?: Record<string, string>;
  /** Helm chart names that deploy this framework (a LiteLLM proxy chart). */
  "helm-charts"?: string[];
  "local-endpoints"?: LocalEndpointSpec[];
}

/** A person or bot in the git history: name and/or email, case-insensitive, `*` globs. */
export interface IdentitySpec {
  name?: string;
  email?: string;
}

/** An AI coding tool or agent (rules/tools/*.yml): what it leaves in a repository. */
export interface ToolSpec {
  id: string;
  name: string;
  /** The catalog vendor that receives the code; absent for bring-your-own-model tools. */
  vendor?: string;
  "bring-your-own-model"?: boolean;
  website?: string;
  description?: string;
  sources: string[];
  /** gitignore-syntax paths of committed configuration. */
  config?: string[];
  /** gitignore-syntax paths of MCP server configurations this tool reads. */
  mcp?: string[];
  actions?: string[];
  packages?: PackageSpecs;
  commits?: { "co-authors"?: IdentitySpec[]; authors?: IdentitySpec[]; "message-lines"?: string[] };
}

export interface CatalogSource {
  vendors: VendorSpec[];
  frameworks: FrameworkSpec[];
  /** Absent in catalogs built before tools existed (and in custom-vendor extensions). */
  tools?: ToolSpec[];
}
