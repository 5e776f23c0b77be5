import type { Ecosystem } from "../types.js";
import { normalizePackage } from "./compile.js";
import { tokenRegExp } from "./patterns.js";
import type { IdentitySpec, PackageSpec, ToolSpec } from "./types.js";

// rules/tools/*.yml compiled into lookups: which tool a committed path, a
// workflow action, an installed package or a commit's people belong to.

/** A person as git records one: the name, and an address that is matched, never reported. */
export interface Person {
  name: string;
  email: string;
}

export interface ToolIndex {
  specs: Map<string, ToolSpec>;
  /** Tools whose configuration this root-relative path is (with whether the tool reads it as an MCP config). */
  matchPath(path: string): { tool: string; mcp: boolean }[];
  /** The tool a `uses:` reference (`owner/repo[/path]@ref`) runs. */
  lookupAction(uses: string): string | undefined;
  /** Tools a package installs. */
  lookupPackage(ecosystem: Ecosystem, name: string): string[];
  /** Tools a commit's co-authors, author/committer or message lines name. */
  matchCommit(commit: { coAuthors: Person[]; people: Person[]; lines: string[] }): string[];
}

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&");

/**
 * A gitignore-syntax path as an anchored RegExp source: a pattern without a `/`
 * (a trailing one aside) matches at any depth, a trailing `/` matches a folder's
 * files, `*` stays within one segment and `**` crosses them.
 */
export function pathPatternSource(pattern: string): string {
  let p = pattern;
  const dir = p.endsWith("/");
  if (dir) p = p.slice(0, -1);
  const anywhere = p.startsWith("**/") || !p.includes("/");
  p = p.replace(/^\*\*\//, "").replace(/^\//, "");
  const body = p
    .split("**")
    .map((part) => escape(part).replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]"))
    .join(".*");
  return `${anywhere ? "(?:.*/)?" : ""}${body}${dir ? "/.+" : ""}`;
}

/** A path pattern's longest run without glob characters (a folder pattern keeps its `/`). */
function literalOf(pattern: string): string {
  const parts = pattern.replace(/^\*\*\//, "").replace(/^\//, "").split(/[*?]+/);
  return parts.reduce((best, p) => (p.length > best.length ? p : best), "");
}

/** `Claude`, `* (aider)`, `*+Copilot@users.noreply.github.com`: whole-value, case-insensitive. */
function identityRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split("*").map(escape).join(".*")}$`, "i");
}

function identityMatcher(specs: IdentitySpec[] | undefined): (p: Person) => boolean {
  const rules = (specs ?? []).map((s) => ({ name: s.name ? identityRegExp(s.name) : undefined, email: s.email ? identityRegExp(s.email) : undefined }));
  // Both given: both must match; one given: that one.
  return (p) => rules.some((r) => (!r.name || r.name.test(p.name.trim())) && (!r.email || r.email.test(p.email.trim())));
}

/** A message line with its leading white space and one leading emoji (`🤖 Generated with …`) taken off. */
function bareLine(line: string): string {
  return line.trimStart().replace(/^\p{Extended_Pictographic}\uFE0F?\s*/u, "");
}

export function compileTools(specs: ToolSpec[]): ToolIndex {
  const paths: { tool: string; mcp: boolean; regex: RegExp }[] = [];
  const actions = new Map<string, string>();
  const packages = new Map<string, string[]>();
  const commitRules: { tool: string; coAuthor: (p: Person) => boolean; person: (p: Person) => boolean; lines: string[] }[] = [];
  for (const t of specs) {
    const mcp = new Set(t.mcp ?? []);
    for (const p of new Set([...(t.config ?? []), ...mcp])) paths.push({ tool: t.id, mcp: mcp.has(p), regex: new RegExp(`^${pathPatternSource(p)}$`) });
    for (const a of t.actions ?? []) actions.set(a.toLowerCase(), t.id);
    for (const [eco, list] of Object.entries(t.packages ?? {}) as [Ecosystem, PackageSpec[]][]) {
      for (const spec of list) {
        const key = `${eco}\0${normalizePackage(eco, typeof spec === "string" ? spec : spec.name)}`;
        packages.set(key, [...(packages.get(key) ?? []), t.id]);
      }
    }
    if (t.commits) {
      commitRules.push({
        tool: t.id,
        coAuthor: identityMatcher(t.commits["co-authors"]),
        person: identityMatcher(t.commits.authors),
        lines: (t.commits["message-lines"] ?? []).map(bareLine),
      });
    }
  }
  // For the walk (every file of a tree): plain names (`CLAUDE.md`, `.cursorrules`) by
  // a set lookup of the base name; the other patterns all name a hidden folder
  // (`.claude/`, `.github/…`), so a path without a `.`-segment needs no regex. A
  // pattern of another shape falls back to one test of every pattern's literal part.
  const patterns = [...new Set(specs.flatMap((t) => [...(t.config ?? []), ...(t.mcp ?? [])]))];
  const plainName = (p: string) => !/[/*?]/.test(p);
  const names = new Set(patterns.filter(plainName));
  const rest = patterns.filter((p) => !plainName(p));
  const hiddenOnly = rest.every((p) => p.replace(/^\*\*\//, "").replace(/^\//, "").startsWith("."));
  // Built on first need: the catalog's patterns are all hidden-folder ones (its trie costs ~3 ms at start).
  let literals: RegExp | undefined;
  const any = {
    test(path: string): boolean {
      if (names.has(path.slice(path.lastIndexOf("/") + 1))) return true;
      if (rest.length === 0) return false;
      return hiddenOnly ? path.startsWith(".") || path.includes("/.") : (literals ??= tokenRegExp(rest.map(literalOf))).test(path);
    },
  };

  return {
    specs: new Map(specs.map((t) => [t.id, t])),
    matchPath(path) {
      if (!any.test(path)) return [];
      const out: { tool: string; mcp: boolean }[] = [];
      for (const p of paths) {
        if (!p.regex.test(path)) continue;
        const seen = out.find((o) => o.tool === p.tool);
        if (seen) seen.mcp ||= p.mcp;
        else out.push({ tool: p.tool, mcp: p.mcp });
      }
      return out;
    },
    lookupAction(uses) {
      const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)(?:\/[^@\s]*)?(?:@\S*)?$/.exec(uses.trim());
      return m ? actions.get(`${m[1]}/${m[2]}`.toLowerCase()) : undefined;
    },
    lookupPackage: (ecosystem, name) => packages.get(`${ecosystem}\0${normalizePackage(ecosystem, name)}`) ?? [],
    matchCommit(commit) {
      // A quoted line (`> …`) repeats someone else's message: never a signal.
      const lines = commit.lines.filter((l) => !l.trimStart().startsWith(">")).map(bareLine);
      return commitRules
        .filter((r) => commit.coAuthors.some(r.coAuthor) || commit.people.some(r.person) || r.lines.some((s) => lines.some((l) => l.startsWith(s))))
        .map((r) => r.tool);
    },
  };
}
