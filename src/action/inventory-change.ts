import { loadCatalog } from "../catalog/load.js";
import { diffInventories } from "../inventory/diff.js";
import { parseInventory } from "../inventory/load.js";
import type { Inventory } from "../inventory/types.js";
import type { InventoryChange } from "../report/context.js";

/**
 * What changed in the inventory, in words, for reviewers (the inventory
 * engine's diffInventories on the base and head files). Loosenings are marked;
 * a side that does not parse is said so rather than failing the run (the head
 * file's own errors already fail the scan).
 */
export function describeInventoryChange(change: InventoryChange): string[] {
  const catalog = loadCatalog();
  const problems: string[] = [];
  const parse = (text: string, side: string): Inventory | undefined => {
    if (text.trim() === "") return undefined;
    try {
      return parseInventory(text, { file: `${change.path} (${side})`, reportFile: change.path, catalog });
    } catch (err) {
      problems.push(`The ${side} inventory could not be read: ${(err as Error).message.split("\n")[0]}`);
      return undefined;
    }
  };
  const diff = diffInventories(parse(change.base, "base"), parse(change.head, "head"));
  const lines = diff.changes.map((c) => `${c.loosened ? "⚠️ loosened — " : ""}${c.message}`);
  if (diff.loosened) lines.unshift("**This change loosens the inventory: a compliance reviewer should approve it.**");
  return [...problems, ...lines];
}
