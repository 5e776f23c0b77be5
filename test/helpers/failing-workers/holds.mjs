// A scan worker that takes batches and exits without answering them.
import { parentPort } from "node:worker_threads";
let seen = 0;
parentPort.on("message", () => {
  if (++seen === 2) setTimeout(() => process.exit(0), 20);
});
