// The changed-files path gives exactly the full comparison's answer, for every
// kind of change git can express, whether the change list comes from git or
// from the API's pulls/files. Each case is a real repository (base commit, head
// commit, head checked out) with AI vendor usage and an inventory that leaves
// some of it undeclared.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findChanges } from "../../src/action/changes.js";
import { applyScope, compare } from "../../src/action/compare.js";
import type { Plan } from "../../src/action/event.js";
import { readBlob } from "../../src/action/git.js";
import type { GitHubClient } from "../../src/github/client.js";
import { scan } from "../../src/scan/scan.js";
import { makeRepo, type Repo, type RichTree as Tree } from "./harness.js";

const INVENTORY = `version: 1
vendors:
  anthropic:
    status: approved
    owner: "@acme/platform"
    purpose: Support replies
`;

const LEGACY = "import cohere\n\nco = cohere.Client()\nprint(co.chat(message='hi'))\n";

const BASE: Tree = {
  ".github/ai-vendors.yml": INVENTORY,
  "src/legacy.py": LEGACY,
  "src/plain.py": "def g():\n    return 2\n",
  "src/my file.py": "def h():\n    return 3\n",
  "web/claude.ts": 'import Anthropic from "@anthropic-ai/sdk";\n\nexport const client = new Anthropic();\n',
  "lib/helpers/a.py": "import openai\n\nx = openai.OpenAI()\n",
  "lib/helpers/b.py": "def f():\n    return 1\n",
  "docs/link.py": { symlink: "../src/plain.py" },
};

/** Each kind of change, as the head commit makes it on top of BASE. */
const CASES: [string, Tree][] = [
  ["add a file with a new vendor", { "src/new.py": "import mistralai\n\nm = mistralai.Mistral()\n" }],
  ["add a use of an already-undeclared vendor", { "src/more.py": "import cohere\n\nc = cohere.ClientV2()\n" }],
  ["modify a file that uses a vendor", { "src/legacy.py": `${LEGACY}print('more')\n` }],
  ["modify a file whose name has a space", { "src/my file.py": "import cohere\n\ndef h():\n    return 3\n" }],
  ["delete the last use of a vendor", { "src/legacy.py": null }],
  ["rename without edits", { "src/legacy.py": null, "src/old/legacy.py": LEGACY }],
  ["rename with edits", { "src/legacy.py": null, "src/old/legacy.py": LEGACY.replace("'hi'", "'hello'") }],
  ["copy (the source edited too, so git reports a copy)", { "src/legacy.py": `${LEGACY}# kept\n`, "src/legacy_copy.py": LEGACY }],
  ["mode change (chmod +x)", { "src/legacy.py": { text: LEGACY, mode: 0o755 } }],
  ["a file replaced by a symlink inside the tree", { "src/legacy.py": { symlink: "plain.py" } }],
  ["a file replaced by a symlink out of the tree", { "src/plain.py": { symlink: "/etc/passwd" }, "web/claude.ts": { symlink: "../../../../../../etc/hostname" } }],
  ["a symlink replaced by a file", { "docs/link.py": "import cohere\n\nc = cohere.Client()\n" }],
  ["a deleted folder", { "lib/helpers": null }],
  ["move the use to a new file and empty the old one", { "src/legacy.py": "", "src/chat/cohere_client.py": LEGACY }],
  ["split one file into two", { "src/legacy.py": "import cohere\n\nco = cohere.Client()\n", "src/ask.py": "from legacy import co\nprint(co.chat(message='hi'))\n" }],
  ["a hostile file name", { "src/x\n::error file=evil.py,line=1::INJECTED\n.py": "import cohere\n\nc = cohere.Client()\n" }],
];

const PLAN = (r: Repo): Extract<Plan, { kind: "diff" }> => ({ kind: "diff", event: "pull_request", base: r.base, head: r.head, pr: { number: 7, fork: false }, headInWorkspace: true });

/** The API as the action reads it, answered from the repository's own objects. */
function fakeClient(r: Repo): GitHubClient {
  return {
    pullRequestFiles: async () => ({ files: r.files, truncated: false }),
    compareFiles: async () => ({ files: r.files, truncated: false }),
    fileAt: (path: string, ref: string) => readBlob(r.dir, ref, path),
  } as unknown as GitHubClient;
}

interface Verdict {
  introduced: string[];
  addsUse: string[];
  blocking: string[];
  resolved: string[];
  newVendors: string[];
  removedVendors: string[];
}

async function verdict(r: Repo, workspace: string, diffScan: "changed" | "full"): Promise<{ verdict: Verdict; notes: string[]; findings: number; source: string }> {
  const set = await findChanges(PLAN(r), workspace, () => fakeClient(r));
  const { report, comparison } = await compare(set, { scan, scanOptions: { displayRoot: "." }, workspace, inventory: "", headInWorkspace: true, event: "pull_request", diffScan });
  applyScope(report, "introduced");
  const key = (f: (typeof report.findings)[number]) => `${f.rule} ${f.vendor ?? f.tool ?? ""} ${f.file ?? ""}:${f.line ?? ""}`;
  const open = report.findings.filter((f) => !f.suppressed);
  return {
    verdict: {
      introduced: open.filter((f) => f.introduced).map(key).sort(),
      addsUse: open.filter((f) => f.addsUse).map(key).sort(),
      blocking: open.filter((f) => f.blocking).map(key).sort(),
      resolved: (comparison.resolved ?? []).map((f) => f.identity).sort(),
      newVendors: comparison.newVendors,
      removedVendors: comparison.removedVendors,
    },
    notes: comparison.notes,
    findings: report.findings.length,
    source: comparison.source,
  };
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** The head checkout without its .git: the changed files must then come from the API. */
function checkoutWithoutGit(r: Repo): string {
  const dir = mkdtempSync(join(tmpdir(), "shadow-ai-nogit-"));
  temps.push(dir);
  cpSync(r.dir, dir, { recursive: true, verbatimSymlinks: true, filter: (src) => src !== join(r.dir, ".git") && !src.startsWith(join(r.dir, ".git/")) });
  return dir;
}

describe("diff-scan: changed gives the full comparison's verdict", () => {
  let changedPathTaken = 0;
  afterAll(() => {
    // Not every case falls back to a whole scan: the changed-files path was really compared.
    expect(changedPathTaken).toBeGreaterThan(0);
  });

  it.each(CASES)("%s", async (_name, change) => {
    const r = makeRepo(BASE, change);
    temps.push(r.dir);
    const noGit = checkoutWithoutGit(r);
    const gitFull = await verdict(r, r.dir, "full");
    const gitChanged = await verdict(r, r.dir, "changed");
    const apiFull = await verdict(r, noGit, "full");
    const apiChanged = await verdict(r, noGit, "changed");
    expect([gitFull.source, apiFull.source]).toEqual(["git", "api"]);
    // The trees use AI vendors: the full head has findings to compare.
    expect(gitFull.findings).toBeGreaterThan(0);
    expect(gitChanged.verdict).toEqual(gitFull.verdict);
    expect(apiFull.verdict).toEqual(gitFull.verdict);
    expect(apiChanged.verdict).toEqual(gitFull.verdict);
    if (gitChanged.notes.some((n) => n.startsWith("Scanned the ") && n.includes("changed file(s)"))) changedPathTaken++;
  }, 180_000);
});
