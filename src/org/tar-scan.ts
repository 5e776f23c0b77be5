import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import ignore, { type Ignore } from "ignore";
import * as tar from "tar-stream";
import { assembleReport } from "../scan/assemble.js";
import type { Catalog } from "../catalog/compile.js";
import { extendCatalog } from "../catalog/extend.js";
import { loadCatalog } from "../catalog/load.js";
import { fileKind } from "../discover/kind.js";
import { decodeText } from "../discover/read.js";
import { DEFAULT_MAX_FILE_SIZE, IGNORE_FILES, PRUNED_DIRS } from "../discover/walk.js";
import { DEFAULT_BASELINE, parseBaseline } from "../evaluate/baseline.js";
import type { Baseline } from "../evaluate/rules.js";
import { INVENTORY_LOCATIONS } from "../inventory/find.js";
import { parseInventory } from "../inventory/load.js";
import type { Inventory } from "../inventory/types.js";
import { detectOutcome, moduleContext, type FileOutcome } from "../scan/files.js";
import type { Diagnostic, ScanReport, ScannedFile } from "../types.js";

// Scans a repository tarball (gzip'd tar, as GitHub serves it) as a stream:
// nothing is written to disk and no git runs. The same discovery rules as the
// directory walk (pruned folders, nested .gitignore/.shadowaiignore, own
// inputs, size cap, file kinds), then detect → resolve → evaluate as scan()
// does, so a tarball and its checkout give the same report.

export interface TarScanOptions {
  /** target.root in the report (`owner/repo`). */
  displayRoot: string;
  /** The commit, when the caller knows it; else read from the archive's pax header (GitHub's `git archive` comment). */
  commit?: string | null;
  catalog?: Catalog;
  /** Used when the archive holds no inventory of its own (`--inventory`). */
  fallbackInventory?: { text: string; file: string };
  maxFileSize?: number;
  /** Uncompressed bytes of all entries together; over it the scan stops with TooLargeError. */
  maxArchiveBytes?: number;
  exclude?: string[];
  now?: Date;
  /** Accepted and unused, as in scan(): the files are in memory and detected one after another. */
  concurrency?: number;
}

export class TooLargeError extends Error {}

/** A problem with the repository's own configuration (inventory or baseline): the repository is an error, not a scan. */
export class RepoConfigError extends Error {}

export interface TarScanResult {
  report: ScanReport;
  /** The inventory the repository was held against (its own, else the fallback). */
  inventory?: Inventory;
}

interface TreeFile {
  size: number;
  /** Kept only for files some stage will read. */
  data?: Buffer;
}

interface TreeDir {
  dirs: Map<string, TreeDir>;
  files: Map<string, TreeFile>;
}

const newDir = (): TreeDir => ({ dirs: new Map(), files: new Map() });


/**
 * An archive member's path below the archive's single top folder, or why it
 * is refused: absolute, a drive or UNC path, a `..` segment, a backslash, a
 * NUL, or outside the top folder.
 */
export function memberPath(name: string, root: string | undefined): { path: string; root: string } | { refused: string } {
  if (name.includes("\0")) return { refused: "a NUL in the path" };
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name) || name.startsWith("\\\\")) return { refused: "an absolute path" };
  if (name.includes("\\")) return { refused: "a backslash in the path" };
  const parts = name.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.some((p) => p === "..")) return { refused: "a '..' segment escapes the archive root" };
  const top = parts[0];
  if (!top) return { refused: "an empty path" };
  if (root !== undefined && top !== root) return { refused: `outside the archive root '${root}/'` };
  return { path: parts.slice(1).join("/"), root: top };
}

/** Whether a link target, resolved from the link's folder, stays inside the archive root. */
function linkStaysInside(linkPath: string, target: string): boolean {
  if (target.startsWith("/") || /^[A-Za-z]:/.test(target) || target.includes("\\")) return false;
  const stack = linkPath.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") {
      if (stack.length === 0) return false;
      stack.pop();
    } else stack.push(p);
  }
  return true;
}


/** Whether a path's content is needed later (so it is buffered): cheap tests on the name only. */
function wanted(path: string, size: number, maxFileSize: number): boolean {
  const parts = path.split("/");
  const name = parts.at(-1)!;
  if (IGNORE_FILES.includes(name)) return true;
  if (path === DEFAULT_BASELINE || INVENTORY_LOCATIONS.includes(path)) return true;
  if (parts.slice(0, -1).some((p) => PRUNED_DIRS.has(p))) return false;
  return size <= maxFileSize && fileKind(path) !== undefined;
}

