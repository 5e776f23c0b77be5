import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { toJson } from "../report/json.js";
import { toCsv } from "../report/csv.js";
import { toOrgMarkdown } from "../report/org-markdown.js";
import { createdTime } from "../report/spdx-created.js";
import { toOrgSpdx } from "../report/spdx.js";
import { loadCatalog } from "../catalog/load.js";
import { orgJson } from "./merge.js";
import type { OrgReport } from "./types.js";

/** What only some formats need beyond the org report (`--created` for spdx). */
export interface OrgRenderOptions {
  created?: string;
}

/** The org report's formats (shared by `org` and `merge`). */
export const ORG_FORMATS: Record<string, (r: OrgReport, options?: OrgRenderOptions) => string> = {
  json: (r) => orgJson(r, toJson),
  markdown: (r) => toOrgMarkdown(r),
  csv: (r) => toCsv(r),
  // --created wins over generatedAt here: an org report has no one commit time, and generatedAt is only when it ran.
  spdx: (r, o) => toOrgSpdx(r, { created: createdTime(undefined, o?.created ?? r.generatedAt), spec: (id) => loadCatalog().vendors.get(id) }),
};

/**
 * Writes a file so a reader never sees half of it: a temporary file beside
 * the target (same file system), then rename over it.
 */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const target = resolve(path);
  await mkdir(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
