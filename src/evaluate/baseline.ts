import { readFile } from "node:fs/promises";
import { ConfigError } from "../inventory/errors.js";
import type { Finding } from "../types.js";
import type { Baseline } from "./rules.js";

/** Where `shadow-ai baseline` writes and `scan` looks for the baseline, relative to the scanned root. */
export const DEFAULT_BASELINE = ".github/shadow-ai-baseline.json";

/**
 * The baseline file: the fingerprints of findings a team accepts for now, so the
 * gate can be adopted without fixing history first. Rule, vendor and file are
 * there for the reader (and the reviewer of the pull request that adds it);
 * only the fingerprint is matched.
 */
export function baselineJson(findings: Finding[]): string {
  const entries = findings
    .filter((f) => !f.suppressed)
    .map((f) => ({ fingerprint: f.fingerprint, rule: f.rule, ...(f.vendor ? { vendor: f.vendor } : {}), ...(f.file ? { file: f.file } : {}) }));
  const unique = [...new Map(entries.map((e) => [e.fingerprint, e])).values()].sort(
    (a, b) => a.rule.localeCompare(b.rule) || (a.file ?? "").localeCompare(b.file ?? "") || a.fingerprint.localeCompare(b.fingerprint),
  );
  return `${JSON.stringify({ version: 1, tool: "shadow-ai", findings: unique }, null, 2)}\n`;
}

export function parseBaseline(text: string, path: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${path}: not a shadow-ai baseline: ${(err as Error).message}`);
  }
  const findings = (data as { findings?: unknown })?.findings;
  if ((data as { version?: unknown })?.version !== 1 || !Array.isArray(findings) || findings.some((f) => typeof (f as { fingerprint?: unknown })?.fingerprint !== "string")) {
    throw new ConfigError(`${path}: not a shadow-ai baseline (expected { "version": 1, "findings": [{ "fingerprint": "…" }] })`);
  }
  return { path, fingerprints: new Set(findings.map((f) => (f as { fingerprint: string }).fingerprint)) };
}

export async function readBaseline(file: string, display: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new ConfigError(`${display}: cannot read the baseline: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return parseBaseline(text, display);
}
