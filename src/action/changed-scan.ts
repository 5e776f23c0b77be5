// When the changed files alone give the same answer as scanning the whole head.
//
// A pull request's findings are anchored per file and fingerprinted on rule,
// vendor, file and line text, so for the files a change touches, scanning them
// (with the base versions of the same files) says exactly what a full scan says
// about them — as long as nothing the change touches acts on every file (the
// inventory, the baseline, ignore files), nothing outside them is asked about
// (scope: all), and the vendor picture does not move (see `headMustBeWhole`).
import { posix } from "node:path";
import type { ScanReport } from "../types.js";
import type { ChangedFile } from "./diff.js";

/** Beyond this many changed files a changed-files scan saves little over a full one. */
export const MAX_CHANGED_FILES = 1000;

const IGNORE_FILES = new Set([".gitignore", ".shadowaiignore"]);

export interface ChangedScanInput {
  files: ChangedFile[];
  truncated: boolean;
  /** The inventory paths the scanner may read, and the policy files (baseline). */
  repositoryWide: string[];
  scope: "introduced" | "all";
  diffScan: "changed" | "full";
}

/** Why the head must be scanned whole before anything is read; undefined when the changed files may do. */
export function fullScanReason(input: ChangedScanInput): string | undefined {
  if (input.diffScan === "full") return "the diff-scan input is full";
  if (input.scope === "all") return "the scope input is all, so findings anywhere in the repository block";
  if (input.truncated) return "the list of changed files is incomplete";
  if (input.files.length > MAX_CHANGED_FILES) return `${input.files.length} files changed`;
  const wide = new Set(input.repositoryWide);
  for (const f of input.files) {
    for (const p of [f.path, f.oldPath]) {
      if (p === undefined) continue;
      if (wide.has(p)) return `the change edits ${p}, which applies to every file`;
      if (IGNORE_FILES.has(posix.basename(p))) return `the change edits ${p}, which decides which files are scanned`;
    }
  }
  return undefined;
}

const DEPENDENCY_KINDS = new Set(["dependency", "lockfile"]);

/**
 * After scanning the changed files on both sides: why the head must be scanned
 * whole after all, or undefined. A vendor that appears or disappears in the
 * changed files may already be used, or still be used, elsewhere: only the
 * whole head can say whether it is new to the repository or gone from it. An
 * AI dependency in a changed manifest or lockfile is attributed by the code
 * that uses it anywhere (an OpenAI SDK every caller points at Groq is Groq).
 */
export function headMustBeWhole(head: ScanReport, base: ScanReport, changed: ReadonlySet<string>): string | undefined {
  const ids = (r: ScanReport) => new Set(r.vendors.map((v) => v.id));
  const h = ids(head);
  const b = ids(base);
  const appeared = [...h].filter((id) => !b.has(id)).sort();
  const gone = [...b].filter((id) => !h.has(id)).sort();
  for (const r of [head, base]) {
    for (const v of r.vendors) {
      const dep = v.evidence.find((e) => DEPENDENCY_KINDS.has(e.kind) && changed.has(e.file));
      if (dep) return `the change edits ${dep.file}, which names ${v.id}`;
    }
  }
  if (appeared.length > 0) return `the changed files now use ${appeared.join(", ")}`;
  if (gone.length > 0) return `the changed files no longer use ${gone.join(", ")}`;
  return undefined;
}
