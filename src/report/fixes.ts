import type { Finding, ScanReport, VendorUsage } from "../types.js";

/** What to do about one finding: a sentence, and for an undeclared vendor a ready-to-paste inventory entry. */
export interface Fix {
  text: string;
  /** YAML to paste under `vendors:` in the inventory. */
  yaml?: string;
}

export const DEFAULT_INVENTORY = ".github/ai-vendors.yml";

/** A YAML key or flow item: plain when it is a simple id, else double-quoted (so no value can add a line). */
function yamlScalar(s: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(s) ? s : JSON.stringify(s);
}

/** A starter inventory entry for a vendor, with TODO markers for what a person must fill in. */
export function inventorySnippet(vendor: VendorUsage | { id: string; regions?: string[]; models?: string[] }): string {
  const lines = [
    "vendors:",
    `  ${yamlScalar(vendor.id)}:`,
    "    status: approved            # approved | restricted | prohibited",
    '    owner: "@your-org/your-team" # TODO: who answers for this vendor',
    "    purpose: TODO               # what the product sends it, in one line",
    "    data-classes: [internal]    # TODO: public | internal | customer-data | pii",
  ];
  if (vendor.regions?.length) lines.push(`    residency: [${vendor.regions.map(yamlScalar).join(", ")}]`);
  if (vendor.models?.length) lines.push(`    models: [${vendor.models.map((m) => JSON.stringify(m)).join(", ")}]`);
  lines.push(`    last-review: ${"TODO"}           # YYYY-MM-DD`);
  return lines.join("\n");
}

const byRule: Record<string, (f: Finding, inv: string, v: VendorUsage | undefined) => Fix> = {
  "undeclared-vendor": (f, inv, v) => ({
    text: `Declare ${v?.name ?? f.vendor} in \`${inv}\` (once the owner, purpose and data classes are known), or remove the usage.`,
    yaml: inventorySnippet(v ?? { id: f.vendor ?? "vendor-id" }),
  }),
  "prohibited-vendor": (f, inv, v) => ({
    text: `${v?.name ?? f.vendor} is \`prohibited\` in \`${inv}\`: remove the usage, or ask the inventory's owners to change its status.`,
  }),
  "path-not-allowed": (f, inv) => ({
    text: `Move the usage under one of the \`paths\` declared for ${f.vendor} in \`${inv}\`, or widen them there with the owner's approval.`,
  }),
  "residency-violation": (f, inv) => ({
    text: `Use a region inside ${f.vendor}'s declared \`residency\` in \`${inv}\`, or update the residency there once the DPA covers it.`,
  }),
  "data-class-not-allowed": (f, inv) => ({
    text: `Clear ${f.vendor} for this path's data classes (its \`data-classes\` in \`${inv}\`) once its agreements cover them, or move the usage out of \`${f.glob ?? "the classified path"}\`.`,
  }),
  "hardcoded-secret": () => ({
    text: "Revoke the key with the vendor now (it is in the git history), then load it from a secret store or environment variable.",
  }),
  "unapproved-model": (f, inv) => ({ text: `Use a model listed under ${f.vendor}'s \`models\` in \`${inv}\`, or add this one there.` }),
  "review-overdue": (f, inv) => ({ text: `Review ${f.vendor} and set its \`last-review\` date in \`${inv}\`.` }),
  "missing-dpa": (f, inv) => ({ text: `Record the signed DPA for ${f.vendor} (\`dpa: { signed: YYYY-MM-DD }\`) in \`${inv}\`.` }),
  "missing-no-training": (f, inv) => ({
    text: `Record the vendor's no-training confirmation for ${f.vendor} (\`no-training: { confirmed: YYYY-MM-DD, evidence: … }\`) in \`${inv}\`.`,
  }),
  "attestation-expired": (f, inv) => ({
    text: `Obtain ${f.vendor}'s current report and add it under its \`attestations\` (type, date) in \`${inv}\`.`,
  }),
  "missing-attestation": (f, inv) => ({
    text: `Record ${f.vendor}'s SOC 2 type 2 or ISO 27001 report (\`attestations: [{ type: soc2-type-2, date: YYYY-MM-DD }]\`) in \`${inv}\`.`,
  }),
  "unused-declaration": (f, inv) => ({ text: `Remove ${f.vendor} from \`${inv}\` if it is no longer used.` }),
  "undeclared-tool": (f, inv) => ({
    text: `Declare the AI coding tool ${f.tool} under \`tools:\` in \`${inv}\` (approved, restricted or prohibited), or remove its configuration.`,
    yaml: ["tools:", `  ${yamlScalar(f.tool ?? "tool-id")}:`, "    status: approved            # approved | restricted | prohibited", '    owner: "@your-org/your-team" # TODO: who answers for this tool', "    purpose: TODO               # what engineers use it for"].join("\n"),
  }),
  "prohibited-tool": (f, inv) => ({
    text: `${f.tool} is \`prohibited\` under \`tools:\` in \`${inv}\`: remove its configuration and stop using it here, or ask the inventory's owners to change its status.`,
  }),
};

export function fixFor(finding: Finding, report: ScanReport): Fix {
  const inv = report.inventory.path ?? DEFAULT_INVENTORY;
  const vendor = report.vendors.find((v) => v.id === finding.vendor);
  return byRule[finding.rule]?.(finding, inv, vendor) ?? { text: "See the finding's message." };
}

/**
 * The ready-to-paste inventory entries of many findings merged under one
 * `vendors:` (and one `tools:`) key, one entry per vendor or tool: what a
 * person pastes once to declare all of them.
 */
export function mergedEntries(findings: readonly Finding[], report: ScanReport): string | undefined {
  const sections = new Map<string, Map<string, string[]>>();
  for (const f of findings) {
    const yaml = fixFor(f, report).yaml;
    if (!yaml) continue;
    const [head, ...body] = yaml.split("\n");
    const id = body[0] ?? "";
    const section = sections.get(head!) ?? sections.set(head!, new Map()).get(head!)!;
    if (!section.has(id)) section.set(id, body);
  }
  if (sections.size === 0) return undefined;
  return [...sections].flatMap(([head, entries]) => [head, ...[...entries.values()].flat()]).join("\n");
}
