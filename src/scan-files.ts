// Read and detect: the per-file half of a scan, kept apart from the walk so a
// caller can scan any list of files (the action's changed files, org tarballs).
import { join } from "node:path";
import type { Catalog } from "./catalog/compile.js";
import { detectFile, type FileResult } from "./detect/index.js";
import { readTextSync, type ReadResult } from "./discover/read.js";
import { MARKER, parseMarkers, type SuppressionMarker } from "./evaluate/suppress.js";
import { redact } from "./redact.js";
import type { Diagnostic, ScannedFile } from "./types.js";

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

export async function scanFile(root: string, file: ScannedFile, catalog: Catalog): Promise<FileOutcome> {
  return detectOutcome(file, readTextSync(join(root, file.path)), catalog);
}

/** The outcome of one file's bytes, however they were read (a checkout, a tarball). */
export async function detectOutcome(file: ScannedFile, read: ReadResult, catalog: Catalog): Promise<FileOutcome> {
  if ("error" in read) return { skip: "unreadable", diagnostic: { file: file.path, message: read.error }, bytes: 0 };
  if ("skip" in read) return { skip: read.skip, bytes: 0 };
  const out: FileOutcome = { bytes: file.size };
  // Inline suppressions: a cheap substring test first; prose only talks about them.
  if (file.kind !== "prose" && read.text.includes(MARKER)) out.markers = parseMarkers(file.path, read.text);
  try {
    out.result = await detectFile(file, read.text, catalog);
  } catch (err) {
    // A detector's message may quote the text it choked on: redact like every other output.
    out.diagnostic = { file: file.path, message: redact(`could not scan: ${(err as Error).message}`, catalog) };
  }
  return out;
}

/** scanFile over a list, in order. */
export async function scanFiles(root: string, files: ScannedFile[], catalog: Catalog): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (const file of files) out.push(await scanFile(root, file, catalog));
  return out;
}
