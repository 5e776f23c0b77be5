import type { VendorSpec } from "../catalog/types.js";
import type { VendorUsage } from "../types.js";

/**
 * The hosts a vendor is reached at: those the code names (evidence), else the
 * catalog's first API host with `<region>` filled from the regions found. A
 * host still holding a placeholder (`<resource>.openai.azure.com`) is kept as
 * the pattern: it says where the data goes even if not exactly.
 */
export function vendorHosts(v: Pick<VendorUsage, "evidence" | "regions">, spec: VendorSpec | undefined): string[] {
  const named = [...new Set(v.evidence.flatMap((e) => (e.host && !e.transitive ? [e.host.toLowerCase()] : [])))].sort();
  if (named.length > 0) return named;
  const first = spec?.hosts?.[0];
  if (!first) return [];
  const host = typeof first === "string" ? first : first.host;
  if (host.includes("<region>") && v.regions.length > 0) return v.regions.map((r) => host.replace("<region>", r)).sort();
  return [host];
}

/** Whether a host is concrete (no `<placeholder>` left in it). */
export function isConcreteHost(host: string): boolean {
  return /^[a-z0-9.-]+(:\d+)?$/i.test(host);
}
