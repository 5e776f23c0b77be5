// pyproject.toml and Pipfile: dependency declarations, parsed by smol-toml and
// located in the raw text by a position scan.
//
// pyproject.toml:
//   [project] dependencies, [project.optional-dependencies].*   (PEP 621)
//   [dependency-groups].*                                         (PEP 735; `{include-group}` skipped)
//   [tool.poetry.dependencies], [tool.poetry.dev-dependencies],
//   [tool.poetry.group.*.dependencies]                            (Poetry; `python` skipped)
//   [tool.uv] dev-dependencies, [tool.pdm.dev-dependencies].*     (PEP 508 lists)
// Not dependencies: [tool.uv.sources], [build-system], description/keywords text.
//
// Pipfile: every top-level table except source, requires, scripts and pipenv
// is a package category ([packages], [dev-packages], custom categories).

import { parse } from "smol-toml";
import type { Evidence } from "../../../types.js";
import { lineStarts, locate } from "../../python/lexer.js";
import type { DetectInput, DetectOutput, Detector } from "../../types.js";
import { diagnostic, lineSnippet, manifestTargets, targetEvidence } from "../evidence.js";
import { constraintMajor, parseRequirement } from "./pep508.js";
import { at, tomlLocations, type TomlLocation } from "../toml-locations.js";

type Table = Record<string, unknown>;

const isTable = (v: unknown): v is Table => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
const get = (v: unknown, ...path: string[]): unknown => path.reduce<unknown>((o, k) => (isTable(o) ? o[k] : undefined), v);

interface Declared {
  name: string;
  major?: string;
  offset: number;
}

class Collector {
  readonly found: Declared[] = [];
  private readonly used = new Set<TomlLocation>();
  constructor(
    private readonly text: string,
    private readonly locations: TomlLocation[],
  ) {}

  /** A PEP 508 list at `path`: each string located at its own occurrence. */
  pep508List(list: unknown, path: string[]): void {
    if (!Array.isArray(list)) return;
    const candidates = at(this.locations, path, "string");
    for (const item of list) {
      if (typeof item !== "string") continue;
      const req = parseRequirement(item);
      if (!req) continue;
      const loc = candidates.find((c) => c.value === item && !this.used.has(c));
      let offset = 0;
      if (loc) {
        this.used.add(loc);
        const inner = loc.offset + (loc.quote ?? 1) + req.offset;
        offset = this.text.startsWith(req.name, inner) ? inner : loc.offset;
      }
      const d: Declared = { name: req.name, offset };
      if (req.major !== undefined) d.major = req.major;
      this.found.push(d);
    }
  }

  /** A Poetry / Pipfile table of `name = "constraint" | { version = … } | [ { version = … } ]`. */
  nameTable(table: unknown, path: string[], skip: string[] = []): void {
    if (!isTable(table)) return;
    for (const [name, value] of Object.entries(table)) {
      if (skip.includes(name.toLowerCase())) continue;
      const keyPath = [...path, name];
      // `name = …`, `[….name]`, or a dotted `name.version = …`.
      const loc =
        at(this.locations, keyPath, "key")[0] ??
        this.locations.find((l) => l.kind === "key" && keyPath.every((p, k) => l.path[k] === p));
      let offset = loc?.offset ?? 0;
      if (loc && (this.text[offset] === '"' || this.text[offset] === "'")) offset++; // point at the name, not its quote
      const d: Declared = { name, offset };
      const first = Array.isArray(value) ? value[0] : value;
      const version = typeof first === "string" ? first : isTable(first) && typeof first.version === "string" ? first.version : undefined;
      const major = version === undefined ? undefined : constraintMajor(version);
      if (major !== undefined) d.major = major;
      this.found.push(d);
    }
  }
}

function tomlDetector(what: string, collect: (doc: Table, c: Collector) => void): Detector {
  return ({ file, text, catalog }: DetectInput): DetectOutput => {
    let doc: Table;
    try {
      doc = parse(text) as Table;
    } catch (err) {
      return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, `could not parse ${what}`, err)] };
    }
    try {
      const c = new Collector(text, tomlLocations(text));
      collect(doc, c);
      const starts = lineStarts(text);
      const evidence: Evidence[] = [];
      for (const d of c.found) {
        const pos = locate(starts, d.offset);
        for (const target of manifestTargets(catalog.lookupPackage("pypi", d.name, d.major))) {
          evidence.push(targetEvidence("dependency", file.path, pos, "pypi", target, lineSnippet(text, starts, pos.line)));
        }
      }
      evidence.sort((a, b) => a.line - b.line || a.column - b.column);
      return { evidence, literals: [], diagnostics: [] };
    } catch (err) {
      return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, `could not read ${what}`, err)] };
    }
  };
}

export const detectPyproject: Detector = tomlDetector("pyproject.toml", (doc, c) => {
  c.pep508List(get(doc, "project", "dependencies"), ["project", "dependencies"]);
  const optional = get(doc, "project", "optional-dependencies");
  if (isTable(optional)) for (const [g, list] of Object.entries(optional)) c.pep508List(list, ["project", "optional-dependencies", g]);
  const groups = get(doc, "dependency-groups");
  if (isTable(groups)) for (const [g, list] of Object.entries(groups)) c.pep508List(list, ["dependency-groups", g]);

  c.nameTable(get(doc, "tool", "poetry", "dependencies"), ["tool", "poetry", "dependencies"], ["python"]);
  c.nameTable(get(doc, "tool", "poetry", "dev-dependencies"), ["tool", "poetry", "dev-dependencies"], ["python"]);
  const poetryGroups = get(doc, "tool", "poetry", "group");
  if (isTable(poetryGroups)) {
    for (const [g, group] of Object.entries(poetryGroups)) {
      c.nameTable(get(group, "dependencies"), ["tool", "poetry", "group", g, "dependencies"], ["python"]);
    }
  }

  c.pep508List(get(doc, "tool", "uv", "dev-dependencies"), ["tool", "uv", "dev-dependencies"]);
  const pdm = get(doc, "tool", "pdm", "dev-dependencies");
  if (isTable(pdm)) for (const [g, list] of Object.entries(pdm)) c.pep508List(list, ["tool", "pdm", "dev-dependencies", g]);
});

const PIPFILE_NOT_PACKAGES = new Set(["source", "requires", "scripts", "pipenv"]);

export const detectPipfile: Detector = tomlDetector("Pipfile", (doc, c) => {
  for (const [category, table] of Object.entries(doc)) {
    if (PIPFILE_NOT_PACKAGES.has(category) || !isTable(table)) continue;
    c.nameTable(table, [category]);
  }
});
