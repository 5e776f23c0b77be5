// AI coding tools across an organisation: `merge` of scan reports gathers each
// report's `tools` per tool and repository (rollup.tools, additive), and the org
// evidence pack (HTML and Markdown) lists them per repository.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evidenceCommand } from "../../src/commands/evidence.js";
import { mergeCommand } from "../../src/commands/merge.js";
import { toJson } from "../../src/report/json.js";
import { scan } from "../../src/scan/scan.js";
import type { OrgReport } from "../../src/org/types.js";

const NOW = new Date("2026-10-01T00:00:00Z");
const dir = mkdtempSync(join(tmpdir(), "shadow-ai-tools-org-"));
const tools = await scan("fixtures/tools-repo", { inventory: "fixtures/inventory/tools-policy.yml", now: NOW, displayRoot: "acme/agents" });
const demo = await scan("fixtures/demo-app", { now: NOW, displayRoot: "acme/demo" });
// A report from before tools existed: no `tools` key at all.
const old = structuredClone(demo) as Partial<typeof demo>;
old.target = { root: "acme/old", commit: null };
delete old.tools;
for (const [name, r] of [["agents", tools], ["demo", demo], ["old", old]] as const) writeFileSync(join(dir, `${name}.json`), toJson(r as typeof demo));

async function run(cmd: typeof mergeCommand, argv: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await cmd.run(argv, { stdout: (t) => (out += t), stderr: () => {} });
  return { code, out };
}

describe("AI tools in org reports", () => {
  it("merge gathers each repository's tools into rollup.tools, most severe first", async () => {
    const { code, out } = await run(mergeCommand, [join(dir, "agents.json"), join(dir, "demo.json"), join(dir, "old.json"), "--format", "json", "-o", join(dir, "org.json")]);
    expect(code).toBe(0);
    expect(out).toBe("");
    const org = JSON.parse(readFileSync(join(dir, "org.json"), "utf8")) as OrgReport;
    expect(org.rollup.tools.map((t) => `${t.worst}:${t.id}:${t.vendor}`)).toEqual([
      "prohibited:cursor:cursor",
      "undeclared:gemini-cli:google-gemini",
      "approved:claude-code:anthropic",
      "approved:github-copilot:github-copilot",
    ]);
    expect(org.rollup.tools[0]!.repositories).toEqual([{ repository: "acme/agents", status: "prohibited", evidence: 2, mcpServers: 1, findings: 1, blocking: 1 }]);
    const gemini = org.rollup.tools.find((t) => t.id === "gemini-cli")!;
    expect(gemini.repositories.map((c) => [c.repository, c.findings, c.blocking])).toEqual([["acme/agents", 1, 0]]);
    // The per-repository reports keep their tools; the one without stays without.
    expect(org.repositories.map((r) => `${r.name}:${r.report.tools?.length ?? "none"}`)).toEqual(["acme/agents:4", "acme/demo:0", "acme/old:none"]);
    // Still the vendor roll-up it was.
    expect(org.rollup.vendors.map((v) => v.id)).toContain("aws-bedrock");
  });

  it("the org evidence pack lists tools and MCP servers per repository (HTML and Markdown)", async () => {
    const html = join(dir, "pack.html");
    expect((await run(evidenceCommand, [join(dir, "org.json"), "--format", "html", "-o", html, "--date", "2026-10-02"])).code).toBe(0);
    const page = readFileSync(html, "utf8");
    const section = page.slice(page.indexOf('<section class="page" id="tools">'), page.indexOf("</section>", page.indexOf('id="tools"')));
    expect(section).toContain("<th>repository</th><th>tool</th>");
    expect(section.match(/<tr><td><code>acme\/agents<\/code><\/td>/g)).toHaveLength(4);
    expect(section).toMatch(/Cursor <code>cursor<\/code><\/td><td><span class="badge status-prohibited">prohibited<\/span>/);
    expect(section).toContain("<code>.cursor/mcp.json</code>");
    expect(page).toContain('<li><a href="#tools">AI tools and MCP servers</a></li>');
    const md = await run(evidenceCommand, [join(dir, "org.json"), "--date", "2026-10-02"]);
    const tools = md.out.slice(md.out.indexOf("## 5. AI tools and MCP servers"), md.out.indexOf("## 6. Provenance"));
    expect(tools).toContain("| repository | tool | status | code goes to | seen in | MCP servers |");
    expect(tools).toMatch(/\| `acme\/agents` \| Cursor \(`cursor`\) \| ⛔ prohibited \| `cursor` \| `\.cursor\/mcp\.json/);
    expect(tools.split("\n").filter((l) => l.startsWith("| `acme/agents`"))).toHaveLength(4);
  });
});
