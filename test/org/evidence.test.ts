import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { evidenceCommand } from "../../src/commands/evidence.js";
import { loadInventory } from "../../src/inventory/load.js";
import { buildOrgReport } from "../../src/org/merge.js";
import { ORG_FORMATS } from "../../src/org/output.js";
import { mdText } from "../../src/report/escape.js";
import { mermaidText, toEvidence } from "../../src/report/evidence.js";
import type { ScanReport } from "../../src/types.js";
import { ACME, CENTRAL_INVENTORY, REPOS, scanFixture } from "./helpers.js";

const catalog = loadCatalog();
const reports = new Map<string, ScanReport>();
for (const name of REPOS) reports.set(name, await scanFixture(name));
const central = await loadInventory(CENTRAL_INVENTORY, { file: "inventory.yml", catalog });
const own = await loadInventory(join(ACME, "api/.github/ai-vendors.yml"), { file: ".github/ai-vendors.yml", catalog });
const org = buildOrgReport({
  tool: { name: "shadow-ai", version: "0.1.0", catalogVersion: catalog.version },
  org: "acme",
  generatedAt: "2026-10-01T10:00:00.000Z",
  repositories: REPOS.map((n) => ({
    name: `acme/${n}`,
    report: reports.get(n)!,
    declared: Object.fromEntries(n === "api" ? own.vendors : central.vendors),
  })),
  errors: [{ repository: "acme/huge", reason: "too large: over 1000 bytes" }],
});

interface Parsed {
  ok: boolean;
  error?: string;
  nodes?: { id: string; text: string }[];
  edges?: { from: string; to: string; text: string }[];
  subgraphs?: { id: string; title: string; nodes: string[] }[];
}

/** Each block through mermaid's own parser (in a child process: it needs a loader hook). */
function parseMermaid(sources: string[]): Parsed[] {
  const dir = join(import.meta.dirname, "mermaid");
  const out = execFileSync(process.execPath, ["--import", join(dir, "register.mjs"), join(dir, "check.mjs")], { input: JSON.stringify(sources), encoding: "utf8", timeout: 60_000 });
  return JSON.parse(out) as Parsed[];
}

const blocks = (md: string) => [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);

