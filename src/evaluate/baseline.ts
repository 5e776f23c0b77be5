import { readFile } from "node:fs/promises";
import { ConfigError } from "../inventory/errors.js";
import type { Finding } from "../types.js";
import type { Baseline } from "./rules.js";

/** Where `shadow-ai baseline` writes and `scan` looks for the baseline, relative to the scanned root. */
export const DEFAULT_BASELINE = ".github/shadow-ai-baseline.json";

/** The baseline format `shadow-ai baseline` writes: identities (1 held fingerprints). */
export const BASELINE_VERSION = 2;

/**
 * The baseline file: the identities of findings a team accepts for now, so the
 * gate can be adopted without fixing history first. An identity is what a
 * finding is about (rule + vendor or tool, + region, model, path scope…), not
 * where it sits, so the baseline survives renames, moves and splits. Rule,
 * vendor, tool and the first file are there for the reader (and the reviewer of
 * the pull request that adds it); only the identity is matched.
 */
export function baselineJson(findings: Finding[]): string {
  const ordered = findings
    .filter((f) => !f.suppressed)
    .slice()
    .sort((a, b) => (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0));
  const entries = ordered.map((f) => ({
    identity: f.identity,
    rule: f.rule,
    ...(f.vendor ? { vendor: f.vendor } : {}),
    ...(f.tool ? { tool: f.tool } : {}),
    ...(f.file ? { file: f.file } : {}),
  }));
  const unique = [...new Map(entries.reverse().map((e) => [e.identity, e])).values()].sort(
    (a, b) => a.rule.localeCompare(b.rule) || (a.vendor ?? a.tool ?? "").localeCompare(b.vendor ?? b.tool ?? "") || a.identity.localeCompare(b.identity),
  );
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: "shadow-ai", findings: unique }, null, 2)}\n`;
}

const EXPECTED = '{ "version": 2, "findings": [{ "identity": "…" }] } (or version 1 with "fingerprint")';

/**
 * Reads either version: 2 (identities) or 1 (fingerprints, from earlier versions),
 * which keeps matching by fingerprint until `shadow-ai baseline` rewrites it.
 */
export function parseBaseline(text: string, path: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${path}: not a shadow-ai baseline: ${(err as Error).message}`);
  }
  const version = (data as { version?: unknown })?.version;
  const findings = (data as { findings?: unknown })?.findings;
  const key = version === 1 ? "fingerprint" : version === 2 ? "identity" : undefined;
  if (key === undefined || !Array.isArray(findings) || findings.some((f) => typeof (f as Record<string, unknown>)?.[key] !== "string")) {
    throw new ConfigError(`${path}: not a shadow-ai baseline (expected ${EXPECTED})`);
  }
  const values = new Set(findings.map((f) => (f as Record<string, string>)[key]!));
  return { path, version: key === "fingerprint" ? 1 : 2, fingerprints: key === "fingerprint" ? values : new Set(), identities: key === "identity" ? values : new Set() };
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
