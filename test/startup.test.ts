// What every run (and every scan worker) pays before it reads a file: modules a
// scan without a changed schema never uses must not run at start-up.
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { loadAjv, loadStandalone } from "../src/ajv-lazy.cjs";

/** An entry point bundled as scripts/build.mjs bundles it (in one file: chunks aside, the same top-level code). */
async function bundled(entry: string): Promise<string> {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: "esm", platform: "node", target: "node20", logLevel: "silent" });
  return out.outputFiles[0]!.text;
}

describe("start-up", () => {
  it("ajv's module code runs only when a schema is compiled, not when the catalog or inventory modules load", async () => {
    for (const entry of ["src/catalog/load.ts", "src/inventory/schema.ts", "src/scan/worker.ts"]) {
      const code = await bundled(entry);
      // A top-level `var import_ajv = __toESM(require_ajv())` is what an ESM import of ajv becomes.
      expect(code, entry).not.toMatch(/^var \w+ = (?:__toESM\()?require_(?:ajv|standalone)\d*\(\)/m);
      expect(code, entry).toContain("exports.loadAjv = () => require_ajv()");
    }
  });

  it("the lazy loader gives ajv itself", async () => {
    const ajv = await import("ajv");
    expect(loadAjv().Ajv).toBe(ajv.Ajv);
    expect(typeof loadStandalone().default).toBe("function");
  });
});
