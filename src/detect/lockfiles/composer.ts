// composer.lock: `packages` and `packages-dev`, arrays of package objects with
// `name` and `version`. Names in a package's `require`, `suggest`, `conflict`,
// `replace` or `provide` are not installed packages and are never read. The
// lockfile keeps only a hash of composer.json, not its `require`: every entry is
// `transitive: true`. Packages from `path` repositories are local code.

import { parseJson, type JsonNode } from "../manifests/json.js";
import type { Detector } from "../types.js";
import { Collector, failed } from "./common.js";
import { field, str } from "./json-fields.js";

export const detectComposerLock: Detector = (input) => {
  let root: JsonNode;
  try {
    root = parseJson(input.text);
    if (root.type !== "object") throw new Error("not a JSON object");
  } catch (err) {
    return failed(input.file.path, "composer.lock", err);
  }
  const out = new Collector(input, "composer");
  for (const section of ["packages", "packages-dev"]) {
    const list = field(root, section);
    if (list?.type !== "array") continue;
    for (const pkg of list.items) {
      const name = field(pkg, "name");
      if (name?.type !== "string") continue;
      if (str(field(field(pkg, "dist"), "type")) === "path") continue;
      out.addAt(name.value, str(field(pkg, "version"))?.replace(/^v/, ""), name.offset + 1, true);
    }
  }
  return out.output();
};
