// The walk's combined ignore regex must answer what the ignore library answers
// for every path the walk asks about (files and folders under folders it entered).
import ignore from "ignore";
import { describe, expect, it } from "vitest";
import { combinedIgnore, combinedRules, ignoreTester, splitRules } from "../src/discover/ignore-fast.js";

const SETS = [
  "*.pyc\nnode_modules\n/build\n",
  "# comment\n\n*.log\n*.LOG\ndocs/**/*.md\na/b/\n**/tmp\nfoo?\n[abc].txt\n\\#hash\ntrailing   \nout/\n/root-only.txt\nx/*/y\n**/deep/**\n*~\n.DS_Store\n",
  "console/TestCases\ngithub-deploy-key\ngithub-deploy-key.pub\nyarn.lock\npackage-lock.json\n",
  "*.md\n!README.md\n", // a negation: the library decides
  "dist\n!dist/keep.js\n",
  "node_modules\n!**/tmp/**/node_modules\nlib\n!/a/README.md\n/x/*\n!/x/y\n*.log\n", // negations under wildcards and anchors
];

/** Paths as the walk produces them: root-relative, every folder before what is in it. */
function paths(): string[] {
  const names = ["a", "b", "build", "docs", "tmp", "deep", "out", "x", "y", "node_modules", "src", "foo1", "fooo", "README.md", "x.md", "n.pyc", "e.log", "E.LOG", "a.txt", "d.txt", "#hash", "trailing", "root-only.txt", "k~", ".DS_Store", "yarn.lock", "keep.js", "dist", "TestCases", "console", "github-deploy-key"];
  const out: string[] = [];
  const walk = (prefix: string, depth: number) => {
    for (const n of names) {
      const p = prefix ? `${prefix}/${n}` : n;
      out.push(p);
      if (depth < 2 && !n.includes(".") && n.length <= 7) walk(p, depth + 1);
    }
  };
  walk("", 0);
  return out;
}

describe("combined ignore regex", () => {
  it("answers what the library answers for every path under folders it does not ignore", () => {
    const all = paths();
    expect(all.length).toBeGreaterThan(5_000);
    let ignoredSeen = 0;
    for (const text of SETS) {
      const ig = ignore().add(text);
      const fast = ignoreTester(ig);
      const dirIgnored = (p: string) => {
        const parts = p.split("/");
        for (let i = 1; i < parts.length; i++) if (ig.ignores(`${parts.slice(0, i).join("/")}/`)) return true;
        return false;
      };
      for (const p of all) {
        if (dirIgnored(p)) continue; // the walk never asks
        for (const q of [p, `${p}/`]) {
          const want = ig.ignores(q);
          if (want) ignoredSeen++;
          expect([text, q, fast(q)]).toEqual([text, q, want]);
        }
      }
    }
    expect(ignoredSeen).toBeGreaterThan(100);
  });

  it("asks a rule for a name at any depth of the path's last name only", () => {
    const sources = combinedRules(ignore().add(SETS[1]!))!.sources;
    const { names, folderNames, anchored, rest } = splitRules(sources);
    expect(names).toEqual(expect.arrayContaining(["[^\\/]*\\.log", "\\.DS_Store", "[^\\/]*~", "foo[^\\/]", "tmp"]));
    expect(folderNames).toEqual(["out"]);
    expect(anchored).toEqual(expect.arrayContaining(["root-only\\.txt(?=$|\\/$)"]));
    expect(rest.length).toBeGreaterThan(0); // docs/**/*.md: a name with a `/` in it
    expect(splitRules(["(?:^|\\/)a\\/b(?=$|\\/$)", "(?:^|\\/)a.b(?=$|\\/$)", "(?:^|\\/)\\Sx(?=$|\\/$)"]).names).toEqual([]);
  });

  it("is built only for files without negated patterns", () => {
    expect(combinedIgnore(ignore().add(SETS[1]!))).toBeInstanceOf(RegExp);
    expect(combinedIgnore(ignore().add("*.md\n!README.md\n"))).toBeUndefined();
    expect(combinedIgnore(ignore().add("# only a comment\n"))).toBeUndefined();
  });
});
