import { join } from "node:path";
import { findInventory } from "../../src/inventory/find.js";
import { scan } from "../../src/scan/scan.js";
import type { ScanReport } from "../../src/types.js";

export const ORG_FIXTURES = join(import.meta.dirname, "../../fixtures/org");
export const ACME = join(ORG_FIXTURES, "acme");
export const CENTRAL_INVENTORY = join(ORG_FIXTURES, "inventory.yml");
export const REPOS = ["api", "docs-site", "ml", "web"];
export const NOW = new Date("2026-10-01T00:00:00Z");

/** A fixture repository scanned from disk the way `scan` does it, with the org scan's inventory choice. */
export async function scanFixture(name: string): Promise<ScanReport> {
  const root = join(ACME, name);
  const own = await findInventory(root);
  const report = await scan(root, { displayRoot: `acme/${name}`, inventory: own ? undefined : CENTRAL_INVENTORY, now: NOW });
  return { ...report, stats: { ...report.stats, durationMs: 0 } };
}
