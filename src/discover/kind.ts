import type { FileKind } from "../types.js";

// A file's kind, from its name alone: no content is read to decide.

const EXT: Record<string, FileKind> = {};
const set = (kind: FileKind, exts: string[]) => exts.forEach((e) => (EXT[e] = kind));
set("js", [".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"]);
set("vue", [".vue", ".svelte"]);
set("python", [".py", ".pyw"]);
set("notebook", [".ipynb"]);
set("config", [".yml", ".yaml", ".json", ".jsonc", ".json5", ".toml", ".ini", ".cfg", ".conf", ".properties", ".xml", ".tf", ".tfvars", ".hcl", ".bicep"]);
set("code", [
  ".go", ".java", ".kt", ".kts", ".scala", ".groovy", ".gradle", ".cs", ".fs", ".vb", ".rb", ".php", ".rs", ".swift",
  ".c", ".cc", ".cpp", ".cxx", ".h", ".hpp", ".m", ".mm", ".dart", ".lua", ".r", ".jl", ".ex", ".exs", ".erl",
  ".sh", ".bash", ".zsh", ".ps1", ".pl", ".clj", ".hs", ".ml", ".zig", ".nim", ".sql",
]);
set("prose", [".md", ".mdx", ".markdown", ".rst", ".txt", ".adoc", ".asciidoc", ".org", ".tex", ".html", ".htm", ".rtf"]);

const LOCKFILES = new Set([
  "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb",
  "poetry.lock", "uv.lock", "pipfile.lock", "pdm.lock", "cargo.lock", "gemfile.lock", "composer.lock",
  "go.sum", "packages.lock.json", "mix.lock", "pubspec.lock", "podfile.lock", "gradle.lockfile",
]);

/** undefined: no detector reads this kind of file (images, archives, unknown extensions). */
export function fileKind(path: string): FileKind | undefined {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const lower = name.toLowerCase();
  if (LOCKFILES.has(lower)) return "lockfile";
  if (lower === "package.json") return "npm-manifest";
  if (lower === "pyproject.toml") return "pyproject";
  if (lower === "pipfile") return "pipfile";
  if (lower === ".env" || lower.startsWith(".env.") || lower.endsWith(".env") || lower === ".envrc") return "env";
  if (/^requirements.*\.(txt|in)$/.test(lower) || /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(path.toLowerCase())) {
    return "pip-requirements";
  }
  if (/\.min\.(js|mjs|cjs)$/.test(lower)) return undefined; // minified bundles: build output, not source
  const dot = lower.lastIndexOf(".");
  return dot > 0 ? EXT[lower.slice(dot)] : undefined;
}
