// package.json: the dependency sections, each name located at its key in the raw text.

import type { Evidence } from "../../../types.js";
import { lineStarts, locate } from "../../python/lexer.js";
import type { Detector } from "../../types.js";
import { diagnostic, lineSnippet, manifestTargets, targetEvidence } from "../evidence.js";
import { parseJson, type JsonNode } from "../json.js";

const SECTIONS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];
const BUNDLED = ["bundledDependencies", "bundleDependencies"];

/** Major version of a pin or lower bound in an npm range (`^4.2.0`, `~4`, `>=4 <6`, `4.x`). */
export function npmMajor(range: string): string | undefined {
  const alts = range.split("||").map((alt) => {
    const m = /^\s*(?:(?:\^|~>?|>=|>|=|v)\s*)?v?(\d+)(?=$|[.\s\-x*+])/i.exec(alt);
    return m ? String(Number(m[1])) : undefined;
  });
  return alts.every((a) => a !== undefined && a === alts[0]) ? alts[0] : undefined;
}

/** `"x": "npm:openai@^4"` installs `openai` under the name `x`. */
export function npmAlias(spec: string): { name: string; range: string } | undefined {
  const m = /^npm:((?:@[^/@\s]+\/)?[^@\s]+)(?:@(.*))?$/.exec(spec.trim());
  return m ? { name: m[1]!, range: m[2] ?? "" } : undefined;
}

export const detectPackageJson: Detector = ({ file, text, catalog }) => {
  let root: JsonNode;
  try {
    root = parseJson(text);
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not parse package.json", err)] };
  }
  try {
    const evidence: Evidence[] = [];
    if (root.type !== "object") return { evidence, literals: [], diagnostics: [{ file: file.path, message: "package.json is not an object" }] };
    const starts = lineStarts(text);
    const add = (name: string, range: string, offset: number) => {
      const alias = npmAlias(range);
      const pkg = alias ? alias.name : name;
      const major = npmMajor(alias ? alias.range : range);
      const pos = locate(starts, offset);
      for (const target of manifestTargets(catalog.lookupPackage("npm", pkg, major))) {
        evidence.push(targetEvidence("dependency", file.path, pos, "npm", target, lineSnippet(text, starts, pos.line)));
      }
    };
    for (const entry of root.entries) {
      if (SECTIONS.includes(entry.key) && entry.value.type === "object") {
        for (const dep of entry.value.entries) {
          add(dep.key, dep.value.type === "string" ? dep.value.value : "", dep.keyOffset + 1);
        }
      } else if (BUNDLED.includes(entry.key) && entry.value.type === "array") {
        for (const item of entry.value.items) if (item.type === "string") add(item.value, "", item.offset + 1);
      }
    }
    return { evidence, literals: [], diagnostics: [] };
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not read package.json", err)] };
  }
};
