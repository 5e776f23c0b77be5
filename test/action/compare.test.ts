import { afterAll, describe, expect, it } from "vitest";
import { findChanges } from "../../src/action/changes.js";
import { applyScope, compare } from "../../src/action/compare.js";
import type { DiffScan } from "../../src/action/inputs.js";
import { scan } from "../../src/scan/scan.js";
import type { Finding } from "../../src/types.js";
import { makeRepo, type Repo, type Tree } from "./harness.js";

// compare() on real git repositories (base commit, head commit on a branch, the
// head checked out), through the real scanner, in both diff-scan modes: the
// verdict is the same whichever path computed it.

const INVENTORY = `version: 1
vendors:
  anthropic:
    status: approved
    owner: "@acme/platform"
    purpose: Support replies
`;

const BASE: Tree = {
  ".github/ai-vendors.yml": INVENTORY,
  "config/llm.yaml": "endpoint: https://api.anthropic.com\ntimeout: 30\n",
  "worker/legacy.py": "import os\nimport cohere\n\nclient = cohere.Client()\n\n\ndef summarize(text):\n    return client.summarize(text=text)\n\n\ndef classify(text):\n    return client.classify(inputs=[text])\n",
  "src/util.py": "def add(a, b):\n    return a + b\n",
};

const repos: Repo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
});

const NOW = new Date("2026-01-15T00:00:00Z");

interface Verdict {
  introduced: string[];
  onBase: string[];
  addsUse: string[];
  resolved: string[];
  blocking: string[];
  wholeHead: boolean;
}

const label = (f: Finding) => `${f.rule} ${f.vendor ?? f.tool ?? ""} ${f.file ?? ""}`.trim();

async function run(r: Repo, diffScan: DiffScan, opts: { truncated?: boolean } = {}): Promise<Verdict> {
  const set = await findChanges({ kind: "diff", event: "pull_request", base: r.base, head: r.head, headInWorkspace: true }, r.dir, () => {
    throw new Error("no API in this test");
  });
  if (opts.truncated) set.changes.truncated = true;
  const { report, comparison } = await compare(set, {
    scan,
    scanOptions: { displayRoot: ".", now: NOW },
    workspace: r.dir,
    inventory: "",
    headInWorkspace: true,
    event: "pull_request",
    diffScan,
  });
  applyScope(report, "introduced");
  const sorted = (fs: Finding[]) => fs.map(label).sort();
  return {
    introduced: sorted(report.findings.filter((f) => f.introduced === true)),
    // A changed-files scan holds the changed files' findings only: compare those.
    onBase: sorted(report.findings.filter((f) => f.introduced === false && set.changes.files.some((c) => c.path === f.file))),
    addsUse: sorted(report.findings.filter((f) => f.addsUse)),
    resolved: (comparison.resolved ?? []).map((x) => `${x.rule} ${x.vendor ?? x.tool ?? ""}`.trim()),
    blocking: sorted(report.findings.filter((f) => f.blocking)),
    wholeHead: comparison.notes.some((n) => n.startsWith("Scanned the whole checkout")),
  };
}

/** Both modes, which must agree on everything but how much was scanned. */
async function both(change: Tree, base: Tree = BASE): Promise<Omit<Verdict, "wholeHead"> & { changedWasWhole: boolean }> {
  const r = makeRepo(base, change);
  repos.push(r);
  const changed = await run(r, "changed");
  const full = await run(r, "full");
  const { wholeHead, ...rest } = changed;
  const { wholeHead: _w, ...fullRest } = full;
  expect(rest).toEqual(fullRest);
  return { ...rest, changedWasWhole: wholeHead };
}

const LEGACY = BASE["worker/legacy.py"]!;

