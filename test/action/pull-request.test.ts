import { readFileSync, rmSync } from "node:fs";
import { Ajv } from "ajv";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOnce, fakeApi, mergeCheckout, removeBuild, ROOT, makeRepo, pullRequestEvent, type Repo, runAction, shallowClone } from "./harness.js";

// End to end: the bundled dist/index.js, as the runner starts it, on a real
// pull-request payload, a git workspace with base and head, and a local API.

const INVENTORY = `version: 1
vendors:
  anthropic:
    status: approved
    owner: "@acme/platform"
    purpose: Support replies
`;

const BASE = {
  ".github/ai-vendors.yml": INVENTORY,
  "config/llm.yaml": "endpoint: https://api.anthropic.com\ntimeout: 30\n",
  "worker/legacy.py": "import cohere\n\nclient = cohere.Client()\n",
  "src/util.py": "def add(a, b):\n    return a + b\n",
};

const repos: Repo[] = [];
const repo = (change: Record<string, string | null>) => {
  const r = makeRepo(BASE, change);
  repos.push(r);
  return r;
};

beforeAll(() => buildOnce(), 120_000);
afterAll(() => {
  removeBuild();
  for (const r of repos) r.cleanup();
});

describe("action on pull_request (full git history)", () => {
  it("a clean pull request passes quietly, reading only the changed file", async () => {
    const r = repo({ "src/util.py": "def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n" });
    const api = await fakeApi({ files: r.files });
    try {
      const res = await runAction({ workspace: r.dir, eventName: "pull_request", event: pullRequestEvent(r), apiUrl: api.url, inputs: { "json-file": "out/report.json" } });
      expect(res.stderr).toBe("");
      expect(res.code).toBe(0);
      expect(res.summary).toContain("✅ **shadow-ai: no findings.**");
      expect(res.summary).toContain("Scanned the 1 changed file(s) and their base versions, not the whole checkout");
      expect(res.summary).toContain("### AI vendors in the scanned files (0)");
      // cohere in the untouched worker/legacy.py was not read: the report is partial, and says so.
      const report = JSON.parse(readFileSync(res.outputs["report-file"]!, "utf8"));
      expect(report.target.partial).toBe(true);
      expect(report.stats.files).toBe(1);
      expect(JSON.parse(res.outputs.vendors!)).toEqual([]);
      expect(res.outputs.blocking).toBe("0");
      // No finding: no comment.
      expect(api.requests.filter((q) => q.method === "POST")).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it("diff-scan: full scans the whole checkout and lists what the base already had", async () => {
    const r = repo({ "src/util.py": "def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n" });
    const api = await fakeApi({ files: r.files });
    try {
      const res = await runAction({ workspace: r.dir, eventName: "pull_request", event: pullRequestEvent(r), apiUrl: api.url, inputs: { "diff-scan": "full" } });
      expect(res.summary).toContain("Scanned the whole checkout: the diff-scan input is full.");
      expect(res.stderr).toBe("");
      expect(res.code).toBe(0);
      expect(res.commands.filter((c) => c.command === "error")).toEqual([]);
      expect(res.summary).toContain("nothing this change introduces blocks the merge");
      expect(res.summary).toContain("### Introduced by this change (0)");
      // cohere was already on base: listed there, not blocking.
      expect(res.summary).toMatch(/Already on the base branch \(1\)/);
      expect(res.outputs.blocking).toBe("0");
      expect(JSON.parse(res.outputs.vendors!)).toEqual(["anthropic", "cohere"]);
      // on-findings: the pre-existing cohere finding is a finding, so the comment is written once.
      const posts = api.requests.filter((q) => q.method === "POST");
      expect(posts).toHaveLength(1);
      expect(JSON.parse(posts[0]!.body).body).toMatch(/^<!-- shadow-ai -->\n## shadow-ai/);
      // The diff came from git: the API was not asked for files.
      expect(api.requests.some((q) => q.url.includes("/files"))).toBe(false);
    } finally {
      await api.close();
    }
  });

  it("a pull request that adds an undeclared vendor fails with an annotation on the line", async () => {
    const r = repo({
      "services/chat/bot.py": "import os\nimport openai\n\nclient = openai.OpenAI()\n",
      ".env.example": "OPENAI_API_KEY=\n",
    });
    const api = await fakeApi({ files: r.files });
    const sarif = join(r.dir, "out/shadow-ai.sarif");
    const json = join(r.dir, "out/report.json");
    try {
      const res = await runAction({
        workspace: r.dir,
        eventName: "pull_request",
        event: pullRequestEvent(r),
        apiUrl: api.url,
        inputs: { "sarif-file": "out/shadow-ai.sarif", "json-file": "out/report.json" },
      });
      expect(res.code).toBe(1);
      const errors = res.commands.filter((c) => c.command === "error");
      const onBot = errors.find((e) => e.props.file === "services/chat/bot.py");
      expect(onBot?.props).toMatchObject({ file: "services/chat/bot.py", line: "2", col: "8" });
      expect(onBot?.props.title).toContain("undeclared-vendor (OpenAI)");
      expect(res.stdout).toMatch(/^::error title=[^\n]*,file=services\/chat\/bot\.py,line=2,col=8::/m);
      expect(errors.some((e) => e.props.file === ".env.example" && e.props.line === "1")).toBe(true);
      // the failure itself
      expect(errors.some((e) => !e.props.file && /blocking finding.* introduced by this change/.test(e.message))).toBe(true);
      // cohere (already on base, untouched file) is not annotated
      expect(errors.some((e) => e.props.file === "worker/legacy.py")).toBe(false);
      // One finding per identity: OpenAI in two files is one undeclared vendor, used twice.
      expect(res.summary).toMatch(/❌ \*\*shadow-ai: 1 blocking finding \(2 uses\) introduced by this change/);
      expect(res.summary).toContain("New AI vendors: `openai`");
      expect(res.summary).toContain("```yaml");
      expect(res.summary).toContain("  openai:\n");
      expect(res.outputs.blocking).toBe("2");
      expect(JSON.parse(res.outputs.undeclared!)).toEqual(["cohere", "openai"]);
      expect(res.outputs["sarif-file"]).toBe(sarif);
      expect(res.outputs["report-file"]).toBe(json);
      const report = JSON.parse(readFileSync(json, "utf8"));
      const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(join(ROOT, "schema/report.schema.json"), "utf8")));
      validate(report);
      expect(validate.errors ?? []).toEqual([]);
      const introduced = report.findings.filter((f: { introduced?: boolean }) => f.introduced).map((f: { file: string }) => f.file);
      expect(introduced.sort()).toEqual([".env.example", "services/chat/bot.py"]);
      // The JSON carries what the summary shows about the change.
      expect(report.comparison).toMatchObject({ event: "pull_request", source: "git", newVendors: ["openai"] });
      const log = JSON.parse(readFileSync(sarif, "utf8"));
      expect(log.version).toBe("2.1.0");
      expect(log.runs[0].results.length).toBe(report.findings.length);
      const post = api.requests.find((q) => q.method === "POST");
      expect(JSON.parse(post!.body).body).toContain("New AI vendors: `openai`");
    } finally {
      await api.close();
    }
  });

  it("a new use of a vendor already used undeclared elsewhere: the whole checkout is scanned to tell; a warning, not blocking", async () => {
    const r = repo({ "jobs/summarise.py": "import cohere\n\nco = cohere.ClientV2()\n" });
    const api = await fakeApi({ files: r.files });
    try {
      const res = await runAction({ workspace: r.dir, eventName: "pull_request", event: pullRequestEvent(r), apiUrl: api.url, inputs: { comment: "never", "json-file": "out/report.json" } });
      expect(res.summary).toContain("Scanned the whole checkout: the changed files now use cohere.");
      // Not new to the repository (worker/legacy.py had it): this use is a warning on the line, not a blocking finding.
      expect(res.summary).not.toContain("New AI vendors");
      expect(res.code).toBe(0);
      expect(res.commands.some((c) => c.command === "error" && c.props.file === "jobs/summarise.py")).toBe(false);
      const warning = res.commands.find((c) => c.command === "warning" && c.props.file === "jobs/summarise.py");
      expect(warning?.props.line).toBe("1");
      expect(warning?.message).toMatch(/^Cohere is already used undeclared on the base; this pull request adds a use\./);
      const report = JSON.parse(readFileSync(res.outputs["report-file"]!, "utf8"));
      expect(report.target.partial).toBeUndefined();
      expect(report.comparison.newVendors).toEqual([]);
      const f = report.findings.find((x: { file?: string }) => x.file === "jobs/summarise.py");
      expect(f).toMatchObject({ rule: "undeclared-vendor", vendor: "cohere", introduced: false, addsUse: true, blocking: false });
    } finally {
      await api.close();
    }
  });

  it("a changed manifest that names an AI SDK is judged with the whole checkout (its vendor depends on the code using it)", async () => {
    const r = repo({ "requirements.txt": "requests==2.32.0\ncohere==5.0.0\n" });
    const api = await fakeApi({ files: r.files });
    try {
      const res = await runAction({ workspace: r.dir, eventName: "pull_request", event: pullRequestEvent(r), apiUrl: api.url, inputs: { comment: "never", "json-file": "out/report.json" } });
      expect(res.summary).toContain("Scanned the whole checkout: the change edits requirements.txt, which names cohere.");
      const report = JSON.parse(readFileSync(res.outputs["report-file"]!, "utf8"));
      expect(report.target.partial).toBeUndefined();
    } finally {
      await api.close();
    }
  });

  it("scope: all blocks on findings anywhere, so it scans the whole checkout", async () => {
    const r = repo({ "src/util.py": "def add(a, b):\n    return a + b  # sum\n" });
    const api = await fakeApi({ files: r.files });
    try {
      const res = await runAction({ workspace: r.dir, eventName: "pull_request", event: pullRequestEvent(r), apiUrl: api.url, inputs: { scope: "all", comment: "never" } });
      expect(res.summary).toContain("Scanned the whole checkout: the scope input is all");
      expect(res.code).toBe(1); // cohere in the untouched worker/legacy.py is undeclared
      expect(res.outputs.blocking).toBe("1");
    } finally {
      await api.close();
    }
  });

  it("a pull request that only touches a file that already had a vendor does not block", async () => {
    const r = repo({ "worker/legacy.py": "import cohere\n\nclient = cohere.Client()\nprint('hello')\n" });
    const api = await fakeApi({ files: r.files });
    try {
      const res = await runAction({ workspace: r.dir, eventName: "pull_request", event: pullRequestEvent(r), apiUrl: api.url });
      expect(res.code).toBe(0);
      expect(res.commands.filter((c) => c.command === "error")).toEqual([]);
      expect(res.summary).toContain("### Introduced by this change (0)");
      expect(res.summary).toMatch(/Already on the base branch \(1\)[\s\S]*worker\/legacy\.py:1/);
      expect(res.outputs.blocking).toBe("0");
      expect(res.outputs.findings).toBe("1");
    } finally {
      await api.close();
    }
  });

  it("a pull request that edits the inventory shows the change, and declaring the vendor unblocks it", async () => {
    const r = repo({
      ".github/ai-vendors.yml": `${INVENTORY}  cohere:\n    status: approved\n    owner: "@acme/data"\n    purpose: Classify tickets\n`,
    });
    const api = await fakeApi({ files: r.files });
    try {
      const res = await runAction({ workspace: r.dir, eventName: "pull_request", event: pullRequestEvent(r), apiUrl: api.url, inputs: { comment: "never" } });
      expect(res.code).toBe(0);
      expect(res.summary).toContain("### Inventory changes (`.github/ai-vendors.yml`, modified)");
      expect(res.summary).toMatch(/```diff[\s\S]*\+  cohere:/);
      expect(res.summary).toContain("- **This change loosens the inventory: a compliance reviewer should approve it.**");
      expect(res.summary).toContain("- ⚠️ loosened — cohere: declared approved");
      expect(res.outputs.findings).toBe("0");
      expect(api.requests.some((q) => q.url.includes("/comments"))).toBe(false);
    } finally {
      await api.close();
    }
  });

  it("a pull request that drops a vendor from the inventory blocks on the code that still uses it", async () => {
    const r = repo({ ".github/ai-vendors.yml": "version: 1\nvendors: {}\n" });
    const api = await fakeApi({ files: r.files });
    try {
      const res = await runAction({ workspace: r.dir, eventName: "pull_request", event: pullRequestEvent(r), apiUrl: api.url, inputs: { comment: "never" } });
      expect(res.code).toBe(1);
      expect(res.summary).toContain("anthropic: no longer declared (was approved)");
      // config/llm.yaml is untouched, but the inventory change makes anthropic undeclared there.
      expect(res.summary).toMatch(/Introduced by this change \(1\)[\s\S]*config\/llm\.yaml:1/);
      // the annotation sits on changed lines only: the untouched file gets none.
      expect(res.commands.some((c) => c.command === "error" && c.props.file === "config/llm.yaml")).toBe(false);
    } finally {
      await api.close();
    }
  });
});

describe("action on pull_request, merge-commit checkout (actions/checkout's default)", () => {
  it("compares the merge with its base-branch parent: what main added meanwhile is not the PR's", async () => {
    const r = repo({ "services/chat/bot.py": "import openai\n" });
    // main gained a mistral import after the branch was cut: not this PR's doing.
    mergeCheckout(r, { "jobs/summarise.py": "import mistralai\n" });
    const api = await fakeApi({ files: r.files });
    try {
      const res = await runAction({ workspace: r.dir, eventName: "pull_request", event: pullRequestEvent(r), apiUrl: api.url, inputs: { comment: "never" } });
      expect(res.code).toBe(1);
      expect(res.stdout).toContain("(from git)");
      expect(res.outputs.blocking).toBe("1");
      expect(res.commands.filter((c) => c.command === "error" && c.props.file).map((c) => c.props.file)).toEqual(["services/chat/bot.py"]);
      expect(res.summary).toMatch(/Already on the base branch \(2\)[\s\S]*jobs\/summarise\.py/);
    } finally {
      await api.close();
    }
  });
});

describe("action on pull_request from a fork, shallow checkout", () => {
  it("reads the changed files from the API and degrades the comment to a notice on 403", async () => {
    const r = repo({ "services/chat/bot.py": "import openai\n" });
    const ws = shallowClone(r);
    const api = await fakeApi({
      files: r.files,
      readOnly: true,
      contents: { [r.base]: Object.fromEntries(Object.entries(BASE)) },
      contentsDelayMs: 25,
    });
    try {
      const res = await runAction({ workspace: ws, eventName: "pull_request", event: pullRequestEvent(r, { fork: true }), apiUrl: api.url });
      expect(res.code).toBe(1); // the verdict stands
      expect(res.commands.some((c) => c.command === "error" && c.props.file === "services/chat/bot.py" && c.props.line === "1")).toBe(true);
      const notice = res.commands.find((c) => c.command === "notice" && /could not write the pull-request comment/.test(c.message));
      expect(notice).toBeDefined();
      expect(res.commands.some((c) => c.command === "error" && /comment/.test(c.message))).toBe(false);
      expect(api.requests.some((q) => q.method === "GET" && q.url.includes("/pulls/7/files"))).toBe(true);
      expect(res.summary).toContain("changed files came from the GitHub API");
      expect(res.summary).toMatch(/Introduced by this change \(1\)/);
      expect(res.summary).toMatch(/Already on the base branch \(1\)/); // cohere in an untouched file
      // The base side's files (the change, ignore files, inventory) are read a few at a time, not one by one.
      expect(api.maxContentsInFlight()).toBeGreaterThan(1);
      expect(api.maxContentsInFlight()).toBeLessThanOrEqual(8);
    } finally {
      await api.close();
      rmSync(ws, { recursive: true, force: true });
    }
  });
});

describe("events and inputs", () => {
  it("fails with one clear message on a wrong input", async () => {
    const r = repo({});
    const api = await fakeApi();
    try {
      const res = await runAction({ workspace: r.dir, eventName: "pull_request", event: pullRequestEvent(r), apiUrl: api.url, inputs: { scope: "everything", block: "maybe" } });
      expect(res.code).toBe(1);
      const err = res.commands.find((c) => c.command === "error");
      expect(err?.message).toBe("shadow-ai: input 'block' is 'maybe', expected true or false; input 'scope' is 'everything', expected one of introduced, all");
    } finally {
      await api.close();
    }
  });

  it("names the supported events for an unknown one", async () => {
    const r = repo({});
    const api = await fakeApi();
    try {
      const res = await runAction({ workspace: r.dir, eventName: "issue_comment", event: {}, apiUrl: api.url });
      expect(res.code).toBe(1);
      expect(res.stdout).toMatch(/::error::shadow-ai: shadow-ai does not know how to compare on 'issue_comment' events .*mode: full/);
    } finally {
      await api.close();
    }
  });

  it("a scheduled run scans everything and blocks on what is there", async () => {
    const r = repo({});
    const api = await fakeApi();
    try {
      const res = await runAction({ workspace: r.dir, eventName: "schedule", event: { schedule: "0 6 * * 1" }, apiUrl: api.url });
      expect(res.code).toBe(1);
      expect(res.commands.some((c) => c.command === "error" && c.props.file === "worker/legacy.py")).toBe(true);
      expect(res.summary).toContain("### Findings (1)");
      expect(api.requests).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it("a push compares with the previous commit", async () => {
    const r = repo({ "app.py": "import openai\n" });
    const api = await fakeApi();
    try {
      const res = await runAction({ workspace: r.dir, eventName: "push", event: { before: r.base, after: r.head, ref: "refs/heads/feature" }, apiUrl: api.url, inputs: { block: "false" } });
      expect(res.code).toBe(0); // block: false
      expect(res.commands.some((c) => c.command === "error" && c.props.file === "app.py")).toBe(true);
      expect(res.summary).toMatch(/⚠️ \*\*shadow-ai: 1 blocking finding introduced by this change\*\* — reporting only/);
      expect(res.outputs.blocking).toBe("1");
    } finally {
      await api.close();
    }
  });
});

describe("action on pull_request: refactors by identity (both diff-scan modes)", () => {
  for (const diffScan of ["changed", "full"]) {
    it(`diff-scan ${diffScan}: renaming the file of an already-undeclared vendor passes with no error and no annotation on the moved file`, async () => {
      const r = repo({ "worker/legacy.py": null, "worker/jobs/cohere_tasks.py": BASE["worker/legacy.py"] });
      const api = await fakeApi({ files: r.files });
      try {
        const res = await runAction({ workspace: r.dir, eventName: "pull_request", event: pullRequestEvent(r), apiUrl: api.url, inputs: { "diff-scan": diffScan, comment: "never", "json-file": "out/report.json" } });
        expect(res.stderr).toBe("");
        expect(res.code).toBe(0);
        expect(res.outputs.blocking).toBe("0");
        expect(res.commands.filter((c) => c.command === "error")).toEqual([]);
        // A rename without an edit changes no line: nothing to annotate on it.
        expect(res.commands.filter((c) => c.props.file === "worker/jobs/cohere_tasks.py")).toEqual([]);
        const report = JSON.parse(readFileSync(res.outputs["report-file"]!, "utf8"));
        expect(report.comparison.changed).toContainEqual({ path: "worker/jobs/cohere_tasks.py", oldPath: "worker/legacy.py", status: "renamed", lines: [] });
        expect(report.comparison.resolved).toEqual([]);
        const moved = report.findings.find((f: { file?: string }) => f.file === "worker/jobs/cohere_tasks.py");
        expect(moved).toMatchObject({ rule: "undeclared-vendor", vendor: "cohere", introduced: false, blocking: false });
        expect(moved.addsUse).toBeUndefined();
      } finally {
        await api.close();
      }
    });

    it(`diff-scan ${diffScan}: deleting the last use of a vendor lists it as resolved in the summary and the JSON`, async () => {
      const r = repo({ "worker/legacy.py": null });
      const api = await fakeApi({ files: r.files });
      try {
        const res = await runAction({ workspace: r.dir, eventName: "pull_request", event: pullRequestEvent(r), apiUrl: api.url, inputs: { "diff-scan": diffScan, comment: "never", "json-file": "out/report.json" } });
        expect(res.code).toBe(0);
        expect(res.summary).toContain("Resolved by this change: `undeclared-vendor` `cohere`.");
        const report = JSON.parse(readFileSync(res.outputs["report-file"]!, "utf8"));
        expect(report.comparison.resolved).toEqual([{ identity: expect.any(String), rule: "undeclared-vendor", vendor: "cohere" }]);
        expect(report.comparison.removedVendors).toEqual(["cohere"]);
      } finally {
        await api.close();
      }
    });
  }
});
