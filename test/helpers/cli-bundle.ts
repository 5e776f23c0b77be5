// The CLI bundled for an end-to-end test, into a private folder so that a
// concurrent build of dist/ (another test, a developer) cannot race it. Same
// esbuild settings as scripts/build.mjs, without the build-time embedding (the
// bundle then reads rules/ and the schemas at run time, as tests want).
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { build, type Plugin } from "esbuild";
import { prebuiltCatalog } from "../../src/catalog/load.js";

export const REPO = process.cwd();

/**
 * Embeds the built-in catalog as dist/ does: each run of the CLI then skips
 * parsing rules/ and the load-time ReDoS timing check, which a loaded machine
 * can push past its budget (one check here instead of one per CLI run).
 */
function prebuiltPlugin(): Plugin {
  const catalog = JSON.stringify(prebuiltCatalog(join(REPO, "rules")));
  return {
    name: "prebuilt-catalog",
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]catalog[\\/]builtin\.ts$/ }, () => ({ contents: `export const BUILTIN = JSON.parse(${JSON.stringify(catalog)});`, loader: "js" }));
    },
  };
}

/** Builds `src/cli.ts` into node_modules/.cache/<name>-<pid>/ and returns the folder; `remove()` cleans it. */
export async function bundleCli(name: string, options: { prebuilt?: boolean } = {}): Promise<{ dir: string; cli: string; remove: () => Promise<void> }> {
  const dir = join(REPO, "node_modules", ".cache", `${name}-${process.pid}`);
  await build({
    plugins: options.prebuilt ? [prebuiltPlugin()] : [],
    entryPoints: { cli: "src/cli.ts" },
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
