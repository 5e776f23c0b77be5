// The per-file half of a whole-tree scan on worker threads, for machines that
// have the cores: GitHub's hosted runners for public repositories have 4 vCPUs.
// Below 4 (availableParallelism) it stays on the main thread: on 2 cores the
// workers' start-up (each loads the scanner and the catalog) and the copying of
// outcomes between threads cost more than the second core gives back.
// SHADOW_AI_WORKERS=N forces N workers (0: none), so scaling can be measured
// on any machine (npm run bench -- --workers N).
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Catalog } from "../catalog/compile.js";
import type { ScannedFile } from "../types.js";
import { MODULE_KINDS, scanFiles, type FileOutcome } from "./files.js";
import type { Batch, WorkerInput } from "./worker.js";

/** Files per batch: large enough that a message is cheap beside its work, small enough to balance. */
const BATCH = 256;
/** Below this many files a pool's start-up is not worth it. */
const MIN_FILES = 2000;
const MAX_WORKERS = 3;
const YOUNG_MB = 8;

/** How many workers a scan of `files` files should use (0: scan on the main thread). */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.SHADOW_AI_WORKERS;
  if (forced !== undefined && forced !== "" && /^\d+$/.test(forced)) return Math.min(Number(forced), 64);
  const cores = availableParallelism();
  if (cores < 4 || files < MIN_FILES) return 0;
  return Math.min(cores, MAX_WORKERS);
}

/** The bundled worker entry next to this bundle (dist/scan-worker.js); none when running from source. */
function workerScript(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith(".js")) return undefined;
  let dir = dirname(here);
  if (basename(dir) === "chunks") dir = dirname(dir);
  const script = join(dir, "scan-worker.js");
  return existsSync(script) ? script : undefined;
}

/**
 * scanFiles with the built-in catalog, on `workers` worker threads when the
 * bundle has its worker entry; the outcomes in the files' order either way. A
 * pool that fails (a worker that cannot start or dies) costs its speed, never
 * the scan: the files are then scanned on the main thread.
 */
export async function scanFilesPooled(root: string, files: ScannedFile[], catalog: Catalog, maxSize: number, workers: number): Promise<FileOutcome[]> {
  const script = workers > 0 ? workerScript() : undefined;
  if (!script) return scanFiles(root, files, catalog, maxSize);
  try {
    return await runPool(script, root, files, maxSize, workers);
  } catch {
    return scanFiles(root, files, catalog, maxSize);
  }
}

function batches(files: ScannedFile[]): Batch[] {
  // A module kind's file is read with the other files of its folder: send those along.
  const byDir = new Map<string, ScannedFile[]>();
  for (const f of files) {
    if (!MODULE_KINDS.has(f.kind)) continue;
    const dir = f.path.slice(0, f.path.lastIndexOf("/") + 1);
    (byDir.get(dir) ?? byDir.set(dir, []).get(dir)!).push(f);
  }
  const out: Batch[] = [];
  for (let i = 0; i < files.length; i += BATCH) {
    const slice = files.slice(i, i + BATCH);
    const inBatch = new Set(slice);
    const extra = new Set<ScannedFile>();
    for (const f of slice) {
      if (!MODULE_KINDS.has(f.kind)) continue;
      for (const g of byDir.get(f.path.slice(0, f.path.lastIndexOf("/") + 1)) ?? []) if (!inBatch.has(g)) extra.add(g);
    }
    out.push({ id: out.length, files: slice, context: extra.size ? [...slice, ...extra] : slice });
  }
  return out;
}

function runPool(script: string, root: string, files: ScannedFile[], maxSize: number, workers: number): Promise<FileOutcome[]> {
  const queue = batches(files);
  const results: FileOutcome[][] = new Array(queue.length);
  let next = 0;
  let done = 0;
  const pool: Worker[] = [];
  return new Promise<FileOutcome[]>((resolve, reject) => {
    const stop = (err?: Error) => {
      for (const w of pool) void w.terminate();
      if (err) reject(err);
      else resolve(results.flat());
    };
    const feed = (w: Worker) => {
      if (next < queue.length) w.postMessage(queue[next++]);
    };
    for (let k = 0; k < Math.min(workers, queue.length); k++) {
      // A small young generation: each worker's semi-spaces are resident memory (peak RSS budget).
      const w = new Worker(script, { workerData: { root, maxSize } satisfies WorkerInput, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
      pool.push(w);
      w.on("message", (m: { id: number; outcomes?: FileOutcome[]; error?: string }) => {
        if (!m.outcomes) return stop(new Error(m.error));
        results[m.id] = m.outcomes;
        if (++done === queue.length) return stop();
        feed(w);
      });
      w.on("error", (err) => stop(err));
      w.on("exit", (code) => {
        if (done < queue.length) stop(new Error(`scan worker exited with ${code}`));
      });
      feed(w);
    }
  });
}
