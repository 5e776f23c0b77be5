// A scan worker that answers every batch with an error.
import { parentPort } from "node:worker_threads";
parentPort.on("message", (batch) => parentPort.postMessage({ id: batch.id, error: "refused" }));
