// go.sum: `<module> <version>[/go.mod] <hash>` lines. A module version with
// only a `/go.mod` line had just its go.mod read during version selection; its
// code is not downloaded or built, so it is no evidence. A version with a
// content hash line (no `/go.mod` suffix) is in the build. go.sum does not say
// which modules go.mod requires directly (go.mod's `// indirect` does, and the
// go.mod detector reads it): every entry is `transitive: true`.

import type { Detector } from "../types.js";
import { Collector, failed, LockfileError } from "./common.js";

export const detectGoSum: Detector = (input) => {
  const out = new Collector(input, "go");
  try {
    const lines = out.lines;
    for (let ln = 1; ln <= lines.count; ln++) {
      const raw = lines.line(ln).trim();
      if (raw === "") continue;
      const m = /^(\S+) (\S+) (\S+)$/.exec(raw);
      if (!m || !m[3]!.includes(":")) throw new LockfileError(`expected 'module version hash' at line ${ln}`);
      if (m[2]!.endsWith("/go.mod")) continue;
      out.add({ name: m[1]!, version: m[2]!, line: ln, column: 1, transitive: true });
    }
  } catch (err) {
    return failed(input.file.path, "go.sum", err);
  }
  return out.output();
};
