import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOnce, fakeApi, makeRepo, pullRequestEvent, removeBuild, type Repo, runAction } from "./harness.js";

// The bundled action on a pull request that adds a file whose name carries a
// newline and a workflow command. The raw stdout (and stderr) is what the runner
// reads: the only workflow commands in it are those the action writes through
// @actions/core (annotations with escaped properties, the failure), never one
// spelled by a file name.

const EVIL = "src/x\n::error file=evil.py,line=1::INJECTED\n.py";
const RTL = "src/rtl\u202eyp.py";
const BASE = {
  ".github/ai-vendors.yml": 'version: 1\nvendors:\n  anthropic:\n    status: approved\n    owner: "@acme/platform"\n    purpose: Support replies\n',
  "src/util.py": "def add(a, b):\n    return a + b\n",
};

const repos: Repo[] = [];
beforeAll(() => buildOnce(), 120_000);
afterAll(() => {
  removeBuild();
  for (const r of repos) r.cleanup();
});

/** Every line the runner would read as a workflow command (it trims leading whitespace). */
const commandLines = (out: string) => out.split("\n").filter((l) => /^\s*::/.test(l));

/** What @actions/core writes: `::name k=v,k=v::message`, properties escaped (no raw `:` `,` `%` CR LF), message without CR LF. */
const CORE = /^::(error|warning|notice)(?: ((?:title|file|line|col|endLine|endColumn)=[^:,\r\n]*(?:,(?:title|file|line|col|endLine|endColumn)=[^:,\r\n]*)*))?::[^\r\n]*$/;

describe("a pull request that adds a file named like a workflow command", () => {
  for (const diffScan of ["changed", "full"]) {
    it(`diff-scan: ${diffScan} — no line holds a command the action did not write`, async () => {
      const r = makeRepo(BASE, { [EVIL]: "import cohere\n\nclient = cohere.Client()\n", [RTL]: "import cohere\n" });
      repos.push(r);
      const api = await fakeApi({ files: [] });
      try {
        const res = await runAction({ workspace: r.dir, eventName: "pull_request", event: pullRequestEvent(r), apiUrl: api.url, inputs: { "diff-scan": diffScan } });
        // The scan saw the file (so the test can fail): the undeclared vendor blocks.
        expect(res.code).toBe(1);
        expect(res.stdout).toContain("x\\n::error file=evil.py,line=1::INJECTED\\n.py");
        for (const out of [res.stdout, res.stderr]) {
          for (const line of commandLines(out)) expect(line).toMatch(CORE);
        }
        // Annotations: the real path as an escaped property, so GitHub can place it; nothing forged.
        expect(res.commands.some((c) => c.command === "error" && c.props.file === EVIL)).toBe(true);
        expect(res.commands.filter((c) => c.props.file === "evil.py" || c.message === "INJECTED")).toEqual([]);
        expect(res.commands.map((c) => c.command).every((c) => ["error", "warning", "notice"].includes(c))).toBe(true);
        // The summary tells one vendor, not one line per file.
        expect(res.summary).toMatch(/❌ \*\*shadow-ai: 1 blocking finding \(2 uses\) introduced by this change\.\*\*/);
        expect(res.summary.split("\n").filter((l) => /^\s*::/.test(l))).toEqual([]);
      } finally {
        await api.close();
      }
    });
  }
});
