// The built-in catalog, parsed and validated when the bundle is built:
// scripts/build.mjs replaces this module in dist/ with `prebuiltCatalog(rules/)`.
// From src/ (the tests) there is none, so rules/ is parsed and validated at load.
// loadCatalog uses it only when the rule files on disk have the digest it was built from.
import type { CatalogSource } from "./types.js";

export interface BuiltinCatalog {
  /** sha256 over every rule file's folder, name and text. */
  digest: string;
  version: string;
  source: CatalogSource;
  /** The compiled catalog's prefilter pattern (its trie costs ~20 ms at every start). */
  prefilter: string;
}

export const BUILTIN: BuiltinCatalog | undefined = undefined;
