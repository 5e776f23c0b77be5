// yarn.lock: classic (v1, `# yarn lockfile v1`) and berry (v2+, `__metadata:`).
//
// Classic: entries `openai@^4.0.0, openai@^4.28.0:` with `version "4.28.0"`; an
// alias is `my-openai@npm:openai@^4`. Every entry is installed (Yarn 1 writes
// optional dependencies it could skip on this platform as well; it never installs
// peers, so they never have entries). It records no root dependencies: all
// entries are `transitive: true`.
//
// Berry: entries `"openai@npm:^4.0.0":` with `resolution: "openai@npm:4.28.0"`
// (the real name, aliases and patches included). Workspaces are entries whose
// resolution is `<name>@workspace:<path>`; their `dependencies` name the
// project's own dependencies, so those entries are `transitive: false`. An
// optional peer that is not installed appears only under its dependent's
// `peerDependencies` / `peerDependenciesMeta`, never as an entry. Local
// `link:` / `portal:` / `file:` entries are the project's own code.

import type { Detector } from "../types.js";
import { Collector, failed, LockfileError, npmAliasOf, splitAtVersion } from "./common.js";
import { yamlLines } from "./yaml-lines.js";

const LOCAL = /^(?:workspace|link|portal|file):/;

export const detectYarnLock: Detector = (input) => {
  const berry = /^__metadata:/m.test(input.text);
  try {
    return berry ? readBerry(input) : readClassic(input);
  } catch (err) {
    return failed(input.file.path, berry ? "yarn.lock (berry)" : "yarn.lock", err);
  }
};

/** `a@^1, "b@^2"` → [`a@^1`, `b@^2`]. */
function descriptors(key: string): string[] {
  return key.split(/,\s*/).map((d) => d.trim().replace(/^"(.*)"$/, "$1")).filter(Boolean);
}

function readClassic(input: Parameters<Detector>[0]) {
  const out = new Collector(input, "npm");
  let pending: { name: string; line: number; column: number; version?: string } | undefined;
  const flush = () => {
    if (pending) out.add({ ...pending, transitive: true });
    pending = undefined;
  };
  const lines = out.lines;
  for (let ln = 1; ln <= lines.count; ln++) {
    const raw = lines.line(ln);
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) continue;
    if (!raw.startsWith(" ")) {
      flush();
      if (!raw.endsWith(":")) throw new LockfileError(`expected an entry 'name@range:' at line ${ln}`);
      const key = raw.slice(0, -1);
      if ((key.match(/"/g)?.length ?? 0) % 2 !== 0) throw new LockfileError(`unterminated quote at line ${ln}`);
      const first = descriptors(key)[0];
      if (!first) throw new LockfileError(`empty entry at line ${ln}`);
      let [name, range] = splitAtVersion(first);
      const alias = npmAliasOf(range);
      if (alias) [name, range] = alias;
      if (LOCAL.test(range)) continue;
      pending = { name, line: ln, column: raw.startsWith('"') ? 2 : 1 };
      continue;
    }
    if (pending) {
      const m = /^ {2}version:? "?([^"\s]+)"?\s*$/.exec(raw);
      if (m) pending.version = m[1]!;
    }
  }
  flush();
  return out.output();
}

interface BerryEntry {
  line: number;
  column: number;
  names: string[];
  resolution?: string;
  version?: string;
  dependencies: string[];
}

function readBerry(input: Parameters<Detector>[0]) {
  const out = new Collector(input, "npm");
  const entries: BerryEntry[] = [];
  let cur: BerryEntry | undefined;
  let section: string | undefined;
  for (const l of yamlLines(input.text)) {
    if (l.indent === 0) {
      cur = undefined;
      if (l.key === undefined || l.value !== "") throw new LockfileError(`expected an entry at line ${l.line}`);
      if (l.key === "__metadata") continue;
      cur = { line: l.line, column: l.column, names: descriptors(l.key).map((d) => splitAtVersion(d)[0]), dependencies: [] };
      entries.push(cur);
      continue;
    }
    if (!cur) continue;
    if (l.indent === 2) {
      section = l.value === "" ? l.key : undefined;
      if (l.key === "resolution") cur.resolution = l.value;
      else if (l.key === "version") cur.version = l.value;
    } else if (l.indent === 4 && section === "dependencies" && l.key) {
      cur.dependencies.push(l.key);
    }
  }
  const direct = new Set<string>();
  for (const e of entries) {
    if (e.resolution && splitAtVersion(e.resolution)[1].startsWith("workspace:")) for (const d of e.dependencies) direct.add(d);
  }
  for (const e of entries) {
    if (!e.resolution) throw new LockfileError(`entry without a resolution at line ${e.line}`);
    const [name, ref] = splitAtVersion(e.resolution);
    if (LOCAL.test(ref)) continue;
    out.add({ name, version: e.version, line: e.line, column: e.column, transitive: !e.names.some((n) => direct.has(n)) });
  }
  return out.output();
}
