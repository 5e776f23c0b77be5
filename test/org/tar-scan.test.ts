import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { memberPath, RepoConfigError, scanTarball, TooLargeError } from "../../src/org/tar-scan.js";
import type { ScanReport } from "../../src/types.js";
import { ACME, CENTRAL_INVENTORY, NOW, REPOS, scanFixture } from "./helpers.js";
import { tarballOf } from "./tarball.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
// Named as scan() names an inventory outside the root: relative to the working directory.
const central = { text: readFileSync(CENTRAL_INVENTORY, "utf8"), file: relative(process.cwd(), CENTRAL_INVENTORY) };
const normal = (r: ScanReport) => ({ ...r, target: { ...r.target, commit: null }, stats: { ...r.stats, durationMs: 0 } });

/**
 * What the org scan does for a repository without its own inventory: the central one, minus per-repo drift notes.
 * The tarball scan gets the central inventory as text (perhaps fetched from GitHub), so it has no file: URI
 * for `inventory.external`, which only SARIF reads; the org command writes no SARIF.
 */
const noDrift = (r: ScanReport) => {
  const { external: _, ...inventory } = r.inventory;
  return { ...r, inventory, findings: r.findings.filter((f) => f.rule !== "unused-declaration") };
};

describe("scanning a tarball as a stream", () => {
  it.each(REPOS)("acme/%s: the same report as scanning the checkout", async (name) => {
    const tgz = await tarballOf(`${ACME}/${name}`, `acme-${name}-0123456`, { commit: SHA });
    const { report } = await scanTarball(Readable.from([tgz]), { displayRoot: `acme/${name}`, fallbackInventory: central, now: NOW });
    expect(report.target.commit).toBe(SHA);
    const disk = await scanFixture(name);
    expect(normal(report)).toEqual(noDrift(normal(disk)));
    expect(report.vendors.length > 0 || name === "docs-site").toBe(true);
  });

  it("prunes vendored folders and honours the tree's .gitignore", async () => {
    const tgz = await tarballOf(`${ACME}/web`, "r", {});
    const { report } = await scanTarball(Readable.from([tgz]), { displayRoot: "acme/web" });
    expect(report.vendors.map((v) => v.id)).toEqual(["anthropic"]); // generated/client.py (cohere) is ignored
    expect(report.stats.skippedBy.ignored).toBe(1);
    const api = await scanTarball(Readable.from([await tarballOf(`${ACME}/api`, "r")]), { displayRoot: "acme/api" });
    expect(api.report.vendors.map((v) => v.id)).toEqual(["openai"]); // node_modules/openai (anthropic) is pruned
    expect(api.report.stats.skippedBy["vendored-or-build"]).toBe(1);
    expect(api.report.inventory.path).toBe(".github/ai-vendors.yml");
    expect(api.report.target.commit).toBeNull();
  });

  it("refuses entries that escape the archive root, with a diagnostic each, and never reads them", async () => {
    const tgz = await tarballOf(`${ACME}/docs-site`, "r", {
      extra: [
        { name: "r/../../etc/passwd", content: "import openai\n" },
        { name: "/etc/shadow.py", content: "import anthropic\n" },
        { name: "other-root/x.py", content: "import cohere\n" },
        { name: "r/evil.py", type: "symlink", linkname: "/etc/passwd" },
        { name: "r/up.py", type: "symlink", linkname: "../../../home/user/.ssh/id_rsa" },
        { name: "r/hard.py", type: "link", linkname: "../outside.py" },
        { name: "r/fine-link.md", type: "symlink", linkname: "docs/index.md" },
      ],
    });
    const { report } = await scanTarball(Readable.from([tgz]), { displayRoot: "acme/evil" });
    expect(report.vendors).toEqual([]);
    const refused = report.diagnostics.filter((d) => d.message.startsWith("refused archive entry"));
    expect(refused.map((d) => `${d.file}: ${d.message}`).sort()).toEqual([
      "/etc/shadow.py: refused archive entry: an absolute path",
      "evil.py: refused archive entry: a symbolic link to '/etc/passwd' outside the archive root",
      "hard.py: refused archive entry: a hard link to '../outside.py' outside the archive root",
      "other-root/x.py: refused archive entry: outside the archive root 'r/'",
      "r/../../etc/passwd: refused archive entry: a '..' segment escapes the archive root",
      "up.py: refused archive entry: a symbolic link to '../../../home/user/.ssh/id_rsa' outside the archive root",
    ]);
    expect(report.stats.skippedBy.refused).toBe(6);
    expect(report.stats.skippedBy.symlink).toBe(1); // the harmless link: skipped like the walk skips links
  });

  it("member paths", () => {
    expect(memberPath("root/a/b.ts", undefined)).toEqual({ path: "a/b.ts", root: "root" });
    expect(memberPath("./root/./a.ts", "root")).toEqual({ path: "a.ts", root: "root" });
    expect(memberPath("C:/x", undefined)).toEqual({ refused: "an absolute path" });
    expect(memberPath("root\\..\\x", undefined)).toEqual({ refused: "a backslash in the path" });
    expect(memberPath("root/a/../../x", "root")).toEqual({ refused: "a '..' segment escapes the archive root" });
  });

  it("stops at the archive size cap; a broken gzip or a bad inventory is an error, not a report", async () => {
    const tgz = await tarballOf(`${ACME}/api`, "r");
    await expect(scanTarball(Readable.from([tgz]), { displayRoot: "x", maxArchiveBytes: 100 })).rejects.toBeInstanceOf(TooLargeError);
    await expect(scanTarball(Readable.from([Buffer.from("not gzip at all")]), { displayRoot: "x" })).rejects.toThrow(/not a gzip'd tarball/);
    const bad = await tarballOf(undefined, "r", { extra: [{ name: "r/.github/ai-vendors.yml", content: "version: 1\nvendors:\n  openai:\n    status: maybe\n" }] });
    await expect(scanTarball(Readable.from([bad]), { displayRoot: "x" })).rejects.toBeInstanceOf(RepoConfigError);
    const truncated = tgz.subarray(0, Math.floor(tgz.length / 2));
    await expect(scanTarball(Readable.from([truncated]), { displayRoot: "x" })).rejects.toThrow();
    expect(gzipSync(Buffer.alloc(0)).length).toBeGreaterThan(0);
  });
});
