import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** The checked-out commit, read from .git without running git; null when unknown. */
export async function gitHead(root: string): Promise<string | null> {
  try {
    let gitDir = join(root, ".git");
    const dotGit = await readFile(gitDir, "utf8").catch(() => undefined);
    if (dotGit?.startsWith("gitdir:")) gitDir = join(root, dotGit.slice(7).trim()); // worktrees, submodules
    const head = (await readFile(join(gitDir, "HEAD"), "utf8")).trim();
    if (/^[0-9a-f]{40,64}$/.test(head)) return head;
    const ref = /^ref:\s*(.+)$/.exec(head)?.[1];
    if (!ref) return null;
    const loose = await readFile(join(gitDir, ref), "utf8").catch(() => undefined);
    if (loose) return loose.trim();
    const packed = await readFile(join(gitDir, "packed-refs"), "utf8").catch(() => "");
    const line = packed.split("\n").find((l) => l.endsWith(` ${ref}`));
    return line ? line.slice(0, line.indexOf(" ")) : null;
  } catch {
    return null;
  }
}
