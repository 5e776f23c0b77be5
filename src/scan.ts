import { join, resolve as resolvePath } from "node:path";
import type { Catalog } from "./catalog/compile.js";
import { loadCatalog } from "./catalog/load.js";
import { detectFile, type FileResult } from "./detect/index.js";
import type { Mention } from "./detect/analyze.js";
import { discover, type DiscoverOptions } from "./discover/walk.js";
import { gitHead } from "./discover/git-head.js";
import { readText } from "./discover/read.js";
import { compareFindings, DEFAULT_BLOCK_ON, FindingBuilder, secretFindings } from "./evaluate/evaluate.js";
import { packageVersion } from "./package-root.js";
import { resolve } from "./resolve/resolve.js";
import type { Diagnostic, Evidence, ScanReport } from "./types.js";

export interface ScanOptions extends DiscoverOptions {
  catalog?: Catalog;
  /** How many files are read and detected at once. */
  concurrency?: number;
  /** Shown as target.root in the report (defaults to the path as given). */
  displayRoot?: string;
}

/** Maps over items with at most `limit` promises in flight; results keep input order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** discover → detect → resolve → evaluate, for one directory tree. */
export async function scan(root: string, options: ScanOptions = {}): Promise<ScanReport> {
  const started = performance.now();
  const catalog = options.catalog ?? loadCatalog();
  const abs = resolvePath(root);
  const found = await discover(abs, options);
  const skipped = { ...found.skipped };
  const diagnostics: Diagnostic[] = [...found.diagnostics];
  let bytes = 0;

  const results = await mapLimit(found.files, options.concurrency ?? 16, async (file): Promise<FileResult | undefined> => {
    const read = await readText(join(abs, file.path));
    if ("error" in read) {
      diagnostics.push({ file: file.path, message: read.error });
      skipped.unreadable = (skipped.unreadable ?? 0) + 1;
      return undefined;
    }
    if ("skip" in read) {
      skipped[read.skip] = (skipped[read.skip] ?? 0) + 1;
      return undefined;
    }
    bytes += file.size;
    try {
      return await detectFile(file, read.text, catalog);
    } catch (err) {
      diagnostics.push({ file: file.path, message: `could not scan: ${(err as Error).message}` });
      return undefined;
    }
  });

  const evidence: Evidence[] = [];
  const mentions: Mention[] = [];
  let scanned = 0;
  for (const r of results) {
    if (!r) continue;
    if (r.skipped) {
      skipped[r.skipped] = (skipped[r.skipped] ?? 0) + 1;
      continue;
    }
    scanned++;
    evidence.push(...r.evidence);
    mentions.push(...r.mentions);
    diagnostics.push(...r.diagnostics);
  }

  const { vendors, frameworks } = resolve(evidence, mentions, catalog);
  const builder = new FindingBuilder({ blockOn: new Set(DEFAULT_BLOCK_ON) });
  secretFindings(vendors, builder);

  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.message.localeCompare(b.message));
  const sortedSkips = Object.fromEntries(Object.entries(skipped).sort(([a], [b]) => a.localeCompare(b)));
  return {
    schemaVersion: 1,
    tool: { name: "shadow-ai", version: packageVersion(), catalogVersion: catalog.version },
    target: { root: options.displayRoot ?? root, commit: await gitHead(abs) },
    inventory: { path: null },
    stats: {
      files: scanned,
      bytes,
      skipped: Object.values(skipped).reduce((a, b) => a + b, 0),
      durationMs: Math.round(performance.now() - started),
      skippedBy: sortedSkips,
    },
    vendors,
    frameworks,
    findings: builder.findings.sort(compareFindings),
    diagnostics,
  };
}
