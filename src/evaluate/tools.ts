import type { Inventory } from "../inventory/types.js";
import type { ToolEvidence, ToolUsage } from "../types.js";
import type { FindingBuilder } from "./evaluate.js";

// undeclared-tool (warning) and prohibited-tool (error): the workforce side of the
// inventory. One finding per tool, anchored on its first committed file or
// workflow line (commit-only evidence has no file); the fingerprint is keyed on
// the tool, so it survives the files changing.

/** The tools with their status from the inventory's `tools:` (undeclared when it does not name them). */
export function withToolStatus(tools: ToolUsage[], inv: Inventory | undefined): ToolUsage[] {
  return tools.map((t) => ({ ...t, status: inv?.tools?.get(t.id)?.status ?? "undeclared" }));
}

function summary(evidence: ToolEvidence[]): string {
  const files = evidence.filter((e) => e.kind !== "commit" && e.file).map((e) => e.file!);
  const unique = [...new Set(files)];
  const parts: string[] = [];
  if (unique.length) parts.push(`${unique.slice(0, 3).join(", ")}${unique.length > 3 ? ` and ${unique.length - 3} more files` : ""}`);
  const commits = evidence.find((e) => e.kind === "commit");
  if (commits) parts.push(`${commits.commits} commit${commits.commits === 1 ? "" : "s"} (last ${commits.last})`);
  return parts.join("; ");
}

export function toolFindings(tools: ToolUsage[], inv: Inventory, b: FindingBuilder): void {
  for (const t of tools) {
    const d = inv.tools?.get(t.id);
    const anchor = t.evidence.find((e) => e.file !== undefined);
    const at = {
      tool: t.id,
      key: t.id,
      ...(anchor ? { location: { file: anchor.file!, line: anchor.line ?? 1, column: anchor.column ?? 1 } } : {}),
    };
    const receiver = t.vendor ? `; it sends code to ${t.vendor}` : "; it sends code to whichever model provider it is configured with";
    if (!d) {
      b.add(
        "undeclared-tool",
        `${t.name} (${t.id}) works on this repository (${summary(t.evidence)})${receiver}, but ${inv.path} does not declare it: add it under tools: with its status, or remove its configuration.`,
        at,
      );
    } else if (d.status === "prohibited") {
      b.add("prohibited-tool", `${t.name} (${t.id}) is prohibited by ${inv.path} but works on this repository (${summary(t.evidence)}).`, at);
    }
  }
}
