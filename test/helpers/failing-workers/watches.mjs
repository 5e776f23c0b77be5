// A scan worker that takes nothing: it records how many batches it was sent and
// how far ahead of the shared counter the furthest arrived, for the test to read
// (rewritten at each batch, so the test can wait until the sending has stopped).
import { renameSync, writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
const next = new Int32Array(workerData.next);
const out = process.env.SHADOW_AI_TEST_WATCH;
// Whole files only (written aside, then renamed): the test reads while this writes.
const save = (o) => {
  writeFileSync(`${out}.tmp`, JSON.stringify(o));
  renameSync(`${out}.tmp`, out);
};
let received = 0;
let ahead = 0;
parentPort.on("message", (m) => {
  if (m.end) {
    save({ received, ahead, end: true });
    parentPort.postMessage({ done: true });
    return;
  }
  received++;
  ahead = Math.max(ahead, received - Atomics.load(next, 0));
  save({ received, ahead });
});
