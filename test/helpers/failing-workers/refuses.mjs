// A scan worker that takes a batch and answers it with an error.
import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ next }) => parentPort.postMessage({ id: Atomics.add(new Int32Array(next), 0, 1), error: "refused" }));
