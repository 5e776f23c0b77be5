// The GitHub REST calls of the org scan: listing an organisation's
// repositories (every page) and the retrying request both it and the tarball
// download use. Plain fetch: the tarball must arrive as a stream, and the
// retry policy (retry-after, rate-limit reset, bounded backoff) is ours to test.

export interface RetryOptions {
  /** Tries per request, the first included (default 5). */
  attempts?: number;
  /** First backoff for 5xx and network errors, doubled each time (default 1000 ms). */
  baseDelayMs?: number;
  /** The longest single wait, backoff or retry-after (default 60 s); a longer retry-after gives up. */
  maxDelayMs?: number;
}

export interface ApiOptions {
  /** `GITHUB_API_URL` or `--api-url`; GitHub Enterprise Server: `https://HOST/api/v3`. */
  apiUrl: string;
  token?: string;
  retry?: RetryOptions;
  userAgent?: string;
  signal?: AbortSignal;
  /**
   * Per try: from sending the request to the end of whatever reads its body
   * (the waits between tries do not count).
   */
  timeoutMs?: number;
}

/** A request that failed for good; `reason` is what the org report says. */
export class ApiError extends Error {
  constructor(
    readonly reason: string,
    readonly status?: number,
  ) {
    super(reason);
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });

/** How long the API asks us to wait before retrying, if it says: retry-after, else the rate-limit reset. */
export function requestedWait(res: Response, now = Date.now()): number | undefined {
  const after = res.headers.get("retry-after");
  if (after !== null) {
    const s = Number(after);
    if (Number.isFinite(s) && s >= 0) return s * 1000;
    const at = Date.parse(after);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  if (res.headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(res.headers.get("x-ratelimit-reset"));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now);
  }
  return undefined;
}

/** 429, or a 403 that is a primary or secondary rate limit rather than a permission problem. */
async function isRateLimit(res: Response): Promise<boolean> {
  if (res.status === 429) return true;
  if (res.status !== 403) return false;
  if (res.headers.get("retry-after") !== null || res.headers.get("x-ratelimit-remaining") === "0") return true;
  const body = await res
    .clone()
    .text()
    .catch(() => "");
  return /rate limit/i.test(body);
}

function isAbort(err: unknown): boolean {
  const name = (err as { name?: string })?.name;
  return name === "AbortError" || name === "TimeoutError";
}

/**
 * GET with retries: 429 and rate-limited 403 wait what the API asks
 * (retry-after, else until x-ratelimit-reset), 5xx and network errors back off
 * exponentially; every wait is bounded by maxDelayMs and the number of tries by
 * attempts. Any other response is returned as it is, for the caller to judge.
 */
export async function apiGet(url: string, options: ApiOptions, accept = "application/vnd.github+json"): Promise<Response> {
  return (await apiRequest(url, options, accept)).res;
}

