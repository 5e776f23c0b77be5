// What every run (and every scan worker) pays before it reads a file: modules a
// scan without a changed schema never uses must not run at start-up.
import { spawnSync } from "node:child_process";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { loadAjv, loadStandalone } from "../src/ajv-lazy.cjs";
import { tieringFlag } from "../src/jit-tuning.js";

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

  it("a scan worker turns the compile cache on before it loads the scanner (a worker is its own Node instance)", async () => {
    const out = await build({ entryPoints: ["src/scan/worker-entry.ts"], bundle: true, splitting: true, outdir: "out", write: false, format: "esm", platform: "node", target: "node20", logLevel: "silent" });
    const entry = out.outputFiles.find((f) => /[\\/]worker-entry\.js$/.test(f.path))!.text;
    const enable = entry.indexOf("enableCompileCache();");
    const load = entry.search(/await import\("\.\/worker-\w+\.js"\)/);
    expect(enable).toBeGreaterThan(0);
    expect(load).toBeGreaterThan(enable);
    // Nothing of the scanner is a static import of the entry: it would load before the cache is on.
    expect(entry).not.toMatch(/scanFiles|loadCatalog/);
  });

  it("tunes V8's tiering only on the versions it was measured on, with a flag that V8 has", () => {
    expect(tieringFlag("11.3.244.8-node.38")).toBe("--interrupt-budget=540000");
    expect(tieringFlag("11.8.172.17-node.15")).toBe("--interrupt-budget=540000");
    expect(tieringFlag("13.6.233.17-node.63")).toBeUndefined();
    expect(tieringFlag("12.4.254.21-node.57")).toBeUndefined();
    expect(tieringFlag("15.0.1")).toBeUndefined();
    // An unknown flag is an error line on stderr: this Node's V8 must know the one it gets.
    const flag = tieringFlag(process.versions.v8);
    if (flag) expect(spawnSync(process.execPath, ["--v8-options"], { encoding: "utf8" }).stdout).toContain(`  ${flag.split("=")[0]} (`);
  });

  it("the CLI and the action set the tiering flag before their commands load", async () => {
    for (const entry of ["src/cli.ts", "src/index.ts"]) {
      const out = await build({ entryPoints: [entry], bundle: true, splitting: true, outdir: "out", write: false, format: "esm", platform: "node", target: "node20", logLevel: "silent" });
      const code = out.outputFiles.find((f) => /[\\/](cli|index)\.js$/.test(f.path))!.text;
      const tune = code.indexOf("tuneJit();");
      expect(tune, entry).toBeGreaterThan(0);
      expect(code.search(/await import\("\.\/[\w-]+\.js"\)/), entry).toBeGreaterThan(tune);
    }
  });

  it("the lazy loader gives ajv itself", async () => {
    const ajv = await import("ajv");
    expect(loadAjv().Ajv).toBe(ajv.Ajv);
    expect(typeof loadStandalone().default).toBe("function");
  });
});
