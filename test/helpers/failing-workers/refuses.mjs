// A scan worker that takes a batch and answers it with an error.
import { parentPort, workerData } from "node:worker_threads";
const next = new Int32Array(workerData.next);
parentPort.on("message", (m) => {
  if (!m.end) parentPort.postMessage({ id: m.id, error: "refused", taken: Atomics.add(next, 0, 1) });
});
