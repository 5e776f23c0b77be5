// A scan worker that takes a batch and is never heard from again, alive and silent.
import { parentPort, workerData } from "node:worker_threads";
const next = new Int32Array(workerData.next);
let took = false;
parentPort.on("message", () => {
  if (took) return;
  took = true;
  Atomics.add(next, 0, 1);
});
