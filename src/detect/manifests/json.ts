// A strict JSON parser that keeps where things are: the offset of every key
// and value (and, through `stringMap`, of every decoded character of a
// string), so evidence can point at the exact place in package.json or in a
// notebook's source lines. JSON.parse loses all of that.

export type JsonNode =
  | { type: "object"; offset: number; entries: JsonEntry[] }
  | { type: "array"; offset: number; items: JsonNode[] }
  | JsonString
  | { type: "number" | "boolean" | "null"; offset: number };

export interface JsonString {
  type: "string";
  offset: number; // the opening quote
  value: string;
}

export interface JsonEntry {
  key: string;
  keyOffset: number; // the key's opening quote
  value: JsonNode;
}

export class JsonError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const ESC: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

export function parseJson(text: string): JsonNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let depth = 0;

  const fail = (what: string): never => {
    const before = text.slice(0, i);
    const line = before.split("\n").length;
    const column = i - before.lastIndexOf("\n");
    throw new JsonError(`${what} at line ${line} column ${column}`, i);
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const str = (): JsonString => {
    const start = i;
    i++; // opening quote
    let value = "";
    for (;;) {
      if (i >= n) fail("unterminated string");
      const c = text[i]!;
      if (c === '"') {
        i++;
        break;
      }
      if (c === "\\") {
        const d = text[i + 1];
        if (d !== undefined && ESC[d] !== undefined) {
          value += ESC[d];
          i += 2;
          continue;
        }
        if (d === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        fail("bad escape");
      }
      if (c.charCodeAt(0) < 0x20) fail("control character in string");
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x22 || d === 0x5c || d < 0x20) break;
        j++;
      }
      value += text.slice(i, j);
      i = j;
    }
    return { type: "string", offset: start, value };
  };
  const value = (): JsonNode => {
    ws();
    const start = i;
    const c = text[i];
    if (c === "{") {
      if (++depth > 512) fail("nesting too deep");
      i++;
      const entries: JsonEntry[] = [];
      ws();
      if (text[i] === "}") {
        i++;
        depth--;
        return { type: "object", offset: start, entries };
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail("expected a key");
        const keyOffset = i;
        const key = str().value;
        ws();
        if (text[i] !== ":") fail("expected ':'");
        i++;
        entries.push({ key, keyOffset, value: value() });
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          depth--;
          return { type: "object", offset: start, entries };
        }
        fail("expected ',' or '}'");
      }
    }
    if (c === "[") {
      if (++depth > 512) fail("nesting too deep");
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === "]") {
        i++;
        depth--;
        return { type: "array", offset: start, items };
      }
      for (;;) {
        items.push(value());
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          depth--;
          return { type: "array", offset: start, items };
        }
        fail("expected ',' or ']'");
      }
    }
    if (c === '"') return str();
    SCALAR.lastIndex = i;
    const m = SCALAR.exec(text);
    if (!m) fail(i >= n ? "unexpected end of input" : "unexpected token");
    i += m![0].length;
    const word = m![0];
    return { type: word === "null" ? "null" : word === "true" || word === "false" ? "boolean" : "number", offset: start };
  };

  const root = value();
  ws();
  if (i < n) fail("unexpected content after the document");
  return root;
}

/**
 * Re-reads the JSON string whose opening quote is at `offset` (in text that
 * `parseJson` accepted) and returns the raw offset of each decoded UTF-16 unit.
 * Done on demand, so a notebook's megabytes of outputs never get a map.
 */
export function stringMap(text: string, offset: number): number[] {
  const map: number[] = [];
  let i = offset + 1;
  while (i < text.length && text[i] !== '"') {
    map.push(i);
    i += text[i] === "\\" ? (text[i + 1] === "u" ? 6 : 2) : 1;
  }
  return map;
}

/** The value of `key` in an object node (the last one, as JSON.parse does). */
export function member(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.type !== "object") return undefined;
  let found: JsonNode | undefined;
  for (const e of node.entries) if (e.key === key) found = e.value;
  return found;
}
