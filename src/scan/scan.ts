import { access } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { isAbsolute, join, relative, resolve as resolvePath, sep } from "node:path";
import { assembleReport } from "./assemble.js";
import type { Catalog } from "../catalog/compile.js";
import { extendCatalog } from "../catalog/extend.js";
import { loadCatalog } from "../catalog/load.js";
import { DEFAULT_MAX_FILE_SIZE, discover, discoverOnly, type DiscoverOptions } from "../discover/walk.js";
import { gitHead } from "../discover/git-head.js";
import { DEFAULT_BASELINE, readBaseline } from "../evaluate/baseline.js";
import type { Baseline } from "../evaluate/rules.js";
import { findInventory } from "../inventory/find.js";
import { loadInventory } from "../inventory/load.js";
import { mergeInventories } from "../inventory/merge.js";
import type { Inventory } from "../inventory/types.js";
import { toolCommits } from "../history/tool-commits.js";
import { scanFiles, type FileOutcome } from "./files.js";
import { bootFrom, startPool, workerCount, type Pool } from "./pool.js";
import { withModuleFiles } from "./only.js";
import type { ScanReport, ScannedFile } from "../types.js";

export interface ScanOptions extends DiscoverOptions {
  catalog?: Catalog;
  /** Shown as target.root in the report (defaults to the path as given). */
  displayRoot?: string;
  /**
   * The repository inventory file (a path; relative paths from the working
   * directory). Undefined: the first of .github/ai-vendors.yml,
   * .github/ai-vendors.yaml, ai-vendors.yml under the root.
   */
  inventory?: string;
  /** Use no repository inventory even if one exists (init does). */
  noInventory?: boolean;
  /**
   * An organisation inventory the repository's refines. Precedence: built-in
   * catalog < organisation inventory < repository inventory (see
   * src/inventory/merge.ts: the repository may narrow a status, never widen it).
   */
  orgInventory?: string;
  /** A baseline file. Undefined: .github/shadow-ai-baseline.json under the root if it exists. */
  baseline?: string;
  /** Apply no baseline even if the default one exists (baseline writing does). */
  noBaseline?: boolean;
  /**
   * Scan only these files (root-relative, `/`), with the walk's rules applied to
   * each, instead of walking the tree: a pull request's changed files cost what
   * they are, whatever the repository's size. Paths that do not exist are left out.
   * A Terraform file brings the other files of its module (folder) along: its
   * region and provider are set there.
   */
  only?: string[];
  /**
   * The root holds only some of the repository's files (a pull request's changed
   * files copied out as data): like `only`, rules that need the whole repository
   * (unused-declaration) do not run, and the report says `target.partial`.
   */
  partial?: boolean;
  /** "Today" for review dates and exception expiry (tests pin it). */
  now?: Date;
  /**
   * Read the local git history of this window (90d, 12w, 6m, 1y) for commits AI
   * tools made or co-authored (tools[].evidence kind "commit"). Off by default.
   */
  history?: string;
}

/** How a path is named in messages: relative to the working directory when inside it. */
function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : abs;
}

