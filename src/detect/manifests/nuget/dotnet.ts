// .NET: `<PackageReference Include="X" Version="Y"/>` (attribute or child
// element, `$(Property)` versions resolved from the file's PropertyGroups) in
// *.csproj / *.fsproj / *.vbproj / Directory.Build.props, `<package id=…>` in
// packages.config, `<GlobalPackageReference>` in Directory.Packages.props.
// Decisions:
// - `<PackageVersion>` (central package management) only pins a version for
//   projects that reference the package; the referencing project is scanned.
//   Not evidence. `<GlobalPackageReference>` adds the package to every
//   project: evidence.
// - `<PackageReference Update=…>` changes an existing reference; it adds none.
// - The declared version goes to the catalog (NuGet ids whose owner changed
//   across majors carry `versions` there).

import type { Detector } from "../../types.js";
import { baseName, EvidenceSink, fileLiterals } from "../common.js";
import { attr, child, localName, parseXml, XmlError, type XmlElement } from "../xml.js";
import { lineStarts, locate } from "../../python/lexer.js";

/** Major version of a NuGet version or range: `10.1.0`, `10.*`, `[10.0,)`, `[1.0, 2.0)`; `(,4.0]` has no lower bound. */
export function nugetMajor(version: string | undefined): string | undefined {
  if (!version) return undefined;
  const v = version.trim();
  const range = /^[[(]\s*([^,\])]*)/.exec(v);
  const lower = range ? range[1]! : v;
  const m = /^v?(\d+)/.exec(lower.trim());
  return m ? String(Number(m[1])) : undefined;
}

function walk(el: XmlElement, visit: (e: XmlElement) => void): void {
  for (const c of el.children) {
    visit(c);
    walk(c, visit);
  }
}

export const detectDotnetProject: Detector = ({ file, text, catalog }) => {
  let doc: XmlElement;
  try {
    doc = parseXml(text);
  } catch (err) {
    const where = err instanceof XmlError ? ` at line ${locate(lineStarts(text), err.offset).line}` : "";
    return { evidence: [], literals: [], diagnostics: [{ file: file.path, message: `could not parse ${baseName(file.path)}${where}: ${(err as Error).message}` }] };
  }
  const sink = new EvidenceSink(file.path, text, catalog);
  const props = new Map<string, string>();
  walk(doc, (e) => {
    if (localName(e) === "PropertyGroup") for (const p of e.children) props.set(localName(p).toLowerCase(), p.text);
  });
  const resolve = (v: string | undefined) => v?.replace(/\$\(([^)]+)\)/g, (all, k: string) => props.get(k.trim().toLowerCase()) ?? all);
  const packagesConfig = baseName(file.path).toLowerCase() === "packages.config";
  walk(doc, (e) => {
    const name = localName(e);
    if (packagesConfig) {
      if (name !== "package") return;
      const id = attr(e, "id");
      if (id) sink.add("nuget", id.value.trim(), id.offset, nugetMajor(attr(e, "version")?.value));
      return;
    }
    if (name !== "PackageReference" && name !== "GlobalPackageReference") return;
    const include = attr(e, "Include");
    if (!include) return; // Update / Remove: no new reference
    const version = resolve(attr(e, "Version")?.value ?? attr(e, "VersionOverride")?.value ?? child(e, "Version")?.text ?? child(e, "VersionOverride")?.text);
    const major = version && !version.includes("$(") ? nugetMajor(version) : undefined;
    let at = 0;
    for (const part of include.value.split(";")) {
      const lead = part.length - part.trimStart().length;
      const id = part.trim();
      if (id && !id.includes("$(") && !id.includes("@(")) sink.add("nuget", id, include.offset + at + lead, major);
      at += part.length + 1;
    }
  });
  return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
};
