// When V8 optimises a hot function. A scan is a short batch job of a few
// seconds whose hot code (tokenizers, detectors) sees new object shapes and
// branches for a while after it first gets hot: optimised at V8 11's default
// moment it is deoptimised and recompiled several times (langchainjs: one
// detector compiled six times), and the optimising compiler's threads took 40%
// of the scan's CPU on 2 cores. Tiering up later, with fuller type feedback,
// compiles each function about once. Measured on 2 cores, interleaved, median
// of 7, Node 20: langchainjs 1.32 -> 1.14 s (CPU 2.08 -> 1.42 s), vercel/ai
// 2.00 -> 1.86 s (CPU 3.07 -> 2.27 s), test262 1.90 -> 1.84 s, babel unchanged.
// Node 22 and 24 (Maglev between the interpreter and TurboFan) showed no
// difference with their own flags raised, so they keep V8's defaults.
import { setFlagsFromString } from "node:v8";

/**
 * The tiering flag for a V8 version, or undefined to keep its defaults: V8 11
 * (Node 20) optimises once a function has run an interrupt budget of bytecode
 * (default 67584); eight times that measured best (four and fifteen close behind).
 * Other versions keep theirs (and V8 prints an error for a flag it does not have).
 */
export function tieringFlag(v8Version: string): string | undefined {
  return Number(v8Version.split(".")[0]) === 11 ? "--interrupt-budget=540000" : undefined;
}

/** Sets the tiering flag, before the scanner's modules load; SHADOW_AI_V8_DEFAULTS=1 keeps V8's own (to measure against). */
export function tuneJit(env: NodeJS.ProcessEnv = process.env, v8Version = process.versions.v8): void {
  if (env.SHADOW_AI_V8_DEFAULTS === "1") return;
  const flag = tieringFlag(v8Version);
  if (!flag) return;
  try {
    setFlagsFromString(flag);
  } catch {
    // A flag V8 refuses costs the tuning, never the run.
  }
}
