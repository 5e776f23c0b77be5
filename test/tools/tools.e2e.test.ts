// End to end through the bundled CLI: a repository worked on by four AI coding
// assistants (Claude Code, Cursor, GitHub Copilot, Gemini CLI), with MCP servers
// (stdio, http, sse) and a git history (built here: fixtures cannot hold .git)
// whose commits carry the tools' trailers and bot authors, and the traps: a README
// and docs/cursor.md that mention the tools, a `claude/` folder, a fixture project's
// `.cursorrules`, a quoted trailer, a look-alike co-author, a commit outside the window.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Ajv } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleCli } from "../helpers/cli-bundle.js";

const run = promisify(execFile);
const repo = process.cwd();
const fixture = join(repo, "fixtures/tools-repo");
const SECRETS = ["fs-secret-value-123", "env-secret-value-456", "query-secret-789", "header-secret-000", "user:pass"];

interface Tool {
  id: string;
  vendor: string | null;
  status: string;
  bringYourOwnModel?: boolean;
  evidence: { kind: string; file?: string; line?: number; action?: string; commits?: number; last?: string }[];
  mcpServers?: { name: string; file: string; line: number; transport: string; command?: string; url?: string }[];
}
interface Report {
  vendors: { id: string; evidence: { file: string; kind: string; host?: string }[] }[];
  tools: Tool[];
  findings: { rule: string; tool?: string; vendor?: string; severity: string; blocking: boolean; file?: string }[];
  diagnostics: { file: string; message: string }[];
}

let cli = "";
let bundle: Awaited<ReturnType<typeof bundleCli>>;
const dirs: string[] = [];

