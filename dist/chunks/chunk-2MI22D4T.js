import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  parseInventory
} from "./chunk-TVG7CJUS.js";
import {
  loadCatalog
} from "./chunk-2YU2PO3X.js";

// src/org/declarations.ts
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
function declaredOf(inventory) {
  return inventory ? Object.fromEntries(inventory.vendors) : void 0;
}
function reportContext(report) {
  const catalog = loadCatalog();
  const spec = (id) => catalog.vendors.get(id);
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

export {
  declaredOf,
  reportContext
};
