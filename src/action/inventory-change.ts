import type { InventoryChange } from "../report/context.js";

/**
 * What changed in the inventory, in words, for reviewers: the inventory engine's
 * diffInventories(base, head) when it is available; otherwise nothing here and
 * the summary shows the file's diff alone.
 * TODO(issue 4): call diffInventories once src/inventory exports it.
 */
export async function describeInventoryChange(change: InventoryChange): Promise<string[] | undefined> {
  void change;
  return undefined;
}
