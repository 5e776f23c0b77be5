// Package.resolved (Swift Package Manager, also inside an Xcode project's
// `xcshareddata/swiftpm/`): v1 `{"object": {"pins": [{"package", "repositoryURL",
// "state": {"version"}}]}}`, v2/v3 `{"pins": [{"identity", "location", "state"}]}`.
// The file records every resolved package and not which ones Package.swift
// names, so every entry is `transitive: true`, as for composer.lock and
// mix.lock: Package.swift (or the Xcode project) names the direct ones.

import { parseJson, type JsonNode } from "../manifests/json.js";
import type { Detector } from "../types.js";
import { Collector, failed } from "./common.js";
import { field, str } from "./json-fields.js";

export const detectPackageResolved: Detector = (input) => {
  let root: JsonNode;
  try {
    root = parseJson(input.text);
    if (root.type !== "object") throw new Error("not a JSON object");
  } catch (err) {
    return failed(input.file.path, "Package.resolved", err);
  }
  const out = new Collector(input, "swiftpm");
  const pins = field(root, "pins") ?? field(field(root, "object"), "pins");
  if (pins?.type !== "array") return out.output();
  for (const pin of pins.items) {
    const location = field(pin, "location") ?? field(pin, "repositoryURL");
    if (location?.type !== "string") continue;
    // A local (`fileSystem`) pin is the project's own code.
    if (str(field(pin, "kind")) === "fileSystem" || str(field(pin, "kind")) === "localSourceControl") continue;
    out.addAt(location.value, str(field(field(pin, "state"), "version")), location.offset + 1, true);
  }
  return out.output();
};
