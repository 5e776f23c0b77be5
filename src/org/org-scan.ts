import { Transform } from "node:stream";
import { ApiError, listOrgRepos, type ApiOptions, type OrgRepo } from "../github/org-repos.js";
import { fetchTarball } from "../github/tarball.js";
import { declaredOf } from "./declarations.js";
import { selectRepos, type RepoFilter } from "./filter.js";
import { buildOrgReport } from "./merge.js";
import { RepoConfigError, scanTarball, TooLargeError } from "./tar-scan.js";
import type { OrgError, OrgReport, OrgRepository } from "./types.js";

export interface OrgProgress {
  done: number;
  total: number;
  repository: string;
  outcome: "scanned" | "error";
  /** What the scan found, or why it failed. */
  detail: string;
  ms: number;
}

export interface OrgScanOptions {
  org: string;
  api: ApiOptions;
  filter?: RepoFilter;
  /** Scan exactly these `owner/name` repositories (a shard), without listing. */
  only?: string[];
  /** Repositories scanned at once (default 4). */
  concurrency?: number;
  /** Per repository and try: waiting for the archive, downloading and scanning it (default 600 s; waits between tries do not count). */
  timeoutMs?: number;
  /** Per repository, compressed and uncompressed (default 1 GiB). */
  maxArchiveBytes?: number;
  maxFileSize?: number;
  fallbackInventory?: { text: string; file: string };
  now?: Date;
  generatedAt?: string;
  tool: OrgReport["tool"];
  progress?: (p: OrgProgress) => void;
  /** Called once the repositories to scan are known. */
  onSelected?: (total: number, skipped: number) => void;
}

export interface OrgScan {
  report: OrgReport;
  /** Listed but left out by the filters, with why (not errors: a choice). */
  skipped: OrgError[];
}

/** Fails the stream once more than `max` bytes have passed. */
function byteCap(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      seen += chunk.length;
      if (seen > max) cb(new TooLargeError(`too large: the archive is over ${max} bytes`));
      else cb(null, chunk);
    },
  });
}

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function reasonOf(err: unknown, repo: OrgRepo, signal: AbortSignal | undefined, timeoutMs: number): string {
  const timedOut = (signal?.aborted && (signal.reason as Error)?.name === "TimeoutError") || (err as Error)?.name === "TimeoutError";
  if (timedOut) return `timed out after ${Math.round(timeoutMs / 100) / 10} s`;
  if (err instanceof ApiError) {
    if (err.status === 404) return repo.size === 0 ? "empty repository (nothing to archive)" : `not found (404): ${err.reason}`;
    if (err.status === 451) return `unavailable for legal reasons (451)`;
    return err.reason;
  }
  if (err instanceof TooLargeError || err instanceof RepoConfigError) return err.message;
  return `could not scan: ${(err as Error).message ?? String(err)}`;
}

/**
 * Lists (or takes) the repositories, scans each default branch's tarball with
 * bounded concurrency and a per-repository timeout, and accounts for every
 * selected repository: scanned, or under errors with the reason.
 */
export async function scanOrg(options: OrgScanOptions): Promise<OrgScan> {
  let selected: OrgRepo[];
  let skipped: OrgError[] = [];
  if (options.only?.length) {
    selected = [...new Set(options.only)].sort().map((fullName) => ({
      fullName: fullName.includes("/") ? fullName : `${options.org}/${fullName}`,
      archived: false, fork: false, visibility: "private" as const, topics: [], size: -1, disabled: false,
    }));
  } else {
    const listed = await listOrgRepos(options.org, options.api);
    ({ selected, skipped } = selectRepos(listed, options.filter ?? {}));
  }
  options.onSelected?.(selected.length, skipped.length);

  const timeoutMs = options.timeoutMs ?? 600_000;
  const maxBytes = options.maxArchiveBytes ?? 1024 * 1024 * 1024;
  const repositories: OrgRepository[] = [];
  const errors: OrgError[] = [];
  let done = 0;
  await mapLimit(selected, options.concurrency ?? 4, async (repo) => {
    const started = Date.now();
    let signal: AbortSignal | undefined;
    let detail: string;
    let outcome: OrgProgress["outcome"];
    try {
      const tarball = await fetchTarball(repo.fullName, repo.defaultBranch, { ...options.api, timeoutMs });
      signal = tarball.signal;
      if (tarball.bytes !== undefined && tarball.bytes > maxBytes) {
        tarball.stream.destroy();
        throw new TooLargeError(`too large: the archive is ${tarball.bytes} bytes, over ${maxBytes}`);
      }
      const capped = tarball.stream.pipe(byteCap(maxBytes));
      tarball.stream.on("error", (e) => capped.destroy(e));
      // The timeout also ends a scan whose download has finished.
      const aborted = new Promise<never>((_, reject) => {
        if (signal?.aborted) reject(signal.reason);
        signal?.addEventListener("abort", () => reject(signal!.reason), { once: true });
      });
      aborted.catch(() => {});
      const { report, inventory } = await Promise.race([
        scanTarball(capped, {
          displayRoot: repo.fullName,
          fallbackInventory: options.fallbackInventory,
          maxFileSize: options.maxFileSize,
          maxArchiveBytes: maxBytes,
          now: options.now,
        }),
        aborted,
      ]);
      const declared = declaredOf(inventory);
      repositories.push({ name: repo.fullName, report, ...(declared ? { declared } : {}) });
      const blocking = report.findings.filter((f) => f.blocking && !f.suppressed).length;
      outcome = "scanned";
      detail = `${report.vendors.length} vendor${report.vendors.length === 1 ? "" : "s"}${report.vendors.length ? ` (${report.vendors.map((v) => v.id).join(", ")})` : ""}, ${blocking} blocking`;
    } catch (err) {
      const reason = reasonOf(err, repo, signal, timeoutMs);
      errors.push({ repository: repo.fullName, reason });
      outcome = "error";
      detail = reason;
    }
    options.progress?.({ done: ++done, total: selected.length, repository: repo.fullName, outcome, detail, ms: Date.now() - started });
  });

  const report = buildOrgReport({
    tool: options.tool,
    org: options.org,
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    repositories,
    errors,
    skipped,
  });
  return { report, skipped };
}
