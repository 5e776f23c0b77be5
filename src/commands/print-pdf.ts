import { accessSync, constants, statSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, join } from "node:path";
import { UsageError } from "./types.js";

// `evidence --format pdf`: the HTML pack printed by a headless Chromium that is
// already on the machine. Never downloads a browser. playwright-core is loaded
// only here, so no other command pays for it; it is an optional peer
// dependency (package.json), so `npx shadow-ai` does not fetch it either.

export const NO_PLAYWRIGHT =
  "--format pdf drives the Chromium on this machine through playwright-core, an optional dependency that is not installed. " +
  "Install it next to shadow-ai (npm install playwright-core; with npx: npx -p shadow-ai -p playwright-core shadow-ai evidence …), " +
  "or write the pack with --format html and print it to PDF from any browser.";

/** Throws NO_PLAYWRIGHT as a usage error when playwright-core cannot be resolved from here. */
export function requirePlaywright(): void {
  try {
    createRequire(import.meta.url).resolve("playwright-core");
  } catch {
    throw new UsageError(NO_PLAYWRIGHT);
  }
}

export const BROWSER_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * CHROME_PATH when set (it must exist), else the first Chromium/Chrome on PATH.
 * Called before any work, so it first checks the other thing printing needs:
 * playwright-core (a usage error naming how to install it).
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
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
  return undefined;
}

export const NO_BROWSER =
  "--format pdf prints through a Chromium or Google Chrome installed on this machine, and none was found. " +
  "Set CHROME_PATH to its executable, or put chromium / google-chrome on PATH (Debian/Ubuntu: apt-get install chromium). " +
  "Or write the pack with --format html and print it to PDF from any browser. shadow-ai never downloads a browser.";

export type Paper = "A4" | "Letter";

/** Prints `html` to a PDF file. Requests other than the document itself are refused: the pack needs none. */
export async function printPdf(html: string, out: string, options: { browser: string; paper: Paper }): Promise<void> {
  let chromium: typeof import("playwright-core").chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND") throw new UsageError(NO_PLAYWRIGHT);
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
