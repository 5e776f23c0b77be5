// Small pattern helpers shared by the catalog and the inventory.

/** A literal string as a RegExp source. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A model/name glob (`gpt-4o*`, `claude-?-haiku`) as an anchored, case-insensitive RegExp. */
export function globToRegExp(glob: string): RegExp {
  const source = glob
    .split("")
    .map((c) => (c === "*" ? ".*" : c === "?" ? "." : escapeRegExp(c)))
    .join("");
  return new RegExp(`^${source}$`, "i");
}

type Trie = Map<string, Trie> & { end?: boolean };

function trie(tokens: Iterable<string>): Trie {
  const root: Trie = new Map();
  for (const t of tokens) {
    let node = root;
    for (const ch of t) {
      let next = node.get(ch);
      if (!next) node.set(ch, (next = new Map()));
      node = next;
    }
    node.end = true;
  }
  return root;
}

/**
 * Not glued to an identifier character on the left (a `\n` escape in JSON text
 * counts as a break). Consumed rather than looked behind at: a lookbehind tried at
 * every position made the whole prefilter 1.7× slower (61 → 102 MB/s). So a match
 * may start one character before its token; the prefilter is only ever tested.
 */
export const WORD_START = String.raw`(?:^|[^A-Za-z0-9_]|\\[nrt])`;
const WORD_END = "(?![A-Za-z0-9_])";

/**
 * One RegExp that finds any of many literal tokens. Built as a trie so the
 * engine tests shared prefixes once instead of trying every alternative at
 * every position. `words` match only as whole identifiers (`fal`, not the
 * `fal` of `false`): for names that are only ever spelled apart from other
 * identifier characters (package names, import segments).
 */
export function tokenRegExp(tokens: Iterable<string>, words: Iterable<string> = []): RegExp {
  const emit = (node: Trie, bounded: boolean): string => {
    const branches = [...node.entries()].map(([ch, child]) => escapeRegExp(ch) + emit(child, bounded));
    if (node.end) {
      // A token that is a prefix of a longer one already matches: stop here.
      if (!bounded) return "";
      branches.unshift(WORD_END);
    }
    if (branches.length === 1) return branches[0]!;
    return `(?:${branches.join("|")})`;
  };
  const plain = trie(tokens);
  const bounded = trie(words);
  const parts = [...(plain.size ? [emit(plain, false)] : []), ...(bounded.size ? [WORD_START + emit(bounded, true)] : [])];
  return new RegExp(parts.length ? parts.join("|") : "(?!)");
}
