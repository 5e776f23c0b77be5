import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evidenceCommand } from "../../src/commands/evidence.js";
import { findBrowser } from "../../src/commands/print-pdf.js";
import { Ajv } from "ajv";
import { starterInventory } from "../../src/inventory/init.js";
import { loadInventory, parseInventory } from "../../src/inventory/load.js";
import { flowSvg } from "../../src/report/evidence-html/diagram.js";
import { html as escapeHtml } from "../../src/report/escape.js";
import { link } from "../../src/report/evidence-html/link.js";
import { flowOf, MAX_COMPONENTS } from "../../src/report/evidence-html/flow.js";
import { toEvidenceHtml } from "../../src/report/evidence-html/index.js";
import type { VendorView } from "../../src/report/evidence-html/model.js";
import { buildOrgReport } from "../../src/org/merge.js";
import { scan } from "../../src/scan/scan.js";
import type { Evidence } from "../../src/types.js";
import { acmeInput, catalog, HOSTILE } from "./evidence-org.js";

const input = await acmeInput();
const html = toEvidenceHtml(input);
const quiet = { stdout: () => {}, stderr: () => {} };

/** Text between the opening tag of the vendor's page and the next page. */
const pageOf = (id: string) => html.slice(html.indexOf(`id="vendor-${id}"`), html.indexOf("</section>\n<section", html.indexOf(`id="vendor-${id}"`)));

function view(components: number): VendorView {
  const evidence: Evidence[] = Array.from({ length: components }, (_, i) => ({
    kind: i % 3 === 0 ? "host" : "import",
    file: `services/svc-${String(i).padStart(3, "0")}/main.py`,
    line: 1,
    column: 1,
    snippet: "",
  }));
  const usage = { id: "openai", name: "OpenAI", category: "llm-api", declared: true, status: "approved" as const, direct: true, regions: [], models: [], frameworks: [], evidence };
  return { id: "openai", name: "OpenAI", category: "llm-api", worst: "approved", uses: [{ repository: "r", usage }], hosts: ["api.openai.com"], regions: [], findings: [] };
}

