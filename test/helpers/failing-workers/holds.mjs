// A scan worker that takes two batches and exits without answering them.
import { parentPort, workerData } from "node:worker_threads";
const next = new Int32Array(workerData.next);
let seen = 0;
parentPort.on("message", () => {
  if (++seen > 2) return;
  Atomics.add(next, 0, 1);
  if (seen === 2) setTimeout(() => process.exit(0), 20);
});
