import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);

// src/inventory/errors.ts
var ConfigError = class extends Error {
};
var InventoryError = class extends ConfigError {
  constructor(file, problems) {
    super(problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join("\n"));
    this.file = file;
    this.problems = problems;
    this.line = problems[0].line;
    this.column = problems[0].column;
    this.detail = problems[0].message;
  }
  file;
  problems;
  line;
  column;
  detail;
};

export {
  ConfigError,
  InventoryError
};
