// What a change touches: files and, per file, the line ranges on the new side.
// Pure parsers for `git diff --unified=0` and for the API's per-file `patch`.

import type { ChangedFile } from "../report/context.js";

export type { ChangedFile, ChangeStatus } from "../report/context.js";

export interface Changes {
  files: ChangedFile[];
  /** Where the list came from. */
  source: "git" | "api";
  /**
   * The list is known to be incomplete (the API lists at most 3,000 files):
   * a file not listed may still have changed.
   */
  truncated: boolean;
  /** How many files the change touches when known to be more than listed. */
  total?: number;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Inclusive new-side line ranges of a unified diff's hunks (any context size: only `+` lines count). */
export function hunkRanges(patch: string): [number, number][] {
  const ranges: [number, number][] = [];
  let line = 0;
  let inHunk = false;
  const add = (n: number) => {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else ranges.push([n, n]);
  };
  for (const text of patch.split("\n")) {
    const m = HUNK.exec(text);
    if (m) {
      line = Number(m[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (text.startsWith("+")) add(line++);
    else if (text.startsWith(" ")) line++;
    else if (text.startsWith("diff --git")) inHunk = false;
    // "-" lines and "\ No newline" do not move the new side.
  }
  return ranges;
}

/** Reads a path as git prints it: C-quoted when it holds special characters. */
export function unquoteGitPath(p: string): string {
  if (!p.startsWith('"')) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, v: 11, a: 7, '"': 34, "\\": 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const next = body[i + 1]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/**
 * Parses `git diff --name-status -z -M -C` output (NUL-separated) into files,
 * without line ranges. Every status git prints maps to one of ours:
 * - `R` rename: the base version is read under its old name;
 * - `C` copy: a new file (its source is unchanged, so nothing is read for it);
 * - `T` type change (a file became a symlink or back) and `M` (including a
 *   mode change only, `chmod +x`): modified;
 * - `A`, `D`: added, deleted; anything else (`U`, `X`): modified.
 */
export function parseNameStatus(z: string): ChangedFile[] {
  const parts = z.split("\0");
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++];
    if (!code) continue;
    const kind = code[0];
    if (kind === "R" || kind === "C") {
      const from = parts[i++]!;
      const to = parts[i++]!;
      files.push(kind === "R" ? { path: to, oldPath: from, status: "renamed", lines: [] } : { path: to, status: "added", lines: [] });
    } else {
      const path = parts[i++]!;
      const status: ChangedFile["status"] = kind === "A" ? "added" : kind === "D" ? "deleted" : "modified";
      files.push({ path, status, lines: [] });
    }
  }
  return files;
}

/**
 * The new-side paths of binary files in `git diff --numstat -z` output (counts
 * printed as `-`): a binary file has no hunks, so all of it counts as changed.
 * Each record is `added\tdeleted\tpath\0`, or for a rename or copy
 * `added\tdeleted\t\0old\0new\0`.
 */
export function binaryPaths(z: string): Set<string> {
  const parts = z.split("\0");
  const out = new Set<string>();
  for (let i = 0; i < parts.length; ) {
    const head = parts[i++]!;
    if (head === "") continue;
    const m = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(head);
    if (!m) continue;
    let path = m[3]!;
    if (path === "") {
      i++; // the old name
      path = parts[i++] ?? "";
    }
    if (m[1] === "-" && path !== "") out.add(path);
  }
  return out;
}

/** Line ranges per new-side path from `git diff --unified=0` text. */
export function parseUnifiedDiff(diff: string): Map<string, [number, number][]> {
  const byFile = new Map<string, [number, number][]>();
  let current: string | undefined;
  let chunk: string[] = [];
  const flush = () => {
    if (current !== undefined) byFile.set(current, hunkRanges(chunk.join("\n")));
    chunk = [];
  };
  for (const line of diff.split("\n")) {
    if (line.startsWith("diff --git ")) {
      flush();
      current = undefined;
      continue;
    }
    if (line.startsWith("+++ ")) {
      const p = line.slice(4);
      // Git ends an unquoted name that holds a space with a tab (for patch tools); a quoted one is exact.
      current = p === "/dev/null" ? undefined : unquoteGitPath(p.startsWith('"') ? p : p.replace(/\t$/, "")).replace(/^b\//, "");
      continue;
    }
    chunk.push(line);
  }
  flush();
  return byFile;
}

/** Whether `line` of `file` is among the changed lines (a file without known lines counts whole). */
export function isChangedLine(file: ChangedFile | undefined, line: number | undefined): boolean {
  if (!file || file.status === "deleted") return false;
  if (file.lines === null || line === undefined) return true;
  return file.lines.some(([a, b]) => line >= a && line <= b);
}
