// Where keys and string values sit in a TOML document. smol-toml gives the
// values; this scan gives their places. It runs only on text smol-toml has
// accepted, so it can be lenient, but it never loops or throws on anything.

export interface TomlLocation {
  /** Table path + key path; array elements carry their array's path. */
  path: string[];
  kind: "key" | "string";
  /** Offset of the key's first character, or of a string's opening quote. */
  offset: number;
  /** Decoded string value (kind "string"). */
  value?: string;
  /** Length of the opening delimiter (1 or 3), for strings. */
  quote?: number;
}

const BASIC_ESC: Record<string, string> = { b: "\b", t: "\t", n: "\n", f: "\f", r: "\r", '"': '"', "\\": "\\", e: "\x1b" };

export function tomlLocations(text: string): TomlLocation[] {
  const out: TomlLocation[] = [];
  const n = text.length;
  let i = 0;
  let table: string[] = [];

  const skipInline = () => {
    while (i < n && (text[i] === " " || text[i] === "\t")) i++;
  };
  const skipAll = () => {
    for (;;) {
      while (i < n && /[ \t\r\n]/.test(text[i]!)) i++;
      if (text[i] === "#") {
        while (i < n && text[i] !== "\n") i++;
        continue;
      }
      return;
    }
  };
  const readString = (): { value: string; offset: number; quote: number } => {
    const offset = i;
    const q = text[i]!;
    const multi = text.startsWith(q.repeat(3), i);
    const delim = multi ? q.repeat(3) : q;
    i += delim.length;
    if (multi && text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else if (multi && text[i] === "\n") i++;
    let value = "";
    while (i < n) {
      if (text.startsWith(delim, i)) {
        // Up to two quotes may close a multi-line string early: `""""` ends with a quote in the value.
        let extra = 0;
        while (multi && extra < 2 && text[i + delim.length + extra] === q) extra++;
        value += q.repeat(extra);
        i += delim.length + extra;
        return { value, offset, quote: delim.length };
      }
      const c = text[i]!;
      if (!multi && c === "\n") break;
      if (q === '"' && c === "\\") {
        const d = text[i + 1] ?? "";
        if (BASIC_ESC[d] !== undefined) {
          value += BASIC_ESC[d];
          i += 2;
          continue;
        }
        const hexLen = d === "u" ? 4 : d === "U" ? 8 : d === "x" ? 2 : 0;
        if (hexLen > 0 && /^[0-9a-fA-F]+$/.test(text.slice(i + 2, i + 2 + hexLen))) {
          const cp = parseInt(text.slice(i + 2, i + 2 + hexLen), 16);
          value += cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
          i += 2 + hexLen;
          continue;
        }
        if (multi && /^[ \t]*\r?\n/.test(text.slice(i + 1, i + 1 + 64))) {
          i++;
          while (i < n && /[ \t\r\n]/.test(text[i]!)) i++;
          continue;
        }
        value += c;
        i++;
        continue;
      }
      value += c;
      i++;
    }
    return { value, offset, quote: delim.length };
  };
  /** A dotted key: parts and the offset of each part. */
  const readKey = (): { parts: string[]; offsets: number[] } => {
    const parts: string[] = [];
    const offsets: number[] = [];
    for (;;) {
      skipInline();
      const at = i;
      if (text[i] === '"' || text[i] === "'") {
        parts.push(readString().value);
      } else {
        const m = /^[A-Za-z0-9_-]+/.exec(text.slice(i, i + 256));
        if (!m) break;
        parts.push(m[0]);
        i += m[0].length;
      }
      offsets.push(at);
      skipInline();
      if (text[i] === ".") {
        i++;
        continue;
      }
      break;
    }
    return { parts, offsets };
  };
  const readValue = (path: string[]) => {
    skipInline();
    const c = text[i];
    if (c === '"' || c === "'") {
      const s = readString();
      out.push({ path, kind: "string", offset: s.offset, value: s.value, quote: s.quote });
      return;
    }
    if (c === "[") {
      i++;
      for (let guard = 0; i < n && guard < n; guard++) {
        skipAll();
        if (text[i] === "]") {
          i++;
          return;
        }
        if (text[i] === ",") {
          i++;
          continue;
        }
        const before = i;
        readValue(path);
        if (i === before) i++;
      }
      return;
    }
    if (c === "{") {
      i++;
      for (let guard = 0; i < n && guard < n; guard++) {
        skipAll();
        if (text[i] === "}") {
          i++;
          return;
        }
        if (text[i] === ",") {
          i++;
          continue;
        }
        const before = i;
        const key = readKey();
        const full = [...path, ...key.parts];
        if (key.parts.length > 0) out.push({ path: full, kind: "key", offset: key.offsets[key.offsets.length - 1]! });
        skipInline();
        if (text[i] === "=") {
          i++;
          readValue(full);
        }
        if (i === before) i++;
      }
      return;
    }
    // Scalar: number, bool, date-time.
    while (i < n && !/[,\]}\n#]/.test(text[i]!)) i++;
  };

  for (let guard = 0; i < n && guard <= n; guard++) {
    skipAll();
    if (i >= n) break;
    const before = i;
    if (text[i] === "[") {
      const array = text[i + 1] === "[";
      i += array ? 2 : 1;
      const key = readKey();
      table = key.parts;
      if (key.parts.length > 0) out.push({ path: table, kind: "key", offset: key.offsets[key.offsets.length - 1]! });
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    const key = readKey();
    if (key.parts.length > 0) {
      const full = [...table, ...key.parts];
      out.push({ path: full, kind: "key", offset: key.offsets[key.offsets.length - 1]! });
      skipInline();
      if (text[i] === "=") {
        i++;
        readValue(full);
      }
    }
    // Rest of the line (a trailing comment); never stall.
    while (i < n && text[i] !== "\n" && text[i] !== "#") {
      if (!/[ \t\r]/.test(text[i]!)) break;
      i++;
    }
    if (i === before) i++;
  }
  return out;
}

/** Locations under exactly `path`. */
export function at(locations: TomlLocation[], path: string[], kind: TomlLocation["kind"]): TomlLocation[] {
  return locations.filter((l) => l.kind === kind && l.path.length === path.length && l.path.every((p, k) => p === path[k]));
}
