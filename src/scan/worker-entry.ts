// The scan worker's entry (dist/scan-worker.js). A worker thread is its own
// Node instance: the compile cache the CLI turned on does not reach it, and an
// ES module's static imports load before its body runs, so the cache is turned
// on here first and the worker's modules are imported after.
import { enableCompileCache } from "../compile-cache.js";

enableCompileCache();
await import("./worker.js");
