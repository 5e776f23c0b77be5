// The HTML evidence pack of a fixture organisation in a real headless Chromium
// (Debian's `chromium`; .ci/run installs it): it loads with no console error
// and no network request, every vendor page and its diagram is visible, the
// PDF has one page per vendor plus the fixed sections, and a screenshot of a
// vendor page is written as an artifact (UPDATE_SCREENSHOTS=1 also refreshes
// the README's docs/evidence-vendor-page.png).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBrowser } from "../../src/commands/print-pdf.js";
import { oneLine } from "../../src/report/escape.js";
import { toEvidenceHtml } from "../../src/report/evidence-html/index.js";
import { acmeInput, HOSTILE } from "./evidence-org.js";

const ARTIFACTS = join(process.cwd(), ".tmp", "evidence-html");
const executable = findBrowser();
// Without a browser the test cannot run; in CI that is a failure, not a skip.
if (!executable && process.env.CI) throw new Error("no Chromium found: .ci/run installs Debian's chromium package");

/** Pages in a PDF made by Chromium (one `/Type /Page` object per page). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe.skipIf(!executable)("HTML evidence pack in headless Chromium", () => {
  let browser: Browser;
  let file: string;
  let vendors: number;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const html = toEvidenceHtml(await acmeInput());
    vendors = (html.match(/<section class="page vendor"/g) ?? []).length;
    file = join(ARTIFACTS, "acme-pack.html");
    writeFileSync(file, html);
    browser = await chromium.launch({ executablePath: executable!, headless: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("loads with no console error and no network request; every vendor page and diagram is visible", async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(vendors).toBe(5);
    const sections = page.locator("section.vendor");
    expect(await sections.count()).toBe(vendors);
    for (let i = 0; i < vendors; i++) {
      const box = await sections.nth(i).boundingBox();
      expect(box!.width).toBeGreaterThan(0);
      expect(box!.height).toBeGreaterThan(0);
      const svg = sections.nth(i).locator("svg.flow");
      await expect.poll(() => svg.isVisible()).toBe(true);
      const s = await svg.boundingBox();
      expect(s!.width).toBeGreaterThan(100);
      expect(s!.height).toBeGreaterThan(20);
    }
    // Hostile names are text: no element was made from them, and they read back
    // verbatim, their control characters shown escaped (`\n`), never emitted.
    expect(await page.locator("script, img, iframe").count()).toBe(0);
    const text = await page.locator("#vendor-evil-vendor h2").textContent();
    expect(text).toContain(oneLine(HOSTILE));
    const owner = await page.locator("#vendor-evil-vendor dl.facts dd").nth(1).textContent();
    expect(owner).toBe(oneLine(HOSTILE));
    expect(owner).not.toContain("\n");
    const shot = await page.locator("#vendor-openai").screenshot({ path: join(ARTIFACTS, "vendor-page.png") });
    expect(shot.length).toBeGreaterThan(10_000);
    if (process.env.UPDATE_SCREENSHOTS === "1") writeFileSync(join(process.cwd(), "docs", "evidence-vendor-page.png"), shot);
    await page.close();
  }, 60_000);

  it("prints to a PDF with one page per vendor plus cover, inventory, findings and provenance", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      writeFileSync(join(ARTIFACTS, `acme-pack-${format}.pdf`), pdf);
      expect(pdfPages(pdf)).toBe(vendors + 4);
    }
    await page.close();
  }, 60_000);
});
