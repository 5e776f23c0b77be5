import { access } from "node:fs/promises";
import { join } from "node:path";

/** Where an inventory is looked for, in order, relative to the scanned root. */
export const INVENTORY_LOCATIONS = [".github/ai-vendors.yml", ".github/ai-vendors.yaml", "ai-vendors.yml"];

/** The first default location that exists under `root` (root-relative), or undefined. */
export async function findInventory(root: string): Promise<string | undefined> {
  for (const rel of INVENTORY_LOCATIONS) {
    try {
      await access(join(root, rel));
      return rel;
    } catch {
      // next
    }
  }
  return undefined;
}
