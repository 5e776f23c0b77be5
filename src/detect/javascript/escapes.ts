// String and template escapes, cooked the way the language cooks them.

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The cooked value of the escape at `src[at] === "\\"`, and the offset after it. */
export function escape(src: string, at: number): [string, number] {
  const c = src[at + 1];
  switch (c) {
    case undefined:
      return ["", at + 1];
    case "n": return ["\n", at + 2];
    case "t": return ["\t", at + 2];
    case "r": return ["\r", at + 2];
    case "b": return ["\b", at + 2];
    case "f": return ["\f", at + 2];
    case "v": return ["\v", at + 2];
    case "0":
      if (!isDigit(src.charCodeAt(at + 2))) return ["\0", at + 2];
      break;
    case "\r":
      return ["", src[at + 2] === "\n" ? at + 3 : at + 2];
    case "\n":
    case "\u2028":
    case "\u2029":
      return ["", at + 2];
    case "x": {
      const hex = /^[0-9a-fA-F]{2}/.exec(src.slice(at + 2, at + 4));
      if (hex) return [String.fromCharCode(parseInt(hex[0], 16)), at + 4];
      break;
    }
    case "u": {
      const m = /^(?:\{([0-9a-fA-F]{1,6})\}|([0-9a-fA-F]{4}))/.exec(src.slice(at + 2, at + 10));
      if (m) {
        const cp = parseInt(m[1] ?? m[2]!, 16);
        if (cp <= 0x10ffff) return [String.fromCodePoint(cp), at + 2 + m[0].length];
      }
      break;
    }
  }
  return [c, at + 2];
}
