import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  takeBatch
} from "./chunk-BAV54NIF.js";
import {
  scanFiles
} from "./chunk-MNL3WBNY.js";
import "./chunk-OLPSZWNW.js";
import {
  loadCatalog
} from "./chunk-2YU2PO3X.js";
import "./chunk-YJ6TIQPF.js";
import "./chunk-EUDNGKAI.js";

// src/scan/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { root, maxSize, next } = workerData;
var counter = new Int32Array(next);
var catalog = loadCatalog();
var queue = [];
var dropped = 0;
var ended = false;
var running = false;
var failed = false;
async function work() {
  if (running || failed) return;
  running = true;
  for (let q = takeBatch(counter, queue.length); q !== void 0; q = takeBatch(counter, queue.length)) {
    const batch = queue[q];
    try {
      parentPort.postMessage({ id: batch.id, outcomes: await scanFiles(root, batch.files, catalog, maxSize, batch.context) });
    } catch (err) {
      failed = true;
      parentPort.postMessage({ id: batch.id, error: String(err) });
      return;
    }
  }
  running = false;
  if (ended) parentPort.postMessage({ done: true });
}
parentPort.on("message", (m) => {
  if ("end" in m) ended = true;
  else queue.push(m);
  for (const taken = Math.min(Atomics.load(counter, 0), queue.length); dropped < taken; dropped++) queue[dropped] = void 0;
  void work();
});