/** Root-relative with `/`, or undefined when `abs` lies outside `root`. */
function insideRoot(root: string, abs: string): string | undefined {
  const rel = relative(root, abs);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : undefined;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Org inventory, then the repository's, merged (either may be absent). */
async function loadInventories(abs: string, options: ScanOptions, catalog: Catalog): Promise<{ inventory?: Inventory; files: string[] }> {
  const files: string[] = [];
  const load = (file: string, knownIds?: Iterable<string>) => {
    files.push(file);
    const inside = insideRoot(abs, file);
    return loadInventory(file, { file: displayPath(file), reportFile: inside ?? displayPath(file), catalog, knownIds });
  };
  const org = options.orgInventory ? await load(resolvePath(options.orgInventory)) : undefined;
  let repoFile: string | undefined;
  if (options.inventory) repoFile = resolvePath(options.inventory);
  else if (!options.noInventory) {
    const found = await findInventory(abs);
    if (found) repoFile = join(abs, found);
  }
  const repo = repoFile ? await load(repoFile, org?.customVendors.keys()) : undefined;
  return { inventory: org && repo ? mergeInventories(org, repo) : (repo ?? org), files };
}

/** discover → detect → resolve → evaluate, for one directory tree. */
export async function scan(root: string, options: ScanOptions = {}): Promise<ScanReport> {
  const started = performance.now();
  const abs = resolvePath(root);
  const base = options.catalog ?? loadCatalog();
  const { inventory, files: inventoryFiles } = await loadInventories(abs, options, base);
  // custom-vendors: a new catalog for this scan; the cached built-in one is not touched.
  const catalog = inventory ? extendCatalog(base, inventory.customVendors) : base;
  let baseline: Baseline | undefined;
  let baselineFile: string | undefined;
  if (options.baseline) baselineFile = resolvePath(options.baseline);
  else if (!options.noBaseline && (await exists(join(abs, DEFAULT_BASELINE)))) baselineFile = join(abs, DEFAULT_BASELINE);
  if (baselineFile) baseline = await readBaseline(baselineFile, insideRoot(abs, baselineFile) ?? displayPath(baselineFile));

  const own = [...inventoryFiles, ...(baselineFile ? [baselineFile] : [])].flatMap((f) => insideRoot(abs, f) ?? []);
  const discoverOptions = {
    ...options,
    notice: (path: string) => catalog.tools.matchPath(path).length > 0,
    exclude: [...(options.exclude ?? []), ...(inventory?.policy.ignore ?? [])],
    ownInputs: [...(options.ownInputs ?? []), ...own],
  };
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // Workers rebuild the built-in catalog: a given or extended one stays on this
  // thread. They start as soon as the walk shows a big tree, so their start-up
  // overlaps the rest of the walk, and scan its batches while it goes on.
  const poolable = !options.only && !options.catalog && catalog === base;
  let pool: Pool | undefined;
  const startWorkers = () => (pool ??= startPool(abs, maxSize, workerCount(Infinity)));
  const boot = bootFrom();
  const onListed = (files: readonly ScannedFile[]) => {
    if (files.length === boot) startWorkers();
    pool?.listed(files);
  };
  let outcomes: FileOutcome[];
  let found: Awaited<ReturnType<typeof discover>>;
  let history: Awaited<ReturnType<typeof toolCommits>> | undefined;
  try {
    // The whole walk leaves the size cap to the read (one lstat less per file).
    found = options.only
      ? await discoverOnly(abs, withModuleFiles(abs, options.only), discoverOptions)
      : await discover(abs, { ...discoverOptions, sizeAtRead: true, ...(poolable ? { onListed } : {}) });
    history = options.history ? await toolCommits(abs, options.history, options.now ?? new Date(), catalog) : undefined;
    // SHADOW_AI_WORKERS may force a pool on a small tree; workers the walk booted
    // for a tree that turned out below the threshold stop unused.
    if (poolable && workerCount(found.files.length) > 0) startWorkers();
    else if (pool) {
      pool.close();
      pool = undefined;
    }
    outcomes = pool ? await pool.scan(found.files, catalog) : await scanFiles(abs, found.files, catalog, maxSize);
  } finally {
    pool?.close();
  }
  return assembleReport({
    outcomes,
    catalog,
    skipped: { ...found.skipped },
    diagnostics: [...found.diagnostics, ...(history?.diagnostics ?? [])],
    inventory,
    inventoryPath: inventory ? (insideRoot(abs, inventoryFiles.at(-1)!) ?? displayPath(inventoryFiles.at(-1)!)) : null,
    inventoryExternal: Object.fromEntries(inventoryFiles.filter((f) => insideRoot(abs, f) === undefined).map((f) => [displayPath(f), pathToFileURL(f).href])),
    baseline,
    now: options.now ?? new Date(),
    target: { root: options.displayRoot ?? root, commit: await gitHead(abs) },
    started,
    partial: options.partial || options.only !== undefined,
    toolPaths: found.noticed,
    toolHistory: history?.hits,
  });
}
