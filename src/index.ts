import { enableCompileCache } from "./compile-cache.js";

// Before the action's modules load, so that they come from the cache when one exists.
enableCompileCache();
const { run } = await import("./main.js");
void run();
