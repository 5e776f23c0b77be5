// A scan worker that takes two batches and exits without answering them.
import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ next }) => {
  const counter = new Int32Array(next);
  Atomics.add(counter, 0, 1);
  Atomics.add(counter, 0, 1);
  setTimeout(() => process.exit(0), 20);
});
