import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);

// src/inventory/types.ts
var RISK_TOPICS = ["hallucination", "prompt-injection", "data-leakage", "bias", "fine-tuning"];

export {
  RISK_TOPICS
};