/** apiGet, and the signal the returned response's body is bound to (its try's timeout). */
export async function apiRequest(url: string, options: ApiOptions, accept = "application/vnd.github+json"): Promise<{ res: Response; signal?: AbortSignal }> {
  const attempts = Math.max(1, options.retry?.attempts ?? 5);
  const base = options.retry?.baseDelayMs ?? 1000;
  const max = options.retry?.maxDelayMs ?? 60_000;
  const headers: Record<string, string> = {
    accept,
    "x-github-api-version": "2022-11-28",
    "user-agent": options.userAgent ?? "shadow-ai",
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let last = "";
  for (let attempt = 1; ; attempt++) {
    let res: Response | undefined;
    let wait: number | undefined;
    const timers = [...(options.timeoutMs ? [AbortSignal.timeout(options.timeoutMs)] : []), ...(options.signal ? [options.signal] : [])];
    const signal = timers.length > 1 ? AbortSignal.any(timers) : timers[0];
    try {
      res = await fetch(url, { headers, signal, redirect: "follow" });
    } catch (err) {
      if (isAbort(err)) throw err;
      last = `network error: ${(err as Error).cause ? String(((err as Error).cause as Error).message ?? (err as Error).cause) : (err as Error).message}`;
    }
    if (res) {
      if (await isRateLimit(res)) {
        wait = requestedWait(res);
        last = `rate limited (HTTP ${res.status})`;
        if (wait !== undefined && wait > max) {
          await res.body?.cancel().catch(() => {});
          throw new ApiError(`${last}: the API asks to wait ${Math.ceil(wait / 1000)} s, over the ${Math.round(max / 1000)} s limit`, res.status);
        }
      } else if (res.status >= 500) {
        wait = requestedWait(res);
        last = `HTTP ${res.status} ${res.statusText}`.trim();
      } else return { res, signal };
      await res.body?.cancel().catch(() => {});
    }
    if (attempt >= attempts) throw new ApiError(`${last} after ${attempts} attempts`, res?.status);
    await sleep(Math.min(max, wait ?? base * 2 ** (attempt - 1)), options.signal);
  }
}

/** A failed response's message (GitHub's JSON `message`, else the status line). */
export async function failure(res: Response): Promise<string> {
  const text = await res.text().catch(() => "");
  let message = "";
  try {
    message = (JSON.parse(text) as { message?: string }).message ?? "";
  } catch {
    message = text.slice(0, 200);
  }
  return `HTTP ${res.status}${message ? `: ${message}` : ""}`;
}

/** The repository fields the org scan uses. */
export interface OrgRepo {
  /** `owner/name`. */
  fullName: string;
  defaultBranch?: string;
  archived: boolean;
  fork: boolean;
  visibility: "public" | "private" | "internal";
  topics: string[];
  /** Kilobytes, as the API reports it (0 for an empty repository). */
  size: number;
  disabled: boolean;
}

interface ApiRepo {
  full_name: string;
  default_branch?: string;
  archived?: boolean;
  fork?: boolean;
  private?: boolean;
  visibility?: string;
  topics?: string[];
  size?: number;
  disabled?: boolean;
}

function nextLink(link: string | null): string | undefined {
  return link?.split(",").find((part) => /rel="next"/.test(part))?.match(/<([^>]+)>/)?.[1];
}

/**
 * Every repository of an organisation (or, if no organisation has the name,
 * of a user), following the Link header page by page.
 */
export async function listOrgRepos(org: string, options: ApiOptions, maxPages = 1000): Promise<OrgRepo[]> {
  const api = options.apiUrl.replace(/(?<!\/)\/+$/, "");
  const first = `${api}/orgs/${encodeURIComponent(org)}/repos?type=all&per_page=100`;
  let res = await apiGet(first, options);
  if (res.status === 404) {
    await res.body?.cancel().catch(() => {});
    res = await apiGet(`${api}/users/${encodeURIComponent(org)}/repos?type=owner&per_page=100`, options);
    if (res.status === 404) throw new ApiError(`no organisation or user '${org}' at ${api} (404)`, 404);
  }
  const repos: OrgRepo[] = [];
  for (let page = 1; ; page++) {
    if (!res.ok) throw new ApiError(`listing repositories of '${org}': ${await failure(res)}`, res.status);
    const data = (await res.json()) as ApiRepo[];
    if (!Array.isArray(data)) throw new ApiError(`listing repositories of '${org}': the API did not return a list`);
    for (const r of data) {
      repos.push({
        fullName: r.full_name,
        ...(r.default_branch ? { defaultBranch: r.default_branch } : {}),
        archived: r.archived ?? false,
        fork: r.fork ?? false,
        visibility: r.visibility === "internal" ? "internal" : r.visibility === "public" || r.private === false ? "public" : "private",
        topics: r.topics ?? [],
        size: r.size ?? 0,
        disabled: r.disabled ?? false,
      });
    }
    const next = nextLink(res.headers.get("link"));
    if (!next || page >= maxPages) break;
    // The token goes only to the API it was given for.
    if (new URL(next).origin !== new URL(api).origin) throw new ApiError(`listing repositories of '${org}': the next page is on another host (${new URL(next).origin})`);
    res = await apiGet(next, options);
  }
  return repos;
}
