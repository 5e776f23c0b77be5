// A scan worker (see pool.ts; its entry is worker-entry.ts): reads and detects the batches of files the main
// thread sends, with the built-in catalog, and answers each with its outcomes.
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

const { root, maxSize } = workerData as WorkerInput;
const catalog = loadCatalog();
parentPort!.on("message", (batch: Batch) => {
  void scanFiles(root, batch.files, catalog, maxSize, batch.context).then(
    (outcomes) => parentPort!.postMessage({ id: batch.id, outcomes }),
    (err: unknown) => parentPort!.postMessage({ id: batch.id, error: String(err) }),
  );
});
