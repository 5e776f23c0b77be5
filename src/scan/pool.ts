// The per-file half of a whole-tree scan shared between the main thread and
// worker threads. The workers are started during the walk, so their start-up
// (each loads the scanner and the catalog) overlaps it, and once the walk has
// listed enough files to use them they scan its batches while it goes on; the
// main thread scans batches too, from the same queue, once the walk is done,
// so one worker on 2 cores is already 2 scanning threads.
// SHADOW_AI_WORKERS=N forces N workers (0: none), so scaling can be measured
// on any machine (npm run bench -- --workers N).
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Catalog } from "../catalog/compile.js";
import type { ScannedFile } from "../types.js";
import { MODULE_KINDS, moduleFolders, moduleMates, scanFiles, type FileOutcome } from "./files.js";
import type { Batch, WorkerInput, WorkerMessage } from "./worker.js";

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
/**
 * The number of files from which the walk boots the workers, ahead of knowing
 * whether they will be used (forced workers: at the first file).
 */
export const bootFrom = (cores = availableParallelism(), env: NodeJS.ProcessEnv = process.env) => Math.max(1, Math.min(BOOT_FROM, useFrom(env, cores)));
const MAX_WORKERS = 3;
const YOUNG_MB = 8;
/**
 * Batches sent to the workers ahead of the shared counter (32k files). Every
 * worker holds a copy of each batch it was sent until a thread takes it: sent
 * the whole walk at once, a worker held most of a 100k-file list while the walk
 * outran the scan (Node 24, three workers: 246 -> 239 MB peak RSS with this).
 * Trees below it (babel's 427 batches) are sent as before: a 256-batch window
 * measured babel 5% slower. Ahead enough that a worker has work through the
 * 0.3-0.5 s the main thread may spend loading the TypeScript parser.
 */
export const WINDOW = 512;

/** How many workers a scan of `files` files should use (0: scan on the main thread alone); the main thread always scans too. `files` Infinity: the most it could use. */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const forced = env.SHADOW_AI_WORKERS;
  if (forced !== undefined && forced !== "" && /^\d+$/.test(forced)) return Math.min(Number(forced), 64);
  if (cores < 2 || files < poolFrom(cores)) return 0;
  return Math.min(cores - 1, MAX_WORKERS);
}

/** The fewest files workerCount gives a worker for (Infinity: none). */
export function useFrom(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  for (const n of [0, poolFrom(cores)]) if (workerCount(n, env, cores) > 0) return n;
  return Infinity;
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
  /**
   * The walk's list so far (the same array, growing): once it is long enough
   * to use the pool, its full batches go to the workers as they are listed.
   */
  listed(files: readonly ScannedFile[]): void;
  /** scanFiles over `files` (the walk's whole list), shared with the workers; the outcomes in the files' order. */
  scan(files: ScannedFile[], catalog: Catalog): Promise<FileOutcome[]>;
  /** Stops the workers (after scan, or when the scan turns out not to need them). */
  close(): void;
}

/** Takes the next batch of the first `limit` (those this thread has): its index in the queue, or undefined. */
export function takeBatch(next: Int32Array, limit: number): number | undefined {
  for (;;) {
    const n = Atomics.load(next, 0);
    if (n >= limit) return undefined;
    if (Atomics.compareExchange(next, 0, n, n + 1) === n) return n;
  }
}

/**
 * Starts `workers` scan workers with the built-in catalog; undefined when there
 * are none to start (0, or running from source without the bundle's worker entry).
 * `script`: the worker entry (tests pass ones that fail).
 */
