import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { PER_LEVEL_CAP, planAnnotations } from "../../src/action/annotations.js";
import { COMMENT_MARKER, COMMENT_MAX_CHARS, commentBody } from "../../src/action/comment.js";
import { type ChangedFile, hunkRanges, isChangedLine, parseNameStatus, parseUnifiedDiff, unquoteGitPath } from "../../src/action/diff.js";
import { planRun } from "../../src/action/event.js";
import { INPUTS, parseInputs } from "../../src/action/inputs.js";
import { readBlob, readBlobs } from "../../src/action/git.js";
import { makeRepo } from "./harness.js";
import { fullScanReason, headMustBeWhole, MAX_CHANGED_FILES } from "../../src/action/changed-scan.js";
import { toMarkdown, truncate } from "../../src/report/markdown.js";
import { finding, sampleReport } from "../report/fixture.js";

const ROOT = join(import.meta.dirname, "../..");

describe("inputs", () => {
  it("action.yml declares exactly the schema's inputs, and no default but the token's", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8"));
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUTS).sort());
    const withDefault = Object.entries(action.inputs as Record<string, { default?: string }>).filter(([, v]) => v.default !== undefined);
    expect(withDefault).toEqual([["token", { description: expect.any(String), required: false, default: "${{ github.token }}" }]]);
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });

  it("defaults from the schema; lists split on lines and commas", () => {
    const got = parseInputs((n) => ({ paths: "services/a/**\n# comment\nservices/b/**, libs/**" })[n] ?? "");
    expect(got).toMatchObject({ mode: "auto", block: true, scope: "introduced", annotations: 20, comment: "on-findings", paths: ["services/a/**", "services/b/**", "libs/**"] });
  });

  it("every wrong value in one message", () => {
    expect(() => parseInputs((n) => ({ annotations: "-1", mode: "diff" })[n] ?? "")).toThrow(
      "input 'mode' is 'diff', expected one of auto, pull-request, full; input 'annotations' is '-1', expected a whole number, 0 or more",
    );
  });
});

describe("events", () => {
  const pr = { number: 3, pull_request: { number: 3, base: { sha: "b", repo: { full_name: "a/r" } }, head: { sha: "h", repo: { full_name: "fork/r" } } } };
  it("pull_request_target never reads the head from the workspace", () => {
    expect(planRun("pull_request_target", pr, "auto")).toMatchObject({ kind: "diff", base: "b", head: "h", headInWorkspace: false, pr: { number: 3, fork: true } });
  });
  it("merge_group, push, new branch, schedule", () => {
    expect(planRun("merge_group", { merge_group: { base_sha: "b", head_sha: "h" } }, "auto")).toMatchObject({ kind: "diff", base: "b", head: "h" });
    expect(planRun("push", { before: "b", after: "h" }, "auto")).toMatchObject({ kind: "diff", base: "b", head: "h" });
    expect(planRun("push", { before: "0000000000000000000000000000000000000000", after: "h" }, "auto")).toMatchObject({ kind: "full" });
    expect(planRun("workflow_dispatch", {}, "auto")).toMatchObject({ kind: "full" });
    expect(planRun("pull_request", pr, "full")).toMatchObject({ kind: "full" });
    expect(() => planRun("schedule", {}, "pull-request")).toThrow(/mode: pull-request needs/);
  });
});

describe("diff parsing", () => {
  it("new-side ranges from hunks, with or without context", () => {
    expect(hunkRanges("@@ -1,0 +2,3 @@\n+a\n+b\n+c\n@@ -10 +14 @@\n-x\n+y\n")).toEqual([[2, 4], [14, 14]]);
    expect(hunkRanges("@@ -1,3 +1,4 @@\n a\n+b\n c\n-d\n+e\n+f\n")).toEqual([[2, 2], [4, 5]]);
    expect(hunkRanges("@@ -3,2 +2,0 @@\n-gone\n-gone\n")).toEqual([]);
  });
  it("git's name-status -z and unified diff, renames and quoted paths", () => {
    expect(parseNameStatus("M\0a.ts\0R087\0old.py\0new.py\0D\0gone.txt\0A\0n.ts\0")).toEqual([
      { path: "a.ts", status: "modified", lines: [] },
      { path: "new.py", oldPath: "old.py", status: "renamed", lines: [] },
      { path: "gone.txt", status: "deleted", lines: [] },
      { path: "n.ts", status: "added", lines: [] },
    ]);
    const diff = 'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1,2 @@\n-a\n+b\n+c\ndiff --git "a/\\303\\251.py" "b/\\303\\251.py"\n--- /dev/null\n+++ "b/\\303\\251.py"\n@@ -0,0 +1 @@\n+import openai\n';
    expect([...parseUnifiedDiff(diff)]).toEqual([["x", [[1, 2]]], ["é.py", [[1, 1]]]]);
    expect(unquoteGitPath('"tab\\there"')).toBe("tab\there");
  });
  it("unknown lines count whole; deleted files have none", () => {
    expect(isChangedLine({ path: "a", status: "modified", lines: null }, 99)).toBe(true);
    expect(isChangedLine({ path: "a", status: "modified", lines: [[3, 4]] }, 5)).toBe(false);
    expect(isChangedLine({ path: "a", status: "deleted", lines: [] }, 1)).toBe(false);
  });
});

