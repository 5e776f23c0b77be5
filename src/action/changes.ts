import { lstat, readFile, realpath } from "node:fs/promises";
import { join } from "node:path";
import { API_FILE_CAP, type ApiFile, type GitHubClient } from "../github/client.js";
import { type ChangedFile, type Changes, hunkRanges } from "./diff.js";
import type { Plan } from "./event.js";
import * as git from "./git.js";

/** Reads one file's bytes at one side of the change; undefined when it does not exist there. */
export type Reader = ((path: string) => Promise<Buffer | undefined>) & {
  /** Many files at once, where that is cheaper than one by one (one git process). */
  many?: (paths: readonly string[]) => Promise<Map<string, Buffer | undefined>>;
};

/** Requests to the API in flight at once when reading many files (GitHub's secondary limits favour a few). */
const API_READS_IN_FLIGHT = 8;

/** A reader through the API at `ref`: many files are fetched a few at a time, not one after another. */
function apiReader(client: GitHubClient, ref: string): Reader {
  const one = (p: string) => client.fileAt(p, ref);
  return Object.assign(one, {
    many: async (paths: readonly string[]) => {
      const out = new Map<string, Buffer | undefined>();
      const queue = [...new Set(paths)];
      const worker = async () => {
        for (let p = queue.shift(); p !== undefined; p = queue.shift()) out.set(p, await one(p));
      };
      await Promise.all(Array.from({ length: Math.min(API_READS_IN_FLIGHT, queue.length) }, worker));
      return out;
    },
  });
}

/** A reader of git objects at `rev`: one `git cat-file` per file, or one for many. */
function gitReader(cwd: string, rev: string): Reader {
  return Object.assign((p: string) => git.readBlob(cwd, rev, p), { many: (paths: readonly string[]) => git.readBlobs(cwd, rev, paths) });
}

export interface ChangeSet {
  changes: Changes;
  /** The commits actually compared (for a merge checkout, base is the merge's first parent). */
  base: string;
  head: string;
  readBase: Reader;
  readHead: Reader;
  /** The unified diff of one file, when known (used for the inventory). */
  patchOf(path: string): Promise<string | undefined>;
  /** Plain sentences for the summary: how the comparison was made, and its limits. */
  notes: string[];
}

type DiffPlan = Extract<Plan, { kind: "diff" }>;

const short = (sha: string) => sha.slice(0, 7);

/**
 * Works out base and head commits and the changed files with their lines.
 * From git when the checkout holds both commits; otherwise from the API (the
 * pull request's files, or a comparison), never by fetching into the checkout.
 */
export async function findChanges(plan: DiffPlan, workspace: string, api: () => GitHubClient): Promise<ChangeSet> {
  const fromGit = await changesFromGit(plan, workspace);
  if (fromGit) return fromGit;
  return changesFromApi(plan, workspace, api());
}

async function changesFromGit(plan: DiffPlan, cwd: string): Promise<ChangeSet | undefined> {
  if (!(await git.isGitRepository(cwd))) return undefined;
  const notes: string[] = [];
  let head: string | undefined;
  let base: string | undefined;
  if (plan.headInWorkspace) {
    head = await git.revParse(cwd, "HEAD");
    if (!head) return undefined;
    const ps = await git.parents(cwd, head);
    if (plan.pr && ps?.length === 2 && ps[1] === plan.head && (await git.hasCommit(cwd, ps[0]!))) {
      // actions/checkout's default for pull requests: the merge of head into the
      // base branch. Its first parent is the base as merged: the exact change.
      base = ps[0]!;
      notes.push(`Compared the merge commit ${short(head)} with its base-branch parent ${short(base)} (from git).`);
    } else if (await git.hasCommit(cwd, plan.base)) {
      base = plan.pr ? await git.mergeBase(cwd, plan.base, head) : plan.base;
      if (base) notes.push(`Compared ${short(head)} with ${plan.pr ? "the merge base " : ""}${short(base)} (from git).`);
    }
  } else {
    // pull_request_target: the workspace holds the base branch; the head is
    // read from git objects as data when they are here, never checked out.
    if (!(await git.hasCommit(cwd, plan.head)) || !(await git.hasCommit(cwd, plan.base))) return undefined;
    head = plan.head;
    base = await git.mergeBase(cwd, plan.base, plan.head);
    if (base) notes.push(`Read the pull request's head ${short(head)} from git objects as data (never checked out) and compared it with ${short(base)}.`);
  }
  if (!base || !head) return undefined;
  const files = await git.diffFiles(cwd, base, head);
  const b = base;
  const h = head;
  return {
    changes: { files, source: "git", truncated: false },
    base,
    head,
    readBase: gitReader(cwd, b),
    readHead: plan.headInWorkspace ? (p) => readWorkspace(cwd, p) : gitReader(cwd, h),
    patchOf: (p) => git.fileDiff(cwd, b, h, p),
    notes,
  };
}

