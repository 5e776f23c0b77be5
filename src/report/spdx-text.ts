import { createHash } from "node:crypto";
import type { DeclaredVendor } from "../inventory/types.js";
import type { Evidence, Finding, VendorUsage } from "../types.js";

// The words and identifiers of the SPDX writer: deterministic IRIs and the
// statements its annotations carry. Statements name a place (file and line)
// and what was matched there (package, host, env name, key rule); never a
// snippet, so never a key's value.

/** `urn:shadow-ai:<scope>:<kind>:…`: the same repository and vendor ids always give the same IRI. */
export function iri(...parts: string[]): string {
  // Readable where IRIs allow it (`@`, `/` stay); `:` is the separator, so it is encoded.
  return `urn:shadow-ai:${parts.map((p) => encodeURIComponent(p).replace(/%40/g, "@").replace(/%2F/g, "/")).join(":")}`;
}

/** A short content hash: identifiers for things that have no id of their own (annotations). */
export function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** SPDX wants `YYYY-MM-DDTHH:MM:SSZ` exactly (UTC, no fraction). */
export function spdxTime(value: string | Date): string {
  const d = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: ${String(value)}`);
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** One piece of evidence as a location and what was matched there. */
export function evidenceStatement(e: Evidence): string {
  const what: string[] = [];
  if (e.package) what.push(`${e.ecosystem ? `${e.ecosystem} ` : ""}package ${e.package}`);
  if (e.host) what.push(`host ${e.host}`);
  if (e.env) what.push(`env ${e.env}`);
  if (e.secretRule) what.push(`key format ${e.secretRule} (value withheld)`);
  if (e.region) what.push(`region ${e.region}`);
  if (e.model) what.push(`model ${e.model}`);
  if (e.via) what.push(`through the ${e.via} SDK`);
  if (e.role === "base-url") what.push("as an SDK base URL");
  if (e.transitive) what.push("transitive");
  return `evidence: ${e.kind} at ${e.file}:${e.line}:${e.column}${what.length ? ` (${what.join("; ")})` : ""}`;
}

/** Where a region was seen, or that it was seen at all. */
export function regionStatement(v: VendorUsage, region: string): string {
  const at = v.evidence.filter((e) => e.region === region).map((e) => `${e.file}:${e.line}`);
  return `region: ${region}${at.length ? ` (seen at ${[...new Set(at)].join(", ")})` : ""}`;
}

/** The inventory's word on a vendor, so a consumer sees declared against used. */
export function declarationStatement(status: string, d: DeclaredVendor | undefined, used: boolean): string {
  const parts = [`inventory: status ${status}`];
  if (!used) parts.push("declared but not used by the code");
  if (d) {
    parts.push(d.dpa ? `DPA signed ${d.dpa.signed}${d.dpa.expires ? `, expires ${d.dpa.expires}` : ""}` : "no DPA recorded");
    parts.push(d.residency?.length ? `residency ${d.residency.join(", ")}` : "no residency declared");
    if (d["data-classes"]?.length) parts.push(`data classes ${d["data-classes"].join(", ")}`);
    if (d["no-training"]) parts.push(`no-training confirmed ${d["no-training"].confirmed}`);
    if (d.models?.length) parts.push(`models ${d.models.join(", ")}`);
    if (d.owner) parts.push(`owner ${d.owner}`);
    if (d["last-review"]) parts.push(`last review ${d["last-review"]}`);
  }
  return parts.join("; ");
}

/** A finding by rule, severity and place; its message is left out (the rule names what it means). */
export function findingStatement(f: Finding): string {
  const flags = [f.severity, ...(f.blocking ? ["blocking"] : []), ...(f.suppressed ? [`suppressed by ${f.suppressed.by}`] : [])];
  return `finding: ${f.rule} (${flags.join(", ")})${f.file ? ` at ${f.file}${f.line ? `:${f.line}` : ""}` : ""}`;
}