describe("annotations", () => {
  it("aggregate per vendor and file, stay within 10 per level, close with the count", () => {
    const findings = [];
    for (let f = 0; f < 15; f++) for (let l = 1; l <= 3; l++) findings.push(finding({ file: `src/f${String(f).padStart(2, "0")}.py`, line: l, introduced: true }));
    for (let f = 0; f < 12; f++) findings.push(finding({ rule: "unapproved-model", severity: "warning", blocking: false, file: `w${f}.py`, line: 1 }));
    const plan = planAnnotations(sampleReport(findings), undefined, 100);
    const errors = plan.annotations.filter((a) => a.level === "error");
    expect(errors).toHaveLength(PER_LEVEL_CAP);
    expect(plan.annotations.filter((a) => a.level === "warning")).toHaveLength(PER_LEVEL_CAP);
    expect(errors[0]).toMatchObject({ file: "src/f00.py", startLine: 1, title: "shadow-ai: undeclared-vendor (OpenAI)" });
    expect(errors[0]!.message).toContain("Also at lines 2, 3 of this file.");
    expect(plan.more).toBe(45 + 12 - 30 - 10);
    expect(plan.closing).toBe("shadow-ai: 17 more findings are (over GitHub's annotation limit) listed in the job summary and the SARIF/JSON reports.");
  });
  it("only on changed lines, introduced blocking first, `max` in all", () => {
    const report = sampleReport([
      finding({ file: "a.py", line: 1, introduced: false, blocking: false }),
      finding({ file: "b.py", line: 5, introduced: true }),
      finding({ file: "b.py", line: 9, vendor: "cohere", introduced: true }),
    ]);
    const changed = [
      { path: "a.py", status: "modified" as const, lines: [[1, 1]] as [number, number][] },
      { path: "b.py", status: "modified" as const, lines: [[5, 5]] as [number, number][] },
    ];
    const plan = planAnnotations(report, changed, 1);
    expect(plan.annotations.map((a) => [a.file, a.startLine, a.level])).toEqual([["b.py", 5, "error"]]);
    expect(plan.more).toBe(2);
  });
});