describe("evidence pack", () => {
  const md = toEvidence({
    org: org.org,
    repositories: org.repositories,
    errors: org.errors,
    scannedAt: org.generatedAt,
    producedAt: "2026-10-02",
    tool: { version: "0.1.0" },
    spec: (id) => catalog.vendors.get(id),
  });

  it("has the inventory table with what each repository declared, most severe first", () => {
    const table = md.slice(md.indexOf("## 1."), md.indexOf("## 2."));
    const rows = table.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| vendor"));
    expect(rows.map((r) => /\(`([\w-]+)`\)/.exec(r)?.[1])).toEqual(["deepseek", "huggingface", "anthropic", "openai", "openai"]);
    // openai: acme/api holds its own declaration (SOC 2 attestation), acme/ml the central one.
    expect(table).toContain("| OpenAI (`openai`) | 🟢 approved | @\u200bacme/platform | Support ticket summaries | internal, customer-data | signed 2026-02-01 | confirmed 2026-02-01 (DPA section 4.2) | us | 2026-09-30 | soc2-type2 2026-05-01 (5 months old) | `acme/api` |");
    expect(table).toContain("| OpenAI (`openai`) | 🟢 approved | @\u200bacme/platform | Internal tooling | internal | — | — | — | 2026-08-01 | none on file | `acme/ml` |");
    expect(table).toContain("| Anthropic (`anthropic`) | 🟡 restricted | @\u200bacme/web | Drafting replies to customers | customer-data | signed 2026-01-15 |");
    expect(table).toMatch(/\| Hugging Face \(`huggingface`\) \| 🔴 undeclared \| — \|/);
  });

  it("says where each vendor is used, its findings, what was not scanned and the provenance", () => {
    expect(md).toContain("- `acme/web` — restricted; models claude-3-5-haiku-latest");
    expect(md).toMatch(/`app\/assist\.py:1` import `anthropic`/);
    expect(md).toMatch(/## 4\. Open findings \(\d+\)/);
    expect(md).toMatch(/\| `acme\/ml` \| error · \*\*blocking\*\* \| `prohibited-vendor` \| `deepseek` \| 1 \| `train\.py:6` \|/);
    expect(md).toContain("| `acme/huge` | too large: over 1000 bytes |");
    expect(md).toContain(`| \`acme/api\` | unknown | \`.github/ai-vendors.yml\` | ${mdText(`shadow-ai ${reports.get("api")!.tool.version}`)} | ${mdText(catalog.version)} |`);
    expect(md).toContain("Scan date: 2026-10-01T10:00:00.000Z. Pack produced: 2026-10-02.");
  });

  it("draws one Mermaid flowchart per vendor that mermaid parses: components → endpoint with region", () => {
    const sources = blocks(md);
    expect(sources).toHaveLength(4);
    const parsed = parseMermaid(sources);
    expect(parsed.map((p) => p.error ?? "ok")).toEqual(["ok", "ok", "ok", "ok"]);
    const deepseek = parsed[0]!;
    expect(deepseek.nodes!.find((n) => n.id === "v0")!.text).toBe("DeepSeek<br/>api.deepseek.com<br/>region: not stated in code");
    expect(deepseek.subgraphs).toEqual([{ id: "r0", title: "acme/ml", nodes: ["c0"] }]);
    expect(deepseek.edges).toEqual([{ from: "c0", to: "v0", text: "env, host" }]);
    const anthropic = parsed[2]!;
    expect(anthropic.nodes!.find((n) => n.id === "v0")!.text).toBe("Anthropic<br/>api.anthropic.com<br/>declared residency: eu, us");
    expect(anthropic.nodes!.map((n) => n.text).sort()).toEqual(["(root)", "Anthropic<br/>api.anthropic.com<br/>declared residency: eu, us", "app"]);
  });

  it("escapes labels so names from scanned repositories cannot change the diagram", () => {
    const evil = `weird"]; click c0 call alert(1) %% #x <b>|[x]{y}(z) \`md\` & end;`;
    const r = structuredClone(reports.get("web")!);
    r.vendors[0]!.evidence = r.vendors[0]!.evidence.map((e) => ({ ...e, file: `${evil}/sub/${e.file}` }));
    r.vendors[0]!.name = `An"thropic|x`;
    const text = toEvidence({ repositories: [{ name: `acme/${evil}`, report: r }], producedAt: "2026-10-02", tool: { version: "0" } });
    const [p] = parseMermaid(blocks(text));
    expect(p!.error).toBeUndefined();
    expect(p!.subgraphs!.map((s) => s.title)).toEqual([`acme/${evil}`]);
    expect(p!.nodes!.map((n) => n.text)).toContain(`${evil}/sub`);
    expect(p!.nodes!.find((n) => n.id === "v0")!.text).toMatch(/^An"thropic\|x<br\/>/);
    expect(p!.nodes!.map((n) => n.id).sort()).toEqual(["c0", "v0"]);
    // The checker does reject what is not escaped (so the assertions above can fail).
    const raw = `flowchart LR\n  c0["${evil}"] --> v0`;
    expect(parseMermaid([raw])[0]!.ok).toBe(false);
    expect(mermaidText('a"b#c')).toBe("a#34;b#35;c");
  });

  it("from a single ScanReport with --inventory, through the command", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shadow-ai-evidence-"));
    const input = join(dir, "web.json");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(input, JSON.stringify(reports.get("web")));
    const out = join(dir, "pack.md");
    const code = await evidenceCommand.run([input, "--inventory", CENTRAL_INVENTORY, "--date", "2026-10-02", "-o", out], { stdout: () => {}, stderr: () => {} });
    expect(code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("# AI vendor evidence pack — acme/web");
    expect(text).toMatch(/Declarations: `.*inventory\.yml`\./);
    // Declared in the inventory but unused here: still in the inventory table.
    expect(text).toContain("| OpenAI (`openai`) | approved · not used | @\u200bacme/platform |");
    expect(text).toContain("| DeepSeek (`deepseek`) | prohibited · not used |");
    // And from the org JSON the org command writes.
    writeFileSync(join(dir, "org.json"), ORG_FORMATS.json!(org));
    let stdout = "";
    await evidenceCommand.run([join(dir, "org.json"), "--date", "2026-10-02"], { stdout: (t) => (stdout += t), stderr: () => {} });
    expect(stdout).toBe(md);
  });
});
