// From a Python token stream: the modules a file imports and the string
// literals it holds (docstrings excluded), each literal with the name the
// syntax binds it to.

import { lexPython, type Token } from "./lexer.js";

export interface ImportRef {
  /** Dotted module name, absolute (relative imports are never reported). */
  module: string;
  /** For `from module import name`: the imported name (`*` excluded). */
  name?: string;
  moduleToken: Token;
  nameToken?: Token;
  /** Index of the statement's first token: one statement yields one evidence per target. */
  statement: number;
}

export interface PyLiteral {
  value: string;
  line: number;
  column: number;
  offset: number;
  key?: string;
}

export interface PythonAnalysis {
  imports: ImportRef[];
  literals: PyLiteral[];
  errors: string[];
}

/** Statements whose header ends in `:` and may carry a body on the same line. */
const COMPOUND = new Set(["def", "class", "if", "elif", "else", "try", "except", "finally", "while", "for", "with", "async", "match", "case"]);

const isOp = (t: Token | undefined, ...ops: string[]): boolean => t?.type === "op" && ops.includes(t.value);
const isName = (t: Token | undefined, value?: string): boolean => t?.type === "name" && (value === undefined || t.value === value);

/** For each token, whether it begins a statement. */
function statementStarts(tokens: Token[]): boolean[] {
  const starts = new Array<boolean>(tokens.length).fill(false);
  let first = 0;
  let sawLambda = false;
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const begins =
      i === 0 ||
      prev!.type === "newline" ||
      (isOp(prev, ";") && prev!.depth === 0) ||
      (isOp(prev, ":") && prev!.depth === 0 && isName(tokens[first]) && COMPOUND.has(tokens[first]!.value) && !sawLambda);
    if (begins) {
      starts[i] = true;
      first = i;
      sawLambda = false;
    }
    const t = tokens[i]!;
    if (isName(t, "lambda") && t.depth === 0) sawLambda = true;
  }
  return starts;
}

/** The name a string starting at token `i` is bound to, if the syntax says so. */
function keyFor(tokens: Token[], starts: boolean[], i: number, end: number): string | undefined {
  const prev = tokens[i - 1];
  if (!prev || prev.type !== "op") return undefined;
  // A parenthesised value: `BASE = ("https://api." "openai.com")`.
  if (prev.value === "(" && isOp(tokens[end + 1], ")") && isOp(tokens[i - 2], "=", ":", ":=")) return keyFor(tokens, starts, i - 1, end + 1);
  // Dict entry: { "model": "gpt-4o" }
  if (prev.value === ":" && prev.bracket === "{") {
    const k = tokens[i - 2];
    const before = tokens[i - 3];
    if (k?.type === "string" && (isOp(before, "{", ",") || before?.type === "string")) return k.value;
    return undefined;
  }
  if (prev.value !== "=" && prev.value !== ":=") return undefined;
  if (prev.depth > 0 && prev.bracket !== "(") return undefined;
  // The target: tokens at the `=`'s depth back to the statement start, the
  // previous `=`, or (in a call or signature) the previous `,` / `(`.
  const depth = prev.depth;
  const segment: Token[] = [];
  for (let j = i - 2; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.depth < depth) break; // the opening bracket
    if (t.depth === depth) {
      if (isOp(t, ",")) {
        if (depth === 0) return undefined; // `a, b = "x", "y"`: unpacking
        break; // the previous argument or parameter
      }
      if (t.type === "newline" || isOp(t, ";", "=")) break;
    }
    segment.unshift(t);
    if (starts[j]) break;
  }
  if (depth > 0) {
    // kwarg or parameter default: `name=` or `name: type =`
    const colon = segment.findIndex((t) => t.depth === depth && isOp(t, ":"));
    const head = colon >= 0 ? segment.slice(0, colon) : segment;
    return head.length === 1 && isName(head[0]) ? head[0]!.value : undefined;
  }
  const colon = segment.findIndex((t) => t.depth === 0 && isOp(t, ":"));
  const target = colon >= 0 ? segment.slice(0, colon) : segment;
  const last = target[target.length - 1];
  if (isName(last)) return last!.value;
  if (isOp(last, "]")) {
    // x["key"] = "…"
    const inner = target[target.length - 2];
    const open = target[target.length - 3];
    if (inner?.type === "string" && isOp(open, "[")) return inner.value;
  }
  return undefined;
}

