import { isMap, isPair, isScalar, parseDocument } from "yaml";
import type { Evidence, ToolUsage, VendorUsage } from "../types.js";
import { RISK_TOPICS } from "./types.js";

/** Where editors fetch the schema from (yaml-language-server); it also ships in the package at schema/. */
export const SCHEMA_URL = "https://raw.githubusercontent.com/shadow-ai/shadow-ai/main/schema/inventory.schema.json";

function place(e: Evidence): string {
  const what = e.package ?? e.host ?? e.env ?? (e.secretRule ? "committed key" : "");
  return `${e.file}:${e.line} (${e.kind}${what ? ` ${what}` : ""})`;
}

/** One vendor entry for the starter inventory: status restricted, TODOs for what a person must decide. */
export function vendorEntry(v: VendorUsage, indent = "  "): string {
  const i = indent;
  const shown = v.evidence.filter((e) => !e.transitive).slice(0, 3).map(place);
  const more = v.evidence.filter((e) => !e.transitive).length - shown.length;
  const lines = [
    `${i}# ${v.name} — found at ${shown.join(", ")}${more > 0 ? `, and ${more} more` : ""}`,
    `${i}${v.id}:`,
    `${i}${i}status: restricted # TODO: approved, restricted or prohibited`,
    `${i}${i}owner: "TODO: the team or person accountable"`,
    `${i}${i}purpose: "TODO: what it is used for"`,
    `${i}${i}# TODO: data-classes: [internal] # public, internal, confidential, customer-data, pii, phi, pci, financial, employee-data, source-code, credentials`,
    `${i}${i}# TODO: dpa: { signed: YYYY-MM-DD, link: "…" } # required when it receives customer data`,
    `${i}${i}# TODO: no-training: { confirmed: YYYY-MM-DD, evidence: "…" }`,
    `${i}${i}# TODO: residency: [us] # geographies (us, eu, uk, …) or regions${v.regions.length ? `; regions seen: ${v.regions.join(", ")}` : ""}`,
  ];
  if (v.models.length) lines.push(`${i}${i}# TODO: models: [${v.models.map((m) => JSON.stringify(m)).join(", ")}] # models seen; globs allowed`);
  lines.push(`${i}${i}# TODO: last-review: YYYY-MM-DD`);
  lines.push(`${i}${i}# TODO: attestations: [{ type: soc2-type-2, date: YYYY-MM-DD }] # newest report per kind (soc2-type-2, iso-27001, …); needed for customer-data, pii, phi, pci`);
  lines.push(
    `${i}${i}# TODO: risk-assessment: # each topic { risk: low|medium|high, mitigation: "…", owner: "…", reviewed: YYYY-MM-DD }`,
    ...RISK_TOPICS.map((t) => `${i}${i}#   ${t}: { risk: "TODO", mitigation: "TODO" }`),
  );
  return `${lines.join("\n")}\n`;
}

/** One tool entry for the starter inventory: status restricted, TODOs for owner and purpose. */
export function toolEntry(t: ToolUsage, indent = "  "): string {
  const i = indent;
  const where = t.evidence.map((e) => (e.kind === "commit" ? `${e.commits} commit${e.commits === 1 ? "" : "s"}` : `${e.file}${e.line ? `:${e.line}` : ""}`));
  const shown = where.slice(0, 3).join(", ") + (where.length > 3 ? `, and ${where.length - 3} more` : "");
  const receiver = t.vendor ? `sends code to ${t.vendor}` : "sends code to the model provider it is configured with";
  return [
    `${i}# ${t.name} (${receiver}) — found at ${shown}`,
    `${i}${t.id}:`,
    `${i}${i}status: restricted # TODO: approved, restricted or prohibited`,
    `${i}${i}owner: "TODO: the team or person accountable"`,
    `${i}${i}purpose: "TODO: what engineers use it for"`,
    "",
  ].join("\n");
}

function toolsSection(tools: ToolUsage[]): string[] {
  if (tools.length === 0) {
    return [
      "# tools: # TODO: the AI coding tools and agents engineers may use on this repository (none found)",
      "#   github-copilot: { status: approved, owner: \"@acme/platform\" } # ids: claude-code, cursor, github-copilot, gemini-cli, openai-codex, windsurf, aider, continue, cline, amazon-q-developer, coderabbit",
    ];
  }
  return ["tools: # AI coding tools and agents found working on this repository", ...tools.map((t) => toolEntry(t).trimEnd())];
}

