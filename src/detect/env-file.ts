import type { Evidence } from "../types.js";
import { literal, type DetectInput, type DetectOutput, type Literal } from "./types.js";

const LINE = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/;

/** `.env`-style files: catalog variable names are evidence, values are literals. */
export function detectEnvFile({ file, text, catalog }: DetectInput): DetectOutput {
  const evidence: Evidence[] = [];
  const literals: Literal[] = [];
  const lines = text.split("\n");
  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx]!.replace(/\r$/, "");
    if (/^\s*#/.test(line)) continue;
    const m = LINE.exec(line);
    if (!m) continue;
    const name = m[2]!;
    const column = m[1]!.length + 1;
    const vendor = catalog.lookupEnv(name);
    if (vendor) {
      evidence.push({ kind: "env", file: file.path, line: idx + 1, column, vendor, env: name, snippet: line.trim() });
    }
    let value = m[3]!.trim();
    const q = value[0];
    if (q === '"' || q === "'") {
      const end = value.indexOf(q, 1);
      value = end > 0 ? value.slice(1, end) : value.slice(1);
    } else {
      // A comment starts at whitespace + `#`; found with a linear search (`\s+#.*$`
      // retries every space of a long run: quadratic).
      const hash = value.search(/\s#/);
      if (hash >= 0) value = value.slice(0, hash).trimEnd();
    }
    if (value) literals.push(literal(value, idx + 1, line.indexOf(m[3]!) + 1, name));
  }
  return { evidence, literals, diagnostics: [] };
}
