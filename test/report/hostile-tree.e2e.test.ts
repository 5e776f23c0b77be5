import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleCli } from "../helpers/cli-bundle.js";

// A tree whose file and folder names carry what a pull request can put there
// (newline, `::error`, `|`, backticks, `<script>`, `%0A`, a right-to-left
// override, a 4,000-character path), scanned through the bundled CLI with every
// format: no printed line may begin with `::`, which a GitHub runner executes.
// Created at test time: such names cannot all be committed portably.

const run = promisify(execFile);
const NAMES = [
  "x\n::error file=evil.py,line=1::INJECTED\n.py",
  "::warning::w.py",
  "pipe|cell|.py",
  "tick`s``.py",
  "<script>alert(1)<",
  "%0A::notice::n.py",
  "rtl\u202eyp.py",
];

let tree: string;
let cli: { cli: string; remove: () => Promise<void> };

beforeAll(async () => {
  cli = await bundleCli("hostile-tree");
  tree = mkdtempSync(join(tmpdir(), "shadow-ai-hostile-"));
  const put = (p: string, text: string) => {
    mkdirSync(dirname(join(tree, p)), { recursive: true });
    writeFileSync(join(tree, p), text);
  };
  put(".github/ai-vendors.yml", 'version: 1\nvendors:\n  anthropic:\n    status: prohibited\n    owner: "@acme/x"\n    purpose: none\n');
  NAMES.forEach((n, i) => {
    put(`src/${n}${n.endsWith(".py") ? "" : ".py"}`, `import cohere\nimport anthropic\nclient = cohere.Client()\nURL = "https://api.openai.com/v1"  # ${i}\n`);
    put(`dir ${n.replace(/\.py$/, "")}/app.js`, `import OpenAI from "openai";\nconst key = process.env.MISTRAL_API_KEY;\n`);
  });
  // A long path: folders of 200 characters (each under the usual 255-byte name limit).
  put(`${Array.from({ length: 20 }, (_, i) => `${i}${"l".repeat(199)}`).join("/")}/deep.py`, "import cohere\n");
  put("package.json", JSON.stringify({ dependencies: { "@anthropic-ai/sdk": "1.0.0" } }));
}, 120_000);

afterAll(async () => {
  rmSync(tree, { recursive: true, force: true });
  await cli.remove();
});

describe("a hostile tree through the CLI", () => {
  for (const format of ["text", "json", "sarif", "markdown", "cyclonedx", "spdx"]) {
    it(`--format ${format}: no line begins with ::`, async () => {
      const r = await run(process.execPath, [cli.cli, "scan", tree, "--format", format, "--created", "2026-01-01T00:00:00Z"], { maxBuffer: 64 * 1024 * 1024 }).catch(
        (err: { code: number; stdout: string; stderr: string }) => err,
      );
      expect(r.stderr).toBe("");
      // The scan saw the hostile files (so the test can fail): cohere is used undeclared in them.
      expect(r.stdout).toMatch(/cohere/i);
      expect(r.stdout.split("\n").filter((l) => /^\s*::/.test(l))).toEqual([]);
      expect(r.stderr.split("\n").filter((l) => /^\s*::/.test(l))).toEqual([]);
    });
  }

  it("text: one line per vendor and rule, the hostile paths shown escaped", async () => {
    const r = await run(process.execPath, [cli.cli, "scan", tree], { maxBuffer: 64 * 1024 * 1024 }).catch((err: { stdout: string }) => err);
    expect(r.stdout).toMatch(/^ {2}error {3}undeclared-vendor {4}Cohere \[cohere\] — \d+ uses: /m);
    expect(r.stdout.match(/undeclared-vendor {4}Cohere/g)).toHaveLength(1);
    expect(r.stdout.match(/prohibited-vendor {4}Anthropic/g)).toHaveLength(1);
    expect(r.stdout).toContain("x\\n::error file=evil.py,line=1::INJECTED\\n.py");
    expect(r.stdout).toContain("rtl\\u202eyp.py");
  });
});
