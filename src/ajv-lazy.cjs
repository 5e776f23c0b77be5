// ajv, loaded on first use. An ESM `import ... from "ajv"` runs ajv's module
// code at every start (~5-10 ms, each scan worker too), though a run needs ajv
// only when a catalog or inventory schema differs from the build's. A require()
// inside a function is lazy both in Node and in the bundle (esbuild turns it
// into a call of ajv's module wrapper). CommonJS because ESM has no sync lazy import.
"use strict";

exports.loadAjv = () => require("ajv");
exports.loadStandalone = () => require("ajv/dist/standalone/index.js");
