import { spawnSync } from "node:child_process";
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

// Microsoft's SARIF Multitool with GitHub code scanning's ingestion rules
// ("Gh") and the SARIF rules. The npm wrapper runs the binary through a shell,
// which splits "Gh;Sarif" at the semicolon, so the binary is called directly.
const multitool = createRequire(import.meta.url)("@microsoft/sarif-multitool") as string;
try {
  accessSync(multitool, constants.X_OK);
} catch {
  chmodSync(multitool, 0o755); // its postinstall does this; npm may not have run it
}

export interface SarifProblem {
  level: string;
  ruleId: string;
  text: string;
}

/** GitHub code scanning takes at most this many runs per file (the Multitool's GH1013). */
const MAX_RUNS = 20;

/**
 * Validates several SARIF logs and returns each log's problems by the name it
 * was given. The Multitool's cost is per file, so logs are merged into files
 * of up to 20 runs and each problem is traced back by its `runs[i]` pointer.
 */
export function validateSarif(logs: Record<string, string>): Record<string, SarifProblem[]> {
  const dir = mkdtempSync(join(tmpdir(), "shadow-ai-sarif-"));
  try {
    type Chunk = { file: string; runs: unknown[]; owner: string[]; head: object };
    const chunks: Chunk[] = [];
    for (const [name, text] of Object.entries(logs)) {
      const { runs, ...head } = JSON.parse(text) as { runs: unknown[] };
      let c = chunks.at(-1);
      if (!c || c.runs.length + runs.length > MAX_RUNS) chunks.push((c = { file: join(dir, `log-${chunks.length}.sarif`), runs: [], owner: [], head }));
      for (const run of runs) {
        c.runs.push(run);
        c.owner.push(name);
      }
    }
    for (const c of chunks) writeFileSync(c.file, JSON.stringify({ ...c.head, runs: c.runs }, null, 2));
    const byUri = new Map(chunks.map((c) => [pathToFileURL(c.file).href, c]));
    const output = join(dir, "validation.sarif");
    const res = spawnSync(multitool, ["validate", "--rule-kind", "Gh;Sarif", "--output", output, ...chunks.map((c) => c.file)], { encoding: "utf8" });
    if (res.error) throw res.error;
    const log = JSON.parse(readFileSync(output, "utf8"));
    const out: Record<string, SarifProblem[]> = Object.fromEntries(Object.keys(logs).map((n) => [n, []]));
    type Result = { level?: string; ruleId: string; message: { text?: string; id?: string; arguments?: string[] }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] };
    for (const r of (log.runs[0].results ?? []) as Result[]) {
      const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? "";
      const chunk = byUri.get(uri);
      if (chunk === undefined) throw new Error(`Multitool result on an unknown file: ${uri}`);
      const problem = { level: r.level ?? "warning", ruleId: r.ruleId, text: r.message.text ?? [r.message.id, ...(r.message.arguments ?? [])].join(" ") };
      // A problem about one run names it (`runs[3].results[0]…`); one about the file goes to every log in it.
      const run = /^runs\[(\d+)\]/.exec(r.message.arguments?.[0] ?? "");
      const owners = run ? [chunk.owner[Number(run[1])]!] : [...new Set(chunk.owner)];
      for (const o of owners) out[o]!.push(problem);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One log's problems. */
export function validateOne(text: string): SarifProblem[] {
  return validateSarif({ log: text }).log!;
}
