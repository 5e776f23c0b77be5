// String literals with the name they are bound to, and import specifiers, read
// from the tokenizer's token arrays (tokenizer.ts `lex`). The typescript-estree
// path (estree.ts) produces the same two shapes from the AST.

import { JSX, JSX_END, NAME, OPEN, PUNCT, STRING, TEMPLATE, TERNARY, type Tokens } from "./tokens.js";

/** A literal before positions are computed: offset into the analyzed text. */
export interface RawLiteral {
  value: string;
  offset: number;
  key?: string;
}

export type ImportKind = "import" | "export" | "require" | "dynamic";

/** A module specifier that the syntax loads (or types against): `offset` is its opening quote. */
export interface RawImport {
  specifier: string;
  offset: number;
  kind: ImportKind;
  /**
   * `import { A, B as c } from "x"` / `export { A } from "x"`: the names taken
   * from the module (A, B), each at its offset. Absent when there are none.
   */
  names?: { name: string; offset: number }[];
}

// Index i may be out of range (before the first token, after the last): then nothing matches.
const isPunct = (t: Tokens, i: number, v: string) => i >= 0 && i < t.n && t.type[i] === PUNCT && t.value[i] === v;
const isName = (t: Tokens, i: number, v?: string) => i >= 0 && i < t.n && t.type[i] === NAME && (v === undefined || t.value[i] === v);
const typeAt = (t: Tokens, i: number) => (i >= 0 && i < t.n ? t.type[i]! : -1);
/** A string, or a template with no `${}` (`` `openai` ``). */
const isStatic = (t: Tokens, i: number) =>
  i >= 0 && i < t.n && (t.type[i] === STRING || (t.type[i] === TEMPLATE && (t.flags[i]! & OPEN) === 0 && t.start[i] === t.template[i]));

/**
 * Marks the `:` that belongs to a conditional (`a ? b : "c"`), so only a
 * property's, annotation's or label's colon binds a key. TypeScript's optional
 * marker (`x?: T`, `f(x?)`) is not a conditional. Returns, for each template's
 * backtick offset, the index of its last part (the same walk).
 */
function markTernaries(t: Tokens): Map<number, number> {
  const templateEnds = new Map<number, number>();
  const pending: number[] = [0];
  for (let i = 0; i < t.n; i++) {
    const type = t.type[i];
    if (type === TEMPLATE) {
      if (t.start[i] !== t.template[i] && pending.length > 1) pending.pop(); // leaves a `${…}`
      if ((t.flags[i]! & OPEN) !== 0) pending.push(0); // enters one
      else templateEnds.set(t.template[i]!, i);
      continue;
    }
    if (type === JSX_END && t.value[i] === "}" && pending.length > 1) pending.pop();
    if (type !== PUNCT) continue;
    const v = t.value[i];
    if (v === "(" || v === "[" || v === "{") pending.push(0);
    else if ((v === ")" || v === "]" || v === "}") && pending.length > 1) pending.pop();
    else if (v === "?") {
      if (i + 1 < t.n && t.type[i + 1] === PUNCT) {
        const next = t.value[i + 1];
        if (next === ":" || next === ")" || next === "," || next === "=") continue;
      }
      pending[pending.length - 1]!++;
    } else if (v === ":" && pending[pending.length - 1]! > 0) {
      pending[pending.length - 1]!--;
      t.flags[i]! |= TERNARY;
    }
  }
  return templateEnds;
}

