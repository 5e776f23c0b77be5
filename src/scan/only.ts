// What a scan of a file list must read besides the list: a Terraform file's
// region and provider come from the other files of its module (its folder), so a
// changed bedrock.tf is read with the unchanged providers.tf beside it.
import { readdirSync } from "node:fs";
import { join, posix } from "node:path";
import { fileKind } from "../discover/kind.js";
import type { FileKind } from "../types.js";

/** Kinds whose files are only understood with the rest of their folder. */
const MODULE_KINDS: ReadonlySet<FileKind> = new Set<FileKind>(["terraform"]);

/**
 * `paths` plus, for each path of a module kind, the other files of that kind in
 * its folder under `root` (sorted, once each). Folders that cannot be listed add
 * nothing: the walk's rules are applied to the result afterwards anyway.
 */
export function withModuleFiles(root: string, paths: readonly string[]): string[] {
  const out = new Set(paths);
  const listed = new Set<string>();
  for (const p of paths) {
    const kind = fileKind(p);
    if (!kind || !MODULE_KINDS.has(kind)) continue;
    const dir = posix.dirname(p);
    if (listed.has(dir)) continue;
    listed.add(dir);
    let names: string[] = [];
    try {
      names = readdirSync(join(root, dir), { withFileTypes: true })
        .filter((e) => e.isFile() && fileKind(e.name) === kind)
        .map((e) => e.name)
        .sort();
    } catch {
      // a folder the change deleted
    }
    for (const n of names) out.add(dir === "." ? n : `${dir}/${n}`);
  }
  return [...out];
}
