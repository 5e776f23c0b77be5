import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);

// src/jit-tuning.ts
import { setFlagsFromString } from "node:v8";
function tieringFlag(v8Version) {
  return Number(v8Version.split(".")[0]) === 11 ? "--interrupt-budget=540000" : void 0;
}
function tuneJit(env = process.env, v8Version = process.versions.v8) {
  if (env.SHADOW_AI_V8_DEFAULTS === "1") return;
  const flag = tieringFlag(v8Version);
  if (!flag) return;
  try {
    setFlagsFromString(flag);
  } catch {
  }
}

export {
  tuneJit
};
