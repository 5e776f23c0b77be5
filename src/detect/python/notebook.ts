// Jupyter notebooks (.ipynb): the Python in code cells (markdown and raw cells
// never count), plus `!pip install` / `%pip install` lines as dependencies.
//
// Positions: line and column are where the text sits in the .ipynb file itself
// (each decoded source character is mapped back to its raw JSON offset), so an
// annotation lands on the right line of the file a pull request changes. The
// snippet is the Python source line, not the JSON line around it.

import type { Catalog } from "../../catalog/compile.js";
import type { Diagnostic, Evidence } from "../../types.js";
import { diagnostic, lineSnippet, manifestTargets, targetEvidence } from "../manifests/evidence.js";
import { member, parseJson, stringMap, type JsonNode } from "../manifests/json.js";
import type { Detector, Literal } from "../types.js";
import { analyzePython, type PythonAnalysis } from "./analyze.js";
import { lineStarts, locate } from "./lexer.js";
import { foreignCell, isForeignLanguage } from "./foreign-cells.js";
import { pipInstallRequirements } from "./pip-magic.js";
import { resolveImports } from "./python.js";

/** Cell magics whose body is not Python. */
const FOREIGN_CELL_MAGICS = new Set([
  "bash", "sh", "script", "system", "html", "javascript", "js", "latex", "markdown", "svg", "perl", "ruby", "writefile",
  "file", "sql", "R", "julia", "cmd", "powershell", "pypy", "python2",
]);
const SHELL_CELL_MAGICS = new Set(["bash", "sh", "script", "system", "cmd", "powershell"]);

interface Cell {
  text: string;
  /** Raw file offset of each UTF-16 unit of `text`. */
  map: number[];
  fallback: number;
}

function cellSource(node: JsonNode | undefined, raw: string): Cell | undefined {
  if (!node) return undefined;
  if (node.type === "string") return { text: node.value, map: stringMap(raw, node.offset), fallback: node.offset };
  if (node.type !== "array") return undefined;
  let text = "";
  const map: number[] = [];
  for (const item of node.items) {
    if (item.type !== "string") continue;
    text += item.value;
    for (const o of stringMap(raw, item.offset)) map.push(o);
  }
  return { text, map, fallback: node.offset };
}

function codeCells(root: JsonNode): JsonNode[] {
  const cells: JsonNode[] = [];
  const direct = member(root, "cells");
  if (direct?.type === "array") cells.push(...direct.items);
  const worksheets = member(root, "worksheets"); // nbformat 3
  if (worksheets?.type === "array") {
    for (const ws of worksheets.items) {
      const c = member(ws, "cells");
      if (c?.type === "array") cells.push(...c.items);
    }
  }
  return cells.filter((c) => {
    const type = member(c, "cell_type");
    return type?.type === "string" && type.value === "code";
  });
}

/** A cell's own language in polyglot notebooks (.NET Interactive, Polyglot Notebooks). */
function cellLanguage(cell: JsonNode): string | undefined {
  const meta = member(cell, "metadata");
  const lang = member(member(meta, "dotnet_interactive"), "language") ?? member(member(meta, "polyglot_notebook"), "kernelName");
  return lang?.type === "string" ? lang.value.toLowerCase() : undefined;
}

function kernelLanguage(root: JsonNode): string | undefined {
  const meta = member(root, "metadata");
  const lang = member(member(meta, "kernelspec"), "language") ?? member(member(meta, "language_info"), "name");
  return lang?.type === "string" ? lang.value.toLowerCase() : undefined;
}

