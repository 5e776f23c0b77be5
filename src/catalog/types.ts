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

export type ImportLanguage = "python" | "js" | "go" | "java" | "csharp" | "ruby" | "php" | "rust" | "swift";

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
  iac?: { terraform?: string[]; cloudformation?: string[]; arm?: string[] };
  "docker-images"?: string[];
  actions?: string[];
}

export interface FrameworkSpec {
  id: string;
  name: string;
  website?: string;
  description?: string;
  sources: string[];
  packages: PackageSpecs;
  imports?: Partial<Record<ImportLanguage, string[]>>;
  providers?: { vendor: string; packages?: PackageSpecs; imports?: Partial<Record<ImportLanguage, string[]>> }[];
}

export interface CatalogSource {
  vendors: VendorSpec[];
  frameworks: FrameworkSpec[];
}
