// JavaScript / TypeScript detectors: .js .mjs .cjs .jsx .ts .mts .cts .tsx, and
// the <script> blocks of .vue / .svelte single-file components.

import type { Detector } from "../types.js";
import { detectJs, dialectOf } from "./detect.js";
import { scriptBlocks } from "./sfc.js";

export const detectJavaScript: Detector = ({ file, text, catalog }) =>
  detectJs(text, catalog, { path: file.path, dialect: dialectOf(file.path) });

/** Scripts are analyzed in place (the rest of the file blanked), so lines and columns are the component file's. */
export const detectVueSvelte: Detector = async ({ file, text, catalog }) => {
  const scripts = scriptBlocks(text);
  if (scripts.blocks === 0) return { evidence: [], literals: [], diagnostics: [] };
  const out = await detectJs(scripts.text, catalog, { path: file.path, dialect: { ts: scripts.ts, jsx: scripts.jsx } });
  // Snippets come from the masked text, which is the original on script lines.
  return out;
};

export { analyzeJavaScript, detectJs, dialectOf, type JsAnalysis, type ParseMode } from "./detect.js";
export { tokenize, type Dialect, type Token } from "./tokenizer.js";
export { scriptBlocks } from "./sfc.js";
