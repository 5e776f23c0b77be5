// A small, forgiving reader for the HCL that Terraform / OpenTofu files use:
// blocks with labels, attributes, nested blocks. Expressions are kept as raw
// text; only plain strings and references are interpreted (by terraform.ts).
// Comments (#, //, /* */) are blanked first, so a commented-out resource is gone.

import { blankComments } from "./common.js";

export interface HclAttr {
  /** The expression as written (trimmed), comments removed. */
  expr: string;
  offset: number;
}

export interface HclBlock {
  type: string;
  labels: string[];
  attrs: Map<string, HclAttr>;
  blocks: HclBlock[];
  offset: number;
}

const IDENT = /[A-Za-z_][\w-]*/y;

export function parseHcl(source: string): HclBlock[] {
  const text = blankComments(source, { hash: true, slash: true, block: true, quotes: ['"'] });
  const root = { blocks: [] as HclBlock[], attrs: new Map<string, HclAttr>() };
  parseBody(text, 0, root);
  return root.blocks;
}

/** Parses attributes and blocks from `i` until a closing `}` (returns the index after it) or the end. */
function parseBody(text: string, start: number, into: { attrs: Map<string, HclAttr>; blocks: HclBlock[] }): number {
  const n = text.length;
  let i = start;
  while (i < n) {
    i = skipSpace(text, i, true);
    if (i >= n) return n;
    const c = text[i]!;
    if (c === "}") return i + 1;
    if (c === "," || c === ";") {
      i++;
      continue;
    }
    IDENT.lastIndex = i;
    const id = IDENT.exec(text);
    if (!id) {
      i = skipLine(text, i);
      continue;
    }
    const at = i;
    i = skipSpace(text, IDENT.lastIndex, false);
    if (text[i] === "=" && text[i + 1] !== "=") {
      const exprStart = skipSpace(text, i + 1, false);
      const end = readExpr(text, exprStart);
      into.attrs.set(id[0], { expr: text.slice(exprStart, end).trim(), offset: at });
      i = end;
      continue;
    }
    // A block: labels (quoted or bare) then `{`.
    const labels: string[] = [];
    while (i < n && text[i] !== "{" && text[i] !== "\n") {
      if (text[i] === '"') {
        const end = readString(text, i);
        labels.push(text.slice(i + 1, end - 1));
        i = skipSpace(text, end, false);
        continue;
      }
      IDENT.lastIndex = i;
      const bare = IDENT.exec(text);
      if (!bare) break;
      labels.push(bare[0]);
      i = skipSpace(text, IDENT.lastIndex, false);
    }
    if (text[i] !== "{") {
      i = skipLine(text, i);
      continue;
    }
    const block: HclBlock = { type: id[0], labels, attrs: new Map(), blocks: [], offset: at };
    i = parseBody(text, i + 1, block);
    into.blocks.push(block);
  }
  return n;
}

function skipSpace(text: string, i: number, newlines: boolean): number {
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\r" || (newlines && text[i] === "\n"))) i++;
  return i;
}

function skipLine(text: string, i: number): number {
  const j = text.indexOf("\n", i);
  return j < 0 ? text.length : j + 1;
}

/** Index after the string that opens at `i` (`"…"`, with `${ … }` templates that may hold strings). */
function readString(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const c = text[j]!;
    if (c === "\\") {
      j += 2;
      continue;
    }
    if (c === '"') return j + 1;
    if (c === "\n") return j; // unterminated: stop at the line end
    if ((c === "$" || c === "%") && text[j + 1] === "{") {
      j = readBalanced(text, j + 1);
      continue;
    }
    j++;
  }
  return n;
}

/** From an opening bracket at `i`, the index after its match (strings skipped). */
function readBalanced(text: string, i: number): number {
  const n = text.length;
  let depth = 0;
  let j = i;
  while (j < n) {
    const c = text[j]!;
    if (c === '"') {
      j = readString(text, j);
      continue;
    }
    if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return n;
}

/** End of an attribute expression: the end of its line outside brackets, strings and heredocs. */
function readExpr(text: string, i: number): number {
  const n = text.length;
  const heredoc = /^<<-?\s*([A-Za-z_]\w*)[ \t]*\r?\n/.exec(text.slice(i, i + 80));
  if (heredoc) {
    const marker = heredoc[1]!;
    let j = i + heredoc[0].length;
    while (j < n) {
      const end = text.indexOf("\n", j);
      const line = text.slice(j, end < 0 ? n : end).trim();
      if (line === marker) return end < 0 ? n : end;
      if (end < 0) return n;
      j = end + 1;
    }
    return n;
  }
  let j = i;
  while (j < n) {
    const c = text[j]!;
    if (c === "\n" || c === "}") return j;
    if (c === '"') {
      j = readString(text, j);
      continue;
    }
    if (c === "{" || c === "[" || c === "(") {
      j = readBalanced(text, j);
      continue;
    }
    j++;
  }
  return n;
}

/** A plain string literal's value (no interpolation), else undefined. */
export function plainString(expr: string): string | undefined {
  const m = /^"((?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{))*)"$/.exec(expr);
  if (!m) return undefined;
  return m[1]!.replace(/\\(.)/g, (_, ch: string) => (ch === "n" ? "\n" : ch === "t" ? "\t" : ch));
}
