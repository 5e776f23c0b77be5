// A scan worker (see pool.ts; its entry is worker-entry.ts): receives a scan's
// batches as they are made, takes the next one by bumping the counter every
// thread shares (takeBatch), reads and detects its files with the built-in
// catalog and answers with their outcomes; once told the queue is complete and
// none is left to take, says it is done.
import { parentPort, workerData } from "node:worker_threads";
import { loadCatalog } from "../catalog/load.js";
import type { ScannedFile } from "../types.js";
import { scanFiles } from "./files.js";
import { takeBatch } from "./pool.js";

export interface WorkerInput {
  root: string;
  maxSize: number;
  /** The index of the next batch to take (one Int32), shared by every thread. */
  next: SharedArrayBuffer;
}

export interface Batch {
  id: number;
  files: ScannedFile[];
  /** The batch's files and the other files of their modules (terraform folders). */
  context: ScannedFile[];
}

/** A batch, in queue order, or the end of the queue. */
export type WorkerMessage = Batch | { end: true };

const { root, maxSize, next } = workerData as WorkerInput;
const counter = new Int32Array(next);
const catalog = loadCatalog();
// Batches by queue index; those the counter has passed are dropped (another
// thread took them), so a worker holds the batches still to take, not every
// file of the tree (100k files, 3 workers: 257 MB peak RSS, with this 216 MB).
const queue: (Batch | undefined)[] = [];
let dropped = 0;
let ended = false;
let running = false;
let failed = false;

async function work(): Promise<void> {
  if (running || failed) return;
  running = true;
  for (let q = takeBatch(counter, queue.length); q !== undefined; q = takeBatch(counter, queue.length)) {
    const batch = queue[q]!;
    try {
      parentPort!.postMessage({ id: batch.id, outcomes: await scanFiles(root, batch.files, catalog, maxSize, batch.context) });
    } catch (err) {
      failed = true;
      parentPort!.postMessage({ id: batch.id, error: String(err) });
      return;
    }
  }
  running = false;
  if (ended) parentPort!.postMessage({ done: true });
}

parentPort!.on("message", (m: WorkerMessage) => {
  if ("end" in m) ended = true;
  else queue.push(m);
  for (const taken = Math.min(Atomics.load(counter, 0), queue.length); dropped < taken; dropped++) queue[dropped] = undefined;
  void work();
});