describe("compare(): introduced by identity, in both diff-scan modes", () => {
  it("a rename introduces nothing, adds no use and resolves nothing (changed files alone suffice)", async () => {
    const v = await both({ "worker/legacy.py": null, "worker/old/legacy.py": LEGACY });
    expect(v).toMatchObject({ introduced: [], addsUse: [], resolved: [], blocking: [] });
    expect(v.onBase).toEqual(["undeclared-vendor cohere worker/old/legacy.py"]);
    expect(v.changedWasWhole).toBe(false);
  });

  it("a rename without an edit changes no line (nothing to annotate); with an edit, only the edited lines", async () => {
    const r = makeRepo(BASE, { "worker/legacy.py": null, "worker/old/legacy.py": LEGACY, "src/util.py": null, "lib/util.py": "def add(a, b):\n    return a + b\n# end\n" });
    repos.push(r);
    const set = await findChanges({ kind: "diff", event: "pull_request", base: r.base, head: r.head, headInWorkspace: true }, r.dir, () => {
      throw new Error("no API in this test");
    });
    const byPath = new Map(set.changes.files.map((f) => [f.path, f]));
    expect(byPath.get("worker/old/legacy.py")).toEqual({ path: "worker/old/legacy.py", oldPath: "worker/legacy.py", status: "renamed", lines: [] });
    expect(byPath.get("lib/util.py")).toMatchObject({ oldPath: "src/util.py", status: "renamed", lines: [[3, 3]] });
  });

  it("a rename with an edit introduces nothing", async () => {
    const v = await both({ "worker/legacy.py": null, "worker/jobs/summaries.py": LEGACY.replace("summarize(text)", "summarize(text, n=3)") + "\n# moved\n" });
    expect(v).toMatchObject({ introduced: [], addsUse: [], resolved: [], blocking: [] });
    expect(v.onBase).toEqual(["undeclared-vendor cohere worker/jobs/summaries.py"]);
  });

  it("moving the usage into a new file and emptying the old one introduces nothing and adds no use", async () => {
    const v = await both({ "worker/legacy.py": "# moved to worker/cohere_client.py\n", "worker/cohere_client.py": LEGACY });
    expect(v).toMatchObject({ introduced: [], addsUse: [], resolved: [], blocking: [] });
    expect(v.onBase).toEqual(["undeclared-vendor cohere worker/cohere_client.py"]);
  });

  it("splitting one file into two introduces nothing; the second file is a new use (a warning, never blocking)", async () => {
    const v = await both({
      "worker/legacy.py": "import cohere\n\nclient = cohere.Client()\n\n\ndef summarize(text):\n    return client.summarize(text=text)\n",
      "worker/classify.py": "import cohere\n\nclient = cohere.Client()\n\n\ndef classify(text):\n    return client.classify(inputs=[text])\n",
    });
    expect(v).toMatchObject({ introduced: [], resolved: [], blocking: [] });
    expect(v.addsUse).toEqual(["undeclared-vendor cohere worker/classify.py"]);
  });

  it("a new use of an already-undeclared vendor is marked addsUse, not introduced, not blocking", async () => {
    const v = await both({ "services/digest.py": "import cohere\n\nco = cohere.Client()\n" });
    expect(v).toMatchObject({ introduced: [], resolved: [], blocking: [] });
    expect(v.addsUse).toEqual(["undeclared-vendor cohere services/digest.py"]);
    expect(v.onBase).toEqual(["undeclared-vendor cohere services/digest.py"]);
    expect(v.changedWasWhole).toBe(true);
  });

  it("deleting the last use resolves the finding", async () => {
    const v = await both({ "worker/legacy.py": null });
    expect(v).toMatchObject({ introduced: [], addsUse: [], blocking: [] });
    expect(v.resolved).toEqual(["undeclared-vendor cohere"]);
  });

  it("emptying the last use in place resolves it too", async () => {
    const v = await both({ "worker/legacy.py": "# nothing here any more\n" });
    expect(v.resolved).toEqual(["undeclared-vendor cohere"]);
  });

  it("a new undeclared vendor is introduced and blocks", async () => {
    const v = await both({ "services/chat.py": "import openai\n\nclient = openai.OpenAI()\n" });
    expect(v.introduced).toEqual(["undeclared-vendor openai services/chat.py"]);
    expect(v.blocking).toEqual(["undeclared-vendor openai services/chat.py"]);
    expect(v.addsUse).toEqual([]);
  });

  it("an inventory edit that prohibits a vendor already in use introduces prohibited-vendor and resolves undeclared-vendor", async () => {
    const v = await both({ ".github/ai-vendors.yml": `${INVENTORY}  cohere:\n    status: prohibited\n    owner: "@acme/security"\n    purpose: Not allowed\n` });
    expect(v.introduced).toEqual(["prohibited-vendor cohere worker/legacy.py"]);
    expect(v.blocking).toEqual(["prohibited-vendor cohere worker/legacy.py"]);
    expect(v.resolved).toEqual(["undeclared-vendor cohere"]);
  });

  it("an inventory edit that undeclares a vendor in use introduces undeclared-vendor", async () => {
    const base = { ...BASE, ".github/ai-vendors.yml": `${INVENTORY}  cohere:\n    status: approved\n    owner: "@acme/ml"\n    purpose: Summaries\n` };
    const v = await both({ ".github/ai-vendors.yml": INVENTORY }, base);
    expect(v.introduced).toEqual(["undeclared-vendor cohere worker/legacy.py"]);
    expect(v.resolved).toEqual([]);
  });

  it("removing the last use of a declared vendor introduces unused-declaration (a note) and resolves nothing", async () => {
    const v = await both({ "config/llm.yaml": "timeout: 30\n" });
    expect(v.introduced).toEqual(["unused-declaration anthropic .github/ai-vendors.yml"]);
    expect(v.blocking).toEqual([]);
  });

  it("an unchanged unused declaration stays on the base when the code changes elsewhere", async () => {
    const base = { ...BASE, "config/llm.yaml": "timeout: 30\n" };
    const r = makeRepo(base, { "src/util.py": "def add(a, b):\n    return a + b + 0\n" });
    repos.push(r);
    const full = await run(r, "full");
    expect(full.introduced).toEqual([]);
    expect(full.resolved).toEqual([]);
  });

  it("a change list known to be incomplete fails closed: findings in unlisted files count as introduced", async () => {
    const r = makeRepo(BASE, { "src/util.py": "def add(a, b):\n    return a + b + 0\n" });
    repos.push(r);
    const v = await run(r, "changed", { truncated: true });
    expect(v.wholeHead).toBe(true);
    expect(v.introduced).toEqual(["undeclared-vendor cohere worker/legacy.py"]);
    expect(v.blocking).toEqual(["undeclared-vendor cohere worker/legacy.py"]);
  });
});
