import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  UsageError
} from "./chunk-4CIJ6FWP.js";

// src/commands/org-inventory.ts
import { existsSync } from "node:fs";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
var REMOTE = /^([\w.-]+)\/([\w.-]+)\/([^@]+)@(.+)$/;
async function resolveOrgInventory(spec, env = process.env) {
  if (!spec || existsSync(spec)) return spec;
  const m = REMOTE.exec(spec);
  if (!m) return spec;
  const [, owner, repo, path, ref] = m;
  const token = env.GITHUB_TOKEN ?? env.GH_TOKEN;
  if (!token) throw new UsageError(`--org-inventory ${spec}: set GITHUB_TOKEN to read it from GitHub`);
  const { ApiError, GitHubClient } = await import("./client-IXD2JMQF.js");
  let data;
  try {
    data = await new GitHubClient(token, { owner, repo }, env.GITHUB_API_URL || void 0).fileAt(path, ref);
  } catch (err) {
    throw new UsageError(`--org-inventory ${spec}: ${err instanceof ApiError ? err.message : String(err)}`);
  }
  if (!data) throw new UsageError(`--org-inventory ${spec}: no such file in ${owner}/${repo} at ${ref}`);
  const file = join(await mkdtemp(join(tmpdir(), "shadow-ai-org-")), owner, repo, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, data);
  return file;
}

export {
  resolveOrgInventory
};
