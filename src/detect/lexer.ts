import type { Literal } from "./types.js";

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

export function lexSpecFor(path: string): LexSpec | undefined {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  return SPECS[ext];
}

// The name a literal is bound to, read from the text just before it:
// `key: "`, `key = "`, `"key": "`, `'key' => '`, `Key := "`, `.method("`.
const BOUND = /(?:["']?([A-Za-z_$][\w$.-]*)["']?\s*(?::=|=>|->|[:=])\s*|\.?([A-Za-z_$][\w$]*)\s*\(\s*)$/;

export function keyBefore(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(Math.max(lineStart, offset - 120), offset);
  const m = BOUND.exec(before);
  if (!m) return undefined;
  const name = m[1] ?? m[2];
  return name?.split(".").pop();
}

/** String literals outside comments, with the name each is bound to. */
export function extractLiterals(text: string, spec: LexSpec): Literal[] {
  const out: Literal[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  const startsAt = (s: string, at: number) => text.startsWith(s, at);
  // Advance over text[i..to), counting newlines.
  const advance = (to: number) => {
    for (let k = i; k < to && k < n; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    i = Math.min(to, n);
  };

  outer: while (i < n) {
    const ch = text[i]!;
    if (ch === "\n") {
      advance(i + 1);
      continue;
    }
    for (const [open, close] of spec.block) {
      if (startsAt(open, i)) {
        const end = text.indexOf(close, i + open.length);
        advance(end < 0 ? n : end + close.length);
        continue outer;
      }
    }
    for (const marker of spec.line) {
      if (startsAt(marker, i)) {
        const end = text.indexOf("\n", i);
        advance(end < 0 ? n : end);
        continue outer;
      }
    }
    for (const q of spec.quotes) {
      if (!startsAt(q, i)) continue;
      const startLine = line;
      const startCol = i - lineStart + 1;
      const raw = spec.raw?.includes(q) ?? false;
      let j = i + q.length;
      let value = "";
      while (j < n) {
        if (!raw && text[j] === "\\" && j + 1 < n) {
          value += text[j + 1];
          j += 2;
          continue;
        }
        if (startsAt(q, j)) break;
        // A single-quoted string does not span lines (a stray ' in prose-like code).
        if (q.length === 1 && q !== "`" && text[j] === "\n") break;
        value += text[j];
        j++;
      }
      const key = keyBefore(text, i);
      out.push(key ? { value, line: startLine, column: startCol, key } : { value, line: startLine, column: startCol });
      advance(j < n && startsAt(q, j) ? j + q.length : j);
      continue outer;
    }
    i++;
  }
  return out;
}
