import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { binaryPaths, type ChangedFile, parseNameStatus, parseUnifiedDiff } from "./diff.js";

const run = promisify(execFile);

// Reads the local repository only: nothing here fetches, checks out or runs
// hooks. Blobs are read as data (`git cat-file`), so head code is never executed.
const BASE_ARGS = ["-c", "core.quotepath=false", "--no-pager"];

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run("git", [...BASE_ARGS, ...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" });
  return stdout;
}

async function ok(cwd: string, args: string[]): Promise<boolean> {
  try {
    await git(cwd, args);
    return true;
  } catch {
    return false;
  }
}

export async function isGitRepository(cwd: string): Promise<boolean> {
  return ok(cwd, ["rev-parse", "--git-dir"]);
}

export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return ok(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
}

export async function revParse(cwd: string, rev: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Parents of a commit, or undefined when the commit's history is not here (shallow). */
export async function parents(cwd: string, sha: string): Promise<string[] | undefined> {
  try {
    const out = (await git(cwd, ["rev-list", "--parents", "-n", "1", sha])).trim().split(" ");
    return out.slice(1);
  } catch {
    return undefined;
  }
}

export async function mergeBase(cwd: string, a: string, b: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ["merge-base", a, b])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Files changed from `base` to `head` with their new-side line ranges (`git diff
 * --unified=0`). Renames (-M) are paired so a moved file's base version is read
 * under its old name; copies (-C) are listed as new files.
 */
export async function diffFiles(cwd: string, base: string, head: string): Promise<ChangedFile[]> {
  const common = ["--no-color", "--no-ext-diff", "--no-textconv", "-M", base, head, "--"];
  const [nameStatus, numstat, unified] = await Promise.all([
    git(cwd, ["diff", "--name-status", "-z", "-C", ...common]),
    git(cwd, ["diff", "--numstat", "-z", ...common]),
    git(cwd, ["diff", "--unified=0", "--src-prefix=a/", "--dst-prefix=b/", ...common]),
  ]);
  const files = parseNameStatus(nameStatus);
  const binary = binaryPaths(numstat);
  const ranges = parseUnifiedDiff(unified);
  for (const f of files) {
    if (f.status === "deleted") continue;
    // A new file (a copy too) is new in every line; a binary one has no hunks,
    // so all of it counts; a mode change alone changes no line.
    f.lines = f.status === "added" || binary.has(f.path) ? null : (ranges.get(f.path) ?? []);
  }
  return files;
}

/** The unified diff of one file between two commits; undefined when it did not change. */
export async function fileDiff(cwd: string, base: string, head: string, path: string): Promise<string | undefined> {
  try {
    const out = await git(cwd, ["diff", "--no-color", "--no-ext-diff", "--no-textconv", base, head, "--", path]);
    const at = out.indexOf("\n@@");
    return at < 0 ? undefined : out.slice(at + 1);
  } catch {
    return undefined;
  }
}

/** A file's bytes at a commit, or undefined when it is not a regular file there. */
export async function readBlob(cwd: string, rev: string, path: string): Promise<Buffer | undefined> {
  return (await readBlobs(cwd, rev, [path])).get(path);
}

/** Git's file modes of regular files; a symlink (120000) or submodule (160000) is not read. */
const REGULAR = new Set(["100644", "100755"]);

/** Paths per `git ls-tree` call: keeps the command line far below the system's limit. */
const LS_TREE_ARG_CHARS = 64 * 1024;

/**
 * The blob ids of the regular files among `paths` at `rev`. A symlink is never
 * read: its blob is the link's target, which a walk of the checkout skips
 * (and following it could leave the tree).
 */
async function regularBlobs(cwd: string, rev: string, paths: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const chunks: string[][] = [];
  let size = Infinity;
  for (const p of paths) {
    if (size + p.length > LS_TREE_ARG_CHARS) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1]!.push(p);
    size += p.length + 1;
  }
  for (const chunk of chunks) {
    let listing: string;
    try {
      // Literal pathspecs from the root: a name with `*` or `:(...)` is a name.
      listing = await git(cwd, ["--literal-pathspecs", "ls-tree", "-z", "--full-tree", rev, "--", ...chunk]);
    } catch {
      continue; // an unknown commit: nothing there
    }
    for (const entry of listing.split("\0")) {
      const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
      if (m && m[2] === "blob" && REGULAR.has(m[1]!)) out.set(m[4]!, m[3]!);
    }
  }
  return out;
}

/**
 * Many files' bytes at a commit: one `git ls-tree` for their modes and blob ids,
 * then one `git cat-file --batch` for the bytes (one process, not one per file:
 * a pull request's files, their ignore files and the inventory candidates are a
 * few hundred reads). Missing paths, folders, symlinks and submodules map to
 * undefined. Blobs are asked for by id, so any name (a newline in it too) works.
 */
export async function readBlobs(cwd: string, rev: string, paths: readonly string[]): Promise<Map<string, Buffer | undefined>> {
  const wanted = [...new Set(paths)];
  const out = new Map<string, Buffer | undefined>(wanted.map((p) => [p, undefined]));
  const ids = await regularBlobs(cwd, rev, wanted);
  const asked = wanted.filter((p) => ids.has(p));
  if (asked.length === 0) return out;
  const stdout = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn("git", [...BASE_ARGS, "cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "ignore"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git cat-file --batch exited with ${code}`))));
    child.stdin.on("error", () => {}); // a git that died early is reported by "close"
    child.stdin.end(asked.map((p) => `${ids.get(p)}\n`).join(""));
  });
  // Per request: "<oid> <type> <size>\n<bytes>\n", or "<oid> missing\n".
  let at = 0;
  for (const p of asked) {
    const eol = stdout.indexOf(10, at);
    if (eol < 0) throw new Error("git cat-file --batch: output ended early");
    const header = stdout.toString("utf8", at, eol);
    at = eol + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) continue; // missing
    const size = Number(m[2]);
    if (m[1] === "blob") out.set(p, Buffer.from(stdout.subarray(at, at + size)));
    at += size + 1;
  }
  return out;
}
