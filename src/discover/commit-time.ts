import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * When a commit was made (its committer time, ISO 8601 UTC), read as data with
 * `git cat-file` (packed or loose objects alike; nothing runs hooks); null when
 * there is no commit, no git, or the object is not there.
 */
export async function commitTime(root: string, commit: string | null): Promise<string | null> {
  if (!commit || !/^[0-9a-f]{40,64}$/.test(commit)) return null;
  try {
    const { stdout } = await run("git", ["--no-pager", "cat-file", "commit", commit], { cwd: root, encoding: "utf8", timeout: 10_000 });
    const seconds = /^committer .* (\d+) [+-]\d{4}$/m.exec(stdout)?.[1];
    return seconds ? new Date(Number(seconds) * 1000).toISOString() : null;
  } catch {
    return null;
  }
}
