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

/**
 * Validates several SARIF logs in one Multitool run (it starts slowly) and
 * returns each log's problems by the name it was given.
 */
export function validateSarif(logs: Record<string, string>): Record<string, SarifProblem[]> {
  const dir = mkdtempSync(join(tmpdir(), "shadow-ai-sarif-"));
  try {
    const byUri = new Map<string, string>();
    const inputs = Object.entries(logs).map(([name, text], i) => {
      const file = join(dir, `log-${i}.sarif`);
      writeFileSync(file, text);
      byUri.set(pathToFileURL(file).href, name);
      return file;
    });
    const output = join(dir, "validation.sarif");
    const res = spawnSync(multitool, ["validate", "--rule-kind", "Gh;Sarif", "--output", output, ...inputs], { encoding: "utf8" });
    if (res.error) throw res.error;
    const log = JSON.parse(readFileSync(output, "utf8"));
    const out: Record<string, SarifProblem[]> = Object.fromEntries(Object.keys(logs).map((n) => [n, []]));
    type Result = { level?: string; ruleId: string; message: { text?: string; id?: string; arguments?: string[] }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] };
    for (const r of (log.runs[0].results ?? []) as Result[]) {
      const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? "";
      const name = byUri.get(uri);
      if (name === undefined) throw new Error(`Multitool result on an unknown file: ${uri}`);
      out[name]!.push({ level: r.level ?? "warning", ruleId: r.ruleId, text: r.message.text ?? [r.message.id, ...(r.message.arguments ?? [])].join(" ") });
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