/** `name: Type = …` or `name?: A | B = …`, read back from the token before the `=`: the name. */
function annotated(t: Tokens, k: number): string | undefined {
  let depth = 0;
  for (let j = k; j >= 0 && j > k - 40; j--) {
    const type = t.type[j];
    const v = t.value[j];
    if (type === PUNCT) {
      if (v === ">" || v === ")" || v === "]" || v === "}") depth++;
      else if (v === "<" || v === "(" || v === "[" || v === "{") {
        if (--depth < 0) return undefined;
      } else if (depth === 0 && v === ":") {
        if ((t.flags[j]! & TERNARY) !== 0) return undefined;
        const n = isPunct(t, j - 1, "?") ? j - 2 : j - 1;
        // `case X.Y: a = "…"` and `default: a = "…"` are statements, not annotations.
        if (typeAt(t, n) !== NAME || t.value[n] === "default" || isPunct(t, n - 1, ".") || isName(t, n - 1, "case")) return undefined;
        return t.value[n];
      } else if (depth === 0 && (v === "," || v === ";" || v === "=" || v === "=>")) return undefined;
    } else if (type === JSX_END || (depth === 0 && type === NAME && (v === "const" || v === "let" || v === "var" || v === "return"))) return undefined;
  }
  return undefined;
}

/** The name a literal starting at token i is bound to: `key: "…"`, `"key": "…"`, `name = "…"`, `x.name = "…"`, `attr="…"`. */
function keyBefore(t: Tokens, i: number, ts: boolean): string | undefined {
  let op = i - 1;
  let k = i - 2;
  if (op >= 0 && (t.flags[op]! & JSX) !== 0 && t.value[op] === "{") (op = i - 2), (k = i - 3); // attr={"…"}
  if (typeAt(t, op) !== PUNCT) return undefined;
  if (t.value[op] === ":") {
    if ((t.flags[op]! & TERNARY) !== 0) return undefined;
    if (isPunct(t, k, "?")) k--; // `model?: "gpt-4o"`
    const type = typeAt(t, k);
    if (type === NAME) return isName(t, k - 1, "case") ? undefined : t.value[k];
    if (type === STRING) return t.value[k];
    return undefined;
  }
  if (t.value[op] === "=") {
    // TypeScript: `runtime: ServerRuntime = "edge"` binds `runtime` (in JS, `{ a: b = "x" }` binds `b`).
    if (ts && k >= 0) {
      const name = annotated(t, k);
      if (name !== undefined) return name;
    }
    if (typeAt(t, k) === NAME) return t.value[k];
    // obj["baseURL"] = "…"
    if (isPunct(t, k, "]") && typeAt(t, k - 1) === STRING && isPunct(t, k - 2, "[")) return t.value[k - 1];
  }
  return undefined;
}

const VALUE_END = new Set([",", ";", ")", "}", "]", "="]);

/**
 * Is the literal ending at token j the whole bound value? Not when an
 * operator or a member access follows (`"a" + b`, `"0".repeat(n)`, `"a" | "b"`,
 * `"x" as const`): then the key names the expression, not the literal. A token on
 * a later line is a new statement (automatic semicolon insertion).
 */
function endsValue(t: Tokens, j: number, src: string): boolean {
  const next = j + 1;
  if (next >= t.n || t.type[next] === JSX_END) return true;
  if (t.type[next] === PUNCT) return VALUE_END.has(t.value[next]!);
  // Only the gap between the two tokens (an indexOf could run on to the end of a one-line file).
  for (let p = t.end[j]!, e = t.start[next]!; p < e; p++) if (src.charCodeAt(p) === 10) return true;
  return false;
}

/** Every string literal and every static part of every template, with its key. */
export function tokenLiterals(t: Tokens, src: string, ts = false): RawLiteral[] {
  const templateEnds = markTernaries(t);
  const out: RawLiteral[] = [];
  const templateKeys = new Map<number, string | undefined>();
  for (let i = 0; i < t.n; i++) {
    const type = t.type[i];
    if (type === STRING) {
      const key = (t.flags[i]! & JSX) !== 0 || endsValue(t, i, src) ? keyBefore(t, i, ts) : undefined;
      out.push(key === undefined ? { value: t.value[i]!, offset: t.start[i]! } : { value: t.value[i]!, offset: t.start[i]!, key });
    } else if (type === TEMPLATE) {
      let key: string | undefined;
      const template = t.template[i]!;
      if (t.start[i] === template) {
        const last = templateEnds.get(template);
        key = last !== undefined && endsValue(t, last, src) ? keyBefore(t, i, ts) : undefined;
        templateKeys.set(template, key);
      } else key = templateKeys.get(template);
      out.push(key === undefined ? { value: t.value[i]!, offset: t.start[i]! } : { value: t.value[i]!, offset: t.start[i]!, key });
    }
  }
  return out;
}

