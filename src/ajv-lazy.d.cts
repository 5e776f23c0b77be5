export declare function loadAjv(): typeof import("ajv");
export declare function loadStandalone(): typeof import("ajv/dist/standalone/index.js");
