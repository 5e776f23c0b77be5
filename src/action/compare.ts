import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import type { ScanOptions } from "../scan/scan.js";
import type { ScanReport } from "../types.js";
import type { ChangeSet, Reader } from "./changes.js";
import type { Comparison, InventoryChange } from "../report/context.js";
import type { DiffScan, Scope } from "./inputs.js";
import { fullScanReason, headMustBeWhole } from "./changed-scan.js";
import { withModuleFiles } from "../scan/only.js";
import { baseVendorIds, identitiesDiffer, judge } from "./introduced.js";

/** scan() as the action calls it. */
export type ScanFn = (root: string, options: ScanOptions) => Promise<ScanReport>;

/**
 * Scan options naming the inventory file (`inventory`) or none at all
 * (`noInventory`), as scan() reads them.
 */
export function inventoryOptions(options: ScanOptions, inventory: string | null): ScanOptions {
  return Object.assign({}, options, inventory === null ? { noInventory: true } : { inventory }) as ScanOptions;
}

/** Where the scanner looks for the inventory when no path is given. */
export const INVENTORY_CANDIDATES = [".github/ai-vendors.yml", ".github/ai-vendors.yaml", "ai-vendors.yml", "ai-vendors.yaml"];
const IGNORE_FILES = [".gitignore", ".shadowaiignore"];
/** Other files that change findings without being scanned: the baseline of accepted fingerprints. */
const POLICY_FILES = [".github/shadow-ai-baseline.json"];

/** A safe relative path: no absolute paths or `..` segments from API data. */
function safe(path: string): boolean {
  const norm = posix.normalize(path);
  return !posix.isAbsolute(norm) && !norm.startsWith("../") && norm !== ".." && norm !== ".";
}

/** Writes the files `read` returns for `paths` under a new temporary directory. */
async function materialize(paths: Iterable<string>, read: Reader): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "shadow-ai-"));
  const wanted = [...new Set(paths)].filter(safe);
  const known = read.many ? await read.many(wanted) : undefined;
  for (const p of wanted) {
    const bytes = known ? known.get(p) : await read(p);
    if (bytes === undefined) continue;
    await mkdir(dirname(join(dir, p)), { recursive: true });
    await writeFile(join(dir, p), bytes);
  }
  return dir;
}

/** Ignore files that govern `paths`: each ancestor folder's .gitignore / .shadowaiignore. */
function ignoreFilesFor(paths: string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    let dir = posix.dirname(p);
    for (;;) {
      for (const name of IGNORE_FILES) out.add(dir === "." ? name : `${dir}/${name}`);
      if (dir === ".") break;
      dir = posix.dirname(dir);
    }
  }
  return [...out];
}

export interface CompareOptions {
  scan: ScanFn;
  scanOptions: ScanOptions;
  workspace: string;
  /** The inventory input ("" = the scanner's default lookup). */
  inventory: string;
  /** false for pull_request_target: the head is read as data into a temp folder. */
  headInWorkspace: boolean;
  event: string;
  /** `all`: findings anywhere block, so the whole head is scanned. Default: introduced. */
  scope?: Scope;
  /** `full`: always scan the whole head. Default: changed (the changed files, when that is exact). */
  diffScan?: DiffScan;
}

/**
 * Scans the head and the base versions of the changed files (renamed files
 * under their base names), and marks each head finding `introduced` when the base
 * has no finding with its identity (introduced.ts). A file the change does not
 * touch is identical on both sides, so its findings are the base's too (read
 * under the base's inventory when the inventory changed). Only the changed files
 * are scanned when both sides of them hold the same identities: then nothing is
 * introduced or resolved, whatever the rest of the repository holds.
 */
