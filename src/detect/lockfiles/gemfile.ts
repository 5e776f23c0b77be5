// Gemfile.lock (Bundler 1.x–2.x). Source sections (GEM, GIT, PATH, PLUGIN
// SOURCE) list resolved gems under `specs:` at four spaces — `name (version)`,
// the version possibly carrying a platform (`1.16.0-x86_64-linux`) — and each
// gem's own dependencies at six spaces, which are requirements, not gems. The
// DEPENDENCIES section names the Gemfile's gems (`name`, `name (~> 1.0)`,
// `name!` for a git/path source): those are `transitive: false`. PATH gems are
// the project's own (its gemspec); their six-space dependencies are the
// gemspec's, so direct as well.

import type { Detector } from "../types.js";
import { Collector, failed, LockfileError } from "./common.js";

const SOURCES = new Set(["GEM", "GIT", "PATH", "PLUGIN SOURCE"]);

export const detectGemfileLock: Detector = (input) => {
  const out = new Collector(input, "rubygems");
  try {
    const lines = out.lines;
    const gems: { name: string; version: string; line: number }[] = [];
    const direct = new Set<string>();
    let section = "";
    let inSpecs = false;
    let sawSection = false;
    for (let ln = 1; ln <= lines.count; ln++) {
      const raw = lines.line(ln);
      if (raw.trim() === "") continue;
      if (!raw.startsWith(" ")) {
        if (!/^[A-Z][A-Z ]*$/.test(raw)) throw new LockfileError(`expected a section name at line ${ln}`);
        section = raw;
        inSpecs = false;
        sawSection = true;
        continue;
      }
      if (SOURCES.has(section)) {
        if (/^ {2}\S/.test(raw)) {
          inSpecs = raw === "  specs:";
          continue;
        }
        if (!inSpecs) continue;
        const m = /^( {4}| {6})([^\s(]+)(?: \(([^)]*)\))?$/.exec(raw);
        if (!m) throw new LockfileError(`unexpected spec at line ${ln}`);
        if (m[1]!.length === 4) {
          if (m[3] === undefined) throw new LockfileError(`gem without a version at line ${ln}`);
          if (section !== "PATH") gems.push({ name: m[2]!, version: m[3], line: ln });
        } else if (section === "PATH") {
          direct.add(m[2]!);
        }
      } else if (section === "DEPENDENCIES") {
        const m = /^ {2}([^\s(!]+)/.exec(raw);
        if (m) direct.add(m[1]!);
      }
    }
    if (!sawSection) throw new LockfileError("no sections");
    for (const g of gems) out.add({ name: g.name, version: g.version, line: g.line, column: 5, transitive: !direct.has(g.name) });
  } catch (err) {
    return failed(input.file.path, "Gemfile.lock", err);
  }
  return out.output();
};
