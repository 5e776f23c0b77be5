import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  UsageError
} from "./chunk-4CIJ6FWP.js";

// src/commands/scan-root.ts
import { stat } from "node:fs/promises";
async function requireFolder(root) {
  let isDir;
  try {
    isDir = (await stat(root)).isDirectory();
  } catch (err) {
    const code = err.code;
    throw new UsageError(`cannot scan ${root}: ${code === "ENOENT" ? "no such folder" : code ?? err.message}`);
  }
  if (!isDir) throw new UsageError(`cannot scan ${root}: not a folder`);
  return root;
}

export {
  requireFolder
};