const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
  "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
  "return", "try", "while", "with", "yield",
]);

function dotted(tokens: Token[], i: number): { name: string; end: number } | undefined {
  if (!isName(tokens[i]) || KEYWORDS.has(tokens[i]!.value)) return undefined;
  let name = tokens[i]!.value;
  let j = i + 1;
  while (isOp(tokens[j], ".") && isName(tokens[j + 1]) && !KEYWORDS.has(tokens[j + 1]!.value)) {
    name += "." + tokens[j + 1]!.value;
    j += 2;
  }
  return { name, end: j };
}

const END = (t: Token | undefined) => !t || t.type === "newline" || (isOp(t, ";") && t.depth === 0);

export function analyzePython(text: string): PythonAnalysis {
  const { tokens, nested, errors } = lexPython(text);
  const starts = statementStarts(tokens);
  const imports: ImportRef[] = [];
  const literals: PyLiteral[] = [];
  let statement = 0;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (starts[i]) statement = i;

    if (t.type === "string") {
      let k = i;
      let value = t.value;
      while (tokens[k + 1]?.type === "string") value += tokens[++k]!.value;
      const docstring = starts[i] && END(tokens[k + 1]);
      if (!docstring) {
        const lit: PyLiteral = { value, line: t.line, column: t.column, key: undefined, offset: t.offset };
        const key = keyFor(tokens, starts, i, k);
        if (key !== undefined) lit.key = key;
        literals.push(lit);
      }
      i = k;
      continue;
    }
    if (t.type !== "name") continue;

    if (t.value === "import") {
      // `import a.b as c, d`
      let j = i + 1;
      for (;;) {
        const d = dotted(tokens, j);
        if (!d) break;
        imports.push({ module: d.name, moduleToken: tokens[j]!, statement });
        j = d.end;
        if (isName(tokens[j], "as") && isName(tokens[j + 1])) j += 2;
        if (!isOp(tokens[j], ",")) break;
        j++;
      }
      i = j - 1;
      continue;
    }

    if (t.value === "from") {
      let j = i + 1;
      let dots = 0;
      while (isOp(tokens[j], ".", "...")) dots += tokens[j++]!.value.length;
      const moduleIndex = j;
      const d = dotted(tokens, moduleIndex);
      const afterModule = d ? d.end : j;
      if (!isName(tokens[afterModule], "import")) continue; // `raise X from e`, `yield from g`
      if (!d && dots === 0) continue;
      // Relative imports (`from . import x`, `from .mod import y`) name the project's own modules.
      const module = dots === 0 && d ? d.name : undefined;
      const moduleToken = tokens[moduleIndex]!;
      j = afterModule + 1;
      const paren = isOp(tokens[j], "(");
      if (paren) j++;
      while (j < tokens.length) {
        const n = tokens[j]!;
        if (isOp(n, "*")) {
          if (module) imports.push({ module, moduleToken, statement });
          j++;
        } else if (isName(n) && !KEYWORDS.has(n.value)) {
          if (module) imports.push({ module, name: n.value, moduleToken, nameToken: n, statement });
          j++;
          if (isName(tokens[j], "as") && isName(tokens[j + 1])) j += 2;
        } else break;
        if (!isOp(tokens[j], ",")) break;
        j++;
      }
      if (paren && isOp(tokens[j], ")")) j++;
      i = j - 1;
      continue;
    }

    // __import__("x") and importlib.import_module("x")
    const dynamic =
      t.value === "__import__" ||
      (t.value === "import_module" && (!isOp(tokens[i - 1], ".") || isName(tokens[i - 2], "importlib")));
    if (dynamic && isOp(tokens[i + 1], "(") && tokens[i + 2]?.type === "string" && isOp(tokens[i + 3], ")", ",")) {
      const s = tokens[i + 2]!;
      if (/^[A-Za-z_][\w]*(\.[A-Za-z_]\w*)*$/.test(s.value)) {
        imports.push({ module: s.value, moduleToken: s, statement });
      }
    }
  }

  for (const n of nested) literals.push({ value: n.value, line: n.line, column: n.column, offset: n.offset });
  literals.sort((a, b) => a.offset - b.offset);
  return { imports, literals, errors };
}
