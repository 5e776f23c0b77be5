import { isMap, isPair, isScalar, parseDocument } from "yaml";
import type { Evidence, VendorUsage } from "../types.js";
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

/** A starter inventory declaring every vendor the code uses directly. */
export function starterInventory(vendors: VendorUsage[]): string {
  const direct = vendors.filter((v) => v.direct);
  const transitive = vendors.filter((v) => !v.direct).map((v) => v.id);
  return [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    "# The AI vendors this repository's code may send data to: the inventory a SOC 2 auditor asks for.",
    "# Written by `shadow-ai init` from what a scan found. Fill in the TODOs, review each status",
    "# (approved · restricted: allowed where paths/models/residency say · prohibited), and commit it.",
    "version: 1",
    "policy:",
    "  block-on: [undeclared-vendor, prohibited-vendor, path-not-allowed, residency-violation, hardcoded-secret, data-class-not-allowed]",
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
    "",
  ].join("\n");
}

/**
 * Adds entries for vendors an existing inventory does not declare, as text
 * inserted at the end of its `vendors:` block: nothing a person wrote is
 * dropped, reordered or reformatted. Returns the new text and the ids added.
 */
export function addVendors(text: string, vendors: VendorUsage[]): { text: string; added: string[] } {
  const doc = parseDocument(text);
  const root = doc.contents;
  const top = isMap(root) ? root.items.filter(isPair) : [];
  const vendorsPair = top.find((p) => isScalar(p.key) && p.key.value === "vendors");
  const declared = new Set(isMap(vendorsPair?.value) ? vendorsPair.value.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key)) : []);
  const missing = vendors.filter((v) => v.direct && !declared.has(v.id));
  if (missing.length === 0) return { text, added: [] };
  const body = (indent: string) => missing.map((v) => vendorEntry(v, indent)).join("");
  const withNewline = text.endsWith("\n") || text === "" ? text : `${text}\n`;
  if (!vendorsPair) return { text: `${withNewline}vendors:\n${body("  ")}`, added: missing.map((v) => v.id) };

  const value = vendorsPair.value;
  if (isMap(value) && value.flow) {
    if (value.items.length > 0) throw new Error("vendors: is a flow mapping ({ … }); rewrite it as a block mapping to let init add to it");
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
