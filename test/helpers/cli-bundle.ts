// The CLI bundled for an end-to-end test, into a private folder so that a
// concurrent build of dist/ (another test, a developer) cannot race it. Same
// esbuild settings as scripts/build.mjs, without the build-time embedding (the
// bundle then reads rules/ and the schemas at run time, as tests want).
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { build, type Plugin } from "esbuild";

export const REPO = process.cwd();

/**
 * Builds `src/cli.ts` into .tmp/<name>-<pid>/ (or under `base`) and
 * returns the folder; `remove()` cleans it. The bundle finds rules/ and schema/ by
 * walking up from itself, so it lives inside this checkout: under node_modules, a
 * symbolic link to a shared install, it read another checkout's.
 */
export async function bundleCli(
  name: string,
  base = join(REPO, ".tmp"),
  options: { embedCatalog?: boolean } = {},
): Promise<{ dir: string; cli: string; remove: () => Promise<void> }> {
  const dir = join(base, `${name}-${process.pid}`);
  // As scripts/build.mjs does: the catalog parsed and checked once, here, not at every run.
  const catalog = options.embedCatalog ? JSON.stringify((await import("../../src/catalog/load.js")).prebuiltCatalog(join(REPO, "rules"))) : undefined;
  const embed: Plugin = {
    name: "embed-catalog",
    setup(b) {
      if (catalog) b.onLoad({ filter: /[\\/]src[\\/]catalog[\\/]builtin\.ts$/ }, () => ({ contents: `export const BUILTIN = JSON.parse(${JSON.stringify(catalog)});`, loader: "js" }));
    },
  };
  await build({
    plugins: [embed],
    // The scan worker beside the CLI, as in dist/ (src/scan/pool.ts looks for it there).
    entryPoints: { cli: "src/cli.ts", "scan-worker": "src/scan/worker-entry.ts" },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "silent",
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);",
    },
  });
  return { dir, cli: join(dir, "cli.js"), remove: () => rm(dir, { recursive: true, force: true }) };
}