async function shadow(args: string[], cwd = repo): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function copyOfFixture(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(dir);
  await cp(fixture, dir, { recursive: true });
  return dir;
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const day = (d: Date) => d.toISOString().slice(0, 10);

/** One commit at a date, with an author, message paragraphs and a file change. */
async function commit(dir: string, when: Date, message: string[], author = { name: "Dev", email: "dev@example.com" }): Promise<void> {
  await run("sh", ["-c", `echo "${when.toISOString()}" >> CHANGES.txt && git add -A`], { cwd: dir });
  const env = { ...process.env, GIT_AUTHOR_DATE: when.toISOString(), GIT_COMMITTER_DATE: when.toISOString(), GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email };
  await run("git", ["commit", "-q", ...message.flatMap((m) => ["-m", m])], { cwd: dir, env });
}

let gitRepo = "";
const dates = { claudeTrailer: daysAgo(20), claudeLine: daysAgo(5), aider: daysAgo(3), copilotBot: daysAgo(2) };

beforeAll(async () => {
  bundle = await bundleCli("shadow-ai-tools-e2e", undefined, { embedCatalog: true });
  cli = bundle.cli;
  gitRepo = await copyOfFixture("shadow-ai-tools-git-");
  await run("git", ["init", "-q", "-b", "main"], { cwd: gitRepo });
  await run("git", ["config", "user.name", "Dev"], { cwd: gitRepo });
  await run("git", ["config", "user.email", "dev@example.com"], { cwd: gitRepo });
  // Outside a 90-day window: must not count.
  await commit(gitRepo, daysAgo(200), ["Start", "Co-authored-by: Copilot <198982749+Copilot@users.noreply.github.com>"]);
  await commit(gitRepo, dates.claudeTrailer, ["Add the review workflow", "Co-authored-by: Claude <noreply@anthropic.com>"]);
  await commit(gitRepo, dates.claudeLine, ["Tidy the parser", "🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>"]);
  // Trap: trailers quoted inside a body, and a line that only mentions the footer.
  await commit(gitRepo, daysAgo(4), [
    "Document the attribution policy",
    "The old template said:\n\n> Co-authored-by: Cursor Agent <cursoragent@cursor.com>\n> 🤖 Generated with [Claude Code](https://claude.com/claude-code)",
    "We drop the Generated with [Claude Code] footer from now on.",
  ]);
  await commit(gitRepo, dates.aider, ["aider: fix the tokenizer"], { name: "Ada (aider)", email: "ada@example.com" });
  // Trap: a person whose name starts like a tool's.
  await commit(gitRepo, daysAgo(2), ["Pairing session", "Co-authored-by: Claudette Smith <claudette@example.com>"]);
  await commit(gitRepo, dates.copilotBot, ["Fix flaky test"], { name: "copilot-swe-agent[bot]", email: "198982749+Copilot@users.noreply.github.com" });
}, 120_000);

afterAll(async () => {
  await bundle?.remove();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("shadow-ai scan: AI coding tools", { timeout: 120_000 }, () => {
  let report: Report;
  let stdout = "";
  beforeAll(async () => {
    const r = await shadow(["scan", gitRepo, "--format", "json"]);
    expect(r.code).toBe(0);
    stdout = r.stdout;
    report = JSON.parse(r.stdout) as Report;
  }, 120_000);

  it("lists the four assistants as tools, each with the vendor that receives the code", () => {
    expect(report.tools.map((t) => `${t.id}>${t.vendor}:${t.status}`)).toEqual([
      "claude-code>anthropic:undeclared",
      "cursor>cursor:undeclared",
      "gemini-cli>google-gemini:undeclared",
      "github-copilot>github-copilot:undeclared",
    ]);
    const claude = report.tools.find((t) => t.id === "claude-code")!;
    expect(claude.evidence).toEqual([
      { kind: "config", file: ".claude/commands/review.md" },
      { kind: "config", file: ".claude/settings.json" },
      { kind: "config", file: ".mcp.json" },
      { kind: "config", file: "CLAUDE.md" },
      expect.objectContaining({ kind: "workflow", file: ".github/workflows/review.yml", line: 9, action: "anthropics/claude-code-action" }),
    ]);
    expect(report.tools.find((t) => t.id === "cursor")!.evidence.map((e) => e.file)).toEqual([".cursor/mcp.json", ".cursor/rules/style.mdc"]);
  });

  it("never takes a mention, a look-alike folder, a commented step or a fixture project for a tool", () => {
    const files = report.tools.flatMap((t) => t.evidence.map((e) => e.file));
    for (const trap of ["README.md", "docs/cursor.md", "claude/notes.md", "src/app.ts", "test/fixtures/sample-project/.cursorrules"]) expect(files).not.toContain(trap);
    // run-gemini-cli is only in a comment: Gemini CLI is there through its files alone.
    expect(report.tools.find((t) => t.id === "gemini-cli")!.evidence.every((e) => e.kind === "config")).toBe(true);
  });

  it("keeps tools out of vendors: config files are no vendor evidence; an MCP URL on a vendor host is", () => {
    expect(report.vendors.map((v) => v.id)).toEqual(["anthropic", "github-copilot"]);
    const copilot = report.vendors.find((v) => v.id === "github-copilot")!;
    expect(copilot.evidence).toEqual([expect.objectContaining({ kind: "host", file: ".vscode/mcp.json", host: "api.githubcopilot.com" })]);
  });

  it("lists MCP servers under the tool that reads them, with transport and command or URL, secrets left out", () => {
    const servers = Object.fromEntries(report.tools.map((t) => [t.id, t.mcpServers ?? []]));
    expect(servers["claude-code"]).toEqual([
      { name: "filesystem", file: ".mcp.json", line: 3, transport: "stdio", command: "npx -y @modelcontextprotocol/server-filesystem --api-key *** ./src" },
      { name: "docs", file: ".mcp.json", line: 8, transport: "http", url: "https://mcp.docs-search.example/mcp" },
    ]);
    expect(servers.cursor).toEqual([{ name: "tickets", file: ".cursor/mcp.json", line: 3, transport: "sse", url: "https://tickets.example.com/sse" }]);
    expect(servers["gemini-cli"]!.map((s) => `${s.name}:${s.transport}`)).toEqual(["search:http", "legacy:sse"]);
    expect(servers["github-copilot"]).toEqual([{ name: "github", file: ".vscode/mcp.json", line: 4, transport: "http", url: "https://api.githubcopilot.com/mcp/" }]);
    for (const s of SECRETS) expect(stdout).not.toContain(s);
  });

  it("reads no history unless asked", () => {
    expect(report.tools.flatMap((t) => t.evidence).some((e) => e.kind === "commit")).toBe(false);
    expect(report.tools.map((t) => t.id)).not.toContain("aider");
  });

  it("validates against the published report schema", () => {
    const schema = JSON.parse(readFileSync(join(repo, "schema/report.schema.json"), "utf8"));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("shadow-ai scan --history 90d", { timeout: 120_000 }, () => {
  let report: Report;
  let out = "";
  beforeAll(async () => {
    const r = await shadow(["scan", gitRepo, "--history", "90d", "--format", "json"]);
    expect(r.code).toBe(0);
    out = r.stdout + (await shadow(["scan", gitRepo, "--history", "90d"])).stdout;
    report = JSON.parse(r.stdout) as Report;
  }, 120_000);
  const commits = (id: string) => report.tools.find((t) => t.id === id)?.evidence.filter((e) => e.kind === "commit");

  it("counts each tool's commits in the window, with the newest date", () => {
    expect(commits("claude-code")).toEqual([{ kind: "commit", commits: 2, last: day(dates.claudeLine) }]);
    expect(commits("aider")).toEqual([{ kind: "commit", commits: 1, last: day(dates.aider) }]);
    // The bot's commit counts; the Copilot trailer of 200 days ago does not.
    expect(commits("github-copilot")).toEqual([{ kind: "commit", commits: 1, last: day(dates.copilotBot) }]);
    const aider = report.tools.find((t) => t.id === "aider")!;
    expect(aider).toMatchObject({ vendor: null, bringYourOwnModel: true });
  });

  it("ignores quoted trailers and look-alike names", () => {
    expect(commits("cursor")).toEqual([]);
  });

  it("never prints a commit message, a name or an e-mail address", () => {
    for (const s of ["noreply@anthropic.com", "dev@example.com", "claudette", "Claudette", "Ada (aider)", "attribution policy", "Tidy the parser", "Copilot@users.noreply"]) {
      expect(out).not.toContain(s);
    }
  });

  it("a directory that is not a git repository, and a shallow clone: a diagnostic, not a failure", async () => {
    const plain = await copyOfFixture("shadow-ai-tools-nogit-");
    const r = await shadow(["scan", plain, "--history", "90d", "--format", "json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Report).diagnostics).toContainEqual({ file: ".", message: "--history: not a git repository; commit history not read" });

    const shallow = await mkdtemp(join(tmpdir(), "shadow-ai-tools-shallow-"));
    dirs.push(shallow);
    await run("git", ["clone", "-q", "--depth", "1", `file://${gitRepo}`, shallow]);
    const s = await shadow(["scan", shallow, "--history", "90d", "--format", "json"]);
    expect(s.code).toBe(0);
    const sr = JSON.parse(s.stdout) as Report;
    expect(sr.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining("fetch-depth: 0"));
    // What the clone has (its one commit, the Copilot bot's) is still read.
    expect(sr.tools.find((t) => t.id === "github-copilot")!.evidence.filter((e) => e.kind === "commit")).toEqual([{ kind: "commit", commits: 1, last: day(dates.copilotBot) }]);
  });

  it("refuses a window that is not one", async () => {
    const r = await shadow(["scan", gitRepo, "--history", "90"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--history takes a window such as 90d");
  });
});

describe("the inventory's tools:", { timeout: 120_000 }, () => {
  it("prohibited-tool blocks (exit 1); undeclared-tool warns; declared tools take their status", async () => {
    const r = await shadow(["scan", gitRepo, "--inventory", "fixtures/inventory/tools-policy.yml", "--history", "90d", "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.tools.map((t) => `${t.id}:${t.status}`)).toEqual(["aider:undeclared", "claude-code:approved", "cursor:prohibited", "gemini-cli:undeclared", "github-copilot:approved"]);
    expect(report.findings.map((f) => `${f.rule}:${f.tool}:${f.severity}:${f.blocking}:${f.file ?? "-"}`)).toEqual([
      "prohibited-tool:cursor:error:true:.cursor/mcp.json",
      "undeclared-tool:aider:warning:false:-",
      "undeclared-tool:gemini-cli:warning:false:.gemini/settings.json",
    ]);
    expect(report.findings.every((f) => f.vendor === undefined)).toBe(true);
  });

  it("an unknown tool id is exit 2 with file:line:column and a suggestion", async () => {
    const r = await shadow(["scan", gitRepo, "--inventory", "fixtures/inventory/tools-misspelt.yml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("fixtures/inventory/tools-misspelt.yml:3:3: tools: unknown tool 'claude-cod' (did you mean 'claude-code'?)");
  });

  it("init writes the tools found as restricted entries; the next scan has no tool findings", async () => {
    const dir = await copyOfFixture("shadow-ai-tools-init-");
    const r = await shadow(["init"], dir);
    expect(r).toMatchObject({ code: 0, stdout: "wrote .github/ai-vendors.yml: 2 vendors and 4 AI coding tools, each status: restricted with TODOs to fill in\n" });
    const text = await readFile(join(dir, ".github/ai-vendors.yml"), "utf8");
    expect(text).toContain("prohibited-tool]");
    expect(text).toMatch(/^tools: #.*\n {2}# Claude Code \(sends code to anthropic\) — found at /m);
    expect(text).toContain("  cursor:\n    status: restricted # TODO");
    const after = await shadow(["scan", dir, "--format", "json"]);
    expect(after.code).toBe(0);
    const report = JSON.parse(after.stdout) as Report;
    expect(report.tools.every((t) => t.status === "restricted")).toBe(true);
    expect(report.findings.filter((f) => f.tool)).toEqual([]);
  });
});
