import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  tuneJit
} from "./chunks/chunk-GUPFX3B6.js";
import {
  enableCompileCache
} from "./chunks/chunk-UI5WTUSE.js";
import "./chunks/chunk-EUDNGKAI.js";

// src/index.ts
enableCompileCache();
tuneJit();
var { run } = await import("./chunks/main-2KUBT7HS.js");
void run();
