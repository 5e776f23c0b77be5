import { access } from "node:fs/promises";
import { isAbsolute, join, relative, resolve as resolvePath, sep } from "node:path";
import type { Catalog } from "./catalog/compile.js";
import { extendCatalog } from "./catalog/extend.js";
import { loadCatalog } from "./catalog/load.js";
import type { Mention } from "./detect/analyze.js";
import { discover, discoverOnly, type DiscoverOptions } from "./discover/walk.js";
import { gitHead } from "./discover/git-head.js";
import { DEFAULT_BASELINE, readBaseline } from "./evaluate/baseline.js";
import { evaluate, type Baseline } from "./evaluate/rules.js";
import type { SuppressionMarker } from "./evaluate/suppress.js";
import { findInventory } from "./inventory/find.js";
import { loadInventory } from "./inventory/load.js";
import { mergeInventories } from "./inventory/merge.js";
import type { Inventory } from "./inventory/types.js";
import { packageVersion } from "./package-root.js";
import { resolve } from "./resolve/resolve.js";
import { scanFiles } from "./scan-files.js";
import type { Diagnostic, Evidence, ScanReport } from "./types.js";

export interface ScanOptions extends DiscoverOptions {
  catalog?: Catalog;
  /**
   * Accepted and unused: files are read synchronously one after another (faster
   * than concurrent promise reads); kept for callers and for a worker pool.
   */
  concurrency?: number;
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
   */
  only?: string[];
  /** "Today" for review dates and exception expiry (tests pin it). */
  now?: Date;
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
    exclude: [...(options.exclude ?? []), ...(inventory?.policy.ignore ?? [])],
    ownInputs: [...(options.ownInputs ?? []), ...own],
  };
  const found = options.only ? await discoverOnly(abs, options.only, discoverOptions) : await discover(abs, discoverOptions);
  const skipped = { ...found.skipped };
  const diagnostics: Diagnostic[] = [...found.diagnostics];
  let bytes = 0;
  const markers: SuppressionMarker[] = [];
  const evidence: Evidence[] = [];
  const mentions: Mention[] = [];
  let scanned = 0;
  // In file order, so the report is the same however the work was split.
  for (const o of await scanFiles(abs, found.files, catalog)) {
    bytes += o.bytes;
    if (o.skip) skipped[o.skip] = (skipped[o.skip] ?? 0) + 1;
    if (o.diagnostic) diagnostics.push(o.diagnostic);
    if (o.markers) markers.push(...o.markers);
    const r = o.result;
    if (!r) continue;
    if (r.skipped) {
      skipped[r.skipped] = (skipped[r.skipped] ?? 0) + 1;
      continue;
    }
    scanned++;
    evidence.push(...r.evidence);
    mentions.push(...r.mentions);
    diagnostics.push(...r.diagnostics);
  }

  const { vendors, frameworks } = resolve(evidence, mentions, catalog);
  const evaluation = evaluate({
    vendors,
    inventory,
    now: options.now ?? new Date(),
    mentions,
    markers: markers.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    baseline,
    knownVendors: catalog.vendors.keys(),
  });
  for (const w of inventory?.warnings ?? []) diagnostics.push({ file: inventory!.path, message: w });

  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.message.localeCompare(b.message));
  const sortedSkips = Object.fromEntries(Object.entries(skipped).sort(([a], [b]) => a.localeCompare(b)));
  return {
    schemaVersion: 1,
    tool: { name: "shadow-ai", version: packageVersion(), catalogVersion: catalog.version },
    target: { root: options.displayRoot ?? root, commit: await gitHead(abs) },
    inventory: { path: inventory ? (insideRoot(abs, inventoryFiles.at(-1)!) ?? displayPath(inventoryFiles.at(-1)!)) : null },
    stats: {
      files: scanned,
      bytes,
      skipped: Object.values(skipped).reduce((a, b) => a + b, 0),
      durationMs: Math.round(performance.now() - started),
      skippedBy: sortedSkips,
    },
    vendors: evaluation.vendors,
    frameworks,
    findings: evaluation.findings,
    diagnostics,
  };
}
