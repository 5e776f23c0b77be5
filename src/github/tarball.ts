import { Readable } from "node:stream";
import { ApiError, apiRequest, failure, type ApiOptions } from "./org-repos.js";

export interface Tarball {
  /** The gzip'd tar bytes as they arrive. */
  stream: Readable;
  /** From Content-Length, when the server sent it. */
  bytes?: number;
  /** Aborts when the successful try's time is up (the stream then fails). */
  signal?: AbortSignal;
}

/**
 * A repository's tree at `ref` (default: its default branch) as GitHub's
 * gzip'd tarball, streamed. The API answers with a redirect to the archive
 * host; fetch follows it (and, crossing origins, drops the Authorization
 * header: the redirect URL carries its own short-lived token).
 */
export async function fetchTarball(fullName: string, ref: string | undefined, options: ApiOptions): Promise<Tarball> {
  const api = options.apiUrl.replace(/(?<!\/)\/+$/, "");
  const [owner, repo] = fullName.split("/");
  if (!owner || !repo) throw new ApiError(`not an owner/name repository: '${fullName}'`);
  const path = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/tarball${ref ? `/${ref.split("/").map(encodeURIComponent).join("/")}` : ""}`;
  const { res, signal } = await apiRequest(`${api}${path}`, options, "application/vnd.github+json, application/x-gzip, application/octet-stream");
  if (!res.ok) throw new ApiError(await failure(res), res.status);
  if (!res.body) throw new ApiError("the archive response has no body", res.status);
  const length = Number(res.headers.get("content-length"));
  return {
    stream: Readable.fromWeb(res.body as import("node:stream/web").ReadableStream<Uint8Array>),
    ...(Number.isFinite(length) && length > 0 ? { bytes: length } : {}),
    ...(signal ? { signal } : {}),
  };
}
