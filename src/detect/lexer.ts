import { escapeRegExp as escapeRe } from "../catalog/patterns.js";
import { literal, type Literal } from "./types.js";

/**
 * A comment- and string-aware scan for languages without a dedicated
 * extractor: it knows each language's comment markers and quote characters,
 * nothing more, which is all it takes to keep comments out of the literals.
 */
export interface LexSpec {
  line: string[]; // line-comment markers
  block: [string, string][]; // block-comment delimiters
  quotes: string[]; // string delimiters; """ before " when both apply
  /** Delimiters inside which a backslash does not escape (Go raw strings). */
  raw?: string[];
}

const C = { line: ["//"], block: [["/*", "*/"]] as [string, string][] };
const HASH = { line: ["#"], block: [] as [string, string][] };

const SPECS: Record<string, LexSpec> = {
  go: { ...C, quotes: ['"', "`"], raw: ["`"] },
  java: { ...C, quotes: ['"""', '"'] },
  kt: { ...C, quotes: ['"""', '"'] },
  kts: { ...C, quotes: ['"""', '"'] },
  swift: { ...C, quotes: ['"""', '"'] },
  cs: { ...C, quotes: ['"""', '"'] },
  rs: { ...C, quotes: ['"'] },
  c: { ...C, quotes: ['"'] },
  cc: { ...C, quotes: ['"'] },
  cpp: { ...C, quotes: ['"'] },
  cxx: { ...C, quotes: ['"'] },
  h: { ...C, quotes: ['"'] },
  hpp: { ...C, quotes: ['"'] },
  m: { ...C, quotes: ['"'] },
  mm: { ...C, quotes: ['"'] },
  zig: { ...C, quotes: ['"'] },
  fs: { line: ["//"], block: [["(*", "*)"]], quotes: ['"""', '"'] },
  vb: { line: ["'"], block: [], quotes: ['"'] },
  scala: { ...C, quotes: ['"""', '"'] },
  groovy: { ...C, quotes: ['"""', "'''", '"', "'"] },
  gradle: { ...C, quotes: ['"""', "'''", '"', "'"] },
  dart: { ...C, quotes: ['"""', "'''", '"', "'"] },
  php: { line: ["//", "#"], block: [["/*", "*/"]], quotes: ['"', "'"] },
  rb: { ...HASH, block: [["=begin", "=end"]], quotes: ['"', "'"] },
  sh: { ...HASH, quotes: ['"', "'"] },
  bash: { ...HASH, quotes: ['"', "'"] },
  zsh: { ...HASH, quotes: ['"', "'"] },
  pl: { ...HASH, quotes: ['"', "'"] },
  r: { ...HASH, quotes: ['"', "'"] },
  jl: { ...HASH, block: [["#=", "=#"]], quotes: ['"""', '"'] },
  ex: { ...HASH, quotes: ['"""', '"'] },
  exs: { ...HASH, quotes: ['"""', '"'] },
  nim: { ...HASH, quotes: ['"""', '"'] },
  ps1: { line: ["#"], block: [["<#", "#>"]], quotes: ['"', "'"] },
  lua: { line: ["--"], block: [["--[[", "]]"]], quotes: ['"', "'"] },
  sql: { line: ["--"], block: [["/*", "*/"]], quotes: ["'"] },
  hs: { line: ["--"], block: [["{-", "-}"]], quotes: ['"'] },
  clj: { line: [";"], block: [], quotes: ['"'] },
  erl: { line: ["%"], block: [], quotes: ['"'] },
  ml: { line: [], block: [["(*", "*)"]], quotes: ['"'] },
  json: { ...C, quotes: ['"'] },
  jsonc: { ...C, quotes: ['"'] },
  json5: { ...C, quotes: ['"', "'"] },
  tf: { line: ["#", "//"], block: [["/*", "*/"]], quotes: ['"'] },
  tfvars: { line: ["#", "//"], block: [["/*", "*/"]], quotes: ['"'] },
  hcl: { line: ["#", "//"], block: [["/*", "*/"]], quotes: ['"'] },
  bicep: { ...C, quotes: ["'''", "'"] },
};

/** The extensions with a spec (tests run every one). */
export const LEX_EXTENSIONS: readonly string[] = Object.keys(SPECS);

export function lexSpecFor(path: string): LexSpec | undefined {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  return SPECS[ext];
}

// The name a literal is bound to, read backwards from just before it:
// `key: "`, `key = "`, `"key": "`, `'key' => '`, `Key := "`, `.method("`.
// Read by hand from the end: a regex anchored only at `$` retries from every
// start position, which is quadratic in the look-back on literal-dense files.
// Character classes from a table, not a regex: this runs once per literal, and a
// JSON file is thousands of them.
const WORD = 1; // [\w$]
const NAME = 2; // [\w$.-]
const START = 4; // [A-Za-z_$]
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = (/[\w$]/.test(ch) ? WORD : 0) | (/[\w$.-]/.test(ch) ? NAME : 0) | (/[A-Za-z_$]/.test(ch) ? START : 0);
}
const is = (c: number, cls: number) => c < 128 && (CLASS[c]! & cls) !== 0;

