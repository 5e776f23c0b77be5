import { existsSync } from "node:fs";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { UsageError } from "./types.js";

// `owner/repo/path@ref`: an organisation inventory kept in another repository.
const REMOTE = /^([\w.-]+)\/([\w.-]+)\/([^@]+)@(.+)$/;

/**
 * The local file an `--org-inventory` value names: a path as it is, or
 * `owner/repo/path@ref` fetched through the GitHub API (token from
 * GITHUB_TOKEN, API from GITHUB_API_URL) into a temporary file whose path
 * keeps `owner/repo/path`, so error messages still say where it came from.
 */
export async function resolveOrgInventory(spec: string | undefined, env = process.env): Promise<string | undefined> {
  if (!spec || existsSync(spec)) return spec;
  const m = REMOTE.exec(spec);
  if (!m) return spec; // a local path that does not exist: the loader says so, with the path
  const [, owner, repo, path, ref] = m as unknown as [string, string, string, string, string];
  const token = env.GITHUB_TOKEN ?? env.GH_TOKEN;
  if (!token) throw new UsageError(`--org-inventory ${spec}: set GITHUB_TOKEN to read it from GitHub`);
  // Imported here: the GitHub client (and undici under it) is only needed for a remote inventory.
  const { ApiError, GitHubClient } = await import("../github/client.js");
  let data: Buffer | undefined;
  try {
    data = await new GitHubClient(token, { owner, repo }, env.GITHUB_API_URL || undefined).fileAt(path, ref);
  } catch (err) {
    throw new UsageError(`--org-inventory ${spec}: ${err instanceof ApiError ? err.message : String(err)}`);
  }
  if (!data) throw new UsageError(`--org-inventory ${spec}: no such file in ${owner}/${repo} at ${ref}`);
  const file = join(await mkdtemp(join(tmpdir(), "shadow-ai-org-")), owner, repo, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, data);
  return file;
}
