// pom.xml: `<dependency>` entries of the project and of its profiles, with
// `${property}` references resolved from `<properties>` (and project.* / parent
// coordinates). Decisions:
// - `<dependencyManagement>` only pins versions (a BOM import, a parent POM for
//   modules); nothing is on the classpath until a `<dependency>` names it, and
//   that module's pom is scanned too. Not evidence.
// - Build plugin dependencies (`<build><plugins>…`) are the build's, not the
//   application's. Not evidence.
// - `<exclusions>` name what is kept out. Not evidence.
// - Every scope counts (test code that calls a vendor still calls it).

import type { Detector } from "../../types.js";
import { EvidenceSink, fileLiterals, firstMajor } from "../common.js";
import { child, children, parseXml, XmlError, type XmlElement } from "../xml.js";
import { lineStarts, locate } from "../../python/lexer.js";

function properties(project: XmlElement): Map<string, string> {
  const props = new Map<string, string>();
  for (const p of child(project, "properties")?.children ?? []) props.set(p.name, p.text);
  const parent = child(project, "parent");
  for (const key of ["groupId", "artifactId", "version"]) {
    const own = child(project, key)?.text ?? child(parent ?? project, key)?.text;
    if (own) {
      props.set(`project.${key}`, own);
      props.set(`pom.${key}`, own);
    }
    const fromParent = parent && child(parent, key)?.text;
    if (fromParent) props.set(`project.parent.${key}`, fromParent);
  }
  return props;
}

function interpolate(value: string, props: Map<string, string>): string {
  let out = value;
  for (let round = 0; round < 5 && out.includes("${"); round++) {
    out = out.replace(/\$\{([^}]+)\}/g, (all, key: string) => props.get(key.trim()) ?? all);
  }
  return out;
}

export const detectPom: Detector = ({ file, text, catalog }) => {
  let doc: XmlElement;
  try {
    doc = parseXml(text);
  } catch (err) {
    const where = err instanceof XmlError ? ` at line ${locate(lineStarts(text), err.offset).line}` : "";
    return { evidence: [], literals: [], diagnostics: [{ file: file.path, message: `could not parse pom.xml${where}: ${(err as Error).message}` }] };
  }
  const project = doc.children.find((c) => c.name === "project" || c.name.endsWith(":project"));
  if (!project) return { evidence: [], literals: [], diagnostics: [{ file: file.path, message: "pom.xml has no <project> element" }] };
  const props = properties(project);
  const sink = new EvidenceSink(file.path, text, catalog);
  const lists = [child(project, "dependencies"), ...children(child(project, "profiles") ?? project, "profile").map((p) => child(p, "dependencies"))];
  for (const list of lists) {
    for (const dep of children(list ?? { name: "", offset: 0, attrs: [], children: [], text: "", textOffset: 0 }, "dependency")) {
      const g = child(dep, "groupId");
      const a = child(dep, "artifactId");
      if (!g || !a) continue;
      const version = child(dep, "version");
      const name = `${interpolate(g.text, props)}:${interpolate(a.text, props)}`;
      const v = version ? interpolate(version.text, props) : undefined;
      sink.add("maven", name, a.textOffset, v && !v.includes("${") ? firstMajor(v) : undefined);
    }
  }
  return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
};
