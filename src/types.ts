// The plain data that flows between pipeline stages. Nothing here does work.

export const ECOSYSTEMS = ["npm", "pypi", "go", "maven", "nuget", "rubygems", "cargo", "composer"] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/** What a file is; picks the detectors that read it. */
export type FileKind =
  | "js" // .js .mjs .cjs .jsx .ts .mts .cts .tsx
  | "vue" // .vue .svelte: <script> blocks
  | "python"
  | "notebook" // .ipynb
  | "go"
  | "jvm" // .java .kt .kts .scala .groovy
  | "csharp" // .cs .fs .vb
  | "ruby"
  | "php"
  | "rust"
  | "swift"
  | "npm-manifest" // package.json
  | "pip-requirements" // requirements*.txt, *.in
  | "pyproject" // pyproject.toml
  | "pipfile" // Pipfile
  | "python-setup" // setup.py, setup.cfg, environment.yml (conda)
  | "go-mod" // go.mod
  | "maven-pom" // pom.xml
  | "gradle" // build.gradle(.kts), gradle/libs.versions.toml
  | "dotnet-project" // *.csproj *.fsproj *.vbproj, packages.config, Directory.Packages.props
  | "gemfile" // Gemfile, *.gemspec
  | "cargo-manifest" // Cargo.toml
  | "composer-manifest" // composer.json
  | "lockfile" // package-lock.json, yarn.lock, poetry.lock, …
  | "terraform" // .tf, .tf.json
  | "workflow" // .github/workflows/*.yml
  | "container" // Dockerfile, docker-compose*.yml, compose.yaml
  | "env" // .env, .env.*, *.env
  | "config" // yaml, json, toml, ini, properties, xml: string values may hold hosts
  | "code" // other source languages: string literals may hold hosts
  | "prose"; // .md .rst .txt docs: never evidence

export interface ScannedFile {
  /** Relative to the scanned root, `/` separators. */
  path: string;
  kind: FileKind;
  /** Bytes, when the walk looked (absent when the read checks the size cap: DiscoverOptions.sizeAtRead). */
  size?: number;
}

export type EvidenceKind = "import" | "dependency" | "lockfile" | "env" | "host" | "secret" | "iac" | "workflow";

/** One place in one file that says a vendor (or framework) is used. */
export interface Evidence {
  kind: EvidenceKind;
  file: string;
  line: number; // 1-based
  column: number; // 1-based
  /** Set when the evidence names a vendor (a vendor package, host, env name, key). */
  vendor?: string;
  /** Set when the evidence names a framework (a framework or provider package). */
  framework?: string;
  ecosystem?: Ecosystem;
  package?: string;
  host?: string;
  env?: string;
  /** Catalog key rule id, for kind "secret". */
  secretRule?: string;
  region?: string;
  model?: string;
  /** Only a lockfile pulls it in; nothing in the project names it. */
  transitive?: boolean;
  /** A host used as an SDK's base URL / endpoint: the host's vendor is the processor. */
  role?: "base-url";
  /** The vendor whose SDK carried this evidence when another vendor processes it. */
  via?: string;
  /** The source line, trimmed and capped; secrets redacted. */
  snippet: string;
}

export interface Diagnostic {
  file: string;
  message: string;
}

export type VendorStatus = "approved" | "restricted" | "prohibited" | "undeclared";

export interface VendorUsage {
  id: string;
  name: string;
  category: string;
  declared: boolean;
  status: VendorStatus;
  direct: boolean;
  regions: string[];
  models: string[];
  frameworks: string[];
  evidence: Evidence[];
}

export interface FrameworkUsage {
  id: string;
  name: string;
  /** Vendors reached through this framework's provider packages. */
  vendors: string[];
  evidence: Evidence[];
}

export type Severity = "error" | "warning" | "note";

export interface Finding {
  rule: string;
  severity: Severity;
  vendor?: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
  fingerprint: string;
  /**
   * data-class-not-allowed: the classified-paths glob(s) that bring the classes
   * the vendor is not cleared for (sorted, ", "-joined); with rule and vendor,
   * the finding's identity in pull-request mode.
   */
  glob?: string;
  /** Whether it blocks the merge / fails the run under the current policy. */
  blocking: boolean;
  introduced?: boolean;
  suppressed?: { by: string; reason: string };
}

export interface ScanStats {
  files: number;
  bytes: number;
  skipped: number;
  durationMs: number;
  /** Why files were skipped, by reason. */
  skippedBy: Record<string, number>;
}

export interface ScanReport {
  schemaVersion: 1;
  tool: { name: "shadow-ai"; version: string; catalogVersion: string };
  /** `partial`: only listed files were scanned (see ScanOptions.only); present only then. */
  target: { root: string; commit: string | null; partial?: true };
  /**
   * `vendors`: the declarations the scan was held against (absent without an inventory), so a report alone can fill an evidence pack.
   * `classifiedPaths`: the inventory's classified-paths (glob → data classes), when it has any.
   */
  inventory: {
    path: string | null;
    vendors?: Record<string, import("./inventory/types.js").DeclaredVendor>;
    reviewInterval?: string;
    classifiedPaths?: Record<string, string[]>;
  };
  stats: ScanStats;
  vendors: VendorUsage[];
  frameworks: FrameworkUsage[];
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Set by the action on a pull request or push: what the change brings compared with its base. */
  comparison?: import("./report/context.js").ReportComparison;
}