/**
 * A file of the checkout, as a walk of it would read it: a symlink (at the file
 * or at a folder on its way) is never followed, so nothing outside the tree is
 * read; undefined for anything but a regular file inside `root`.
 */
export async function readWorkspace(root: string, path: string): Promise<Buffer | undefined> {
  try {
    const abs = join(root, path);
    const [realRoot, real, st] = await Promise.all([realpath(root), realpath(abs), lstat(abs)]);
    if (!st.isFile() || real !== join(realRoot, path)) return undefined;
    return await readFile(abs);
  } catch {
    return undefined;
  }
}

/**
 * The API's file entries as changed files with their new-side lines. Its
 * statuses map as git's do (see parseNameStatus): `copied` is a new file (the
 * source is unchanged; its `previous_filename` is not a base version), `changed`
 * (a mode or type change) is modified, `unchanged` changes no line.
 */
export function fromApiFiles(list: ApiFile[]): ChangedFile[] {
  return list.map((f): ChangedFile => {
    const status =
      f.status === "removed" ? "deleted" : f.status === "added" || f.status === "copied" ? "added" : f.status === "renamed" && f.previous_filename ? "renamed" : "modified";
    // No patch: binary or too large, so every line counts.
    const lines = status === "deleted" || f.status === "unchanged" ? [] : status === "added" || f.patch === undefined ? null : hunkRanges(f.patch);
    return { path: f.filename, status, lines, ...(status === "renamed" ? { oldPath: f.previous_filename } : {}) };
  });
}

async function changesFromApi(plan: DiffPlan, workspace: string, client: GitHubClient): Promise<ChangeSet> {
  const notes: string[] = [];
  const listed = plan.pr ? await client.pullRequestFiles(plan.pr.number) : await client.compareFiles(plan.base, plan.head);
  const files = fromApiFiles(listed.files);
  const total = plan.pr?.changedFiles;
  const truncated = listed.truncated || (total !== undefined && total > files.length);
  notes.push(
    `The checkout does not hold both commits, so the changed files came from the GitHub API (${files.length} file${files.length === 1 ? "" : "s"}); ${
      plan.headInWorkspace ? "the head is the checkout" : "the head's files were read through the API as data, never checked out"
    }. \`fetch-depth: 2\` on actions/checkout lets shadow-ai read the diff from git instead.`,
  );
  if (truncated) {
    notes.push(
      `This change touches ${total !== undefined ? `${total} files` : `more than ${API_FILE_CAP} files`}, but the GitHub API lists only the first ${API_FILE_CAP}. ` +
        "Findings in files it did not list cannot be compared with the base, so they are treated as introduced. " +
        "Check out with `fetch-depth: 0` for an exact comparison from git.",
    );
  }
  const patches = new Map(listed.files.map((f) => [f.filename, f.patch]));
  return {
    changes: { files, source: "api", truncated, ...(truncated && total !== undefined ? { total } : {}) },
    base: plan.base,
    head: plan.head,
    readBase: apiReader(client, plan.base),
    readHead: plan.headInWorkspace ? (p) => readWorkspace(workspace, p) : apiReader(client, plan.head),
    patchOf: async (p) => patches.get(p),
    notes,
  };
}
