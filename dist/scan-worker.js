import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  scanFiles
} from "./chunks/chunk-C6NTGP2U.js";
import "./chunks/chunk-5POJVDTE.js";
import {
  loadCatalog
} from "./chunks/chunk-RYRL7NZH.js";
import "./chunks/chunk-YJ6TIQPF.js";
import "./chunks/chunk-EUDNGKAI.js";

// src/scan/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { root, maxSize } = workerData;
var catalog = loadCatalog();
parentPort.on("message", (batch) => {
  void scanFiles(root, batch.files, catalog, maxSize, batch.context).then(
    (outcomes) => parentPort.postMessage({ id: batch.id, outcomes }),
    (err) => parentPort.postMessage({ id: batch.id, error: String(err) })
  );
});
