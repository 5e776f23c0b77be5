// pnpm-lock.yaml, lockfileVersion 5.x, 6.0 and 9.0.
//
// Every installed package has a key under `packages`:
//   v5   /openai/4.28.0        /@anthropic-ai/sdk/0.20.9    /langchain/0.0.1_openai@4.28.0
//   v6   /openai@4.28.0        /@anthropic-ai/sdk@0.20.9    /langchain@0.1.36(openai@4.28.0)
//   v9   openai@4.28.0         '@anthropic-ai/sdk@0.20.9'   (peer suffixes only under `snapshots`)
// Git and tarball packages carry `name:` / `version:` fields in their entry.
// An optional peer that is not installed has no key of its own: it is named only
// in its dependent's `peerDependencies` / `peerDependenciesMeta` /
// `transitivePeerDependencies`, which are never read as packages.
//
// Direct: `importers.<path>.{dependencies,devDependencies,optionalDependencies}`
// (v5.3+ workspaces, v6, v9) or the top-level sections of the same names (single
// project v5/v6) name the project's dependencies with their resolved versions; a
// package whose name and version one of them resolves to is `transitive: false`.
// `link:` / `file:` packages are the project's own code.

import type { Detector } from "../types.js";
import { Collector, failed, LockfileError, splitAtVersion } from "./common.js";
import { yamlLines } from "./yaml-lines.js";

const DEP_SECTIONS = new Set(["dependencies", "devDependencies", "optionalDependencies"]);

const stripPeers = (version: string, major: number) =>
  major < 6 ? version.replace(/_.*$/, "") : version.replace(/\(.*$/, "");

/** Name and version of a `packages` key; undefined for keys that do not say (git, tarball in v5). */
export function pnpmKey(key: string, major: number): { name: string; version: string } | undefined {
  if (/^(?:link|file|workspace):/.test(key)) return undefined;
  if (major < 6) {
    if (!key.startsWith("/")) return undefined;
    const cut = key.lastIndexOf("/");
    if (cut <= 0) return undefined;
    return { name: key.slice(1, cut), version: stripPeers(key.slice(cut + 1), major) };
  }
  const [name, version] = splitAtVersion(key.replace(/^\//, ""));
  if (!name || !version) return undefined;
  return { name, version: stripPeers(version, major) };
}

interface Pkg {
  key: string;
  line: number;
  column: number;
  name?: string;
  version?: string;
}

export const detectPnpmLock: Detector = (input) => {
  try {
    return read(input);
  } catch (err) {
    return failed(input.file.path, "pnpm-lock.yaml", err);
  }
};

function read(input: Parameters<Detector>[0]) {
  let major = NaN;
  const packages: Pkg[] = [];
  /** Importer dependencies as [name, resolved version] (version may be an alias key). */
  const direct: [string, string][] = [];
  let top: string | undefined;
  let depSection = false; // inside a dependencies block (importer or top level)
  let depIndent = 0; // indent of the dependency names in that block
  let pendingDep: string | undefined; // v6/v9: name whose `version:` comes on a later line
  let pkg: Pkg | undefined;

  for (const l of yamlLines(input.text)) {
    if (l.indent === 0) {
      top = l.key;
      depSection = top !== undefined && DEP_SECTIONS.has(top);
      depIndent = 2;
      pendingDep = undefined;
      pkg = undefined;
      if (top === "lockfileVersion") major = Number.parseFloat(l.value);
      continue;
    }
    if (top === "importers") {
      if (l.indent === 2) depSection = false;
      else if (l.indent === 4) {
        depSection = l.key !== undefined && DEP_SECTIONS.has(l.key);
        depIndent = 6;
        pendingDep = undefined;
      } else if (depSection) readDep(l.indent, l.key, l.value);
    } else if (depSection) {
      readDep(l.indent, l.key, l.value);
    } else if (top === "packages") {
      if (l.indent === 2 && l.key !== undefined) {
        pkg = { key: l.key, line: l.line, column: l.column };
        packages.push(pkg);
      } else if (l.indent === 4 && pkg && (l.key === "name" || l.key === "version")) {
        pkg[l.key] = l.value;
      }
    }
  }

  function readDep(indent: number, key: string | undefined, value: string) {
    if (key === undefined) return;
    if (indent === depIndent) {
      pendingDep = undefined;
      if (value !== "") direct.push([key, value]); // v5: `openai: 4.28.0`
      else pendingDep = key;
    } else if (indent === depIndent + 2 && pendingDep !== undefined && key === "version") {
      direct.push([pendingDep, value]);
      pendingDep = undefined;
    }
  }

  if (!Number.isFinite(major)) throw new LockfileError("no lockfileVersion");

  const directKeys = new Set<string>();
  for (const [name, version] of direct) {
    if (/^(?:link|file|workspace):/.test(version)) continue;
    // An alias resolves to another package's key: `/openai/4.28.0`, `/openai@4.28.0`, `openai@4.28.0`.
    const aliased = /^[\d]/.test(version) ? undefined : pnpmKey(version, major);
    const real = aliased ?? { name, version: stripPeers(version, major) };
    directKeys.add(`${real.name}@${real.version}`);
  }

  const out = new Collector(input, "npm");
  for (const p of packages) {
    const id = pnpmKey(p.key, major);
    const name = p.name ?? id?.name;
    const version = p.version ?? id?.version;
    if (!name || /^(?:link|file|workspace):/.test(p.key)) continue;
    out.add({ name, version, line: p.line, column: p.column, transitive: !directKeys.has(`${name}@${version}`) });
  }
  return out.output();
}