export function startPool(root: string, maxSize: number, workers: number, script = workers > 0 ? workerScript() : undefined): Pool | undefined {
  if (workers <= 0 || !script) return undefined;
  // The index of the next batch to take, shared by every thread.
  const next = new Int32Array(new SharedArrayBuffer(4));
  const threads: Worker[] = [];
  for (let k = 0; k < workers; k++) {
    try {
      // A small young generation: each worker's semi-spaces are resident memory (peak RSS budget).
      const w = new Worker(script, { workerData: { root, maxSize, next: next.buffer as SharedArrayBuffer } satisfies WorkerInput, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
      w.unref(); // a pool the scan did not use never keeps the process alive
      threads.push(w);
    } catch {
      break; // a worker that cannot start costs its speed, never the scan
    }
  }
  const run = new PoolRun(threads, root, maxSize, next);
  let closed = false;
  return {
    listed: (files) => run.listed(files),
    scan: (files, catalog) => run.finish(files, catalog),
    close() {
      if (closed) return;
      closed = true;
      for (const w of threads) void w.terminate();
    },
  };
}

type Reply = { id: number; outcomes?: FileOutcome[]; error?: string } | { done: true };

/**
 * One queue of batches, taken through one shared counter by every thread,
 * the main one too (takeBatch), so no thread waits on another to be handed
 * work: fed one batch at a time by the main thread's event loop, a worker
 * starved whenever that thread ran something long (on test262 it sat idle
 * through the 0.3 s the main thread spent loading the TypeScript parser).
 * Every batch goes to every worker as it is made, during the walk once the
 * tree is big enough to use the pool, up to WINDOW batches ahead of the
 * counter (the rest as the threads take them); a batch holding a module kind's
 * file (terraform) waits for the whole list, which its folder's files come from.
 *
 * A worker that fails (cannot start, dies, or reports an error) takes no more,
 * and whatever it took and did not answer is scanned by the main thread at the
 * end, so the outcome is the single-threaded one whatever happens to the pool.
 */
class PoolRun {
  private readonly queue: Batch[] = [];
  private readonly held: ScannedFile[][] = []; // batches with a module file, by id (sparse)
  private readonly results: (FileOutcome[] | undefined)[] = [];
  private readonly live = new Set<Worker>();
  private readonly from = useFrom(); // the list's length from which batches go out during the walk
  private cut = 0; // files of the list already in a batch
  private ids = 0;
  private sent = 0; // batches of the queue sent to the workers
  private complete = false; // the queue holds every batch
  private ended = false; // the workers were told so
  private wake: (() => void) | undefined;

  constructor(
    private readonly threads: Worker[],
    private readonly root: string,
    private readonly maxSize: number,
    private readonly next: Int32Array,
  ) {
    for (const w of threads) {
      this.live.add(w);
      w.on("message", (m: Reply) => {
        if ("done" in m) return this.end(w);
        if (!m.outcomes) return this.fail(w);
        this.results[m.id] = m.outcomes;
        this.send();
      });
      w.on("error", () => this.fail(w));
      w.on("exit", () => this.fail(w));
    }
  }

  listed(files: readonly ScannedFile[]): void {
    // The walk is synchronous: the workers' progress is seen here, not through their replies.
    if (this.sent < this.queue.length) this.send();
    if (files.length - this.cut < BATCH || files.length < this.from) return;
    this.batch(files.slice(this.cut, this.cut + BATCH));
    this.cut += BATCH;
  }

  async finish(files: ScannedFile[], catalog: Catalog): Promise<FileOutcome[]> {
    for (; this.cut < files.length; this.cut += BATCH) this.batch(files.slice(this.cut, this.cut + BATCH));
    const byDir = moduleFolders(files);
    this.held.forEach((slice, id) => {
      // A module kind's file is read with the other files of its folder: send those along.
      const inBatch = new Set(slice);
      const extra = new Set(slice.flatMap((f) => moduleMates(f, byDir)).filter((g) => !inBatch.has(g)));
      this.queue.push({ id, files: slice, context: [...slice, ...extra] });
    });
    this.complete = true;
    for (const w of this.live) w.ref(); // while it scans, its replies are what the main thread waits for
    this.send();
    const { queue, results, root, maxSize } = this;
    try {
      for (let q = takeBatch(this.next, queue.length); q !== undefined; q = takeBatch(this.next, queue.length)) {
        const b = queue[q]!;
        results[b.id] = await scanFiles(root, b.files, catalog, maxSize, b.context);
        this.send();
      }
      this.send();
      while (this.live.size > 0) await new Promise<void>((resolve) => (this.wake = resolve));
    } finally {
      for (const w of this.threads) {
        w.removeAllListeners();
        w.unref();
      }
    }
    // What a failed worker took and did not answer.
    for (const b of queue) results[b.id] ??= await scanFiles(root, b.files, catalog, maxSize, b.context);
    return results.flatMap((r) => r!);
  }

  private batch(slice: ScannedFile[]): void {
    const id = this.ids++;
    if (slice.some((f) => MODULE_KINDS.has(f.kind))) this.held[id] = slice;
    else {
      this.queue.push({ id, files: slice, context: slice });
      this.send();
    }
  }

  /**
   * Sends every worker the queue's batches up to WINDOW ahead of the shared
   * counter, and once the queue is complete and sent, its end.
   */
  private send(): void {
    const upTo = Math.min(this.queue.length, Atomics.load(this.next, 0) + WINDOW);
    for (; this.sent < upTo; this.sent++) for (const w of this.live) w.postMessage(this.queue[this.sent]! satisfies WorkerMessage);
    if (!this.complete || this.ended || this.sent < this.queue.length) return;
    this.ended = true;
    for (const w of this.live) w.postMessage({ end: true } satisfies WorkerMessage);
  }

  private end(w: Worker): void {
    if (!this.live.delete(w)) return;
    w.removeAllListeners();
    this.wake?.();
    this.wake = undefined;
  }

  private fail(w: Worker): void {
    if (!this.live.has(w)) return;
    this.end(w);
    void w.terminate();
  }
}
