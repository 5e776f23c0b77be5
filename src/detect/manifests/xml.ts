// A small XML reader that keeps offsets: elements, attributes (with the offset
// of each value), text (with the offset of its first non-blank character).
// Comments, CDATA, processing instructions and DOCTYPE are understood and
// skipped; a mismatched or unterminated tag throws XmlError. Enough for
// pom.xml and MSBuild files, whose evidence must point at a line; the npm XML
// parsers we looked at (fast-xml-parser) drop positions, which is the one
// thing this needs.

export interface XmlAttr {
  name: string;
  value: string;
  /** Offset of the value's first character (inside the quotes). */
  offset: number;
}

export interface XmlElement {
  name: string;
  /** Offset of `<`. */
  offset: number;
  attrs: XmlAttr[];
  children: XmlElement[];
  /** Concatenated, entity-decoded text directly inside the element, trimmed. */
  text: string;
  /** Offset of the first non-blank text character (or of the element when none). */
  textOffset: number;
}

export class XmlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g, (all, e: string) => {
    if (e.startsWith("#x")) return safeCodePoint(parseInt(e.slice(2), 16)) ?? all;
    if (e.startsWith("#")) return safeCodePoint(parseInt(e.slice(1), 10)) ?? all;
    return ENTITIES[e] ?? all;
  });
}

function safeCodePoint(cp: number): string | undefined {
  return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
}

const NAME = /[A-Za-z_:][\w:.-]*/y;

export function parseXml(text: string): XmlElement {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const root: XmlElement = { name: "#document", offset: 0, attrs: [], children: [], text: "", textOffset: 0 };
  const stack: XmlElement[] = [root];
  let textBuf: { value: string; offset: number }[] = [];
  const flushText = () => {
    const top = stack[stack.length - 1]!;
    const joined = textBuf.map((t) => t.value).join("");
    if (joined.trim() !== "") {
      const first = textBuf.find((t) => t.value.trim() !== "")!;
      if (top.text === "") top.textOffset = first.offset + (first.value.length - first.value.trimStart().length);
      top.text = (top.text + joined).trim();
    }
    textBuf = [];
  };
  const skipTo = (end: string, what: string) => {
    const k = text.indexOf(end, i);
    if (k < 0) throw new XmlError(`unterminated ${what}`, i);
    i = k + end.length;
  };
  while (i < n) {
    const lt = text.indexOf("<", i);
    if (lt < 0) {
      textBuf.push({ value: decodeEntities(text.slice(i)), offset: i });
      break;
    }
    if (lt > i) textBuf.push({ value: decodeEntities(text.slice(i, lt)), offset: i });
    i = lt;
    if (text.startsWith("<!--", i)) {
      skipTo("-->", "comment");
      continue;
    }
    if (text.startsWith("<![CDATA[", i)) {
      const start = i + 9;
      skipTo("]]>", "CDATA section");
      textBuf.push({ value: text.slice(start, i - 3), offset: start });
      continue;
    }
    if (text.startsWith("<?", i)) {
      skipTo("?>", "processing instruction");
      continue;
    }
    if (text.startsWith("<!", i)) {
      // DOCTYPE, possibly with an internal subset.
      let depth = 0;
      let k = i + 2;
      for (; k < n; k++) {
        if (text[k] === "[") depth++;
        else if (text[k] === "]") depth--;
        else if (text[k] === ">" && depth <= 0) break;
      }
      if (k >= n) throw new XmlError("unterminated declaration", i);
      i = k + 1;
      continue;
    }
    flushText();
    if (text[i + 1] === "/") {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(text);
      const name = m && m.index === i + 2 ? m[0] : "";
      const top = stack[stack.length - 1]!;
      if (stack.length === 1 || top.name !== name) throw new XmlError(`unexpected </${name}>${stack.length > 1 ? ` (open: <${top.name}>)` : ""}`, i);
      let close = i + 2 + name.length;
      while (close < n && /\s/.test(text[close]!)) close++;
      if (text[close] !== ">") throw new XmlError(`unterminated </${name}>`, i);
      stack.pop();
      i = close + 1;
      continue;
    }
    NAME.lastIndex = i + 1;
    const m = NAME.exec(text);
    if (!m || m.index !== i + 1) throw new XmlError("invalid tag", i);
    const el: XmlElement = { name: m[0], offset: i, attrs: [], children: [], text: "", textOffset: i };
    i += 1 + m[0].length;
    for (;;) {
      while (i < n && /\s/.test(text[i]!)) i++;
      if (i >= n) throw new XmlError(`unterminated <${el.name}>`, el.offset);
      if (text.startsWith("/>", i)) {
        i += 2;
        stack[stack.length - 1]!.children.push(el);
        break;
      }
      if (text[i] === ">") {
        i++;
        stack[stack.length - 1]!.children.push(el);
        stack.push(el);
        break;
      }
      NAME.lastIndex = i;
      const a = NAME.exec(text);
      if (!a || a.index !== i) throw new XmlError(`invalid attribute in <${el.name}>`, i);
      i += a[0].length;
      while (i < n && /\s/.test(text[i]!)) i++;
      if (text[i] !== "=") throw new XmlError(`attribute ${a[0]} without a value`, i);
      i++;
      while (i < n && /\s/.test(text[i]!)) i++;
      const q = text[i];
      if (q !== '"' && q !== "'") throw new XmlError(`unquoted attribute ${a[0]}`, i);
      const end = text.indexOf(q, i + 1);
      if (end < 0) throw new XmlError(`unterminated attribute ${a[0]}`, i);
      el.attrs.push({ name: a[0], value: decodeEntities(text.slice(i + 1, end)), offset: i + 1 });
      i = end + 1;
    }
  }
  flushText();
  if (stack.length > 1) throw new XmlError(`unclosed <${stack[stack.length - 1]!.name}>`, stack[stack.length - 1]!.offset);
  if (!root.children.some(() => true)) throw new XmlError("no root element", 0);
  return root;
}

/** Local name, namespace prefix dropped, lowercased when asked. */
export function localName(el: XmlElement, lower = false): string {
  const name = el.name.slice(el.name.indexOf(":") + 1);
  return lower ? name.toLowerCase() : name;
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => localName(c) === name);
}

export function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => localName(c) === name);
}

export function attr(el: XmlElement, name: string): XmlAttr | undefined {
  const lower = name.toLowerCase();
  return el.attrs.find((a) => a.name.toLowerCase() === lower);
}
