// package-lock.json and npm-shrinkwrap.json (same format), lockfileVersion 1–3.
//
// v2/v3: `packages` maps install locations (`node_modules/a/node_modules/b`) to
// descriptors; npm v7+ reads only this section when present. v1 (and the
// legacy half of v2): a `dependencies` tree keyed by name.
//
// What counts as installed (docs/lib/content/configuring-npm/package-lock-json.md
// in npm/cli; npm/cli#4796, #8790, #8800, #8645):
// - every located entry with a `version` is installed: `optional` only means a
//   failed install is tolerated (npm keeps every platform's optional packages in
//   the lock), `peer` entries are installed peers (npm 7+ installs peers),
//   `devOptional` / `dev` are still installed by a plain `npm install`,
//   `inBundle` / `bundled` ship inside their parent's tarball;
// - an entry with neither `version` nor `resolved` is npm's placeholder for a
//   peer or optional dependency that is NOT installed (typically only
//   `"dev"/"optional"/"peer": true`): no evidence;
// - `link: true` entries point at a folder listed separately; folders outside
//   `node_modules` (the root `""` and workspaces) are the project itself.
//
// Direct: v2/v3 name the project's own dependencies in the root's and each
// workspace's `dependencies` / `devDependencies` / `optionalDependencies` /
// `peerDependencies`. An entry is `transitive: false` when it sits where its
// importer resolves it (`node_modules/<name>` for any importer — hoisting — or
// `<workspace>/node_modules/<name>` for that workspace) and that importer names
// it. v1 records no root dependencies: every entry is `transitive: true`.

import { parseJson, type JsonEntry, type JsonNode } from "../manifests/json.js";
import type { Detector } from "../types.js";
import { Collector, failed, npmAliasOf } from "./common.js";
import { field, isTrue, str } from "./json-fields.js";

const IMPORTER_SECTIONS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
const NM = "node_modules/";

function names(node: JsonNode | undefined): string[] {
  return node?.type === "object" ? node.entries.map((e) => e.key) : [];
}

export const detectPackageLock: Detector = (input) => {
  const { file, text } = input;
  let root: JsonNode;
  try {
    root = parseJson(text);
  } catch (err) {
    return failed(file.path, "npm lockfile", err);
  }
  if (root.type !== "object") return failed(file.path, "npm lockfile", new Error("not a JSON object"));
  const out = new Collector(input, "npm");
  const packages = field(root, "packages");
  if (packages?.type === "object") readPackages(text, packages.entries, out);
  else {
    const deps = field(root, "dependencies");
    if (deps?.type === "object") readTree(deps.entries, out);
  }
  return out.output();
};

function readPackages(text: string, entries: JsonEntry[], out: Collector): void {
  // Importers: the root ("") and workspace folders (keys outside node_modules).
  const importers = new Map<string, Set<string>>();
  const anyImporter = new Set<string>();
  for (const e of entries) {
    if (e.key !== "" && (e.key.startsWith(NM) || e.key.includes(`/${NM}`))) continue;
    const named = new Set(IMPORTER_SECTIONS.flatMap((s) => names(field(e.value, s))));
    importers.set(e.key, named);
    for (const n of named) anyImporter.add(n);
  }
  for (const e of entries) {
    const cut = e.key.lastIndexOf(NM);
    if (cut < 0 || (cut > 0 && e.key[cut - 1] !== "/")) continue; // the project's own folders
    const desc = e.value;
    if (desc.type !== "object") continue;
    if (isTrue(text, desc, "link")) continue;
    const version = str(field(desc, "version"));
    if (version === undefined && str(field(desc, "resolved")) === undefined) continue; // not installed
    const folder = e.key.slice(cut + NM.length);
    const name = str(field(desc, "name")) ?? folder; // aliases record the real name
    const owner = e.key.slice(0, cut).replace(/\/$/, "");
    const direct = owner === "" ? anyImporter.has(folder) : (importers.get(owner)?.has(folder) ?? false);
    out.addAt(name, version, e.keyOffset + 1, !direct);
  }
}

function readTree(entries: JsonEntry[], out: Collector): void {
  const stack: JsonEntry[][] = [entries];
  while (stack.length > 0) {
    for (const e of stack.pop()!) {
      const desc = e.value;
      if (desc.type !== "object") continue;
      const version = str(field(desc, "version"));
      if (version !== undefined) {
        // `"alias": { "version": "npm:openai@4.28.0" }`
        const alias = npmAliasOf(version);
        out.addAt(alias ? alias[0] : e.key, alias ? alias[1] : version, e.keyOffset + 1, true);
      }
      const nested = field(desc, "dependencies");
      if (nested?.type === "object") stack.push(nested.entries);
    }
  }
}
