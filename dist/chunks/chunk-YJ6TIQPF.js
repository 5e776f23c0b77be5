import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);

// src/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === "shadow-ai") return dir;
      } catch {
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error("shadow-ai: cannot find the package root (rules/ and schema/ live there)");
    dir = up;
  }
}
function packageVersion() {
  return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
}

export {
  packageRoot,
  packageVersion
};
