// pubspec.lock: YAML with `packages:` → `<name>:` → `dependency: "direct main"
// | "direct dev" | "direct overridden" | "transitive"`, `description`, `source`,
// `version`. Read by indentation (the format is generated, two-space). The
// lock says itself which packages the project names.

import type { Detector } from "../types.js";
import { Collector, failed } from "./common.js";

export const detectPubspecLock: Detector = (input) => {
  const out = new Collector(input, "pub");
  try {
    const lines = out.lines;
    let inPackages = false;
    let current: { name: string; line: number; column: number; dependency?: string; version?: string } | undefined;
    const flush = () => {
      if (current) out.add({ name: current.name, version: current.version, line: current.line, column: current.column, transitive: !/^direct\b/.test(current.dependency ?? "") });
      current = undefined;
    };
    for (let ln = 1; ln <= lines.count; ln++) {
      const raw = lines.line(ln);
      if (/^\s*(?:#|$)/.test(raw)) continue;
      const indent = /^ */.exec(raw)![0].length;
      if (indent === 0) {
        flush();
        inPackages = /^packages\s*:/.test(raw);
        continue;
      }
      if (!inPackages) continue;
      const key = /^ *([A-Za-z0-9_"'-]+)\s*:\s*(.*)$/.exec(raw);
      if (!key) continue;
      const name = key[1]!.replace(/["']/g, "");
      if (indent === 2) {
        flush();
        current = { name, line: ln, column: 3 };
      } else if (current && indent === 4) {
        const value = key[2]!.trim().replace(/^["']|["']$/g, "");
        if (name === "dependency") current.dependency = value;
        else if (name === "version") current.version = value;
      }
    }
    flush();
  } catch (err) {
    return failed(input.file.path, "pubspec.lock", err);
  }
  return out.output();
};
