// How each kind of change reaches the changed-files list: from git's name-status,
// numstat and unified diff, from the API's pulls/files, and how either side's
// files are read (never through a symlink).
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fromApiFiles, readWorkspace } from "../../src/action/changes.js";
import { binaryPaths, parseNameStatus, parseUnifiedDiff } from "../../src/action/diff.js";
import { diffFiles, readBlobs } from "../../src/action/git.js";
import { makeRepo, type Repo } from "./harness.js";

const repos: Repo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
});

describe("git's change list", () => {
  it("copies are new files, type changes and modes are modifies", () => {
    expect(parseNameStatus("C075\0src/a.py\0src/b.py\0T\0link.py\0M\0run.sh\0X\0odd\0")).toEqual([
      { path: "src/b.py", status: "added", lines: [] },
      { path: "link.py", status: "modified", lines: [] },
      { path: "run.sh", status: "modified", lines: [] },
      { path: "odd", status: "modified", lines: [] },
    ]);
  });

  it("binaries from numstat, renamed ones under their new name", () => {
    expect([...binaryPaths("-\t-\tb.bin\x001\t0\tc.py\x00-\t-\t\0old.png\0new.png\x000\t0\tm.sh\0")]).toEqual(["b.bin", "new.png"]);
  });

  it("a name with a space ends its +++ line with a tab, which is not part of the name", () => {
    const diff = "diff --git a/my file.py b/my file.py\n--- a/my file.py\t\n+++ b/my file.py\t\n@@ -1,0 +2 @@ x\n+z\n";
    expect([...parseUnifiedDiff(diff)]).toEqual([["my file.py", [[2, 2]]]]);
  });

  it("on a real repository: every kind with the lines it changed", async () => {
    const r = makeRepo(
      {
        "run.sh": "#!/bin/sh\necho hi\n",
        "src/a.py": "import cohere\nx = 1\ny = 2\nz = 3\n",
        "src/keep.py": "k = 1\n",
        "src/link.py": { symlink: "keep.py" },
        "src/plain.py": "p = 1\n",
        "lib/x/one.py": "one = 1\n",
        "lib/x/two.py": "two = 2\n",
        "my file.py": "a = 1\n",
      },
      {
        "run.sh": { text: "#!/bin/sh\necho hi\n", mode: 0o755 },
        "src/a.py": "import cohere\nx = 1\ny = 2\nz = 3\nw = 4\n",
        "src/a_copy.py": "import cohere\nx = 1\ny = 2\nz = 3\n",
        "src/keep.py": null,
        "src/kept.py": "k = 1\n",
        "src/link.py": "import openai\n",
        "src/plain.py": { symlink: "/etc/passwd" },
        "lib/x": null,
        "my file.py": "a = 1\nb = 2\n",
        "img.bin": "\0\x01\x02binary",
      },
    );
    repos.push(r);
    const files = new Map((await diffFiles(r.dir, r.base, r.head)).map((f) => [f.path, f]));
    expect(Object.fromEntries(files)).toEqual({
      "img.bin": { path: "img.bin", status: "added", lines: null },
      "lib/x/one.py": { path: "lib/x/one.py", status: "deleted", lines: [] },
      "lib/x/two.py": { path: "lib/x/two.py", status: "deleted", lines: [] },
      "my file.py": { path: "my file.py", status: "modified", lines: [[2, 2]] },
      "run.sh": { path: "run.sh", status: "modified", lines: [] },
      "src/a.py": { path: "src/a.py", status: "modified", lines: [[5, 5]] },
      "src/a_copy.py": { path: "src/a_copy.py", status: "added", lines: null },
      "src/kept.py": { path: "src/kept.py", oldPath: "src/keep.py", status: "renamed", lines: [] },
      "src/link.py": { path: "src/link.py", status: "modified", lines: [[1, 1]] },
      "src/plain.py": { path: "src/plain.py", status: "modified", lines: [[1, 1]] },
    });
  });
});

describe("the API's change list", () => {
  it("maps every pulls/files status", () => {
    const patch = "@@ -1 +1,2 @@\n a\n+b\n";
    expect(
      fromApiFiles([
        { filename: "n.py", status: "added", patch: "@@ -0,0 +1,2 @@\n+a\n+b\n" },
        { filename: "g.py", status: "removed" },
        { filename: "m.py", status: "modified", patch },
        { filename: "new/r.py", status: "renamed", previous_filename: "old/r.py" },
        { filename: "c.py", status: "copied", previous_filename: "src.py", patch },
        { filename: "t.py", status: "changed", patch },
        { filename: "mode.sh", status: "changed" },
        { filename: "u.py", status: "unchanged" },
        { filename: "r2.py", status: "renamed" },
      ]),
    ).toEqual([
      { path: "n.py", status: "added", lines: null },
      { path: "g.py", status: "deleted", lines: [] },
      { path: "m.py", status: "modified", lines: [[2, 2]] },
      { path: "new/r.py", oldPath: "old/r.py", status: "renamed", lines: null },
      // A copy's source is unchanged: it is not a base version of the copy.
      { path: "c.py", status: "added", lines: null },
      { path: "t.py", status: "modified", lines: [[2, 2]] },
      { path: "mode.sh", status: "modified", lines: null },
      { path: "u.py", status: "modified", lines: [] },
      // A rename the API cannot pair is a plain modify, never a rename from nowhere.
      { path: "r2.py", status: "modified", lines: null },
    ]);
  });
});

describe("reading a side of the change never follows a symlink", () => {
  it("git objects: a symlink, a path through one, a submodule-like folder and pathspec magic read as nothing or as their own name", async () => {
    const r = makeRepo(
      { "real.py": "import openai\n", "ln.py": { symlink: "real.py" }, "out.py": { symlink: "/etc/passwd" }, "d/in.py": "x = 1\n", "dl": { symlink: "d" }, "*.py": "star\n" },
      {},
    );
    repos.push(r);
    const got = await readBlobs(r.dir, r.base, ["real.py", "ln.py", "out.py", "dl/in.py", "d", "*.py", ":(glob)*.py"]);
    expect(got.get("real.py")?.toString()).toBe("import openai\n");
    expect(got.get("ln.py")).toBeUndefined();
    expect(got.get("out.py")).toBeUndefined();
    expect(got.get("dl/in.py")).toBeUndefined();
    expect(got.get("d")).toBeUndefined();
    expect(got.get("*.py")?.toString()).toBe("star\n");
    expect(got.get(":(glob)*.py")).toBeUndefined();
  });

  it("the checkout: a symlinked file or folder reads as nothing", async () => {
    const r = makeRepo({ "a.py": "import cohere\n", "ln.py": { symlink: "a.py" }, "out.py": { symlink: "/etc/passwd" }, "sub/b.py": "b\n" }, {});
    repos.push(r);
    mkdirSync(join(r.dir, "outside"));
    writeFileSync(join(r.dir, "outside", "c.py"), "c\n");
    symlinkSync(join(r.dir, "outside"), join(r.dir, "sub", "through"));
    expect((await readWorkspace(r.dir, "a.py"))?.toString()).toBe("import cohere\n");
    expect((await readWorkspace(r.dir, "sub/b.py"))?.toString()).toBe("b\n");
    expect(await readWorkspace(r.dir, "ln.py")).toBeUndefined();
    expect(await readWorkspace(r.dir, "out.py")).toBeUndefined();
    expect(await readWorkspace(r.dir, "sub/through/c.py")).toBeUndefined();
    expect(await readWorkspace(r.dir, "../etc/passwd")).toBeUndefined();
    expect(await readWorkspace(r.dir, "sub")).toBeUndefined();
  });
});
