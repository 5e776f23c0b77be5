// A lexical mask for the languages whose imports we read: comments (and, for
// PHP, the HTML outside `<?php … ?>`) become spaces, every string literal
// becomes `"` followed by spaces, and each literal's decoded value is kept by
// the offset of that `"`. Newlines and offsets are preserved, so a statement
// regex run on the mask sees code only, and a match maps straight back to a
// line and column in the original text.
//
// This knows more than src/detect/lexer.ts on purpose: heredocs, raw and
// verbatim strings, char literals, nested block comments, interpolation with
// nested quotes — each of which hides or fakes an `import` in the simple scan.
// It never throws and always advances.

import { maskDart } from "./mask-dart.js";
import { maskElixir } from "./mask-elixir.js";

export type MaskLang = "go" | "java" | "kotlin" | "scala" | "groovy" | "csharp" | "fsharp" | "vb" | "ruby" | "php" | "rust" | "swift" | "elixir" | "dart";

export interface MaskedString {
  /** Offset of the literal's first character (its prefix or opening delimiter). */
  start: number;
  /** Offset just past the literal. */
  end: number;
  /** Offset where the literal's content starts. */
  contentStart: number;
  value: string;
}

export interface Masked {
  code: string;
  strings: Map<number, MaskedString>;
}

export function maskLangForPath(path: string): MaskLang | undefined {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  switch (ext) {
    case "go": return "go";
    case "java": return "java";
    case "kt": case "kts": return "kotlin";
    case "scala": case "sc": return "scala";
    case "groovy": case "gradle": return "groovy";
    case "cs": return "csharp";
    case "fs": case "fsx": case "fsi": return "fsharp";
    case "vb": return "vb";
    case "rb": case "gemspec": case "rake": return "ruby";
    case "php": return "php";
    case "rs": return "rust";
    case "swift": return "swift";
    case "ex": case "exs": return "elixir";
    case "dart": return "dart";
    default: return path.endsWith("Gemfile") || path.endsWith("Rakefile") ? "ruby" : undefined;
  }
}

const C_LIKE = new Set<MaskLang>(["go", "java", "kotlin", "scala", "groovy", "csharp", "fsharp", "rust", "swift", "php"]);
const NESTED_BLOCKS = new Set<MaskLang>(["kotlin", "scala", "rust", "swift", "fsharp"]);
const CHAR_LITERALS = new Set<MaskLang>(["go", "java", "kotlin", "scala", "csharp", "fsharp", "rust", "swift"]);

const SIMPLE_ESC: Record<string, string> = { n: "\n", t: "\t", r: "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'", "`": "`", $: "$" };
const isWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);
const PHP_OPEN = /<\?(?:php\b|=)?/gi;
const CLOSE: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<": ">" };

