// Read and detect: the per-file half of a scan, kept apart from the walk so a
// caller can scan any list of files (the action's changed files, org tarballs).
import { sep } from "node:path";
import type { Catalog } from "../catalog/compile.js";
import { detectFile, type FileResult } from "../detect/index.js";
import type { ModuleFile } from "../detect/types.js";
import { decodeText, encodingOf, readBytesSync, readTextSync, type ReadResult } from "../discover/read.js";
import { readsTools } from "../detect/tools/index.js";
import { bytePrefilter, rememberPasses } from "../detect/prefilter.js";
import { tooLarge } from "../discover/walk.js";
import { MARKER, parseMarkers, type SuppressionMarker } from "../evaluate/suppress.js";
import { redact } from "../redact.js";
import type { Diagnostic, ScannedFile } from "../types.js";

/** What one file contributed; plain data (it crosses from a worker to the main thread). */
export interface FileOutcome {
  /** The detectors' output; absent when the file could not be read or scanned. */
  result?: FileResult;
  /** Why the file was not scanned after all (binary, unreadable). */
  skip?: string;
  diagnostic?: Diagnostic;
  markers?: SuppressionMarker[];
  /** The file's size, when its text was read. */
  bytes: number;
}

/**
 * A listed file's absolute path. Listed paths are root-relative, `/`-separated
 * and already normal (the walk builds them), so a concatenation opens the same
 * file path.join would, without normalising 50k paths per scan.
 */
const under = (root: string, path: string) => (root.endsWith(sep) ? root + path : root + sep + path);

/**
 * The result of every file without a catalog token: one frozen object. A
 * whole-tree scan keeps an outcome per file until the report, and most files
 * have no token (100k files: ~13 MB of empty results on the main thread); a
 * worker's batch of them is cloned to the main thread as one object.
 */
export const NO_TOKEN: FileResult = Object.freeze({
  evidence: Object.freeze([]) as unknown as FileResult["evidence"],
  mentions: Object.freeze([]) as unknown as FileResult["mentions"],
  diagnostics: Object.freeze([]) as unknown as FileResult["diagnostics"],
});

/** `maxSize`: the size cap, for files the walk did not size (see DiscoverOptions.sizeAtRead). */
export async function scanFile(root: string, file: ScannedFile, catalog: Catalog, module?: ModuleFile[], maxSize?: number): Promise<FileOutcome> {
  const raw = readBytesSync(under(root, file.path), { size: file.size, maxSize });
  if (!("buf" in raw)) return detectOutcome(file, raw, catalog, module);
  const buf = raw.buf;
  let passes = false;
  const test = bytePrefilter(catalog);
  if (test && !needsText(file, buf, catalog)) {
    if (!test(buf)) return { bytes: file.size ?? buf.length, result: NO_TOKEN };
    passes = true;
  }
  const read = decodeText(buf);
  if (!("text" in read)) return detectOutcome(file, read, catalog, module);
  if (passes) rememberPasses(catalog, read.text);
  return detectOutcome(file, { text: read.text, bytes: buf.length }, catalog, module);
}

/**
 * Whether a file is read in full whatever its tokens: UTF-16 and binary files
 * (decodeText decides them), a suppression marker, a workflow or an MCP
 * configuration (tools are read there). For any other file without a catalog
 * token the outcome is no evidence, which the bytes alone can tell.
 */
function needsText(file: ScannedFile, buf: Buffer, catalog: Catalog): boolean {
  return encodingOf(buf) !== "utf-8" || buf.includes(MARKER) || readsTools(file, catalog);
}

/** Kinds whose files are read with their module's other files as context. */
export const MODULE_KINDS = new Set(["terraform"]);

/** A listed file's folder, with its trailing `/` ("" at the root). */
const folderOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);

/** The files of a module kind, by folder: a module's files. */
export function moduleFolders(files: readonly ScannedFile[]): Map<string, ScannedFile[]> {
  const byDir = new Map<string, ScannedFile[]>();
  for (const f of files) {
    if (!MODULE_KINDS.has(f.kind)) continue;
    const dir = folderOf(f.path);
    (byDir.get(dir) ?? byDir.set(dir, []).get(dir)!).push(f);
  }
  return byDir;
}

/** The other files of `file`'s module in `byDir` (moduleFolders); none for a file of another kind. */
export function moduleMates(file: ScannedFile, byDir: Map<string, ScannedFile[]>): ScannedFile[] {
  return MODULE_KINDS.has(file.kind) ? (byDir.get(folderOf(file.path)) ?? []).filter((f) => f !== file) : [];
}

/**
 * For each file of a module kind, the other files of its module (same kind, same
 * folder), read once per folder through `read`. Undefined for other files.
 */
export function moduleContext(files: ScannedFile[], read: (file: ScannedFile) => string | undefined): (file: ScannedFile) => ModuleFile[] | undefined {
  const byDir = moduleFolders(files);
  const texts = new Map<string, ModuleFile[]>();
  return (file) => {
    if (!MODULE_KINDS.has(file.kind)) return undefined;
    const dir = folderOf(file.path);
    let all = texts.get(dir);
    if (!all) {
      all = (byDir.get(dir) ?? []).flatMap((f) => {
        const text = read(f);
        return text === undefined ? [] : [{ path: f.path, text }];
      });
      texts.set(dir, all);
    }
    return all.filter((m) => m.path !== file.path);
  };
}

/** The outcome of one file's bytes, however they were read (a checkout, a tarball). */
export async function detectOutcome(file: ScannedFile, read: ReadResult, catalog: Catalog, module?: ModuleFile[]): Promise<FileOutcome> {
  if ("error" in read) return { skip: "unreadable", diagnostic: { file: file.path, message: read.error }, bytes: 0 };
  if ("skip" in read) {
    if (read.skip === "too-large") return { skip: read.skip, diagnostic: tooLarge(file.path, read.size, read.maxSize), bytes: 0 };
    return { skip: read.skip, bytes: 0 };
  }
  const out: FileOutcome = { bytes: file.size ?? read.bytes ?? Buffer.byteLength(read.text) };
  // Inline suppressions: a cheap substring test first; prose only talks about them.
  if (file.kind !== "prose" && read.text.includes(MARKER)) out.markers = parseMarkers(file.path, read.text);
  try {
    out.result = await detectFile(file, read.text, catalog, module);
  } catch (err) {
    // A detector's message may quote the text it choked on: redact like every other output.
    out.diagnostic = { file: file.path, message: redact(`could not scan: ${(err as Error).message}`, catalog) };
  }
  return out;
}

/**
 * scanFile over a list, in order. `context`: the files module context is read
 * from (a worker's batch passes its files plus their modules' other files).
 */
export async function scanFiles(root: string, files: ScannedFile[], catalog: Catalog, maxSize?: number, context: ScannedFile[] = files): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  const module = moduleContext(context, (f) => {
    const r = readTextSync(under(root, f.path), { size: f.size, maxSize });
    return "text" in r ? r.text : undefined;
  });
  for (const file of files) out.push(await scanFile(root, file, catalog, module(file), maxSize));
  return out;
}
