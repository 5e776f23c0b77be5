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
import type { Batch, WorkerInput, WorkerJob } from "./worker.js";

/** Files per batch: large enough that a message is cheap beside its work, small enough that threads finish together. */
const BATCH = 64;
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

type Reply = { id: number; outcomes?: FileOutcome[]; error?: string } | { done: true };

/**
 * Every batch goes to every worker at once, with one shared counter: each
 * thread, the main one too, takes the next batch by bumping it
 * (Atomics.add), so no thread waits on another to be handed work. Fed one
 * batch at a time by the main thread's event loop, a worker starved whenever
 * that thread ran something long: on test262 it sat idle through the 0.3 s
 * the main thread spent loading the TypeScript parser.
 *
 * A worker that fails (cannot start, dies, or reports an error) takes no more,
 * and whatever it took and did not answer is scanned by the main thread at the
 * end, so the outcome is the single-threaded one whatever happens to the pool.
 */
async function runPool(threads: Worker[], root: string, files: ScannedFile[], catalog: Catalog, maxSize: number): Promise<FileOutcome[]> {
  const queue = batches(files);
  const results: (FileOutcome[] | undefined)[] = new Array(queue.length);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const take = (): Batch | undefined => {
    const i = Atomics.add(next, 0, 1);
    return i < queue.length ? queue[i] : undefined;
  };
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const live = new Set<Worker>();
  const end = (w: Worker) => {
    if (!live.delete(w)) return;
    w.removeAllListeners();
    notify();
  };
  const fail = (w: Worker) => {
    if (!live.has(w)) return;
    end(w);
    void w.terminate();
  };
  for (const w of threads) {
    w.ref(); // while it scans, its replies are what the main thread waits for
    live.add(w);
    w.on("message", (m: Reply) => {
      if ("done" in m) return end(w);
      if (!m.outcomes) return fail(w);
      results[m.id] = m.outcomes;
    });
    w.on("error", () => fail(w));
    w.on("exit", () => fail(w));
    w.postMessage({ batches: queue, next: next.buffer } satisfies WorkerJob);
  }

  try {
    for (let b = take(); b; b = take()) results[b.id] = await scanFiles(root, b.files, catalog, maxSize, b.context);
    while (live.size > 0) await new Promise<void>((resolve) => (wake = resolve));
  } finally {
    for (const w of threads) {
      w.removeAllListeners();
      w.unref();
    }
  }
  // What a failed worker took and did not answer.
  for (const b of queue) results[b.id] ??= await scanFiles(root, b.files, catalog, maxSize, b.context);
  return results.flatMap((r) => r!);
}
