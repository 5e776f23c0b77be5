// Pipfile.lock: JSON with `_meta` and one object per package category —
// `default` and `develop`, plus any custom categories (pipenv 2023.10+). Each
// category holds the Pipfile's packages *and* everything they pull in, flat and
// indistinguishable (the Pipfile itself is only hashed in `_meta`), so every
// entry is `transitive: true`; the Pipfile detector gives the direct evidence.
// Entries with `path` are local code.

import { parseJson, type JsonNode } from "../manifests/json.js";
import type { Detector } from "../types.js";
import { Collector, failed } from "./common.js";
import { field, str } from "./json-fields.js";

export const detectPipfileLock: Detector = (input) => {
  let root: JsonNode;
  try {
    root = parseJson(input.text);
    if (root.type !== "object") throw new Error("not a JSON object");
  } catch (err) {
    return failed(input.file.path, "Pipfile.lock", err);
  }
  const out = new Collector(input, "pypi");
  for (const category of root.entries) {
    if (category.key === "_meta" || category.value.type !== "object") continue;
    for (const e of category.value.entries) {
      if (e.value.type !== "object" || field(e.value, "path") !== undefined) continue;
      const version = str(field(e.value, "version"))?.replace(/^===?/, "");
      out.addAt(e.key, version, e.keyOffset + 1, true);
    }
  }
  return out.output();
};
