// Small pattern helpers shared by the catalog and the inventory.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A model/name glob (`gpt-4o*`, `claude-?-haiku`) as an anchored, case-insensitive RegExp. */
export function globToRegExp(glob: string): RegExp {
  const source = glob
    .split("")
    .map((c) => (c === "*" ? ".*" : c === "?" ? "." : escape(c)))
    .join("");
  return new RegExp(`^${source}$`, "i");
}

/**
 * One RegExp that finds any of many literal tokens. Built as a trie so the
 * engine tests shared prefixes once instead of trying every alternative at
 * every position.
 */
export function tokenRegExp(tokens: Iterable<string>): RegExp {
  type Node = Map<string, Node> & { end?: boolean };
  const root: Node = new Map();
  for (const t of tokens) {
    let node = root;
    for (const ch of t) {
      let next = node.get(ch);
      if (!next) node.set(ch, (next = new Map()));
      node = next;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    // A token that is a prefix of a longer one already matches: stop here.
    if (node.end) return "";
    const branches = [...node.entries()].map(([ch, child]) => escape(ch) + emit(child));
    if (branches.length === 1) return branches[0]!;
    return `(?:${branches.join("|")})`;
  };
  const source = emit(root);
  return new RegExp(source || "(?!)");
}
