import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { loadCatalog } from "../catalog/load.js";
import { parseInventory } from "../inventory/load.js";
import type { DeclaredVendor, Inventory } from "../inventory/types.js";
import type { ScanReport } from "../types.js";

/** An inventory's vendor entries as plain data (what the org report and the writers carry). */
export function declaredOf(inventory: Pick<Inventory, "vendors"> | undefined): Record<string, DeclaredVendor> | undefined {
  return inventory ? Object.fromEntries(inventory.vendors) : undefined;
}

/**
 * What a ScanReport alone does not carry and some writers show (data classes,
 * residency; catalog hosts and websites): read back for an entry point. The
 * report names its inventory relative to the scanned root when inside it, else
 * as given; an unreadable or invalid file gives no declarations, not an error
 * (the scan already reported on it).
 */
export function reportContext(report: ScanReport): {
  declared?: Record<string, DeclaredVendor>;
  spec: (id: string) => ReturnType<ReturnType<typeof loadCatalog>["vendors"]["get"]>;
} {
  const catalog = loadCatalog();
  const spec = (id: string) => catalog.vendors.get(id);
  const path = report.inventory.path;
  if (!path) return { spec };
  const candidates = isAbsolute(path) ? [path] : [join(report.target.root, path), path];
  const file = candidates.find((p) => existsSync(p));
  if (!file) return { spec };
  try {
    const inv = parseInventory(readFileSync(file, "utf8"), { file, catalog });
    return { declared: declaredOf(inv), spec };
  } catch {
    return { spec };
  }
}
