import type { Catalog } from "../../catalog/compile.js";
import { configLiterals } from "../config.js";
import { manifestTargets, targetEvidence } from "../manifests/evidence.js";
import type { Evidence } from "../../types.js";
import type { Detector } from "../types.js";
import { makeEvidence, stripHash, withoutEnvRepeats, yamlEnvNames } from "./common.js";
import { runInstalls } from "./run-installs.js";

// GitHub Actions workflows: catalog env names the jobs receive (`${{ secrets.X }}`,
// `${{ vars.X }}`, `env:` keys) and third-party actions that send code or text to an
// AI vendor (`uses: anthropics/claude-code-action@v1`). An action whose input
// switches the processor (`use_bedrock: true`) is attributed to that vendor instead.

const USES = /^(\s*)(-\s+)?uses\s*:\s*(["']?)([^\s"'#]+)\3/;
const EXPR_REF = /\$\{\{\s*(?:secrets|vars|env)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export const detectWorkflow: Detector = ({ file, text, catalog }) => {
  const evidence: Evidence[] = [];
  const reported: { name: string; line: number }[] = [];
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));

  // env: keys (and NAME=value items) naming catalog env variables.
  for (const n of yamlEnvNames(text, catalog)) {
    evidence.push(makeEvidence("workflow", file.path, text, { vendor: n.vendor, line: n.line, column: n.column, env: n.name }));
    reported.push({ name: n.name, line: n.line });
  }

  for (let idx = 0; idx < lines.length; idx++) {
    const line = stripHash(lines[idx]!);
    // ${{ secrets.OPENAI_API_KEY }}: secret names are case-insensitive, stored upper case.
    for (const m of line.matchAll(EXPR_REF)) {
      const name = m[1]!.toUpperCase();
      const vendor = catalog.lookupEnv(name);
      if (!vendor || reported.some((r) => r.line === idx + 1 && r.name === name)) continue;
      evidence.push(makeEvidence("workflow", file.path, text, { vendor, line: idx + 1, column: m.index! + 1, env: name }));
      reported.push({ name, line: idx + 1 });
    }
    const u = USES.exec(line);
    if (!u) continue;
    const action = catalog.iac.lookupAction(u[4]!);
    if (!action) continue;
    const keyColumn = u[1]!.length + (u[2]?.length ?? 0);
    const inputs = stepInputs(lines, idx, keyColumn);
    const switched = Object.entries(action.inputs ?? {})
      .filter(([input]) => /^(?:true|'true'|"true")$/i.test(inputs.get(input) ?? ""))
      .map(([, vendor]) => vendor);
    for (const vendor of switched.length > 0 ? switched : [action.vendor]) {
      const via = vendor === action.vendor ? undefined : action.vendor;
      evidence.push(makeEvidence("workflow", file.path, text, { vendor, line: idx + 1, column: line.indexOf(u[4]!) + 1, via, action: u[4]! }));
    }
  }
  evidence.push(...runStepInstalls(file.path, lines, catalog));
  const literals = withoutEnvRepeats(configLiterals(file.path, text), reported);
  return { evidence, literals, diagnostics: [] };
};

const RUN_KEY = /^(\s*)(-\s+)?run\s*:\s*(.*)$/;

/** Packages `run:` steps install (`npm i -g @anthropic-ai/claude-code`, `pip install openai`): the job's dependencies. */
function runStepInstalls(path: string, lines: string[], catalog: Catalog): Evidence[] {
  const out: Evidence[] = [];
  const indentOf = (l: string) => l.length - l.trimStart().length;
  for (let idx = 0; idx < lines.length; idx++) {
    const m = RUN_KEY.exec(lines[idx]!);
    if (!m) continue;
    const keyColumn = m[1]!.length + (m[2]?.length ?? 0);
    const value = m[3]!.trim();
    // `run: |` / `run: >-`: the script is every following line indented past the key.
    const script: number[] = [];
    if (/^[|>][+-]?\d*\s*(?:#.*)?$/.test(value)) {
      for (let k = idx + 1; k < lines.length && (!lines[k]!.trim() || indentOf(lines[k]!) > keyColumn); k++) script.push(k);
    } else script.push(idx);
    for (const k of script) {
      const line = k === idx ? value.replace(/^(["'])(.*)\1$/, "$2") : lines[k]!;
      if (/^\s*#/.test(line)) continue;
      for (const inst of runInstalls(line)) {
        const column = lines[k]!.indexOf(inst.name) + 1;
        for (const target of manifestTargets(catalog.lookupPackage(inst.ecosystem, inst.name, inst.major))) {
          out.push(targetEvidence("dependency", path, { line: k + 1, column: Math.max(1, column) }, inst.ecosystem, target, lines[k]!.trim()));
        }
      }
    }
  }
  return out;
}

/**
 * The `with:` inputs of the step whose `uses:` key sits at `keyColumn` on line `at`:
 * the step is every line around it indented at least that far (its sibling keys
 * start at the same column, its `with:` entries deeper).
 */
function stepInputs(lines: string[], at: number, keyColumn: number): Map<string, string> {
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const within = (l: string) => !l.trim() || /^\s*#/.test(l) || indentOf(l) >= keyColumn;
  let start = at;
  if (!/^\s*-\s/.test(lines[at]!)) {
    while (start > 0 && within(lines[start - 1]!)) start--;
    if (start > 0 && /^\s*-\s/.test(lines[start - 1]!) && indentOf(lines[start - 1]!) + 2 === keyColumn) start--;
  }
  let end = at + 1;
  while (end < lines.length && within(lines[end]!)) end++;
  const inputs = new Map<string, string>();
  let inWith = false;
  for (let i = start; i < end; i++) {
    const l = stripHash(lines[i]!);
    const key = /^(\s*)(?:-\s+)?([\w-]+)\s*:\s*(.*)$/.exec(l);
    if (!key) continue;
    const col = key[1]!.length + (l.trimStart().startsWith("-") ? 2 : 0);
    if (col === keyColumn) {
      inWith = key[2] === "with";
      continue;
    }
    if (inWith && col > keyColumn) inputs.set(key[2]!, key[3]!.trim());
  }
  return inputs;
}
