import type { Finding, ScanReport } from "../../src/types.js";

export function finding(over: Partial<Finding> & { file?: string; line?: number }): Finding {
  return {
    rule: "undeclared-vendor",
    severity: "error",
    vendor: "openai",
    column: 1,
    message: `OpenAI (openai) is used here but .github/ai-vendors.yml does not declare it.`,
    fingerprint: `fp-${over.file ?? "none"}-${over.line ?? 0}-${over.rule ?? "undeclared-vendor"}`,
    identity: `id-${over.rule ?? "undeclared-vendor"}-${over.vendor ?? "openai"}`,
    blocking: true,
    ...over,
  };
}

/** A small report with every kind of finding the writers must handle. */
export function sampleReport(findings?: Finding[]): ScanReport {
  return {
    schemaVersion: 1,
    tool: { name: "shadow-ai", version: "0.1.0", catalogVersion: "test" },
    target: { root: ".", commit: null },
    inventory: { path: ".github/ai-vendors.yml" },
    stats: { files: 3, bytes: 100, skipped: 0, durationMs: 5, skippedBy: {} },
    vendors: [
      {
        id: "openai",
        name: "OpenAI",
        category: "llm-api",
        declared: false,
        status: "undeclared",
        direct: true,
        regions: [],
        models: ["gpt-4o-mini"],
        frameworks: [],
        evidence: [{ kind: "import", file: "src/chat.ts", line: 1, column: 1, package: "openai", snippet: 'import OpenAI from "openai"' }],
      },
    ],
    frameworks: [],
    findings: findings ?? [
      finding({ file: "src/chat.ts", line: 1 }),
      finding({ rule: "hardcoded-secret", file: "src/odd path/é.ts", line: 3, message: "OpenAI API key is committed in src/odd path/é.ts:3." }),
      finding({ rule: "review-overdue", severity: "warning", blocking: false, file: undefined, line: undefined, column: undefined, message: "OpenAI review overdue" }),
      finding({ rule: "unused-declaration", severity: "note", blocking: false, vendor: "cohere", file: ".github/ai-vendors.yml", line: 4, message: "cohere is declared but unused", suppressed: { by: "baseline", reason: "accepted" } }),
    ],
    diagnostics: [],
  };
}
