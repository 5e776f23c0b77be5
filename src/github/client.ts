// The only module that talks to the GitHub API. Everything it returns is plain
// data; callers never see Octokit.
import { getOctokit } from "@actions/github";

export interface Repo {
  owner: string;
  repo: string;
}

/** One file of a pull request or comparison, as the API lists it. */
export interface ApiFile {
  filename: string;
  previous_filename?: string;
  status: string; // added | removed | modified | renamed | copied | changed | unchanged
  /** Unified diff of the file; absent for binary or very large changes. */
  patch?: string;
}

export interface FileList {
  files: ApiFile[];
  /** The API stopped listing (3,000 files for a pull request, 300 per comparison page up to 3,000). */
  truncated: boolean;
}

/** The API's ceiling on files it lists for one pull request or comparison. */
export const API_FILE_CAP = 3000;

export type CommentResult =
  | { outcome: "created" | "updated"; url: string }
  | { outcome: "unchanged"; url: string }
  | { outcome: "skipped" }
  | { outcome: "forbidden"; message: string };

type Octokit = ReturnType<typeof getOctokit>;

function status(err: unknown): number | undefined {
  const s = (err as { status?: unknown }).status;
  return typeof s === "number" ? s : undefined;
}

/** Per request, headers and body: a server that never answers must not hold the job until its timeout. */
const TIMEOUT_MS = Number(process.env.SHADOW_AI_API_TIMEOUT_MS) || 30_000;

const fetchWithTimeout: typeof fetch = (input, init) => fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(TIMEOUT_MS) });

/**
 * The API could not give what was asked: an error status, no answer, or an answer
 * that is not what the endpoint returns. The message says what and why.
 */
export class ApiError extends Error {
  readonly status: number | undefined;
  constructor(what: string, err: unknown) {
    const s = status(err);
    const e = err as { name?: string; message?: string; cause?: { name?: string }; response?: unknown };
    const message = e.message ?? String(err);
    // Octokit reports a request that got no answer as status 500 without a response.
    const detail =
      e.name === "TimeoutError" || e.cause?.name === "TimeoutError" || /due to timeout/i.test(message)
        ? `no answer within ${Math.round(TIMEOUT_MS / 1000)} s`
        : s !== undefined && e.response !== undefined
          ? `HTTP ${s}: ${message}`
          : message;
    super(`could not ${what} through the GitHub API (${detail.slice(0, 300)})`);
    this.status = s;
  }
}

/** Runs one API operation; anything it throws becomes an ApiError saying what was being done. */
async function api<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw err instanceof ApiError ? err : new ApiError(what, err);
  }
}

export class GitHubClient {
  private readonly octokit: Octokit;

  constructor(
    token: string,
    readonly repo: Repo,
    baseUrl = process.env.GITHUB_API_URL || "https://api.github.com",
  ) {
    if (!token) throw new Error("no GitHub token: pass `token:` (the default is github.token)");
    this.octokit = getOctokit(token, { baseUrl, request: { retries: 0, fetch: fetchWithTimeout } });
  }

  /** The files a pull request changes, every page, up to the API's 3,000-file cap. */
  async pullRequestFiles(number: number): Promise<FileList> {
    return api(`list pull request #${number}'s files`, async () => {
      const files: ApiFile[] = [];
      for await (const page of this.octokit.paginate.iterator(this.octokit.rest.pulls.listFiles, {
        ...this.repo,
        pull_number: number,
        per_page: 100,
      })) {
        for (const f of listOfFiles(page.data)) files.push(pick(f));
      }
      return { files, truncated: files.length >= API_FILE_CAP };
    });
  }

  /** The files changed between two commits (`base...head`), page by page up to the cap. */
  async compareFiles(base: string, head: string): Promise<FileList> {
    return api(`compare ${base.slice(0, 7)}...${head.slice(0, 7)}`, () => this.compareFilesUnguarded(base, head));
  }

  private async compareFilesUnguarded(base: string, head: string): Promise<FileList> {
    const files: ApiFile[] = [];
    const perPage = 100;
    for (let page = 1; files.length < API_FILE_CAP; page++) {
      const res = await this.octokit.rest.repos.compareCommitsWithBasehead({
        ...this.repo,
        basehead: `${base}...${head}`,
        per_page: perPage,
        page,
      });
      const list = listOfFiles(res.data.files ?? []);
      for (const f of list) files.push(pick(f));
      if (list.length < perPage) break;
    }
    return { files, truncated: files.length >= API_FILE_CAP };
  }

  /** A file's raw bytes at a commit; undefined when it does not exist there. */
  async fileAt(path: string, ref: string): Promise<Buffer | undefined> {
    try {
      const res = await this.octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
        ...this.repo,
        path,
        ref,
        mediaType: { format: "raw" },
      });
      const data = res.data as unknown;
      if (typeof data === "string") return Buffer.from(data, "utf8");
      if (data instanceof ArrayBuffer) return Buffer.from(data);
      if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      // A directory or a submodule: not a file.
      return undefined;
    } catch (err) {
      if (status(err) === 404) return undefined;
      throw new ApiError(`read ${path} at ${ref.slice(0, 7)}`, err);
    }
  }

  /**
   * One comment per pull request, found by `marker` and edited in place.
   * A token that may not write (a fork's read-only token) is an outcome, not an error.
   */
  async upsertComment(number: number, marker: string, body: string, createIfMissing: boolean): Promise<CommentResult> {
    try {
      let existing: { id: number; body: string; url: string } | undefined;
      for await (const page of this.octokit.paginate.iterator(this.octokit.rest.issues.listComments, {
        ...this.repo,
        issue_number: number,
        per_page: 100,
      })) {
        const hit = page.data.find((c) => c.body?.includes(marker));
        if (hit) {
          existing = { id: hit.id, body: hit.body ?? "", url: hit.html_url };
          break;
        }
      }
      if (existing) {
        if (existing.body === body) return { outcome: "unchanged", url: existing.url };
        const res = await this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: existing.id, body });
        return { outcome: "updated", url: res.data.html_url };
      }
      if (!createIfMissing) return { outcome: "skipped" };
      const res = await this.octokit.rest.issues.createComment({ ...this.repo, issue_number: number, body });
      return { outcome: "created", url: res.data.html_url };
    } catch (err) {
      const s = status(err);
      if (s === 403 || s === 401) {
        return { outcome: "forbidden", message: `${s}: ${(err as Error).message}` };
      }
      throw err;
    }
  }
}

/** The answer must be a list of file entries: a proxy's page or a cut-off body is not. */
function listOfFiles<T>(data: T[]): T[] {
  if (!Array.isArray(data) || data.some((f) => typeof (f as { filename?: unknown })?.filename !== "string")) {
    throw new Error("the answer is not a list of files");
  }
  return data;
}

function pick(f: { filename: string; previous_filename?: string; status: string; patch?: string }): ApiFile {
  return {
    filename: f.filename,
    status: f.status,
    ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
  };
}
