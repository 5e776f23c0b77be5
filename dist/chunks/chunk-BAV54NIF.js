import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  MODULE_KINDS,
  moduleFolders,
  moduleMates,
  scanFiles
} from "./chunk-MNL3WBNY.js";

// src/scan/pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var BATCH = 64;
var MIN_FILES = 2e3;
var MIN_FILES_FEW_CORES = 5e3;
var BOOT_FROM = 1e3;
var poolFrom = (cores = availableParallelism()) => cores < 4 ? MIN_FILES_FEW_CORES : MIN_FILES;
var bootFrom = (cores = availableParallelism(), env = process.env) => Math.max(1, Math.min(BOOT_FROM, useFrom(env, cores)));
var MAX_WORKERS = 3;
var YOUNG_MB = 8;
var WINDOW = 512;
function workerCount(files, env = process.env, cores = availableParallelism()) {
  const forced = env.SHADOW_AI_WORKERS;
  if (forced !== void 0 && forced !== "" && /^\d+$/.test(forced)) return Math.min(Number(forced), 64);
  if (cores < 2 || files < poolFrom(cores)) return 0;
  return Math.min(cores - 1, MAX_WORKERS);
}
function useFrom(env = process.env, cores = availableParallelism()) {
  for (const n of [0, poolFrom(cores)]) if (workerCount(n, env, cores) > 0) return n;
  return Infinity;
}
function workerScript() {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith(".js")) return void 0;
  let dir = dirname(here);
  if (basename(dir) === "chunks") dir = dirname(dir);
  const script = join(dir, "scan-worker.js");
  return existsSync(script) ? script : void 0;
}
function takeBatch(next, limit) {
  for (; ; ) {
    const n = Atomics.load(next, 0);
    if (n >= limit) return void 0;
    if (Atomics.compareExchange(next, 0, n, n + 1) === n) return n;
  }
}
function startPool(root, maxSize, workers, script = workers > 0 ? workerScript() : void 0) {
  if (workers <= 0 || !script) return void 0;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const threads = [];
  for (let k = 0; k < workers; k++) {
    try {
      const w = new Worker(script, { workerData: { root, maxSize, next: next.buffer }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
      w.unref();
      threads.push(w);
    } catch {
      break;
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
    }
  };
}
var PoolRun = class {
  constructor(threads, root, maxSize, next) {
    this.threads = threads;
    this.root = root;
    this.maxSize = maxSize;
    this.next = next;
    for (const w of threads) {
      this.live.add(w);
      w.on("message", (m) => {
        if ("done" in m) return this.end(w);
        if (!m.outcomes) return this.fail(w);
        this.results[m.id] = m.outcomes;
        this.send();
      });
      w.on("error", () => this.fail(w));
      w.on("exit", () => this.fail(w));
    }
  }
  threads;
  root;
  maxSize;
  next;
  queue = [];
  held = [];
  // batches with a module file, by id (sparse)
  results = [];
  live = /* @__PURE__ */ new Set();
  from = useFrom();
  // the list's length from which batches go out during the walk
  cut = 0;
  // files of the list already in a batch
  ids = 0;
  sent = 0;
  // batches of the queue sent to the workers
  complete = false;
  // the queue holds every batch
  ended = false;
  // the workers were told so
  wake;
  listed(files) {
    if (this.sent < this.queue.length) this.send();
    if (files.length - this.cut < BATCH || files.length < this.from) return;
    this.batch(files.slice(this.cut, this.cut + BATCH));
    this.cut += BATCH;
  }
  async finish(files, catalog) {
    for (; this.cut < files.length; this.cut += BATCH) this.batch(files.slice(this.cut, this.cut + BATCH));
    const byDir = moduleFolders(files);
    this.held.forEach((slice, id) => {
      const inBatch = new Set(slice);
      const extra = new Set(slice.flatMap((f) => moduleMates(f, byDir)).filter((g) => !inBatch.has(g)));
      this.queue.push({ id, files: slice, context: [...slice, ...extra] });
    });
    this.complete = true;
    for (const w of this.live) w.ref();
    this.send();
    const { queue, results, root, maxSize } = this;
    try {
      for (let q = takeBatch(this.next, queue.length); q !== void 0; q = takeBatch(this.next, queue.length)) {
        const b = queue[q];
        results[b.id] = await scanFiles(root, b.files, catalog, maxSize, b.context);
        this.send();
      }
      this.send();
      while (this.live.size > 0) await new Promise((resolve) => this.wake = resolve);
    } finally {
      for (const w of this.threads) {
        w.removeAllListeners();
        w.unref();
      }
    }
    for (const b of queue) results[b.id] ??= await scanFiles(root, b.files, catalog, maxSize, b.context);
    return results.flatMap((r) => r);
  }
  batch(slice) {
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
  send() {
    const upTo = Math.min(this.queue.length, Atomics.load(this.next, 0) + WINDOW);
    for (; this.sent < upTo; this.sent++) for (const w of this.live) w.postMessage(this.queue[this.sent]);
    if (!this.complete || this.ended || this.sent < this.queue.length) return;
    this.ended = true;
    for (const w of this.live) w.postMessage({ end: true });
  }
  end(w) {
    if (!this.live.delete(w)) return;
    w.removeAllListeners();
    this.wake?.();
    this.wake = void 0;
  }
  fail(w) {
    if (!this.live.has(w)) return;
    this.end(w);
    void w.terminate();
  }
};

export {
  bootFrom,
  workerCount,
  takeBatch,
  startPool
};
