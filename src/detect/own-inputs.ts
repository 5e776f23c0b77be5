// The scanner never reports its own inputs: an inventory or a catalog entry of
// its own format names vendors on purpose, and is no evidence that code uses them.

const CATALOG_ENTRY = /^id:\s*[a-z0-9-]+\s*$/m;
const CATALOG_FIELDS = /^(?:sources|packages|hosts|env|keys|providers):/m;
const INVENTORY = /^version:\s*\d+\s*$/m;
const INVENTORY_VENDORS = /^(?:vendors|custom-vendors):\s*$/m;

export function isOwnInput(path: string, text: string): boolean {
  if (!/\.ya?ml$/i.test(path)) return false;
  if (CATALOG_ENTRY.test(text) && CATALOG_FIELDS.test(text) && /^name:/m.test(text)) return true;
  return INVENTORY.test(text) && INVENTORY_VENDORS.test(text) && /ai-vendors/i.test(path);
}
