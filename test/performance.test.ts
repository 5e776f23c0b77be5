// The optimised paths must give what the straightforward ones give.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog, prebuiltCatalog, readCatalogSource } from "../src/catalog/load.js";
import { packageRoot } from "../src/package-root.js";

const rules = join(packageRoot(), "rules");

describe("performance paths", () => {
  it("the build-time catalog is the rules folder parsed and validated, with the same version", () => {
    const pre = prebuiltCatalog(rules);
    expect(pre.source).toEqual(readCatalogSource(rules));
    expect(pre.version).toBe(loadCatalog(rules).version);
    expect(pre.digest).toMatch(/^[0-9a-f]{64}$/);
  });
});