/** Blanks magic lines (keeping offsets) and collects their pip requirements. */
function splitMagics(text: string): { python: string; pip: { name: string; major?: string; offset: number }[] } {
  const pip: { name: string; major?: string; offset: number }[] = [];
  const lines = text.split("\n");
  let offset = 0;
  const cellMagic = /^\s*%%(\S+)/.exec(lines[0] ?? "");
  const foreign = cellMagic !== null && FOREIGN_CELL_MAGICS.has(cellMagic[1]!);
  const shell = cellMagic !== null && SHELL_CELL_MAGICS.has(cellMagic[1]!);
  const out: string[] = [];
  lines.forEach((line, idx) => {
    const magic = /^\s*[!%]/.test(line) || (shell && idx > 0);
    if (magic && !(idx === 0 && cellMagic)) {
      for (const r of pipInstallRequirements(line)) {
        const p: { name: string; major?: string; offset: number } = { name: r.name, offset: offset + r.offset };
        if (r.major !== undefined) p.major = r.major;
        pip.push(p);
      }
    }
    out.push(magic || foreign || (idx === 0 && cellMagic) ? " ".repeat(line.length) : line);
    offset += line.length + 1;
  });
  return { python: out.join("\n"), pip };
}

export const detectNotebook: Detector = async ({ file, text, catalog }) => {
  let root: JsonNode;
  try {
    root = parseJson(text);
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not parse notebook", err)] };
  }
  try {
    return await notebook(file.path, text, root, catalog);
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not read notebook", err)] };
  }
};

async function notebook(path: string, text: string, root: JsonNode, catalog: Catalog) {
  const evidence: Evidence[] = [];
  const literals: Literal[] = [];
  const diagnostics: Diagnostic[] = [];
  if (root.type !== "object") return { evidence, literals, diagnostics: [{ file: path, message: "notebook is not a JSON object" }] };
  const language = kernelLanguage(root);
  const isPython = (l: string | undefined) => l === undefined || l.startsWith("python") || l === "ipython";

  const starts = lineStarts(text);
  const cells: { cell: Cell; starts: number[]; analysis: PythonAnalysis }[] = [];
  for (const node of codeCells(root)) {
    const cell = cellSource(member(node, "source") ?? member(node, "input"), text);
    if (!cell || cell.text.trim() === "") continue;
    const filePos = (offset: number) => locate(starts, cell.map[offset] ?? cell.fallback);
    const lang = cellLanguage(node) ?? language;
    if (!isPython(lang)) {
      // Another language's cell: its own detector, or nothing (R, SQL, …).
      if (lang && isForeignLanguage(lang)) {
        const out = await foreignCell(path, lang, cell.text, filePos, catalog);
        evidence.push(...out.evidence);
        literals.push(...out.literals);
      }
      continue;
    }
    const { python, pip } = splitMagics(cell.text);
    const cellStarts = lineStarts(cell.text);
    for (const p of pip) {
      const pos = filePos(p.offset);
      const line = locate(cellStarts, p.offset).line;
      for (const target of manifestTargets(catalog.lookupPackage("pypi", p.name, p.major))) {
        evidence.push(targetEvidence("dependency", path, pos, "pypi", target, lineSnippet(cell.text, cellStarts, line)));
      }
    }
    const analysis = analyzePython(python);
    if (analysis.errors.length > 0 && diagnostics.length === 0) {
      diagnostics.push({ file: path, message: `could not fully parse a code cell: ${analysis.errors[0]}` });
    }
    cells.push({ cell, starts: cellStarts, analysis });
    for (const l of analysis.literals) {
      const lit: Literal = { value: l.value, ...filePos(l.offset) };
      if (l.key !== undefined) lit.key = l.key;
      literals.push(lit);
    }
  }
  const values = new Set(literals.map((l) => l.value));
  for (const { cell, starts: cellStarts, analysis } of cells) {
    for (const { target, token } of resolveImports(analysis.imports, catalog, values)) {
      const pos = locate(starts, cell.map[token.offset] ?? cell.fallback);
      evidence.push(targetEvidence("import", path, pos, "pypi", target, lineSnippet(cell.text, cellStarts, token.line)));
    }
  }
  evidence.sort((a, b) => a.line - b.line || a.column - b.column);
  return { evidence, literals, diagnostics };
}