export function maskCode(text: string, lang: MaskLang): Masked {
  if (lang === "elixir") return maskElixir(text);
  if (lang === "dart") return maskDart(text);
  const n = text.length;
  const chars = text.split("");
  const strings = new Map<number, MaskedString>();
  const blank = (from: number, to: number) => {
    for (let k = Math.max(0, from); k < to && k < n; k++) if (chars[k] !== "\n" && chars[k] !== "\r") chars[k] = " ";
  };
  const addString = (start: number, contentStart: number, end: number, value: string) => {
    blank(start, end);
    chars[start] = '"';
    strings.set(start, { start, end, contentStart, value });
  };
  const lineStartAt = (i: number) => i === 0 || text[i - 1] === "\n";
  /** The last non-blank character before i on the masked output. */
  const prevSignificant = (i: number): string | undefined => {
    for (let k = i - 1; k >= 0; k--) {
      const c = chars[k]!;
      if (c === "\n") return "\n";
      if (c !== " " && c !== "\t" && c !== "\r") return c;
    }
    return undefined;
  };
  const prevWord = (i: number): string => {
    let k = i - 1;
    while (k >= 0 && (chars[k] === " " || chars[k] === "\t")) k--;
    let e = k + 1;
    while (k >= 0 && isWord(chars[k])) k--;
    return text.slice(k + 1, e);
  };

  /** Skips an interpolated expression that opened just before j; returns the offset just past its closer. */
  const skipInterpolation = (j: number, open: string, close: string): number => {
    let depth = 1;
    while (j < n) {
      const c = text[j]!;
      if (c === '"' || c === "'") {
        // A nested simple string: skip it whole (escapes honoured, one line at most).
        let k = j + 1;
        while (k < n && text[k] !== c && text[k] !== "\n") k += text[k] === "\\" ? 2 : 1;
        j = k + 1;
        continue;
      }
      if (c === open) depth++;
      else if (c === close && --depth === 0) return j + 1;
      else if (c === "\n" && close === ")") return j; // Swift's \( … ) never spans lines in practice
      j++;
    }
    return n;
  };

  /** A delimited string from i (content from `from`), closing on `close`. */
  const readQuoted = (
    i: number,
    from: number,
    close: string,
    opts: { escapes?: boolean; doubled?: boolean; multiline?: boolean; interp?: [string, string, string]; openNest?: string } = {},
  ): number => {
    let j = from;
    let value = "";
    let depth = 0;
    while (j < n) {
      const c = text[j]!;
      if (opts.escapes && c === "\\" && j + 1 < n) {
        const d = text[j + 1]!;
        value += SIMPLE_ESC[d] ?? d;
        j += 2;
        continue;
      }
      if (opts.interp && text.startsWith(opts.interp[0], j)) {
        j = skipInterpolation(j + opts.interp[0].length, opts.interp[1], opts.interp[2]);
        continue;
      }
      if (opts.openNest && c === opts.openNest) {
        depth++;
        value += c;
        j++;
        continue;
      }
      if (text.startsWith(close, j)) {
        if (opts.doubled && text.startsWith(close + close, j) && close.length === 1) {
          value += close;
          j += 2;
          continue;
        }
        if (depth > 0) {
          depth--;
          value += c;
          j++;
          continue;
        }
        addString(i, from, j + close.length, value);
        return j + close.length;
      }
      if (c === "\n" && !opts.multiline) break;
      value += c;
      j++;
    }
    // Unterminated: the literal runs to where it broke off.
    addString(i, from, j, value);
    return j;
  };

  let i = 0;
  let phpCode = lang !== "php";
  const pendingHeredocs: { id: string; squiggly: boolean; start: number; raw: boolean }[] = [];

  while (i < n) {
    const ch = text[i]!;

    // PHP: everything outside <?php … ?> is template text.
    if (!phpCode) {
      PHP_OPEN.lastIndex = i;
      const open = PHP_OPEN.exec(text);
      const at = open ? open.index : n;
      blank(i, at + (open ? open[0].length : 0));
      i = at + (open ? open[0].length : 0);
      phpCode = true;
      continue;
    }
    if (lang === "php" && text.startsWith("?>", i)) {
      blank(i, i + 2);
      i += 2;
      phpCode = false;
      continue;
    }

    if (ch === "\n") {
      i++;
      if (pendingHeredocs.length > 0) i = readHeredocBodies(i);
      continue;
    }

    // Ruby: =begin/=end at line start, __END__ ends the program.
    if (lang === "ruby" && lineStartAt(i)) {
      if (/^=begin(?:\s|$)/.test(text.slice(i, i + 7))) {
        const m = /\n=end(?:[^\n]*)/.exec(text.slice(i));
        const end = m ? i + m.index + m[0].length : n;
        blank(i, end);
        i = end;
        continue;
      }
      if (/^__END__\r?(?:\n|$)/.test(text.slice(i, i + 9))) {
        blank(i, n);
        break;
      }
    }

    // Line comments.
    const lineComment =
      (C_LIKE.has(lang) && text.startsWith("//", i)) ||
      ((lang === "ruby" || lang === "php") && ch === "#" && !(lang === "php" && text[i + 1] === "[")) ||
      (lang === "vb" && (ch === "'" || (/^rem\b/i.test(text.slice(i, i + 4)) && !isWord(text[i - 1]))));
    if (lineComment) {
      let end = text.indexOf("\n", i);
      if (end < 0) end = n;
      if (lang === "php") {
        const close = text.slice(i, end).indexOf("?>");
        if (close >= 0) end = i + close;
      }
      blank(i, end);
      i = end;
      continue;
    }
    if (lang === "php" && ch === "#" && text[i + 1] === "[") {
      i += 2; // PHP 8 attribute: code
      continue;
    }

    // Block comments.
    const blockOpen = lang === "fsharp" ? "(*" : C_LIKE.has(lang) ? "/*" : undefined;
    if (blockOpen && text.startsWith(blockOpen, i) && !(lang === "fsharp" && text[i + 2] === ")")) {
      const blockClose = lang === "fsharp" ? "*)" : "*/";
      let depth = 0;
      let j = i;
      while (j < n) {
        if (text.startsWith(blockOpen, j)) {
          depth++;
          j += 2;
          if (!NESTED_BLOCKS.has(lang) && depth > 1) depth = 1;
          continue;
        }
        if (text.startsWith(blockClose, j)) {
          depth--;
          j += 2;
          if (depth === 0) break;
          continue;
        }
        j++;
      }
      blank(i, j);
      i = j;
      continue;
    }

    const next = lexString(i);
    if (next !== undefined) {
      i = Math.max(next, i + 1);
      continue;
    }
    i++;
  }

  return { code: chars.join(""), strings };

  /** A string literal (or char literal) starting at i, if any: returns the offset past it. */
  function lexString(i: number): number | undefined {
    const ch = text[i]!;
    switch (lang) {
      case "go":
        if (ch === '"') return readQuoted(i, i + 1, '"', { escapes: true });
        if (ch === "`") return readQuoted(i, i + 1, "`", { multiline: true });
        if (ch === "'") return charLiteral(i);
        return undefined;
      case "java":
      case "kotlin":
      case "scala":
      case "groovy": {
        const interp: [string, string, string] | undefined = lang === "kotlin" || lang === "groovy" ? ["${", "{", "}"] : undefined;
        if (text.startsWith('"""', i)) return readQuoted(i, i + 3, '"""', { escapes: lang !== "kotlin", multiline: true, ...(interp ? { interp } : {}) });
        if (lang === "groovy" && text.startsWith("'''", i)) return readQuoted(i, i + 3, "'''", { escapes: true, multiline: true });
        if (ch === '"') return readQuoted(i, i + 1, '"', { escapes: true, ...(interp ? { interp } : {}) });
        if (ch === "'") return lang === "groovy" ? readQuoted(i, i + 1, "'", { escapes: true }) : charLiteral(i);
        return undefined;
      }
      case "csharp": {
        const m = /^(\$*)(@?)(\$*)("+)/.exec(text.slice(i, i + 16));
        if (m && (m[1] || m[2] || m[3] || m[4])) {
          const dollars = (m[1] ?? "").length + (m[3] ?? "").length;
          const quotes = m[4]!.length;
          const from = i + m[0].length;
          if (quotes >= 3) return readQuoted(i, from, '"'.repeat(quotes), { multiline: true, ...(dollars > 0 ? { interp: ["{".repeat(dollars), "{", "}"] as [string, string, string] } : {}) });
          if (quotes === 2 && !m[2]) {
            addString(i, from, from, "");
            return from;
          }
          if (m[2]) return readQuoted(i, i + m[0].length - quotes + 1, '"', { doubled: true, multiline: true, ...(dollars > 0 ? { interp: ["{", "{", "}"] as [string, string, string] } : {}) });
          return readQuoted(i, i + m[0].length - quotes + 1, '"', { escapes: true, ...(dollars > 0 ? { interp: ["{", "{", "}"] as [string, string, string] } : {}) });
        }
        if (ch === "'") return charLiteral(i);
        return undefined;
      }
      case "fsharp":
        if (text.startsWith('"""', i)) return readQuoted(i, i + 3, '"""', { multiline: true });
        if (text.startsWith('@"', i)) return readQuoted(i, i + 2, '"', { doubled: true, multiline: true });
        if (ch === '"') return readQuoted(i, i + 1, '"', { escapes: true, multiline: true });
        if (ch === "'") return charLiteral(i);
        return undefined;
      case "vb":
        if (ch === '"') return readQuoted(i, i + 1, '"', { doubled: true });
        return undefined;
      case "rust": {
        const raw = /^(b?r)(#*)"/.exec(text.slice(i, i + 260));
        if (raw && !isWord(text[i - 1])) {
          const close = '"' + raw[2]!;
          return readQuoted(i, i + raw[0].length, close, { multiline: true });
        }
        if ((ch === "b" || ch === "c") && text[i + 1] === '"' && !isWord(text[i - 1])) return readQuoted(i, i + 2, '"', { escapes: true, multiline: true });
        if (ch === '"') return readQuoted(i, i + 1, '"', { escapes: true, multiline: true });
        if (ch === "'") return charLiteral(i);
        if (ch === "b" && text[i + 1] === "'" && !isWord(text[i - 1])) return charLiteral(i + 1);
        return undefined;
      }
      case "swift": {
        const ext = /^(#+)("""|")/.exec(text.slice(i, i + 260));
        if (ext) {
          const close = ext[2]! + ext[1]!;
          return readQuoted(i, i + ext[0].length, close, { multiline: ext[2] === '"""' });
        }
        if (text.startsWith('"""', i)) return readQuoted(i, i + 3, '"""', { escapes: true, multiline: true, interp: ["\\(", "(", ")"] });
        if (ch === '"') return readQuoted(i, i + 1, '"', { escapes: true, interp: ["\\(", "(", ")"] });
        return undefined;
      }
      case "php":
        return phpString(i);
      case "ruby":
        return rubyString(i);
    }
  }

  /** 'x', '\n', '\u{1F600}', '\''; anything else (Rust lifetimes, F# 'T) is not a literal. */
  function charLiteral(i: number): number | undefined {
    const m = /^'(?:\\(?:u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[0-7]{1,3}|.)|[^'\\\n])'/u.exec(text.slice(i, i + 16));
    if (!m) return undefined;
    addString(i, i + 1, i + m[0].length, m[0].slice(1, -1));
    return i + m[0].length;
  }

  function phpString(i: number): number | undefined {
    const ch = text[i]!;
    if (ch === '"') return readQuoted(i, i + 1, '"', { escapes: true, multiline: true });
    if (ch === "'") return readQuoted(i, i + 1, "'", { escapes: true, multiline: true });
    if (ch === "`") return readQuoted(i, i + 1, "`", { escapes: true, multiline: true });
    if (text.startsWith("<<<", i)) {
      const m = /^<<<[ \t]*(["']?)([A-Za-z_]\w*)\1\r?\n/.exec(text.slice(i, i + 300));
      if (!m) return undefined;
      const id = m[2]!;
      const bodyStart = i + m[0].length;
      const close = new RegExp(`^[ \\t]*${id}(?![A-Za-z0-9_])`, "gm");
      close.lastIndex = bodyStart;
      const c = close.exec(text);
      const bodyEnd = c ? c.index : n;
      const end = c ? bodyEnd + c[0].length : n;
      addString(i, bodyStart, end, text.slice(bodyStart, bodyEnd));
      return end;
    }
    return undefined;
  }

  function rubyString(i: number): number | undefined {
    const ch = text[i]!;
    const interp: [string, string, string] = ["#{", "{", "}"];
    if (ch === '"' || ch === "`") {
      if (ch === '"' && text[i - 1] === "$") return undefined; // $" (loaded features)
      return readQuoted(i, i + 1, ch, { escapes: true, multiline: true, interp });
    }
    if (ch === "'") return readQuoted(i, i + 1, "'", { escapes: true, multiline: true });
    if (ch === "<" && text[i + 1] === "<") {
      const m = /^<<([~-]?)(["'`]?)([A-Za-z_]\w*)\2/.exec(text.slice(i, i + 200));
      if (m && (m[1] || m[2] || /^[A-Z_][A-Z0-9_]*$/.test(m[3]!)) && !isWord(text[i - 1])) {
        pendingHeredocs.push({ id: m[3]!, squiggly: m[1] !== "", start: i, raw: m[2] === "'" });
        blank(i + 1, i + m[0].length);
        chars[i] = '"';
        return i + m[0].length;
      }
      return undefined;
    }
    if (ch === "%") {
      const m = /^%([qQwWiIrsx]?)([^A-Za-z0-9\s])/.exec(text.slice(i, i + 3));
      if (!m) return undefined;
      const prev = prevSignificant(i);
      if (!m[1] && prev !== undefined && (isWord(prev) || prev === ")" || prev === "]" || prev === "}")) return undefined;
      const open = m[2]!;
      const close = CLOSE[open] ?? open;
      const from = i + m[0].length;
      const opts = { escapes: true, multiline: true, ...(close !== open ? { openNest: open } : {}) };
      return readQuoted(i, from, close, /[qwis]/.test(m[1]!) ? opts : { ...opts, interp });
    }
    if (ch === "?" && text[i + 1] !== undefined && !/\s/.test(text[i + 1]!) && !isWord(text[i + 2]) && !isWord(text[i - 1]) && text[i - 1] !== ")") {
      const prev = prevSignificant(i);
      if (prev === undefined || "(,=[{\n".includes(prev)) {
        addString(i, i + 1, i + 2, text[i + 1]!);
        return i + 2;
      }
    }
    if (ch === "/") {
      const prev = prevSignificant(i);
      const word = prevWord(i);
      const regexContext =
        prev === undefined || "(,=!~|&;{[\n".includes(prev) || /^(?:if|unless|when|and|or|not|return|while|until|puts|p)$/.test(word);
      if (regexContext && text[i + 1] !== " " && text[i + 1] !== "=") {
        return readQuoted(i, i + 1, "/", { escapes: true, interp });
      }
    }
    if (ch === ":" && text[i + 1] === '"') return readQuoted(i, i + 2, '"', { escapes: true, interp });
    return undefined;
  }

  /** Heredoc bodies queued on the line that just ended; i is the start of the next line. */
  function readHeredocBodies(i: number): number {
    while (pendingHeredocs.length > 0) {
      const h = pendingHeredocs.shift()!;
      let j = i;
      let value = "";
      let closed = false;
      while (j < n) {
        let e = text.indexOf("\n", j);
        if (e < 0) e = n;
        const line = text.slice(j, e).replace(/\r$/, "");
        if ((h.squiggly ? line.trim() : line) === h.id) {
          blank(j, e);
          j = e < n ? e + 1 : n;
          closed = true;
          break;
        }
        value += line + "\n";
        j = e < n ? e + 1 : n;
      }
      blank(i, j);
      strings.set(h.start, { start: h.start, end: j, contentStart: i, value });
      i = j;
      if (!closed) break;
    }
    pendingHeredocs.length = 0;
    return i;
  }
}
