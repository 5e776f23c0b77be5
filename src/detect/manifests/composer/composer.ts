// composer.json: `require` and `require-dev` (platform entries `php`, `ext-*`,
// `lib-*` are not packages).

import { parseJson, type JsonNode } from "../json.js";
import { diagnostic } from "../evidence.js";
import { npmMajor } from "../npm/package-json.js";
import type { Detector } from "../../types.js";
import { EvidenceSink, fileLiterals } from "../common.js";

export const detectComposer: Detector = ({ file, text, catalog }) => {
  let root: JsonNode;
  try {
    root = parseJson(text);
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not parse composer.json", err)] };
  }
  if (root.type !== "object") return { evidence: [], literals: [], diagnostics: [{ file: file.path, message: "composer.json is not an object" }] };
  const sink = new EvidenceSink(file.path, text, catalog);
  for (const entry of root.entries) {
    if ((entry.key !== "require" && entry.key !== "require-dev") || entry.value.type !== "object") continue;
    for (const dep of entry.value.entries) {
      if (!dep.key.includes("/")) continue;
      const range = dep.value.type === "string" ? dep.value.value.replace(/(?<!\|)\|(?!\|)/g, "||") : "";
      sink.add("composer", dep.key, dep.keyOffset + 1, npmMajor(range.replace(/^v/i, "")));
    }
  }
  return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
};
