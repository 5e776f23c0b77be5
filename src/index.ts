import { enableCompileCache } from "./compile-cache.js";
import { tuneJit } from "./jit-tuning.js";

// Before the action's modules load, so that they come from the cache when one exists.
enableCompileCache();
tuneJit();
const { run } = await import("./main.js");
void run();
