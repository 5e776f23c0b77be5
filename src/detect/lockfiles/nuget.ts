// packages.lock.json (NuGet, versions 1 and 2): `dependencies` → target
// framework → package id → { type, requested, resolved }. `type` says it:
// `Direct` is a PackageReference of the project (`transitive: false`);
// `Transitive` and `CentralTransitive` (central package management pinning a
// transitive package) are `transitive: true`; `Project` is a project reference,
// the repository's own code. The same package under several frameworks is one
// evidence.

import { parseJson, type JsonNode } from "../manifests/json.js";
import type { Detector } from "../types.js";
import { Collector, failed } from "./common.js";
import { field, str } from "./json-fields.js";

export const detectNugetLock: Detector = (input) => {
  let root: JsonNode;
  try {
    root = parseJson(input.text);
    if (root.type !== "object") throw new Error("not a JSON object");
  } catch (err) {
    return failed(input.file.path, "packages.lock.json", err);
  }
  const out = new Collector(input, "nuget");
  const frameworks = field(root, "dependencies");
  if (frameworks?.type !== "object") return out.output();
  for (const tfm of frameworks.entries) {
    if (tfm.value.type !== "object") continue;
    for (const e of tfm.value.entries) {
      const type = str(field(e.value, "type"));
      if (type === undefined || type === "Project") continue;
      out.addAt(e.key, str(field(e.value, "resolved")), e.keyOffset + 1, type !== "Direct");
    }
  }
  return out.output();
};
