// bun.lock: Bun's text lockfile (JSONC: comments and trailing commas allowed).
// `bun.lockb`, the older binary format, is not read (the dispatcher skips it).
//
//   "workspaces": { "": { "name": "app", "dependencies": { "openai": "^4" } } },
//   "packages": {
//     "openai": ["openai@4.28.0", "", { "dependencies": {…} }, "sha512-…"],
//     "langchain/openai": ["openai@4.20.0", …],          nested copy
//     "llm": ["llm@npm:openai@4.28.0", …] or ["openai@4.28.0", …]   alias
//     "app": ["app@workspace:packages/app", {…}]         the project's own
//   }
//
// Every key under `packages` is installed. An optional peer that is not
// installed is only named in its dependent's `optionalPeers` (and
// `peerDependencies`), never as a key. Direct: a top-level key (no `/` path
// beyond a scope) that a workspace's dependencies / devDependencies /
// optionalDependencies / peerDependencies name.

import { parseJson, type JsonNode } from "../manifests/json.js";
import type { Detector } from "../types.js";
import { Collector, failed, npmAliasOf, splitAtVersion } from "./common.js";
import { field } from "./json-fields.js";

const IMPORTER_SECTIONS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
const LOCAL = /^(?:workspace|root|link|file):/;

/** Blanks comments and trailing commas (same length), so offsets stay those of the raw text. */
export function jsoncToJson(text: string): string {
  const out = text.split("");
  const n = text.length;
  let lastComma = -1;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '"') {
      lastComma = -1;
      for (i++; i < n && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      for (; i < n && text[i] !== "\n"; i++) out[i] = " ";
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? n : end + 2;
      for (; i < stop; i++) if (text[i] !== "\n") out[i] = " ";
      i--;
      continue;
    }
    if (c === ",") lastComma = i;
    else if ((c === "}" || c === "]") && lastComma >= 0) {
      out[lastComma] = " ";
      lastComma = -1;
    } else if (!/\s/.test(c)) lastComma = -1;
  }
  return out.join("");
}

export const detectBunLock: Detector = (input) => {
  let root: JsonNode;
  try {
    root = parseJson(jsoncToJson(input.text));
  } catch (err) {
    return failed(input.file.path, "bun.lock", err);
  }
  const out = new Collector(input, "npm");
  const direct = new Set<string>();
  const workspaces = field(root, "workspaces");
  if (workspaces?.type === "object") {
    for (const ws of workspaces.entries) {
      for (const s of IMPORTER_SECTIONS) {
        const deps = field(ws.value, s);
        if (deps?.type === "object") for (const d of deps.entries) direct.add(d.key);
      }
    }
  }
  const packages = field(root, "packages");
  if (packages?.type !== "object") return out.output(root.type === "object" ? [] : [{ file: input.file.path, message: "could not parse bun.lock: not a JSON object" }]);
  for (const e of packages.entries) {
    const info = e.value;
    const ident = info.type === "array" && info.items[0]?.type === "string" ? info.items[0].value : undefined;
    if (!ident) continue;
    let [name, version] = splitAtVersion(ident);
    const alias = npmAliasOf(version);
    if (alias) [name, version] = alias;
    if (LOCAL.test(version)) continue;
    // A nested copy's key is its dependent's key + "/" + its own name.
    const topLevel = e.key.startsWith("@") ? e.key.split("/").length === 2 : !e.key.includes("/");
    out.addAt(name, version, e.keyOffset + 1, !(topLevel && direct.has(e.key)));
  }
  return out.output();
}
