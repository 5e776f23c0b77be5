import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  UsageError
} from "./chunk-4CIJ6FWP.js";
import "./chunk-EUDNGKAI.js";

// src/commands/print-pdf.ts
import { accessSync, constants, statSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, join } from "node:path";
var NO_PLAYWRIGHT = "--format pdf drives the Chromium on this machine through playwright-core, an optional dependency that is not installed. Install it next to shadow-ai (npm install playwright-core; with npx: npx -p shadow-ai -p playwright-core shadow-ai evidence \u2026), or write the pack with --format html and print it to PDF from any browser.";
function requirePlaywright() {
  try {
    createRequire(import.meta.url).resolve("playwright-core");
  } catch {
    throw new UsageError(NO_PLAYWRIGHT);
  }
}
var BROWSER_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
function findBrowser(env = process.env) {
  requirePlaywright();
  const explicit = env.CHROME_PATH;
  if (explicit) {
    if (!executable(explicit)) throw new UsageError(`CHROME_PATH=${explicit} is not an executable file`);
    return explicit;
  }
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const file = join(dir, name);
      if (executable(file)) return file;
    }
  }
  return void 0;
}
var NO_BROWSER = "--format pdf prints through a Chromium or Google Chrome installed on this machine, and none was found. Set CHROME_PATH to its executable, or put chromium / google-chrome on PATH (Debian/Ubuntu: apt-get install chromium). Or write the pack with --format html and print it to PDF from any browser. shadow-ai never downloads a browser.";
async function printPdf(html, out, options) {
  let chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch (err) {
    if (err.code === "ERR_MODULE_NOT_FOUND") throw new UsageError(NO_PLAYWRIGHT);
    throw err;
  }
  const browser = await chromium.launch({ executablePath: options.browser, headless: true });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: out, format: options.paper, printBackground: true, preferCSSPageSize: false });
  } finally {
    await browser.close();
  }
}
export {
  BROWSER_NAMES,
  NO_BROWSER,
  NO_PLAYWRIGHT,
  findBrowser,
  printPdf,
  requirePlaywright
};