export async function compare(set: ChangeSet, opts: CompareOptions): Promise<{ report: ScanReport; comparison: Comparison }> {
  const notes = [...set.notes];
  const files = set.changes.files;
  const inventoryPaths = opts.inventory ? [opts.inventory] : INVENTORY_CANDIDATES;
  const touchedHead = files.filter((f) => f.status !== "deleted").map((f) => f.path);
  const touchedBase = files.filter((f) => f.status !== "added").map((f) => f.oldPath ?? f.path);
  const temps: string[] = [];
  try {
    // The head: the checkout (its changed files when that is exact, else all of
    // it), or (pull_request_target) the changed files read as data.
    let report: ScanReport;
    let wholeHead = false;
    // A changed Terraform file is read with its module's other files, on both sides.
    const context = opts.headInWorkspace ? withModuleFiles(opts.workspace, touchedHead).slice(touchedHead.length) : [];
    const fullFirst = opts.headInWorkspace
      ? fullScanReason({
          files,
          truncated: set.changes.truncated,
          repositoryWide: [...inventoryPaths, ...POLICY_FILES],
          scope: opts.scope ?? "introduced",
          diffScan: opts.diffScan ?? "changed",
        })
      : undefined;
    const scanWholeHead = (why: string) => {
      wholeHead = true;
      notes.push(`Scanned the whole checkout: ${why}.`);
      return opts.scan(opts.workspace, withInventory(opts, opts.workspace));
    };
    if (opts.headInWorkspace) {
      report = fullFirst !== undefined ? await scanWholeHead(fullFirst) : await opts.scan(opts.workspace, { ...withInventory(opts, opts.workspace), only: [...touchedHead, ...context] });
    } else {
      const dir = await materialize([...touchedHead, ...inventoryPaths, ...POLICY_FILES, ...ignoreFilesFor(touchedHead)], set.readHead);
      temps.push(dir);
      report = await opts.scan(dir, { ...withInventory(opts, dir), partial: true });
      notes.push(`pull_request_target: scanned only the ${touchedHead.length} file(s) the pull request changes, read as data; the rest of the repository is the base branch, so a finding counts as introduced unless one of those files had it on the base, and resolved findings are not listed.`);
    }

    const baseDir = await materialize([...touchedBase, ...context, ...inventoryPaths, ...POLICY_FILES, ...ignoreFilesFor(touchedBase)], set.readBase);
    temps.push(baseDir);
    const baseReport = await opts.scan(baseDir, { ...withInventory(opts, baseDir), partial: true });

    if (opts.headInWorkspace && !wholeHead) {
      const why =
        headMustBeWhole(report, baseReport, new Set(files.flatMap((f) => (f.oldPath ? [f.path, f.oldPath] : [f.path])))) ?? identitiesDiffer(report, baseReport);
      if (why !== undefined) report = await scanWholeHead(why);
      else {
        notes.push(
          `Scanned the ${touchedHead.length} changed file(s)${context.length ? ` (and ${context.length} other file(s) of their Terraform modules)` : ""} and their base versions, not the whole checkout: ` +
            "the changed files hold the same findings (by identity) as their base versions, and the change touches no inventory, baseline, ignore file or AI dependency, so the rest of the repository's findings are the same as on the base branch.",
        );
      }
    }

    const inventoryPath = opts.inventory || report.inventory.path || INVENTORY_CANDIDATES.find((p) => files.some((f) => f.path === p || f.oldPath === p));
    const inventoryFile = inventoryPath ? files.find((f) => f.path === inventoryPath || f.oldPath === inventoryPath) : undefined;

    // The inventory changed: findings in untouched files may be new under the
    // new policy. Scan the head's code under the base's inventory to find out.
    let underBase: ScanReport | undefined;
    if (inventoryFile && wholeHead) {
      const baseInventory = join(baseDir, inventoryFile.oldPath ?? inventoryFile.path);
      const baseHad = (await set.readBase(inventoryFile.oldPath ?? inventoryFile.path)) !== undefined;
      underBase = await opts.scan(opts.workspace, inventoryOptions({ ...opts.scanOptions, displayRoot: "." }, baseHad ? baseInventory : null));
    }

    const changedPaths = new Set(touchedHead);
    const { resolved } = judge({
      head: report,
      base: baseReport,
      ...(underBase ? { underBase } : {}),
      changedHead: changedPaths,
      changedBase: new Set(touchedBase),
      wholeHead,
      truncated: set.changes.truncated,
    });

    // Vendors on the base (pull_request_target: only what its changed files show).
    const baseVendors = opts.headInWorkspace ? baseVendorIds(report, baseReport, changedPaths) : new Set(baseReport.vendors.map((v) => v.id));
    const headVendors = new Set(report.vendors.map((v) => v.id));
    // Only the whole head can say a vendor is gone (a changed-files scan is kept only when none is).
    const removedVendors = wholeHead ? baseReport.vendors.filter((v) => !headVendors.has(v.id)).map((v) => v.id) : [];

    let inventory: InventoryChange | undefined;
    if (inventoryFile && inventoryPath) {
      const [b, h, patch] = await Promise.all([
        set.readBase(inventoryFile.oldPath ?? inventoryFile.path),
        set.readHead(inventoryFile.path),
        set.patchOf(inventoryFile.path),
      ]);
      inventory = {
        path: inventoryFile.path,
        status: inventoryFile.status,
        base: b?.toString("utf8") ?? "",
        head: inventoryFile.status === "deleted" ? "" : (h?.toString("utf8") ?? ""),
        ...(patch ? { patch } : {}),
      };
    }

    return {
      report,
      comparison: {
        event: opts.event,
        base: set.base,
        head: set.head,
        source: set.changes.source,
        changed: files,
        truncated: set.changes.truncated,
        newVendors: [...headVendors].filter((id) => !baseVendors.has(id)).sort(),
        removedVendors: removedVendors.sort(),
        resolved,
        ...(inventory ? { inventory } : {}),
        notes,
      },
    };
  } finally {
    await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
  }
}

function withInventory(opts: CompareOptions, root: string): ScanOptions {
  const options = { ...opts.scanOptions, displayRoot: "." };
  return opts.inventory ? inventoryOptions(options, join(root, opts.inventory)) : options;
}

/**
 * Applies `scope`: under `introduced`, a finding that was already on the base
 * does not block this run (it is still reported, as "already on base").
 */
export function applyScope(report: ScanReport, scope: Scope): void {
  if (scope !== "introduced") return;
  for (const f of report.findings) if (f.introduced === false) f.blocking = false;
}
