import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);

// src/compile-cache.ts
import module from "node:module";
import { join } from "node:path";
function enableCompileCache(env = process.env) {
  const enable = module.enableCompileCache;
  if (typeof enable !== "function") return;
  try {
    enable(env.RUNNER_TEMP ? join(env.RUNNER_TEMP, "shadow-ai-compile-cache") : void 0);
  } catch {
  }
}

export {
  enableCompileCache
};
