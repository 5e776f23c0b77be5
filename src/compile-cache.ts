// V8's code cache for the bundle (Node 22.1+ `module.enableCompileCache`): a
// later run skips compiling the modules it has loaded before. Older Node has no
// such call and runs as before; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import module from "node:module";
import { join } from "node:path";

type EnableCompileCache = (dir?: string) => unknown;

/**
 * Turns the cache on for the modules loaded after this call. On a runner the
 * cache lives under RUNNER_TEMP (the job's scratch folder, writable and never
 * part of the checkout); elsewhere in Node's default folder under the OS temp dir.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  const enable = (module as unknown as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (typeof enable !== "function") return;
  try {
    enable(env.RUNNER_TEMP ? join(env.RUNNER_TEMP, "shadow-ai-compile-cache") : undefined);
  } catch {
    // A cache that cannot be written costs nothing but the cache.
  }
}
