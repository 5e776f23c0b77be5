import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  scanFiles
} from "./chunk-R2ZOLDH4.js";
import "./chunk-OLPSZWNW.js";
import {
  loadCatalog
} from "./chunk-2YU2PO3X.js";
import "./chunk-YJ6TIQPF.js";
import "./chunk-EUDNGKAI.js";

// src/scan/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { root, maxSize } = workerData;
var catalog = loadCatalog();
parentPort.on("message", async ({ batches, next }) => {
  const counter = new Int32Array(next);
  for (let i = Atomics.add(counter, 0, 1); i < batches.length; i = Atomics.add(counter, 0, 1)) {
    const batch = batches[i];
    try {
      parentPort.postMessage({ id: batch.id, outcomes: await scanFiles(root, batch.files, catalog, maxSize, batch.context) });
    } catch (err) {
      parentPort.postMessage({ id: batch.id, error: String(err) });
      return;
    }
  }
  parentPort.postMessage({ done: true });
});
