// A scan worker (see pool.ts; its entry is worker-entry.ts): given every batch
// of a scan and a counter shared with the other threads, takes the next batch
// by bumping the counter, reads and detects its files with the built-in
// catalog, and answers with their outcomes, until none is left.
import { parentPort, workerData } from "node:worker_threads";
import { loadCatalog } from "../catalog/load.js";
import type { ScannedFile } from "../types.js";
import { scanFiles } from "./files.js";

export interface WorkerInput {
  root: string;
  maxSize: number;
}

export interface Batch {
  id: number;
  files: ScannedFile[];
  /** The batch's files and the other files of their modules (terraform folders). */
  context: ScannedFile[];
}

/** A scan's batches, and the index of the next one to take (an Int32 shared by every thread). */
export interface WorkerJob {
  batches: Batch[];
  next: SharedArrayBuffer;
}

const { root, maxSize } = workerData as WorkerInput;
const catalog = loadCatalog();
parentPort!.on("message", async ({ batches, next }: WorkerJob) => {
  const counter = new Int32Array(next);
  for (let i = Atomics.add(counter, 0, 1); i < batches.length; i = Atomics.add(counter, 0, 1)) {
    const batch = batches[i]!;
    try {
      parentPort!.postMessage({ id: batch.id, outcomes: await scanFiles(root, batch.files, catalog, maxSize, batch.context) });
    } catch (err) {
      parentPort!.postMessage({ id: batch.id, error: String(err) });
      return;
    }
  }
  parentPort!.postMessage({ done: true });
});
