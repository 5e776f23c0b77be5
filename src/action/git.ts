import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { type ChangedFile, parseNameStatus, parseUnifiedDiff } from "./diff.js";

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

/** Files changed from `base` to `head` with their new-side line ranges (`git diff --unified=0`). */
export async function diffFiles(cwd: string, base: string, head: string): Promise<ChangedFile[]> {
  const common = ["--no-color", "--no-ext-diff", "--no-textconv", "-M", base, head, "--"];
  const nameStatus = await git(cwd, ["diff", "--name-status", "-z", ...common]);
  const files = parseNameStatus(nameStatus);
  const ranges = parseUnifiedDiff(await git(cwd, ["diff", "--unified=0", "--src-prefix=a/", "--dst-prefix=b/", ...common]));
  const exact = exactRenames(nameStatus);
  for (const f of files) {
    if (f.status === "deleted") continue;
    // A binary file has no hunks: every line of it counts. A rename without an
    // edit has none either, and no line of it changed.
    f.lines = ranges.get(f.path) ?? (exact.has(f.path) ? [] : null);
  }
  return files;
}

/** New paths of renames with identical content (`R100` in `--name-status -z`). */
function exactRenames(z: string): Set<string> {
  const parts = z.split("\0");
  const out = new Set<string>();
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++];
    if (!code) continue;
    if (code[0] === "R" || code[0] === "C") {
      const to = parts[i + 1];
      i += 2;
      if (code === "R100" && to !== undefined) out.add(to);
    } else i++;
  }
  return out;
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

/** A file's bytes at a commit, or undefined when it does not exist there. */
export async function readBlob(cwd: string, rev: string, path: string): Promise<Buffer | undefined> {
  try {
    const { stdout } = await run("git", [...BASE_ARGS, "cat-file", "blob", `${rev}:${path}`], {
      cwd,
      maxBuffer: 512 * 1024 * 1024,
      encoding: "buffer",
    });
    return stdout;
  } catch {
    return undefined;
  }
}

/**
 * Many files' bytes at a commit through one `git cat-file --batch` (one process,
 * not one per file: a pull request's files, their ignore files and the inventory
 * candidates are a few hundred reads). Missing paths, and anything not a blob,
 * map to undefined. Paths with a newline cannot go through --batch's line
 * protocol: they are read one by one.
 */
export async function readBlobs(cwd: string, rev: string, paths: readonly string[]): Promise<Map<string, Buffer | undefined>> {
  const out = new Map<string, Buffer | undefined>();
  const batch = [...new Set(paths)].filter((p) => !p.includes("\n"));
  for (const p of paths) if (p.includes("\n")) out.set(p, await readBlob(cwd, rev, p));
  if (batch.length === 0) return out;
  const stdout = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn("git", [...BASE_ARGS, "cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "ignore"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git cat-file --batch exited with ${code}`))));
    child.stdin.on("error", () => {}); // a git that died early is reported by "close"
    child.stdin.end(batch.map((p) => `${rev}:${p}\n`).join(""));
  });
  // Per request: "<oid> <type> <size>\n<bytes>\n", or "<request> missing\n" (or "ambiguous").
  let at = 0;
  for (const p of batch) {
    const eol = stdout.indexOf(10, at);
    if (eol < 0) throw new Error("git cat-file --batch: output ended early");
    const header = stdout.toString("utf8", at, eol);
    at = eol + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      out.set(p, undefined); // missing, ambiguous
      continue;
    }
    const size = Number(m[2]);
    out.set(p, m[1] === "blob" ? Buffer.from(stdout.subarray(at, at + size)) : undefined);
    at += size + 1;
  }
  return out;
}
