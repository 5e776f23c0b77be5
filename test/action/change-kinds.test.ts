// End to end: the bundled dist/index.js on pull requests of every kind of change
// the gate must judge, each in both `diff-scan: changed` and `diff-scan: full`,
// with the same verdict. The base repository already uses Cohere without
// declaring it (the debt a scheduled full scan reports); refactoring that code
// never blocks, a new vendor or a tightened inventory does.
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOnce, fakeApi, makeRepo, parseCommands, pullRequestEvent, removeBuild, type Repo, type RunResult, runAction, type Tree } from "./harness.js";

const DECLARED = `version: 1
vendors:
  anthropic:
    status: approved
    owner: "@acme/platform"
    purpose: Support replies
`;

const LEGACY = "import os\nimport cohere\n\nclient = cohere.Client(os.environ['CO_KEY'])\n\n\ndef summarize(text):\n    return client.summarize(text=text)\n";

const BASE: Tree = {
  ".github/ai-vendors.yml": DECLARED,
  "src/legacy.py": LEGACY,
  "web/claude.ts": 'import Anthropic from "@anthropic-ai/sdk";\n\nexport const client = new Anthropic();\n',
  "src/util.py": "def add(a, b):\n    return a + b\n",
};

export const HOSTILE = "src/x\n::error file=evil.py,line=1::INJECTED\n.py";

interface Expect {
  /** The check passes (exit 0) or fails (exit 1). */
  passes: boolean;
  /** Files with an error annotation (a blocking finding on a changed line). */
  errors?: string[];
  /** Files with a warning annotation saying the change adds a use of a known problem. */
  addsUse?: string[];
  /** What the change resolves: rule and vendor. */
  resolved?: string[];
}

const CASES: [string, Tree, Expect][] = [
  ["rename", { "src/legacy.py": null, "src/legacy/old.py": LEGACY }, { passes: true }],
  ["rename with an edit", { "src/legacy.py": null, "src/legacy/old.py": LEGACY.replace("text=text", "text=text, length='short'") }, { passes: true }],
  ["move the use to a new file and empty the old one", { "src/legacy.py": "", "src/chat/cohere_client.py": LEGACY }, { passes: true }],
  [
    "split one file into two",
    { "src/legacy.py": "import os\nimport cohere\n\nclient = cohere.Client(os.environ['CO_KEY'])\n", "src/summaries.py": "from legacy import client\n\n\ndef summarize(text):\n    return client.summarize(text=text)\n" },
    { passes: true },
  ],
  ["delete the last use", { "src/legacy.py": null }, { passes: true, resolved: ["undeclared-vendor cohere"] }],
  ["a new use of an already-undeclared vendor", { "jobs/tag.py": "import cohere\n\nco = cohere.ClientV2()\n" }, { passes: true, addsUse: ["jobs/tag.py"] }],
  ["an inventory edit that undeclares a vendor in use", { ".github/ai-vendors.yml": "version: 1\nvendors: {}\n" }, { passes: false }],
  ["an inventory edit that prohibits a vendor in use", { ".github/ai-vendors.yml": DECLARED.replace("status: approved", "status: prohibited") }, { passes: false }],
  // A new vendor reached by its host alone (Cohere's host would be a new use of the known debt: a warning).
  ["a host-only usage of a new vendor", { "src/endpoints.py": 'MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"\n' }, { passes: false, errors: ["src/endpoints.py"] }],
  // A dependency is evidence of use by the documented rule, even before code calls it.
  ["only a dependency", { "requirements.txt": "requests==2.32.0\ngroq==0.9.0\n" }, { passes: false, errors: ["requirements.txt"] }],
  ["a hostile file name", { [HOSTILE]: "import mistralai\n\nm = mistralai.Mistral()\n" }, { passes: false, errors: [HOSTILE] }],
];

const repos: Repo[] = [];
beforeAll(() => buildOnce(), 120_000);
afterAll(() => {
  removeBuild();
  for (const r of repos) r.cleanup();
});

/**
 * Lines of raw stdout the runner would take as a workflow command that the
 * action did not mean to write. It writes annotations through @actions/core
 * (properties and message percent-encoded onto one line) about files the head
 * really has; a line that came from a file name or a snippet is anything else.
 */
function foreignCommands(stdout: string, files: Set<string>): string[] {
  return stdout
    .split("\n")
    .filter((l) => l.startsWith("::"))
    .filter((line) => {
      const [c] = parseCommands(line);
      if (!c || !/^(error|warning|notice|debug)$/.test(c.command)) return true;
      return c.props.file !== undefined && !files.has(c.props.file);
    });
}

async function run(r: Repo, diffScan: "changed" | "full"): Promise<{ res: RunResult; report: Record<string, unknown> & { comparison: { resolved?: { rule: string; vendor?: string }[] } } }> {
  const api = await fakeApi({ files: r.files });
  try {
    const res = await runAction({
      workspace: r.dir,
      eventName: "pull_request",
      event: pullRequestEvent(r),
      apiUrl: api.url,
      inputs: { "diff-scan": diffScan, comment: "never", "json-file": "out/report.json" },
    });
    const report = JSON.parse(readFileSync(res.outputs["report-file"]!, "utf8"));
    return { res, report };
  } finally {
    await api.close();
  }
}

describe.each(["changed", "full"] as const)("diff-scan: %s", (diffScan) => {
  it.each(CASES)("%s", async (_name, change, want) => {
    const r = makeRepo(BASE, change);
    repos.push(r);
    const files = new Set(execFileSync("git", ["ls-files", "-z"], { cwd: r.dir, encoding: "utf8" }).split("\0").filter(Boolean));
    const { res, report } = await run(r, diffScan);
    expect(res.stderr).toBe("");
    if (diffScan === "full") expect(res.summary).toContain("Scanned the whole checkout: the diff-scan input is full.");


    expect(res.code).toBe(want.passes ? 0 : 1);
    expect(Number(res.outputs.blocking) > 0).toBe(!want.passes);
    const annotated = (level: string) => [...new Set(res.commands.filter((c) => c.command === level && c.props.file).map((c) => c.props.file!))].sort();
    expect(annotated("error")).toEqual(want.errors ?? []);
    const addsUse = res.commands.filter((c) => c.command === "warning" && /already used undeclared on the base; this pull request adds a use/.test(c.message));
    expect([...new Set(addsUse.map((c) => c.props.file))].sort()).toEqual(want.addsUse ?? []);
    expect((report.comparison.resolved ?? []).map((f) => `${f.rule} ${f.vendor}`).sort()).toEqual(want.resolved ?? []);
    if (want.resolved) expect(res.summary).toContain("Resolved by this change: `undeclared-vendor` `cohere`");
    if (want.passes) expect(res.summary).not.toContain("❌");

    // Nothing on stdout is a workflow command the action did not write itself.
    expect(foreignCommands(res.stdout, files)).toEqual([]);
  }, 120_000);
});