describe("summary and comment", () => {
  it("verdict first, fixes with a ready-to-paste inventory entry, HTML in snippets neutralised", () => {
    const report = sampleReport([finding({ file: "src/<b>.ts", line: 1, introduced: true, message: "used in <img src=x onerror=alert(1)> | here" })]);
    const md = toMarkdown(report, { comparison: { event: "pull_request", base: "aaaaaaaa", head: "bbbbbbbb", source: "git", changed: [], truncated: false, newVendors: ["openai"], removedVendors: [], notes: [] } });
    expect(md.split("\n")[2]).toBe("❌ **shadow-ai: 1 blocking finding introduced by this change.**");
    expect(md).toContain("```yaml\nvendors:\n  openai:\n    status: approved");
    expect(md).toContain("used in &lt;img src=x onerror=alert(1)&gt; \\| here");
    expect(md).toContain("`src/<b>.ts:1`"); // inside a code span, HTML is shown, not rendered
  });
  it("truncates under the limit with a note, closing an open fence", () => {
    const long = `## t\n\`\`\`yaml\n${"x: 1\n".repeat(10000)}\`\`\`\n`;
    const out = truncate(long, 2000);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(2000);
    expect(out).toMatch(/```\n\n---\n\*\*Truncated\*\*/);
  });
  it("the comment carries the marker and fits GitHub's limit even for a huge report", () => {
    const many = Array.from({ length: 3000 }, (_, i) => finding({ file: `src/${"deep/".repeat(20)}f${i}.py`, line: i + 1, introduced: true, vendor: `v${i}` }));
    const body = commentBody(sampleReport(many), { block: true });
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
  });
});

describe("changed-files scan: when the changed files alone are exact", () => {
  const changed = (...paths: string[]): ChangedFile[] => paths.map((path) => ({ path, status: "modified", lines: null }));
  const input = (files: ChangedFile[], over: Partial<Parameters<typeof fullScanReason>[0]> = {}) =>
    fullScanReason({ files, truncated: false, repositoryWide: [".github/ai-vendors.yml", ".github/shadow-ai-baseline.json"], scope: "introduced", diffScan: "changed", ...over });
  it("code changes alone: yes", () => {
    expect(input(changed("src/a.ts", "docs/x.md"))).toBeUndefined();
  });
  it("anything that applies to every file, an incomplete list, scope all or diff-scan full: no", () => {
    expect(input(changed("src/a.ts", ".github/ai-vendors.yml"))).toContain(".github/ai-vendors.yml");
    expect(input(changed(".github/shadow-ai-baseline.json"))).toContain("baseline");
    expect(input(changed("packages/web/.gitignore"))).toContain("decides which files are scanned");
    expect(input([{ path: "b/.shadowaiignore", oldPath: "a/.shadowaiignore", status: "renamed", lines: null }])).toContain("b/.shadowaiignore");
    expect(input(changed("src/a.ts"), { truncated: true })).toContain("incomplete");
    expect(input(changed("src/a.ts"), { scope: "all" })).toContain("scope");
    expect(input(changed("src/a.ts"), { diffScan: "full" })).toContain("diff-scan");
    expect(input(changed(...Array.from({ length: MAX_CHANGED_FILES + 1 }, (_, i) => `f${i}.ts`)))).toContain("files changed");
  });
  it("after scanning both sides: a vendor that appears or disappears, or an AI dependency in a changed manifest, needs the whole head", () => {
    const r = sampleReport();
    const none = { ...r, vendors: [] };
    const ids = r.vendors.map((v) => v.id).sort();
    expect(headMustBeWhole(r, r, new Set(["nothing/changed.ts"]))).toBeUndefined();
    expect(headMustBeWhole(r, none, new Set())).toBe(`the changed files now use ${ids.join(", ")}`);
    expect(headMustBeWhole(none, r, new Set())).toBe(`the changed files no longer use ${ids.join(", ")}`);
    const v0 = r.vendors[0]!;
    const withDep = { ...r, vendors: [{ ...v0, evidence: [...v0.evidence, { ...v0.evidence[0]!, kind: "dependency" as const, file: "requirements.txt" }] }, ...r.vendors.slice(1)] };
    expect(headMustBeWhole(withDep, withDep, new Set(["src/other.py"]))).toBeUndefined();
    expect(headMustBeWhole(withDep, r, new Set(["requirements.txt"]))).toBe(`the change edits requirements.txt, which names ${v0.id}`);
    expect(headMustBeWhole(r, withDep, new Set(["requirements.txt"]))).toBe(`the change edits requirements.txt, which names ${v0.id}`);
  });
});

describe("git: many blobs through one cat-file process", () => {
  it("returns each path's bytes at the commit, undefined for missing paths and folders, byte-exact for binaries", async () => {
    const bin = "\u0000\u0001\n\n\u00ff binary\n";
    const repo = makeRepo(
      { "a.txt": "one\n", "dir/b c.py": "import x\n", "ünï/cödé.ts": "é\n", "empty.txt": "", "bin.dat": bin, "line\nbreak.txt": "nl\n" },
      { "a.txt": "two\n" },
    );
    try {
      const paths = ["a.txt", "dir/b c.py", "missing.txt", "dir", "ünï/cödé.ts", "empty.txt", "bin.dat", "line\nbreak.txt", "a.txt"];
      const got = await readBlobs(repo.dir, repo.base, paths);
      expect(got.get("a.txt")?.toString()).toBe("one\n");
      expect(got.get("dir/b c.py")?.toString()).toBe("import x\n");
      expect(got.has("missing.txt") && got.get("missing.txt")).toBeUndefined();
      expect(got.has("dir")).toBe(true);
      expect(got.get("dir")).toBeUndefined();
      expect(got.get("ünï/cödé.ts")?.toString()).toBe("é\n");
      expect(got.get("empty.txt")?.length).toBe(0);
      expect(got.get("bin.dat")?.equals(Buffer.from(bin))).toBe(true);
      expect(got.get("line\nbreak.txt")?.toString()).toBe("nl\n");
      // The same answers as one process per file.
      for (const p of paths) expect(got.get(p)).toEqual(await readBlob(repo.dir, repo.base, p));
      expect((await readBlobs(repo.dir, repo.head, ["a.txt"])).get("a.txt")?.toString()).toBe("two\n");
    } finally {
      repo.cleanup();
    }
  });
});
