import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { UsageError } from "./types.js";

// `evidence --format pdf`: the HTML pack printed by a headless Chromium that is
// already on the machine. Never downloads a browser. playwright-core is loaded
// only here, so no other command pays for it.

export const BROWSER_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** CHROME_PATH when set (it must exist), else the first Chromium/Chrome on PATH. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
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
  const { chromium } = await import("playwright-core");
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
