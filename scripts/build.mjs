// Bundles the two entry points into dist/. The parser (typescript-estree, which
// drags in TypeScript) is split into its own chunk so a scan that never needs it
// never loads it. Output must be byte-identical for the same source: CI diffs it.
import { build } from "esbuild";
import { mkdir, readFile, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writePrefilterModule } from "./build-wasm.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * What is computed now rather than on every run, by the same code the scanner
 * runs (bundled on the fly): the built-in catalog parsed and validated
 * (src/catalog/builtin.ts) and the inventory schema's validator compiled to code
 * (src/inventory/schema-validator.ts); rules/regions.yml parsed (src/evaluate/builtin-regions.ts).
 */
async function prebuilt() {
  const outfile = `${root}.tmp/build-catalog-${process.pid}.mjs`;
  await mkdir(`${root}.tmp`, { recursive: true });
  await build({
    stdin: {
      contents: 'export { prebuiltCatalog } from "./src/catalog/load.ts"; export { inventoryValidatorModule } from "./src/inventory/schema.ts"; export { parse as parseYaml } from "yaml";',
      resolveDir: root,
      loader: "ts",
    },
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    logLevel: "warning",
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  try {
    const m = await import(pathToFileURL(outfile).href);
    const regionsText = await readFile(`${root}rules/regions.yml`, "utf8");
    return {
      catalog: JSON.stringify(m.prebuiltCatalog(`${root}rules`)),
      validator: m.inventoryValidatorModule(),
      regions: JSON.stringify({ text: regionsText, table: m.parseYaml(regionsText) }),
    };
  } finally {
    await rm(outfile, { force: true });
  }
}

// The prefilter's WebAssembly module, assembled from its .wat (committed too: tests read it).
await writePrefilterModule();

const { catalog, validator, regions } = await prebuilt();
const embed = {
  name: "prebuilt",
  setup(b) {
    // JSON.parse of one string literal loads faster than the same object literal.
    b.onLoad({ filter: /[\\/]src[\\/]catalog[\\/]builtin\.ts$/ }, () => ({
      contents: `export const BUILTIN = JSON.parse(${JSON.stringify(catalog)});`,
      loader: "js",
    }));
    b.onLoad({ filter: /[\\/]src[\\/]evaluate[\\/]builtin-regions\.ts$/ }, () => ({
      contents: `export const BUILTIN_REGIONS = JSON.parse(${JSON.stringify(regions)});`,
      loader: "js",
    }));
    b.onLoad({ filter: /[\\/]src[\\/]inventory[\\/]schema-validator\.ts$/ }, (args) => ({
      contents: validator,
      loader: "js",
      resolveDir: dirname(args.path),
    }));
  },
};

await rm(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  plugins: [embed],
  entryPoints: { cli: "src/cli.ts", index: "src/index.ts", "scan-worker": "src/scan/worker-entry.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "none",
  logLevel: "warning",
  // Loaded lazily by `evidence --format pdf` from an installed playwright-core
  // (an optional peer dependency, so `npx shadow-ai` does not fetch it):
  // bundling it would put a browser driver in every chunk graph. Nothing else is
  // external, so the package has no runtime dependencies (test/package/pack.test.ts).
  external: ["playwright-core"],
  // CommonJS dependencies (TypeScript among them) call require() and read
  // __filename/__dirname; an ESM bundle has none of the three, so give it them.
  banner: {
    js: [
      "import { createRequire as __cr } from 'node:module';",
      "import { fileURLToPath as __fu } from 'node:url';",
      "import { dirname as __dn } from 'node:path';",
      "const require = __cr(import.meta.url);",
      "const __filename = __fu(import.meta.url);",
      "const __dirname = __dn(__filename);",
    ].join(" "),
  },
});
