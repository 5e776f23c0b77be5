import { createHash } from "node:crypto";

/**
 * A finding's identity that survives unrelated line moves: rule, vendor, file
 * and the (redacted, whitespace-folded) text of the line — not the line number.
 * `occurrence` separates identical lines in one file.
 */
export function fingerprint(parts: { rule: string; vendor?: string; file?: string; text?: string; occurrence?: number }): string {
  const text = (parts.text ?? "").replace(/\s+/g, " ").trim();
  const input = [parts.rule, parts.vendor ?? "", parts.file ?? "", text, String(parts.occurrence ?? 0)].join("\u0000");
  return createHash("sha256").update(input).digest("hex").slice(0, 32);
}
