import { createHash } from "node:crypto";

/**
 * What a finding is about, independent of where it is shown: the key that says
 * whether a pull request introduced it and that a baseline accepts. Moving,
 * renaming, splitting or re-indenting code keeps it (docs/action.md has the table):
 * rule + vendor (or tool), plus the one thing that makes a finding of that rule a
 * different problem — a region, a model, the declared path scope, the classified
 * glob, a hash of a committed key's value.
 */
export function identity(parts: { rule: string; vendor?: string; tool?: string; scope?: string }): string {
  const input = ["identity/v1", parts.rule, parts.vendor ?? "", parts.tool ?? "", parts.scope ?? ""].join("\u0000");
  return createHash("sha256").update(input).digest("hex").slice(0, 32);
}