export function keyBefore(text: string, offset: number): string | undefined {
  let j = offset - 1;
  const stop = Math.max(0, offset - 120);
  const skipSpace = () => {
    while (j >= stop && (text[j] === " " || text[j] === "\t")) j--;
  };
  skipSpace();
  if (j < stop) return undefined;
  const c = text[j]!;
  if (c === "(") {
    j--;
    skipSpace();
  } else if (c === ":" || c === "=" || c === ">") {
    if ((c === "=" && text[j - 1] === ":") || (c === ">" && (text[j - 1] === "=" || text[j - 1] === "-"))) j--;
    else if (c === ">") return undefined;
    j--;
    skipSpace();
    if (text[j] === '"' || text[j] === "'") j--;
  } else {
    return undefined;
  }
  const end = j + 1;
  while (j >= stop && is(text.charCodeAt(j), NAME)) j--;
  // The name without leading characters that cannot start one (`-x`, `.5a`, `1b`).
  let from = j + 1;
  while (from < end && !is(text.charCodeAt(from), START)) from++;
  if (from === end) return undefined;
  if (c === "=") {
    // A typed binding names its variable before the type: `MODEL_ID: &str = "…"`
    // (Rust), `model: str = "…"` (Python), `const model: string = "…"` (TypeScript).
    let k = j;
    while (k >= stop && (text[k] === " " || text[k] === "\t" || text[k] === "&")) k--;
    if (k > stop && text[k] === ":" && text[k - 1] !== ":") {
      k--;
      while (k >= stop && (text[k] === " " || text[k] === "\t")) k--;
      const typedEnd = k + 1;
      while (k >= stop && is(text.charCodeAt(k), WORD)) k--;
      if (k + 1 < typedEnd && is(text.charCodeAt(k + 1), START)) return text.slice(k + 1, typedEnd);
    }
  }
  // The last dotted segment (`this.client.model` → `model`), trailing dots aside.
  // Searched within the name only: a lastIndexOf would run back to the file's start.
  let last = end;
  while (text.charCodeAt(last - 1) === 46) last--;
  let first = last - 1;
  while (first > from && text.charCodeAt(first - 1) !== 46) first--;
  return text.slice(first, last);
}

// Each spec compiled once into native scans: a regex finds the next comment or
// string opener, and one per quote the next character that can end or escape
// the string. A per-character loop in JavaScript runs interpreted until V8
// optimises it, and a scan's first large JSON files pay that in full.
interface Opener {
  kind: "block" | "line" | "quote";
  open: string;
  close: string; // block: its closer
  /** quote: the next `\\`, closing-quote character or (one-line strings) newline. */
  stop: RegExp;
  raw: boolean;
  single: boolean;
}

const compiled = new WeakMap<LexSpec, { find: RegExp; byText: Map<string, Opener> }>();

function compile(spec: LexSpec) {
  let c = compiled.get(spec);
  if (!c) {
    // The order of the original checks: block comments, line comments, quotes (`"""` before `"`).
    const all: Opener[] = [
      ...spec.block.map(([open, close]): Opener => ({ kind: "block", open, close, stop: /$/, raw: false, single: false })),
      ...spec.line.map((open): Opener => ({ kind: "line", open, close: "", stop: /$/, raw: false, single: false })),
      ...spec.quotes.map((q): Opener => {
        const raw = spec.raw?.includes(q) ?? false;
        const single = q.length === 1 && q !== "`";
        const stop = new RegExp(`[${escapeRe(q[0]!)}${raw ? "" : "\\\\"}${single ? "\\n" : ""}]`, "g");
        return { kind: "quote", open: q, close: q, stop, raw, single };
      }),
    ];
    // The first alternative that matches at a position wins, as the checks in order did.
    const byText = new Map<string, Opener>();
    for (const o of all) if (!byText.has(o.open)) byText.set(o.open, o);
    const find = all.length ? new RegExp(all.map((o) => escapeRe(o.open)).join("|"), "g") : /(?!)/g;
    c = { find, byText };
    compiled.set(spec, c);
  }
  return c;
}

/** String literals outside comments, with the name each is bound to. */
export function extractLiterals(text: string, spec: LexSpec): Literal[] {
  const out: Literal[] = [];
  const n = text.length;
  const { find, byText } = compile(spec);
  // Literals come in offset order: the line is found by walking forward, not searched.
  let lineNo = 1;
  let lineStart = 0;
  let nextNl = text.indexOf("\n");
  const position = (offset: number) => {
    while (nextNl >= 0 && nextNl < offset) {
      lineNo++;
      lineStart = nextNl + 1;
      nextNl = text.indexOf("\n", lineStart);
    }
    return { line: lineNo, column: offset - lineStart + 1 };
  };

  let i = 0;
  while (i < n) {
    find.lastIndex = i;
    const m = find.exec(text);
    if (!m) break;
    i = m.index;
    const o = byText.get(m[0])!;
    if (o.kind === "block") {
      const end = text.indexOf(o.close, i + o.open.length);
      i = end < 0 ? n : end + o.close.length;
      continue;
    }
    if (o.kind === "line") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? n : end;
      continue;
    }
    const q = o.open;
    let j = i + q.length;
    let value = "";
    let from = j;
    const stop = o.stop;
    for (;;) {
      stop.lastIndex = j;
      const s = stop.exec(text);
      if (!s) {
        j = n;
        break;
      }
      j = s.index;
      const c = text.charCodeAt(j);
      if (c === 92 /* \\ */) {
        if (j + 1 < n) {
          value += text.slice(from, j) + text[j + 1];
          from = j + 2;
        }
        j += 2;
        continue;
      }
      // A one-character-quoted string does not span lines (a stray ' in code).
      if (c === 10) break;
      if (q.length === 1 || text.startsWith(q, j)) break;
      j++;
    }
    if (j > n) j = n;
    value += text.slice(from, j);
    const key = keyBefore(text, i);
    const at = position(i);
    out.push(literal(value, at.line, at.column, key || undefined));
    i = j < n && text.startsWith(q, j) ? j + q.length : j;
  }
  return out;
}
