import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";

/** The checked-out commit, read from .git without running git; null when unknown. */
export async function gitHead(root: string): Promise<string | null> {
  try {
    let gitDir = join(root, ".git");
    const dotGit = await readFile(gitDir, "utf8").catch(() => undefined);
    // Worktrees and submodules: the path may be absolute (worktrees) or relative (submodules).
    if (dotGit?.startsWith("gitdir:")) gitDir = resolve(root, dotGit.slice(7).trim());
    const head = (await readFile(join(gitDir, "HEAD"), "utf8")).trim();
    // A worktree keeps its HEAD but shares refs with the main repository (named by `commondir`).
    const common = await readFile(join(gitDir, "commondir"), "utf8").then((c) => resolve(gitDir, c.trim())).catch(() => undefined);
    if (/^[0-9a-f]{40,64}$/.test(head)) return head;
    const ref = /^ref:\s*(.+)$/.exec(head)?.[1];
    if (!ref) return null;
    for (const dir of common ? [gitDir, common] : [gitDir]) {
      const loose = await readFile(join(dir, ref), "utf8").catch(() => undefined);
      if (loose) return loose.trim();
    }
    const packed = await readFile(join(common ?? gitDir, "packed-refs"), "utf8").catch(() => "");
    const line = packed.split("\n").find((l) => l.endsWith(` ${ref}`));
    return line ? line.slice(0, line.indexOf(" ")) : null;
  } catch {
    return null;
  }
}