/** A starter inventory declaring every vendor the code uses directly, and every AI coding tool found. */
export function starterInventory(vendors: VendorUsage[], tools: ToolUsage[] = []): string {
  const direct = vendors.filter((v) => v.direct);
  const transitive = vendors.filter((v) => !v.direct).map((v) => v.id);
  return [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    "# The AI vendors this repository's code may send data to: the inventory a SOC 2 auditor asks for.",
    "# Written by `shadow-ai init` from what a scan found. Fill in the TODOs, review each status",
    "# (approved · restricted: allowed where paths/models/residency say · prohibited), and commit it.",
    "version: 1",
    "policy:",
    "  block-on: [undeclared-vendor, prohibited-vendor, path-not-allowed, residency-violation, hardcoded-secret, data-class-not-allowed, prohibited-tool]",
    "  # review-interval: 1y # TODO: how often each vendor is reviewed (90d, 6m, 1y)",
    "  # attestation-max-age: 12m # TODO: how old a vendor's newest attestation of a kind may be (default 12m)",
    "  # ignore: [\"docs/**\"] # paths never scanned",
    "# TODO: classified-paths: which data each part of the code handles (glob → data classes). A vendor",
    "# used in a classified path must be cleared (its data-classes) for every class of that path.",
    "# classified-paths:",
    '#   "services/billing/**": [pci, customer-data]',
    '#   "services/support/**": [customer-data, pii]',
    ...(transitive.length ? [`# Seen only through lockfiles (transitive, not declared here): ${transitive.join(", ")}`] : []),
    direct.length ? "vendors:" : "vendors: {}",
    ...direct.map((v) => vendorEntry(v).trimEnd()),
    ...toolsSection(tools),
    "",
  ].join("\n");
}

/**
 * Adds entries for vendors an existing inventory does not declare, as text
 * inserted at the end of its `vendors:` block: nothing a person wrote is
 * dropped, reordered or reformatted. Returns the new text and the ids added.
 */
export function addVendors(text: string, vendors: VendorUsage[]): { text: string; added: string[] } {
  return addEntries(text, "vendors", vendors.filter((v) => v.direct).map((v) => ({ id: v.id, entry: (indent: string) => vendorEntry(v, indent) })));
}

/** As addVendors, for the `tools:` section: the AI coding tools it does not name yet. */
export function addTools(text: string, tools: ToolUsage[]): { text: string; added: string[] } {
  return addEntries(text, "tools", tools.map((t) => ({ id: t.id, entry: (indent: string) => toolEntry(t, indent) })));
}

function addEntries(text: string, section: string, entries: { id: string; entry: (indent: string) => string }[]): { text: string; added: string[] } {
  const doc = parseDocument(text);
  const root = doc.contents;
  const top = isMap(root) ? root.items.filter(isPair) : [];
  const vendorsPair = top.find((p) => isScalar(p.key) && p.key.value === section);
  const declared = new Set(isMap(vendorsPair?.value) ? vendorsPair.value.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key)) : []);
  const missing = entries.filter((v) => !declared.has(v.id));
  if (missing.length === 0) return { text, added: [] };
  const body = (indent: string) => missing.map((v) => v.entry(indent)).join("");
  const withNewline = text.endsWith("\n") || text === "" ? text : `${text}\n`;
  if (!vendorsPair) return { text: `${withNewline}${section}:\n${body("  ")}`, added: missing.map((v) => v.id) };

  const value = vendorsPair.value;
  if (isMap(value) && value.flow) {
    if (value.items.length > 0) throw new Error(`${section}: is a flow mapping ({ … }); rewrite it as a block mapping to let init add to it`);
    // `vendors: {}` → `vendors:` followed by the new entries.
    const [start, end] = value.range!;
    const lineEnd = withNewline.indexOf("\n", end);
    const rest = withNewline.slice(end, lineEnd);
    return { text: `${withNewline.slice(0, start).trimEnd()}${rest}\n${body("  ")}${withNewline.slice(lineEnd + 1)}`, added: missing.map((v) => v.id) };
  }
  const firstKey = isMap(value) ? value.items[0]?.key : undefined;
  const keyStart = isScalar(firstKey) ? firstKey.range![0] : undefined;
  const indent = keyStart !== undefined ? " ".repeat(keyStart - withNewline.lastIndexOf("\n", keyStart - 1) - 1) : "  ";
  // Insert before the next top-level key (and the comment lines just above it), else at the end.
  const next = top[top.indexOf(vendorsPair) + 1];
  let at = withNewline.length;
  if (next && isScalar(next.key)) {
    at = withNewline.lastIndexOf("\n", next.key.range![0] - 1) + 1;
    // Top-level comments and blank lines just above the next key belong to it.
    while (at > 0) {
      const prevStart = withNewline.lastIndexOf("\n", at - 2) + 1;
      const line = withNewline.slice(prevStart, at - 1);
      if (line.trim() !== "" && !line.startsWith("#")) break;
      at = prevStart;
    }
  }
  return { text: withNewline.slice(0, at) + body(indent) + withNewline.slice(at), added: missing.map((v) => v.id) };
}