const STOP = new Set([";", "(", ")", "="]);
const STOP_NAMES = new Set(["import", "export", "const", "let", "var", "function", "class", "if", "return"]);

/** The index of the `from "x"` specifier that ends the import/export statement starting at token i, or -1. */
function fromClause(t: Tokens, i: number): number {
  for (let j = i + 1; j < t.n && j < i + 2000; j++) {
    const type = t.type[j];
    const v = t.value[j]!;
    if (type === PUNCT && STOP.has(v)) return -1;
    if (type === NAME && STOP_NAMES.has(v)) return -1;
    if (type === NAME && v === "from" && isStatic(t, j + 1)) return j + 1;
  }
  return -1;
}

/**
 * The names inside the `{ … }` of an import or export clause, between the
 * keyword at `i` and the specifier at `spec`: `A`, `A as b`, `type A`, `"A" as b` → A.
 */
function namedBindings(t: Tokens, i: number, spec: number): { name: string; offset: number }[] {
  const out: { name: string; offset: number }[] = [];
  let j = i + 1;
  while (j < t.n && j !== spec && !isPunct(t, j, "{")) j++;
  if (!isPunct(t, j, "{")) return out;
  let expectName = true;
  for (j++; j < t.n && j !== spec && !isPunct(t, j, "}"); j++) {
    if (isPunct(t, j, ",")) {
      expectName = true;
      continue;
    }
    if (!expectName) continue;
    // `type A` (TypeScript): the name follows; `type` alone, or `type as x`, is the name.
    if (isName(t, j, "type") && typeAt(t, j + 1) === NAME && !isName(t, j + 1, "as")) continue;
    if (t.type[j] === NAME || t.type[j] === STRING) out.push({ name: t.value[j]!, offset: t.start[j]! });
    expectName = false;
  }
  return out;
}

/**
 * Static module references: `import … from "x"`, `import "x"`, `import type …`,
 * `export … from "x"`, `require("x")`, `import("x")`, `import x = require("x")`,
 * and TypeScript's `typeof import("x")`. Never a member call (`x.require("y")`,
 * `import.meta`), a computed specifier, or anything inside a comment or string.
 */
export function tokenImports(t: Tokens): RawImport[] {
  const out: RawImport[] = [];
  for (let i = 0; i < t.n; i++) {
    if (t.type[i] !== NAME) continue;
    const v = t.value[i];
    if (v !== "import" && v !== "export" && v !== "require") continue;
    if (isPunct(t, i - 1, ".") || isPunct(t, i - 1, "?.")) continue;
    const next = i + 1;
    if (isPunct(t, next, "(")) {
      if (v === "export") continue;
      const arg = i + 2;
      if (isStatic(t, arg) && (isPunct(t, i + 3, ")") || (v === "import" && isPunct(t, i + 3, ",")))) {
        out.push({ specifier: t.value[arg]!, offset: t.start[arg]!, kind: v === "require" ? "require" : "dynamic" });
      }
      continue;
    }
    if (v === "require") continue;
    if (v === "import" && typeAt(t, next) === STRING) {
      out.push({ specifier: t.value[next]!, offset: t.start[next]!, kind: "import" });
      continue;
    }
    if (v === "export" && !(isPunct(t, next, "*") || isPunct(t, next, "{") || isName(t, next, "type"))) continue;
    if (v === "import" && (isPunct(t, next, ".") || (typeAt(t, next) !== NAME && !isPunct(t, next, "{") && !isPunct(t, next, "*")))) continue;
    const spec = fromClause(t, i);
    if (spec < 0) continue;
    const names = namedBindings(t, i, spec);
    out.push({ specifier: t.value[spec]!, offset: t.start[spec]!, kind: v === "import" ? "import" : "export", ...(names.length > 0 ? { names } : {}) });
  }
  return out;
}
