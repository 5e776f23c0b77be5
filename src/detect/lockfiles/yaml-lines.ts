// A line reader for the block YAML that pnpm and Yarn berry write: one
// `key: value`, `key:` or `- item` per line, two-space indentation, keys
// optionally quoted, values scalars, one-line flow collections or block scalars
// (`deprecated: |-` messages, read as an empty value).
//
// Why not the `yaml` library: on a 6 MB pnpm-lock.yaml it takes 4–5 s (measured
// with yaml 2.9, `uniqueKeys: false`); this reader is linear and keeps each
// key's line and column, which is all the lockfile parsers need. It accepts only
// what those generators write and reports anything else as a parse error.

import { LockfileError } from "./common.js";

export interface YamlLine {
  line: number; // 1-based
  indent: number;
  /** The key, unquoted; undefined for a `- item` line. */
  key?: string;
  /** Column (1-based) of the key's (or item's) first character, inside its quotes. */
  column: number;
  /** The scalar after `key:` or `- `, unquoted; "" when the line opens a block. */
  value: string;
}

function unquote(raw: string, line: number): { text: string; end: number } {
  const q = raw[0]!;
  let out = "";
  for (let i = 1; i < raw.length; i++) {
    const c = raw[i]!;
    if (q === "'" && c === "'") {
      if (raw[i + 1] === "'") {
        out += "'";
        i++;
        continue;
      }
      return { text: out, end: i + 1 };
    }
    if (q === '"' && c === "\\") {
      const d = raw[i + 1] ?? "";
      out += d === "n" ? "\n" : d === "t" ? "\t" : d;
      i++;
      continue;
    }
    if (q === '"' && c === '"') return { text: out, end: i + 1 };
    out += c;
  }
  throw new LockfileError(`unterminated quoted string at line ${line}`);
}

function scalar(raw: string, line: number): string {
  const v = raw.trim();
  if (v.startsWith('"') || v.startsWith("'")) return unquote(v, line).text;
  return v;
}

/** `|`, `>-`, `|+2`…: a block scalar's header (its text is on the lines below, indented deeper). */
const BLOCK_SCALAR = /^[|>](?:[1-9][+-]?|[+-][1-9]?)?\s*(?:#.*)?$/;

/** Every meaningful line of a pnpm / Yarn berry lockfile, in order. */
export function* yamlLines(text: string): Generator<YamlLine> {
  let lineNo = 0;
  let start = 0;
  const n = text.length;
  // Inside a block scalar (pnpm writes `deprecated: |-` messages): its key's indent.
  let blockOf: number | undefined;
  while (start <= n) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = n;
    lineNo++;
    let raw = text.slice(start, end);
    start = end + 1;
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    let indent = 0;
    while (indent < raw.length && raw[indent] === " ") indent++;
    const body = raw.slice(indent);
    // A block scalar's text (blank lines included) is a value, never keys.
    if (blockOf !== undefined) {
      if (body === "" || indent > blockOf) {
        if (end === n) break;
        continue;
      }
      blockOf = undefined;
    }
    // Comments, and the document markers pnpm 10 writes around its env lockfile.
    if (body === "" || body.startsWith("#") || (indent === 0 && /^(?:---|\.\.\.)\s*$/.test(body))) {
      if (end === n) break;
      continue;
    }
    if (body.startsWith("\t")) throw new LockfileError(`tab in indentation at line ${lineNo}`);
    if (body === "-" || body.startsWith("- ")) {
      const item = body.slice(1).trimStart();
      yield { line: lineNo, indent, column: indent + 1 + (body.length - item.length) + (/^["']/.test(item) ? 1 : 0), value: scalar(item, lineNo) };
    } else {
      let key: string;
      let rest: string;
      let keyColumn = indent + 1;
      if (body.startsWith('"') || body.startsWith("'")) {
        const q = unquote(body, lineNo);
        key = q.text;
        rest = body.slice(q.end);
        keyColumn++;
        if (!rest.startsWith(":")) throw new LockfileError(`expected ':' after a key at line ${lineNo}`);
        rest = rest.slice(1);
      } else {
        const colon = body.search(/:(?: |$)/);
        if (colon <= 0 || body.startsWith("{") || body.startsWith("[")) {
          throw new LockfileError(`expected 'key: value' at line ${lineNo}`);
        }
        key = body.slice(0, colon);
        rest = body.slice(colon + 1);
      }
      if (rest !== "" && !rest.startsWith(" ")) throw new LockfileError(`expected a space after ':' at line ${lineNo}`);
      if (BLOCK_SCALAR.test(rest.trim())) {
        blockOf = indent;
        yield { line: lineNo, indent, key, column: keyColumn, value: "" };
      } else yield { line: lineNo, indent, key, column: keyColumn, value: scalar(rest, lineNo) };
    }
    if (end === n) break;
  }
}
