// Single-file components (.vue, .svelte): the code is in <script> blocks. The
// rest of the file is blanked to spaces (newlines kept), so the masked text has
// the original's length and every offset, line and column of the script code
// stays where it is in the component file.

export interface Scripts {
  /** The file with everything outside script blocks blanked. */
  text: string;
  /** How many script blocks held code. */
  blocks: number;
  /** A block declares TypeScript (`lang="ts"` / `"tsx"`). */
  ts: boolean;
  /** A block declares JSX (`lang="jsx"` / `"tsx"`), or none declares TypeScript. */
  jsx: boolean;
}

const TAG = /<!--[\s\S]*?(?:-->|$)|<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const CLOSE = /<\/script\s*>/gi;

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3])!.toLowerCase() : undefined;
}

const blank = (s: string) => s.replace(/[^\r\n]/g, " ");

export function scriptBlocks(src: string): Scripts {
  const parts: string[] = [];
  let last = 0;
  let blocks = 0;
  let ts = false;
  let jsx = false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(src); m; m = TAG.exec(src)) {
    if (m[0].startsWith("<!--")) continue; // a commented-out <script> is not code
    const attrs = m[1] ?? "";
    const start = m.index + m[0].length;
    CLOSE.lastIndex = start;
    const close = CLOSE.exec(src);
    const end = close ? close.index : src.length;
    TAG.lastIndex = close ? close.index + close[0].length : src.length;
    const type = attr(attrs, "type");
    if (type && !/javascript|ecmascript|module|typescript|babel|jsx/.test(type)) continue;
    const lang = attr(attrs, "lang") ?? "js";
    parts.push(blank(src.slice(last, start)), src.slice(start, end));
    last = end;
    blocks++;
    if (lang === "ts" || lang === "tsx" || lang === "typescript") ts = true;
    if (lang === "jsx" || lang === "tsx") jsx = true;
  }
  parts.push(blank(src.slice(last)));
  return { text: parts.join(""), blocks, ts, jsx: jsx || !ts };
}
