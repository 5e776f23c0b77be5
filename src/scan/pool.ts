// The per-file half of a whole-tree scan shared between the main thread and
// worker threads. The workers are started before the walk, so their start-up
// (each loads the scanner and the catalog) overlaps the walk and the main
// thread's first batches; the main thread scans batches too, from the same
// queue, so one worker on 2 cores is already 2 scanning threads.
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

/** Files per batch: large enough that a message is cheap beside its work, small enough that threads finish together. */
const BATCH = 64;
/** Batches a worker holds at once: one to scan, one queued while the main thread is busy with its own. */
const PREFETCH = 2;
/**
 * Below this many files a pool is not worth it. On 2-3 cores V8's own background
 * threads (GC, optimising compiles) share the other core, and a worker warms its
 * own JIT. Measured on 2 cores with the workers booted during the walk
 * (interleaved, median of 7-9): langchainjs (2.5k files) no faster with one
 * worker (1.16 -> 1.20 s), vercel/ai (7.9k) 1.88 -> 1.74 s and 2.09 -> 1.97 s,
 * babel and test262 faster as before.
 */
export const MIN_FILES = 2000;
export const MIN_FILES_FEW_CORES = 5000;
/**
 * Workers boot while the walk lists files, from this many on: a worker takes
 * ~0.15 s to load the scanner and the catalog, about the walk of a few thousand
 * files, so booting only once a tree proved large left it idle through the start
 * of the scan. A pool the finished walk shows is not worth it is closed unused.
 */
export const BOOT_FROM = 1000;

/** The number of files from which a pool is worth using on `cores` cores. */
export const poolFrom = (cores = availableParallelism()) => (cores < 4 ? MIN_FILES_FEW_CORES : MIN_FILES);
/** The number of files from which the walk boots the workers, ahead of knowing whether they will be used. */
export const bootFrom = (cores = availableParallelism()) => Math.min(BOOT_FROM, poolFrom(cores));
const MAX_WORKERS = 3;
const YOUNG_MB = 8;

/** How many workers a scan of `files` files should use (0: scan on the main thread alone); the main thread always scans too. `files` Infinity: the most it could use. */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const forced = env.SHADOW_AI_WORKERS;
  if (forced !== undefined && forced !== "" && /^\d+$/.test(forced)) return Math.min(Number(forced), 64);
  if (cores < 2 || files < poolFrom(cores)) return 0;
  return Math.min(cores - 1, MAX_WORKERS);
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

/** Workers started ahead of the files they will scan. */
export interface Pool {
  /** scanFiles over `files`, shared with the workers; the outcomes in the files' order. */
  scan(files: ScannedFile[], catalog: Catalog): Promise<FileOutcome[]>;
  /** Stops the workers (after scan, or when the scan turns out not to need them). */
  close(): void;
}

/**
 * Starts `workers` scan workers with the built-in catalog; undefined when there
 * are none to start (0, or running from source without the bundle's worker entry).
 * `script`: the worker entry (tests pass ones that fail).
 */
export function startPool(root: string, maxSize: number, workers: number, script = workers > 0 ? workerScript() : undefined): Pool | undefined {
  if (workers <= 0 || !script) return undefined;
  const threads: Worker[] = [];
  for (let k = 0; k < workers; k++) {
    try {
      // A small young generation: each worker's semi-spaces are resident memory (peak RSS budget).
      const w = new Worker(script, { workerData: { root, maxSize } satisfies WorkerInput, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
      w.unref(); // a pool the scan did not use never keeps the process alive
      threads.push(w);
    } catch {
      break; // a worker that cannot start costs its speed, never the scan
    }
  }
  let closed = false;
  return {
    scan: (files, catalog) => runPool(threads, root, files, catalog, maxSize),
    close() {
      if (closed) return;
      closed = true;
      for (const w of threads) void w.terminate();
    },
  };
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

type Reply = { id: number; outcomes?: FileOutcome[]; error?: string };

/**
 * One queue of batches, taken by the main thread and by every live worker. A
 * worker that fails (cannot start, dies, or reports an error) hands its batches
 * back to the queue and takes no more: the main thread scans what is left, so
 * the outcome is the single-threaded one whatever happens to the pool.
 */
async function runPool(threads: Worker[], root: string, files: ScannedFile[], catalog: Catalog, maxSize: number): Promise<FileOutcome[]> {
  const queue = batches(files);
  const results: (FileOutcome[] | undefined)[] = new Array(queue.length);
  const retry: Batch[] = [];
  let next = 0;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const take = (): Batch | undefined => retry.pop() ?? (next < queue.length ? queue[next++] : undefined);

  const live = new Map<Worker, Map<number, Batch>>();
  const fail = (w: Worker) => {
    const held = live.get(w);
    if (!held) return;
    live.delete(w);
    retry.push(...held.values());
    w.removeAllListeners();
    void w.terminate();
    notify();
  };
  const feed = (w: Worker) => {
    const held = live.get(w);
    while (held && held.size < PREFETCH) {
      const b = take();
      if (!b) return;
      held.set(b.id, b);
      w.postMessage(b);
    }
  };
  for (const w of threads) {
    w.ref(); // while it holds batches, its replies are what the main thread waits for
    live.set(w, new Map());
    w.on("message", (m: Reply) => {
      const held = live.get(w);
      if (!held) return;
      if (!m.outcomes) return fail(w);
      held.delete(m.id);
      results[m.id] = m.outcomes;
      feed(w);
      notify();
    });
    w.on("error", () => fail(w));
    w.on("exit", () => fail(w));
    feed(w);
  }

  try {
    for (;;) {
      const b = take();
      if (b) {
        results[b.id] = await scanFiles(root, b.files, catalog, maxSize, b.context);
        // Let the workers' replies in, so each is fed again before the next batch here.
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      if ([...live.values()].every((held) => held.size === 0)) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    for (const w of live.keys()) {
      w.removeAllListeners();
      w.unref();
    }
  }
  return results.flatMap((r) => r!);
}
