// pip requirements files (requirements*.txt, requirements/*.txt, pip-tools *.in).
//
// `-r other.txt` / `-c constraints.txt` are not followed: a detector sees one
// file, and every requirements file in the tree is scanned on its own.

import type { Evidence } from "../../../types.js";
import { lineStarts, locate } from "../../python/lexer.js";
import type { Detector } from "../../types.js";
import { diagnostic, lineSnippet, manifestTargets, targetEvidence } from "../evidence.js";
import { parseRequirement, type Requirement } from "./pep508.js";

export interface LocatedRequirement extends Requirement {
  /** Offset of the name in the file. */
  fileOffset: number;
}

/** Options whose value is a requirement (`-e git+https://…#egg=name`). */
const EDITABLE = /^(?:-e|--editable)(?:\s*=\s*|\s+|(?=[^\s-]))/;

/**
 * Requirements in pip's file format, with the file offset of each name.
 * Logical lines join `\`-continued physical lines; `#` starts a comment at the
 * start of a line or after whitespace (so `#egg=` in a URL is not one).
 */
export function parseRequirementsFile(text: string): LocatedRequirement[] {
  const out: LocatedRequirement[] = [];
  const physical = text.split("\n");
  let offset = 0;
  let logical = "";
  let map: number[] = []; // logical index → file offset
  const flush = () => {
    const req = parseLogicalLine(logical);
    if (req) out.push({ ...req, fileOffset: map[req.offset] ?? 0 });
    logical = "";
    map = [];
  };
  for (const raw of physical) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const isComment = /^\s*#/.test(line);
    const continued = !isComment && line.endsWith("\\");
    const body = continued ? line.slice(0, -1) : isComment && logical !== "" ? "" : line;
    for (let k = 0; k < body.length; k++) map.push(offset + k);
    logical += body;
    if (!continued) flush();
    offset += raw.length + 1;
  }
  if (logical !== "") flush();
  return out;
}

function parseLogicalLine(line: string): Requirement | undefined {
  const noComment = line.replace(/(^|\s)#.*$/, "");
  const lead = noComment.length - noComment.trimStart().length;
  const s = noComment.trimStart();
  if (s === "") return undefined;
  if (s.startsWith("-")) {
    const e = EDITABLE.exec(s);
    if (!e) return undefined; // -r, -c, -i, --index-url, --hash, … : not a requirement
    const value = s.slice(e[0].length).split(/\s+/)[0] ?? "";
    const r = parseRequirement(value);
    return r && { ...r, offset: r.offset + lead + e[0].length };
  }
  // Per-requirement options (`--hash=…`, `--config-settings …`) follow the requirement.
  // (A linear search: `split(/\s+--?…/)` retries every space of a long run.)
  const opt = s.search(/\s--?[A-Za-z]/);
  const spec = opt < 0 ? s : s.slice(0, opt).trimEnd();
  const r = parseRequirement(spec);
  return r && { ...r, offset: r.offset + lead };
}

export const detectRequirements: Detector = ({ file, text, catalog }) => {
  try {
    const starts = lineStarts(text);
    const evidence: Evidence[] = [];
    for (const req of parseRequirementsFile(text)) {
      const pos = locate(starts, req.fileOffset);
      for (const target of manifestTargets(catalog.lookupPackage("pypi", req.name, req.major))) {
        evidence.push(targetEvidence("dependency", file.path, pos, "pypi", target, lineSnippet(text, starts, pos.line)));
      }
    }
    return { evidence, literals: [], diagnostics: [] };
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not parse", err)] };
  }
};
