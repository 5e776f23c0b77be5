// The plain data that flows between pipeline stages. Nothing here does work.

export const ECOSYSTEMS = ["npm", "pypi", "go", "maven", "nuget", "rubygems", "cargo", "composer", "hex", "pub", "swiftpm"] as const;
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
  | "elixir" // .ex .exs
  | "dart"
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
  | "mix-manifest" // mix.exs
  | "pubspec" // pubspec.yaml
  | "swiftpm-manifest" // Package.swift, Package@swift-<version>.swift, *.xcodeproj/project.pbxproj
  | "helm-chart" // Chart.yaml, Chart.lock
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

/** `config`: a framework configuration key that names the vendor (`spring.ai.openai.api-key`). */
export type EvidenceKind = "import" | "dependency" | "lockfile" | "env" | "host" | "secret" | "iac" | "workflow" | "config";

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
  /**
   * Kind "secret": a hash of the key's value (detect/secrets.ts keyHash), for the
   * finding's identity. Internal: never in a report (assembleReport drops it).
   */
  keyHash?: string;
  /** iac: the resource type (`aws_bedrockagent_agent`, `AWS::Bedrock::Agent`) or the container image that names the vendor. */
  resource?: string;
  /** workflow: the action a step uses, as written (`anthropics/claude-code-action@v1`). */
  action?: string;
  region?: string;
  model?: string;
  /** Only a lockfile pulls it in; nothing in the project names it. */
  transitive?: boolean;
  /**
   * `base-url`: a host used as an SDK's base URL / endpoint: the host's vendor is the processor.
   * `selector`: a call, type or switch that chose this vendor for the SDK in this file (or, for an
   * env switch, the repository); the SDK's own evidence there moves to it unless the code also
   * keeps the SDK's own service (a selector whose vendor is the SDK's).
   */
  role?: "base-url" | "selector";
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
  /** `low`: seen only in env/config templates (`.env.example`): never blocks unless `policy.block-low-confidence`. Set by resolve. */
  confidence?: "high" | "low";
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
  /** The AI coding tool (rules/tools id) for undeclared-tool / prohibited-tool. */
  tool?: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
  /** This location's key: rule, vendor, file and line text (survives line moves, not file moves). */
  fingerprint: string;
  /**
   * What the finding is about, wherever it is: rule + vendor or tool (+ region,
   * model, path scope, classified glob or key hash for the rules that have one).
   * Findings sharing it are one problem shown at several places; a pull request
   * introduces a finding only when the base has no finding with its identity.
   */
  identity: string;
  /**
   * data-class-not-allowed: the classified-paths glob(s) that bring the classes
   * the vendor is not cleared for (sorted, ", "-joined); with rule and vendor,
   * the finding's identity in pull-request mode.
   */
  glob?: string;
  /** Whether it blocks the merge / fails the run under the current policy. */
  blocking: boolean;
  /** Pull-request mode: the base has no finding with this identity. */
  introduced?: boolean;
  /**
   * Pull-request mode: not introduced (the base already has this identity), but
   * this change adds a place that uses it (a new file, or a file that did not
   * have it). Never blocks under scope: introduced; annotated as a warning.
   */
  addsUse?: boolean;
  suppressed?: { by: string; reason: string };
}

/** How a repository shows an AI coding tool: committed configuration, a workflow that runs it, commits it made. */
export type ToolEvidenceKind = "config" | "workflow" | "commit";

export interface ToolEvidence {
  kind: ToolEvidenceKind;
  /** config and workflow: the file (config: matched by its path alone, so no line). */
  file?: string;
  line?: number;
  column?: number;
  /** workflow: the action (`owner/repo`) or the package a run: step installs. */
  action?: string;
  package?: string;
  /** commit: how many commits in the history window carry the tool's trailer or author, and the newest one's date. */
  commits?: number;
  last?: string;
  /** workflow: the source line, trimmed and redacted. */
  snippet?: string;
}

/** An MCP server a committed configuration gives an agent: a third-party service the agent sends data to. */
export interface McpServer {
  name: string;
  file: string;
  line: number;
  transport: "stdio" | "http" | "sse";
  /** stdio: the command and its arguments, secrets masked (env values are never read into the report). */
  command?: string;
  /** http/sse: the endpoint without credentials, query or fragment. */
  url?: string;
}

/** An AI coding tool or agent that works on the repository (rules/tools): never mixed into `vendors`. */
export interface ToolUsage {
  id: string;
  name: string;
  /** The catalog vendor that receives the code; null for bring-your-own-model tools. */
  vendor: string | null;
  /** Set for tools that send code to whichever model provider their user configures. */
  bringYourOwnModel?: true;
  status: VendorStatus;
  evidence: ToolEvidence[];
  /** Present when the repository configures MCP servers for this tool. */
  mcpServers?: McpServer[];
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
    /**
     * Inventory files read from outside the scanned root (an organisation
     * inventory, `--inventory ../policy/…`), keyed by the path `path` and
     * findings name them with (relative to the working directory, or absolute),
     * each to its absolute file: URI, so SARIF can place findings anchored there.
     */
    external?: Record<string, string>;
  };
  stats: ScanStats;
  vendors: VendorUsage[];
  frameworks: FrameworkUsage[];
  /** AI coding tools and agents (always written by a scan; absent in reports from before 0.3). */
  tools?: ToolUsage[];
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Set by the action on a pull request or push: what the change brings compared with its base. */
  comparison?: import("./report/context.js").ReportComparison;
}
