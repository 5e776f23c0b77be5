// gradle.lockfile (Gradle dependency locking, 6.0+): `group:artifact:version=conf1,conf2`
// lines, plus `empty=…` for configurations that resolve nothing. Every resolved
// module of every locked configuration, direct or not, flat: `transitive: true`
// (build.gradle names the direct ones).

import type { Detector } from "../types.js";
import { Collector, failed, LockfileError } from "./common.js";

export const detectGradleLockfile: Detector = (input) => {
  const out = new Collector(input, "maven");
  try {
    const lines = out.lines;
    for (let ln = 1; ln <= lines.count; ln++) {
      const raw = lines.line(ln).trim();
      if (raw === "" || raw.startsWith("#") || raw.startsWith("empty=")) continue;
      const m = /^([^:=\s]+):([^:=\s]+):([^=\s]+)=/.exec(raw);
      if (!m) throw new LockfileError(`expected 'group:artifact:version=configurations' at line ${ln}`);
      out.add({ name: `${m[1]}:${m[2]}`, version: m[3], line: ln, column: 1, transitive: true });
    }
  } catch (err) {
    return failed(input.file.path, "gradle.lockfile", err);
  }
  return out.output();
};