export async function scanTarball(source: AsyncIterable<Uint8Array> | NodeJS.ReadableStream, options: TarScanOptions): Promise<TarScanResult> {
  const started = performance.now();
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const maxArchive = options.maxArchiveBytes ?? 1024 * 1024 * 1024;
  const diagnostics: Diagnostic[] = [];
  const skipped: Record<string, number> = {};
  const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);
  const tree = newDir();
  let root: string | undefined;
  let commit: string | null = options.commit ?? null;
  let total = 0;

  // 1. Read the archive once, into a tree of paths; only wanted files keep their bytes.
  const input = source instanceof Readable ? source : Readable.from(source as AsyncIterable<Uint8Array>);
  const gunzip = createGunzip();
  const extract = tar.extract();
  input.on("error", (e) => extract.destroy(e));
  gunzip.on("error", (e) => extract.destroy(new Error(`not a gzip'd tarball: ${e.message}`)));
  // GitHub's tarballs open with a pax global header whose comment is the commit
  // id; tar-stream applies global headers only to entries with their own pax
  // header, so read it from the first blocks directly.
  let head: Buffer[] = [];
  let headBytes = 0;
  const onHead = (chunk: Buffer) => {
    head.push(chunk);
    headBytes += chunk.length;
    if (headBytes >= 2048) {
      gunzip.off("data", onHead);
      commit ??= globalComment(Buffer.concat(head));
      head = [];
    }
  };
  if (commit === null) gunzip.on("data", onHead);
  input.pipe(gunzip).pipe(extract as unknown as NodeJS.WritableStream);
  try {
    for await (const entry of extract) {
      const h = entry.header;
      total += h.size ?? 0;
      if (total > maxArchive) throw new TooLargeError(`too large: the archive holds over ${maxArchive} bytes`);
      const where = memberPath(h.name, root);
      if ("refused" in where) {
        diagnostics.push({ file: h.name.replace(/[\0\r\n]/g, "?").slice(0, 300), message: `refused archive entry: ${where.refused}` });
        skip("refused");
        entry.resume();
        continue;
      }
      root ??= where.root;
      const path = where.path;
      if (h.type === "symlink" || h.type === "link") {
        // Never followed (as the walk never follows links); one that points outside the root is worth saying.
        const target = h.linkname ?? "";
        const inside = h.type === "symlink" ? linkStaysInside(path, target) : memberPath(target, root);
        if (inside === false || (typeof inside === "object" && "refused" in inside)) {
          diagnostics.push({ file: path || h.name, message: `refused archive entry: a ${h.type === "link" ? "hard link" : "symbolic link"} to '${target.slice(0, 200)}' outside the archive root` });
          skip("refused");
        } else skip("symlink");
        entry.resume();
        continue;
      }
      if (h.type === "directory") {
        if (path) ensureDir(tree, path.split("/"));
        entry.resume();
        continue;
      }
      if (h.type !== "file" && h.type !== "contiguous-file") {
        entry.resume();
        continue;
      }
      if (!path) {
        entry.resume();
        continue;
      }
      const parts = path.split("/");
      const dir = ensureDir(tree, parts.slice(0, -1));
      const file: TreeFile = { size: h.size ?? 0 };
      if (wanted(path, file.size, maxFileSize)) {
        const chunks: Buffer[] = [];
        for await (const chunk of entry) chunks.push(chunk as Buffer);
        file.data = Buffer.concat(chunks);
      } else entry.resume();
      dir.files.set(parts.at(-1)!, file);
    }
    if (head.length) commit ??= globalComment(Buffer.concat(head));
  } finally {
    input.unpipe?.();
    if (!(input as Readable).destroyed) (input as Readable).destroy?.();
  }

  // 2. The repository's own inventory (else the fallback) and baseline.
  const base = options.catalog ?? loadCatalog();
  const fileAt = (path: string): TreeFile | undefined => {
    const parts = path.split("/");
    let d: TreeDir | undefined = tree;
    for (const p of parts.slice(0, -1)) d = d?.dirs.get(p);
    return d?.files.get(parts.at(-1)!);
  };
  let inventory: Inventory | undefined;
  let inventoryFile: string | undefined;
  const ownPath = INVENTORY_LOCATIONS.find((p) => fileAt(p)?.data !== undefined);
  try {
    if (ownPath) {
      inventoryFile = ownPath;
      inventory = parseInventory(fileAt(ownPath)!.data!.toString("utf8"), { file: ownPath, reportFile: ownPath, catalog: base });
    } else if (options.fallbackInventory) {
      const f = options.fallbackInventory;
      // The central inventory is not this repository's: its unused entries are no drift here.
      inventory = { ...parseInventory(f.text, { file: f.file, reportFile: null, catalog: base }), local: new Set() };
    }
  } catch (err) {
    throw new RepoConfigError(`invalid inventory: ${(err as Error).message}`);
  }
  const catalog = inventory ? extendCatalog(base, inventory.customVendors) : base;
  let baseline: Baseline | undefined;
  const baselineData = fileAt(DEFAULT_BASELINE)?.data;
  if (baselineData) {
    try {
      baseline = parseBaseline(baselineData.toString("utf8"), DEFAULT_BASELINE);
    } catch (err) {
      throw new RepoConfigError((err as Error).message);
    }
  }
  const own = new Set([...(inventoryFile ? [inventoryFile] : []), ...(baselineData ? [DEFAULT_BASELINE] : [])]);

  // 3. Discovery over the tree, in the walk's order and with its rules.
  const extraPatterns = [...(options.exclude ?? []), ...(inventory?.policy.ignore ?? [])];
  const extra = extraPatterns.length ? ignore().add(extraPatterns) : undefined;
  type Rules = { base: string; ig: Ignore }[];
  const ignored = (rules: Rules, rel: string, isDir: boolean): boolean => {
    const path = isDir ? `${rel}/` : rel;
    if (extra?.ignores(path)) return true;
    return rules.some(({ base: b, ig }) => {
      const sub = b ? path.slice(b.length + 1) : path;
      return sub !== "" && ig.ignores(sub);
    });
  };
  const found: (ScannedFile & { data: Buffer })[] = [];
  const toolPaths: string[] = [];
  const walk = (dir: TreeDir, rel: string, inherited: Rules) => {
    let local: Ignore | undefined;
    for (const name of IGNORE_FILES) {
      const data = dir.files.get(name)?.data;
      if (data) (local ??= ignore()).add(data.toString("utf8"));
    }
    const rules = local ? [...inherited, { base: rel, ig: local }] : inherited;
    const names = [...new Set([...dir.dirs.keys(), ...dir.files.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      const childRel = rel ? `${rel}/${name}` : name;
      const sub = dir.dirs.get(name);
      if (sub) {
        if (PRUNED_DIRS.has(name)) skip("vendored-or-build");
        else if (ignored(rules, childRel, true)) skip("ignored");
        else walk(sub, childRel, rules);
        continue;
      }
      const file = dir.files.get(name)!;
      if (ignored(rules, childRel, false)) skip("ignored");
      else if (own.has(childRel)) skip("own-input");
      else {
        if (catalog.tools.matchPath(childRel).length > 0) toolPaths.push(childRel);
        const kind = fileKind(childRel);
        if (!kind) skip("unsupported-type");
        else if (file.size > maxFileSize) {
          skip("too-large");
          diagnostics.push({ file: childRel, message: `skipped: ${file.size} bytes is over the ${maxFileSize}-byte size cap` });
        } else found.push({ path: childRel, kind, size: file.size, data: file.data ?? Buffer.alloc(0) });
      }
    }
  };
  walk(tree, "", []);

  // 4. Detect, resolve, evaluate: the same per-file step and assembly as scan().
  const outcomes: FileOutcome[] = [];
  const data = new Map(found.map((f) => [f.path, f.data]));
  const module = moduleContext(found, (f) => {
    const r = decodeText(data.get(f.path)!);
    return "text" in r ? r.text : undefined;
  });
  for (const file of found) {
    const scanned = { path: file.path, kind: file.kind, size: file.size };
    outcomes.push(await detectOutcome(scanned, decodeText(file.data), catalog, module(scanned)));
  }
  const report = assembleReport({
    outcomes,
    catalog,
    skipped,
    diagnostics,
    inventory,
    inventoryPath: inventory ? (inventoryFile ?? inventory.path) : null,
    baseline,
    now: options.now ?? new Date(),
    target: { root: options.displayRoot, commit },
    started,
    toolPaths,
  });
  return { report, inventory };
}

/** The `comment` of a leading pax global header (`git archive` writes the commit id there); null when absent. */
export function globalComment(block: Buffer): string | null {
  if (block.length < 512 || block[156] !== 0x67) return null;
  const size = parseInt(block.subarray(124, 136).toString("latin1").replace(/\0.*$/s, "").trim(), 8);
  if (!Number.isFinite(size)) return null;
  const data = block.subarray(512, 512 + Math.min(size, 1024)).toString("utf8");
  return /(?:^|\n)\d+ comment=([0-9a-f]{40,64})\n/.exec(data)?.[1] ?? null;
}

function ensureDir(tree: TreeDir, parts: string[]): TreeDir {
  let d = tree;
  for (const p of parts) {
    let next = d.dirs.get(p);
    if (!next) d.dirs.set(p, (next = newDir()));
    d = next;
  }
  return d;
}
