import { stat } from "node:fs/promises";
import { UsageError } from "./types.js";

/**
 * The folder a command scans, checked before the scan: a mistyped or missing
 * path walked as an empty tree would pass the gate with "no AI vendors found".
 */
export async function requireFolder(root: string): Promise<string> {
  let isDir: boolean;
  try {
    isDir = (await stat(root)).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot scan ${root}: ${code === "ENOENT" ? "no such folder" : (code ?? (err as Error).message)}`);
  }
  if (!isDir) throw new UsageError(`cannot scan ${root}: not a folder`);
  return root;
}
