// go.mod: `require path version` and `require ( … )` blocks. A requirement
// marked `// indirect` is one this module's own code does not import (Go
// records it for the build list only): evidence, but `transitive: true`.
// `replace`, `exclude`, `retract`, `tool` and the `module` line are not usage.

import type { Diagnostic } from "../../../types.js";
import type { Detector } from "../../types.js";
import { EvidenceSink, fileLiterals } from "../common.js";

const SPEC = /^("(?:[^"\\]|\\.)*"|`[^`]*`|[^\s"`]+)\s+(\S+)/;

export const detectGoMod: Detector = ({ file, text, catalog }) => {
  const sink = new EvidenceSink(file.path, text, catalog);
  const diagnostics: Diagnostic[] = [];
  const lines = text.split("\n");
  let offset = 0;
  let block: string | undefined;
  let blockLine = 0;
  const bad = (line: number, what: string) => {
    if (diagnostics.length === 0) diagnostics.push({ file: file.path, message: `could not parse go.mod: line ${line}: ${what}` });
  };
  const requirement = (body: string, comment: string, at: number, lineNo: number) => {
    const lead = body.length - body.trimStart().length;
    const m = SPEC.exec(body.trimStart());
    if (!m) {
      bad(lineNo, `malformed requirement '${body.trim()}'`);
      return;
    }
    let path = m[1]!;
    let pathAt = at + lead;
    if (path.startsWith('"') || path.startsWith("`")) {
      path = path.slice(1, -1);
      pathAt++;
    }
    const major = /^v(\d+)/.exec(m[2]!)?.[1];
    const indirect = /^\/\/\s*indirect\b/.test(comment.trim()) || /;\s*indirect\b/.test(comment);
    sink.add("go", path, pathAt, major, indirect ? { transitive: true } : {});
  };
  lines.forEach((raw, idx) => {
    const lineNo = idx + 1;
    const line = raw.replace(/\r$/, "");
    const at = offset;
    offset += raw.length + 1;
    const c = line.indexOf("//");
    const body = c >= 0 ? line.slice(0, c) : line;
    const comment = c >= 0 ? line.slice(c) : "";
    const trimmed = body.trim();
    if (block !== undefined) {
      if (trimmed === ")") {
        block = undefined;
        return;
      }
      if (trimmed === "") return;
      if (block === "require") requirement(body, comment, at, lineNo);
      return;
    }
    if (trimmed === "") return;
    const m = /^(\w+)\s*(\(|\S.*)?$/.exec(trimmed);
    if (!m) {
      bad(lineNo, `unexpected '${trimmed}'`);
      return;
    }
    const [, verb, rest] = m;
    if (rest === "(") {
      block = verb;
      blockLine = lineNo;
      return;
    }
    if (verb === "require") {
      const start = body.indexOf("require") + "require".length;
      requirement(body.slice(start), comment, at + start, lineNo);
    } else if (!/^(module|go|toolchain|replace|exclude|retract|tool|godebug|ignore)$/.test(verb!)) {
      bad(lineNo, `unknown directive '${verb}'`);
    }
  });
  if (block !== undefined) bad(blockLine, `unterminated ${block} block`);
  return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics };
};