describe("HTML evidence pack", () => {
  it("is self-contained: no script, no external resource, a CSP that forbids fetches", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b|<img\b|<iframe|@import|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    // Every src/href attribute is an in-page anchor or an http(s) link.
    for (const m of html.matchAll(/\s(?:src|href)="([^"]*)"/g)) expect(m[1]).toMatch(/^(#|https?:\/\/)/);
  });

  it("is deterministic: the same input gives the same bytes", async () => {
    expect(toEvidenceHtml(await acmeInput())).toBe(html);
  });

  it("has a cover, the inventory with the vendor × repository matrix, one page per vendor, findings and provenance", () => {
    expect(html).toContain("<h1>organisation acme</h1>");
    const vendors = [...html.matchAll(/<section class="page vendor" id="vendor-([^"]+)"/g)].map((m) => m[1]);
    expect(vendors).toEqual(["deepseek", "huggingface", "anthropic", "evil-vendor", "openai"]);
    expect(html).toContain("<h3>Vendor × repository</h3>");
    expect(html).toMatch(/<h2>Open findings \(\d+( · \d+ locations)?\)<\/h2>/);
    expect(html).toContain("<td><code>acme/huge</code></td><td>too large: over 1000 bytes</td>");
    expect(html).toContain('<section class="page" id="provenance">');
  });

  it("shows declarations per repository: owner, DPA link, attestation age, next review, declared risk assessment", () => {
    const openai = pageOf("openai");
    expect(openai).toContain('<a href="https://trust.example.com/openai-dpa.pdf">signed 2026-02-01</a> <span class="repos">(acme/api)</span>');
    expect(openai).toContain('<a href="https://trust.example.com/openai-soc2">soc2-type2 2026-05-01</a> <span class="muted">(154 days old)</span>');
    expect(openai).toContain("last 2026-09-30 · next due 2027-09-30");
    expect(openai).toContain("<td>Agents review every summary before it reaches a customer</td><td>@acme/support</td><td>2026-09-30</td>");
    // acme/ml holds openai against the central inventory, which has no risk assessment.
    expect(openai).toMatch(/Not assessed for <code>acme\/ml<\/code>/);
  });

  it("says when a vendor has no risk assessment, pre-filled from the code (heuristic labelled)", () => {
    const anthropic = pageOf("anthropic");
    expect(anthropic).toContain("No risk assessment in the inventory for this vendor.");
    expect(anthropic).toMatch(/Model output flows back<\/th><td>yes — code calls it in <code>app<\/code>/);
    expect(anthropic).toContain("Pre-filled from the scan by a heuristic");
    const hf = pageOf("huggingface");
    expect(hf).toContain("not in the inventory");
  });

  it("renders hostile names as text, never markup", () => {
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain(escapeHtml(HOSTILE));
    // javascript: and quote-breaking URLs are text, not links.
    expect(html).not.toMatch(/href="javascript:/i);
    expect(link("javascript:alert(1)", "x")).toBe('x <span class="muted">(javascript:alert(1))</span>');
    expect(link('https://e.com/"><b>', "x")).not.toContain("href");
    // The check can fail: an unescaped name would show.
    expect(`<p>${HOSTILE}</p>`).toContain("<script>");
  });

  it("draws diagrams deterministically, readable to 40 components and summarised beyond", () => {
    for (const n of [1, 12, 13, 40]) {
      const svg = flowSvg(flowOf(view(n)), "approved", "f");
      expect(svg.match(/<g class="component">/g)).toHaveLength(n);
      expect(svg).not.toContain("more components");
      expect(flowSvg(flowOf(view(n)), "approved", "f")).toBe(svg);
    }
    const big = flowSvg(flowOf(view(130)), "approved", "f");
    expect(big.match(/<g class="component">/g)).toHaveLength(MAX_COMPONENTS);
    expect(big).toContain("91 more components");
    // Two columns past 12 components keep the diagram short enough for one sheet.
    const h = (svg: string) => Number(/viewBox="0 0 \d+ (\d+)"/.exec(svg)![1]);
    expect(h(flowSvg(flowOf(view(40)), "approved", "f"))).toBeLessThan(600);
    expect(flowSvg(flowOf(view(3)), "approved", "f")).toMatch(/>HTTP</);
  });

  it("labels edges with data classes when paths are classified", () => {
    const svg = flowSvg(flowOf(view(2), (_r, file) => (file.includes("svc-001") ? ["pii"] : [])), "approved", "f");
    expect(svg).toContain("SDK · data: pii");
  });

  it("from `scan --format json` alone: the report carries its declarations, so owners and DPAs show", async () => {
    const report = await scan("fixtures/demo-app");
    expect(report.inventory.vendors?.openai?.owner).toBe("@acme/support-platform");
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync("schema/report.schema.json", "utf8")));
    expect(validate(JSON.parse(JSON.stringify(report)))).toBe(true);
    const broken = structuredClone(report) as unknown as { inventory: { vendors: Record<string, { status: string }> } };
    broken.inventory.vendors.openai!.status = "fine";
    expect(validate(JSON.parse(JSON.stringify(broken)))).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), "shadow-ai-html-"));
    writeFileSync(join(dir, "r.json"), JSON.stringify(report));
    expect(await evidenceCommand.run([join(dir, "r.json"), "--format", "html", "-o", join(dir, "pack.html"), "--date", "2026-10-02"], quiet)).toBe(0);
    const pack = readFileSync(join(dir, "pack.html"), "utf8");
    expect(pack).toContain("<td>@acme/support-platform</td>");
    expect(pack).toMatch(/DeepSeek<\/th><td><span class="badge status-prohibited">prohibited<\/span> <span class="muted">not used/);
    // The Markdown pack benefits too.
    let md = "";
    await evidenceCommand.run([join(dir, "r.json"), "--date", "2026-10-02"], { stdout: (t) => (md += t), stderr: () => {} });
    expect(md).toContain("| @\u200bacme/support-platform |");
    // And from an org report merged from such scan reports (no per-repository `declared`).
    const org = buildOrgReport({ tool: report.tool, repositories: [{ name: "demo", report }], errors: [] });
    writeFileSync(join(dir, "org.json"), JSON.stringify(org));
    md = "";
    await evidenceCommand.run([join(dir, "org.json"), "--date", "2026-10-02"], { stdout: (t) => (md += t), stderr: () => {} });
    expect(md).toContain("| @\u200bacme/support-platform |");
  });

  it("--format pdf without a browser exits 2 saying how to get one; never downloads", async () => {
    const saved = { PATH: process.env.PATH, CHROME_PATH: process.env.CHROME_PATH };
    try {
      process.env.PATH = "";
      delete process.env.CHROME_PATH;
      expect(findBrowser()).toBeUndefined();
      const dir = mkdtempSync(join(tmpdir(), "shadow-ai-pdf-"));
      writeFileSync(join(dir, "r.json"), JSON.stringify(input.repositories[0]!.report));
      const run = evidenceCommand.run([join(dir, "r.json"), "--format", "pdf", "-o", join(dir, "p.pdf")], quiet);
      await expect(run).rejects.toThrow(/CHROME_PATH.*apt-get install chromium.*--format html/s);
      process.env.CHROME_PATH = join(dir, "nope");
      expect(() => findBrowser()).toThrow(/not an executable/);
    } finally {
      process.env.PATH = saved.PATH;
      if (saved.CHROME_PATH === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved.CHROME_PATH;
    }
  });
});

describe("inventory risk-assessment", () => {
  it("loads the five topics and rejects an unknown one with file:line:column", async () => {
    const inv = await loadInventory("fixtures/org/acme/api/.github/ai-vendors.yml", { file: "a.yml", catalog });
    expect(inv.vendors.get("openai")!["risk-assessment"]!.bias).toEqual({ risk: "low", mitigation: "Summaries inform no automated decision", owner: "@acme/support", reviewed: "2026-09-30" });
    const dir = mkdtempSync(join(tmpdir(), "shadow-ai-risk-"));
    const bad = join(dir, "bad.yml");
    writeFileSync(bad, "version: 1\nvendors:\n  openai:\n    status: approved\n    risk-assessment:\n      halucination: { risk: low }\n");
    await expect(loadInventory(bad, { file: "bad.yml", catalog })).rejects.toThrow(/bad\.yml:6:7.*halucination.*hallucination/s);
  });

  it("init leaves a TODO per topic, and the starter file still loads", () => {
    const report = input.repositories.find((r) => r.name === "acme/web")!.report;
    const text = starterInventory(report.vendors);
    for (const t of ["hallucination", "prompt-injection", "data-leakage", "bias", "fine-tuning"]) expect(text).toMatch(new RegExp(`#   ${t}: \\{ risk: "TODO"`));
    expect(text).toContain("# TODO: risk-assessment:");
    // Uncommented, the TODO entries are valid inventory.
    const filled = text.replace(/# TODO: risk-assessment:.*\n/g, "risk-assessment:\n").replace(/#   (\S+: \{ risk)/g, "  $1");
    expect(parseInventory(filled, { file: "i.yml", catalog }).vendors.get("anthropic")!["risk-assessment"]!.bias!.risk).toBe("TODO");
  });
});
