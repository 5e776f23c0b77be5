// src/detect/config.ts before its fast paths: the reference they are tested against. Do not optimise.
import { lexSpecFor } from "../../../src/detect/lexer.js";
import { plainExtractLiterals as extractLiterals } from "./lexer.js";
import { literal, type Literal } from "../../../src/detect/types.js";

/**
 * Values of configuration files, with the key each is bound to. Line-based:
 * configuration values are where hosts, endpoints and model names live, and a
 * full parse would buy nothing for that but a crash surface.
 */
export function plainConfigLiterals(path: string, text: string): Literal[] {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  if (ext === "yml" || ext === "yaml") return yamlLiterals(text);
  if (ext === "xml") return xmlLiterals(text);
  if (ext === "toml" || ext === "ini" || ext === "cfg" || ext === "conf" || ext === "properties") return keyValueLiterals(text, ext);
  const spec = lexSpecFor(path);
  return spec ? extractLiterals(text, spec) : [];
}


function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

const YAML_PAIR = /^(\s*(?:-\s+)*)("[^"]*"|'[^']*'|[^\s:#'"][^:#]*?)\s*:(?:\s+|$)(.*)$/;

function yamlLiterals(text: string): Literal[] {
  const out: Literal[] = [];
  const lines = text.split("\n");
  for (let idx = 0; idx < lines.length; idx++) {
    const raw = lines[idx]!.replace(/\r$/, "");
    const line = plainStripHashComment(raw, ["#"]);
    if (!line.trim() || line.trim() === "---") continue;
    const m = YAML_PAIR.exec(line);
    if (m) {
      const value = m[3]!.trim();
      if (!value || value === "|" || value === ">" || /^[|>][+-]?\d*$/.test(value)) continue;
      const col = m[1]!.length + m[2]!.length + line.slice(m[1]!.length + m[2]!.length).indexOf(value) + 1;
      out.push(literal(unquote(value), idx + 1, col, unquote(m[2]!)));
      continue;
    }
    // List items, block-scalar lines, flow sequences: the text itself.
    const item = line.replace(/^\s*(?:-\s+)?/, "");
    out.push(literal(unquote(item), idx + 1, line.indexOf(item) + 1));
  }
  return out;
}

function keyValueLiterals(text: string, ext: string): Literal[] {
  const markers = ext === "properties" ? ["#", "!"] : ext === "toml" ? ["#"] : ["#", ";"];
  const out: Literal[] = [];
  const lines = text.split("\n");
  for (let idx = 0; idx < lines.length; idx++) {
    const line = plainStripHashComment(lines[idx]!.replace(/\r$/, ""), markers);
    if (!line.trim() || /^\s*\[.*\]\s*$/.test(line)) continue;
    const m = /^\s*("[^"]*"|[^=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(line);
    if (m) {
      const value = m[2]!.trim();
      if (value) out.push(literal(unquote(value), idx + 1, line.indexOf(value) + 1, unquote(m[1]!)));
    } else {
      out.push(literal(unquote(line), idx + 1, line.search(/\S/) + 1));
    }
  }
  return out;
}

function xmlLiterals(text: string): Literal[] {
  // Blank out comments, keeping offsets (and so line numbers) intact.
  const clean = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, " "));
  const out: Literal[] = [];
  const lineAt = (offset: number) => {
    let line = 1;
    let start = 0;
    for (let i = clean.indexOf("\n"); i >= 0 && i < offset; i = clean.indexOf("\n", i + 1)) {
      line++;
      start = i + 1;
    }
    return { line, column: offset - start + 1 };
  };
  for (const m of clean.matchAll(/(?<![\w:.-])([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
    out.push({ value: m[2]!, ...lineAt(m.index! + m[0].indexOf('"') + 1), key: m[1]! });
  }
  for (const m of clean.matchAll(/<([\w:.-]+)[^>]*>([^<]+)</g)) {
    const value = m[2]!.trim();
    if (value) out.push({ value, ...lineAt(m.index! + m[0].indexOf(m[2]!)), key: m[1]! });
  }
  return out;
}

/** Removes a trailing ` # comment` that is outside quotes. */
export function plainStripHashComment(line: string, markers: string[]): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    // A comment marker starts a comment at line start or after white space
    // (`http://x#frag` and `a#b` are values).
    if (markers.includes(c) && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i);
  }
  return line;
}
