// mix.lock: an Elixir map, one entry a line:
// `"app": {:hex, :package, "1.2.3", "sha", [:mix], [{:dep, "~> 1.0", [hex: :dep, …]}, …], "hexpm", "sha"},`
// or `"app": {:git, "https://…", "ref", […]}` (not on Hex: no package name).
// The lock does not mark the project's own dependencies, and it keeps entries
// mix.exs no longer names until `mix deps.unlock --unused`: every entry is
// `transitive: true`, as for gradle.lockfile (mix.exs names the direct ones).

import type { Detector } from "../types.js";
import { Collector, failed } from "./common.js";

const ENTRY = /^[ \t]*"([a-z_][a-z0-9_]*)"[ \t]*:[ \t]*\{:hex,[ \t]*:([a-z_][a-z0-9_]*),[ \t]*"([^"]*)"/;

export const detectMixLock: Detector = (input) => {
  const out = new Collector(input, "hex");
  try {
    const lines = out.lines;
    for (let ln = 1; ln <= lines.count; ln++) {
      const raw = lines.line(ln);
      const m = ENTRY.exec(raw);
      if (!m) continue;
      out.add({ name: m[2]!, version: m[3]!, line: ln, column: raw.indexOf(`:${m[2]}`) + 2, transitive: true });
    }
  } catch (err) {
    return failed(input.file.path, "mix.lock", err);
  }
  return out.output();
};
