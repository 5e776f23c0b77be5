// A few regexes per ignore file instead of the library's rule-by-rule test: the
// walk asks every file of a tree, and on test262 (57k files, a 13-line
// .gitignore) the rule loop was ~5x the cost of one combined regex.
//
// Sound only where the walk uses it: the library answers "the last matching
// rule decides, and a path under an ignored folder is ignored"; the walk never
// asks about a path whose folders were ignored (it does not descend there). So
// a path no rule matches is not ignored, and with no negated rule "the last
// matching rule" is "any rule". The alternation of the rules' own regexes (the
// library's, read from its rule objects) answers for a file without
// `!pattern`s, and gates the library's answer for one with them (most paths
// match no rule at all); a library whose rule objects look different is asked
// the library's way.
import type { Ignore } from "ignore";

interface RuleShape {
  negative?: unknown;
  regex?: unknown;
}

/**
 * The rules' regex sources, their one set of flags and whether a rule is
 * negated; undefined when the rules cannot be read.
 */
export function combinedRules(ig: Ignore): { sources: string[]; flags: string; negated: boolean } | undefined {
  const rules = (ig as unknown as { _rules?: { _rules?: unknown } })._rules?._rules;
  if (!Array.isArray(rules) || rules.length === 0) return undefined;
  const sources: string[] = [];
  let flags: string | undefined;
  let negated = false;
  for (const r of rules as RuleShape[]) {
    if (typeof r.negative !== "boolean" || !(r.regex instanceof RegExp)) return undefined;
    negated ||= r.negative;
    if (flags !== undefined && r.regex.flags !== flags) return undefined;
    flags = r.regex.flags;
    sources.push(r.regex.source);
  }
  return { sources, flags: flags!, negated };
}

/** The alternation of regex sources: true wherever one of them matches. */
const alternation = (sources: string[]) => sources.map((s) => `(?:${s})`).join("|");

/** A regex equal to `ig.ignores(path)` for paths whose folders are not ignored (no negated rule), or undefined. */
export function combinedIgnore(ig: Ignore): RegExp | undefined {
  const rules = combinedRules(ig);
  return rules && !rules.negated ? new RegExp(alternation(rules.sources), rules.flags) : undefined;
}

// A rule for a name at any depth, `(?:^|\/)NAME(?=$|\/$)` (or `\/$`: folders
// only), whose NAME cannot match a `/`: literal characters, escaped
// punctuation, `[^\/]` and `[^\/]*`. It can match only a path's last name, so
// it is asked of that name alone, anchored: unanchored, the alternation was
// tried at every character of every path (test262 and babel: a tenth of the walk).
const ANY_DEPTH = /^\(\?:\^\|\\\/\)((?:\\[^A-Za-z0-9/]|\[\^\\\/\]\*?|[^\\[\]()|^$.*+?{}/])*)(\(\?=\$\|\\\/\$\)|\\\/\$)$/;

/** A rule file's rule sources (`RegExp.source`), by how splitTester asks them. */
export function splitRules(sources: string[]): { names: string[]; folderNames: string[]; anchored: string[]; rest: string[] } {
  const out = { names: [] as string[], folderNames: [] as string[], anchored: [] as string[], rest: [] as string[] };
  for (const src of sources) {
    const m = ANY_DEPTH.exec(src);
    if (m) (m[2]!.endsWith(")") ? out.names : out.folderNames).push(m[1]!);
    else if (src.startsWith("^")) out.anchored.push(src.slice(1));
    else out.rest.push(src);
  }
  return out;
}

/**
 * Whether any of the rules matches `path`, as their alternation answers,
 * faster: the rules for a last name (ANY_DEPTH) asked of the path's last name,
 * the rules anchored at the start in one anchored alternation, the rest as they are.
 */
export function splitTester(sources: string[], flags: string): (path: string) => boolean {
  const { names, folderNames, anchored, rest } = splitRules(sources);
  const oneOf = (alts: string[], prefix: string, suffix: string) => (alts.length ? new RegExp(`${prefix}(?:${alternation(alts)})${suffix}`, flags) : undefined);
  const name = oneOf(names, "^", "$");
  const folderName = oneOf(folderNames, "^", "$");
  const start = oneOf(anchored, "^", "");
  const other = oneOf(rest, "", "");
  return (path) => {
    const folder = path.endsWith("/");
    const end = folder ? path.length - 1 : path.length;
    const last = path.slice(path.lastIndexOf("/", end - 1) + 1, end);
    return (
      (name !== undefined && name.test(last)) ||
      (folder && folderName !== undefined && folderName.test(last)) ||
      (start !== undefined && start.test(path)) ||
      (other !== undefined && other.test(path))
    );
  };
}

/** The question the walk asks of one ignore file, for paths whose folders it did not ignore. */
export function ignoreTester(ig: Ignore): (path: string) => boolean {
  const rules = combinedRules(ig);
  if (!rules) return (path) => ig.ignores(path);
  const { sources, flags, negated } = rules;
  const test = splitTester(sources, flags);
  return negated ? (path) => test(path) && ig.ignores(path) : test;
}
