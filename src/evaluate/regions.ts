import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { packageRoot } from "../package-root.js";
import { BUILTIN_REGIONS } from "./builtin-regions.js";

/** rules/regions.yml: cloud regions → geography, and each geography's wider areas. */
export interface RegionTable {
  regions: Record<string, string>;
  geographies: Record<string, string[]>;
}

let cached: RegionTable | undefined;

export function loadRegions(): RegionTable {
  if (!cached) {
    const text = readFileSync(join(packageRoot(), "rules", "regions.yml"), "utf8");
    cached = (BUILTIN_REGIONS?.text === text ? BUILTIN_REGIONS.table : parse(text)) as RegionTable;
  }
  return cached;
}

/**
 * Everything a region lies in: itself, its geography and that geography's wider
 * areas (`eu-west-2` → eu-west-2, uk, europe). Undefined when the region is in
 * no table (its geography is unknown).
 */
export function placesOf(region: string, table: RegionTable): string[] | undefined {
  const r = region.toLowerCase();
  const geo = table.regions[r] ?? (r in table.geographies ? r : undefined);
  if (!geo) return undefined;
  return [...new Set([r, geo, ...(table.geographies[geo] ?? [])])];
}

/** Whether processing in `region` stays inside the declared residency list. */
export function withinResidency(region: string, residency: string[], table: RegionTable): boolean {
  const allowed = new Set(residency.map((x) => x.toLowerCase()));
  if (allowed.has(region.toLowerCase())) return true;
  return (placesOf(region, table) ?? []).some((p) => allowed.has(p));
}
