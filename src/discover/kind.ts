import type { FileKind } from "../types.js";

// A file's kind, from its path alone: no content is read to decide.

const EXT: Record<string, FileKind> = {};
const set = (kind: FileKind, exts: string[]) => exts.forEach((e) => (EXT[e] = kind));
set("js", [".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"]);
set("vue", [".vue", ".svelte"]);
set("python", [".py", ".pyw"]);
set("notebook", [".ipynb"]);
set("go", [".go"]);
set("jvm", [".java", ".kt", ".kts", ".scala", ".groovy"]);
set("csharp", [".cs", ".fs", ".vb"]);
set("ruby", [".rb"]);
set("php", [".php"]);
set("rust", [".rs"]);
set("swift", [".swift"]);
set("elixir", [".ex", ".exs"]);
set("dart", [".dart"]);
set("terraform", [".tf"]);
set("dotnet-project", [".csproj", ".fsproj", ".vbproj"]);
set("gemfile", [".gemspec"]);
set("config", [".yml", ".yaml", ".json", ".jsonc", ".json5", ".toml", ".ini", ".cfg", ".conf", ".properties", ".xml", ".tfvars", ".hcl", ".bicep"]);
set("code", [
  ".gradle", ".c", ".cc", ".cpp", ".cxx", ".h", ".hpp", ".m", ".mm", ".lua", ".r", ".jl", ".erl",
  ".sh", ".bash", ".zsh", ".ps1", ".pl", ".clj", ".hs", ".ml", ".zig", ".nim", ".sql",
]);
set("prose", [".md", ".mdx", ".markdown", ".rst", ".txt", ".adoc", ".asciidoc", ".org", ".tex", ".html", ".htm", ".rtf"]);

const LOCKFILES = new Set([
  "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb",
  "poetry.lock", "uv.lock", "pipfile.lock", "pdm.lock", "cargo.lock", "gemfile.lock", "composer.lock",
  "go.sum", "packages.lock.json", "mix.lock", "pubspec.lock", "podfile.lock", "gradle.lockfile", "package.resolved",
]);

const BY_NAME: Record<string, FileKind> = {
  "package.json": "npm-manifest",
  "pyproject.toml": "pyproject",
  pipfile: "pipfile",
  "setup.py": "python-setup",
  "setup.cfg": "python-setup",
  "environment.yml": "python-setup",
  "environment.yaml": "python-setup",
  "go.mod": "go-mod",
  "pom.xml": "maven-pom",
  "build.gradle": "gradle",
  "build.gradle.kts": "gradle",
  "settings.gradle": "gradle",
  "settings.gradle.kts": "gradle",
  "libs.versions.toml": "gradle",
  "packages.config": "dotnet-project",
  "directory.packages.props": "dotnet-project",
  "directory.build.props": "dotnet-project",
  gemfile: "gemfile",
  "cargo.toml": "cargo-manifest",
  "composer.json": "composer-manifest",
  "mix.exs": "mix-manifest",
  "pubspec.yaml": "pubspec",
  "package.swift": "swiftpm-manifest",
  "chart.yaml": "helm-chart",
  "chart.lock": "helm-chart",
  dockerfile: "container",
  containerfile: "container",
};

/** undefined: no detector reads this kind of file (images, archives, unknown extensions). */
export function fileKind(path: string): FileKind | undefined {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const lower = name.toLowerCase();
  if (LOCKFILES.has(lower)) return "lockfile";
  // Own keys only: a file named `constructor` or `__proto__` is no manifest.
  if (Object.hasOwn(BY_NAME, lower)) return BY_NAME[lower];
  if (lower === ".env" || lower.startsWith(".env.") || lower.endsWith(".env") || lower === ".envrc") return "env";
  // Each pattern behind a cheap test of what it needs (the walk asks every file).
  if ((lower.endsWith(".txt") || lower.endsWith(".in")) && (/^requirements.*\.(txt|in)$/.test(lower) || /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(path.toLowerCase()))) {
    return "pip-requirements";
  }
  // Only inside an Xcode project bundle: the name alone is too generic.
  if (lower === "project.pbxproj" && /\.xcodeproj\/project\.pbxproj$/i.test(path)) return "swiftpm-manifest";
  if (lower.startsWith("package@swift-") && /^package@swift-[0-9.]+\.swift$/.test(lower)) return "swiftpm-manifest";
  if (path.includes(".github/workflows/") && /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return "workflow";
  if ((lower.includes("compose") && /^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(lower)) || lower.endsWith(".dockerfile") || lower.startsWith("dockerfile.")) return "container";
  if (lower.endsWith(".tf.json")) return "terraform";
  if (lower.includes(".min.") && /\.min\.(js|mjs|cjs)$/.test(lower)) return undefined; // minified bundles: build output, not source
  const dot = lower.lastIndexOf(".");
  return dot > 0 ? EXT[lower.slice(dot)] : undefined;
}
