// String literals with the name they are bound to, and import specifiers, read
// from the tokenizer's token stream. The typescript-estree path (estree.ts)
// produces the same two shapes from the AST.

import type { Token } from "./tokenizer.js";

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

const isPunct = (t: Token | undefined, v: string) => t?.type === "punct" && t.value === v;
const isName = (t: Token | undefined, v?: string) => t?.type === "name" && (v === undefined || t.value === v);
/** A string, or a template with no `${}` (`` `openai` ``). */
const isStatic = (t: Token | undefined): t is Token =>
  t?.type === "string" || (t?.type === "template" && !t.open && t.start === t.template);

/**
 * Marks the `:` that belongs to a conditional (`a ? b : "c"`), so only a
 * property's, annotation's or label's colon binds a key. TypeScript's optional
 * marker (`x?: T`, `f(x?)`) is not a conditional.
 */
function markTernaries(tokens: Token[]): void {
  const pending: number[] = [0];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === "template") {
      if (t.start !== t.template && pending.length > 1) pending.pop(); // leaves a `${…}`
      if (t.open) pending.push(0); // enters one
      continue;
    }
    if (t.type === "jsx-end" && t.value === "}" && pending.length > 1) pending.pop();
    if (t.type !== "punct") continue;
    const v = t.value;
    if (v === "(" || v === "[" || v === "{") pending.push(0);
    else if ((v === ")" || v === "]" || v === "}") && pending.length > 1) pending.pop();
    else if (v === "?") {
      const next = tokens[i + 1];
      if (next?.type === "punct" && (next.value === ":" || next.value === ")" || next.value === "," || next.value === "=")) continue;
      pending[pending.length - 1]!++;
    } else if (v === ":" && pending[pending.length - 1]! > 0) {
      pending[pending.length - 1]!--;
      t.ternary = true;
    }
  }
}

/** `name: Type = …` or `name?: A | B = …`, read back from the token before the `=`: the name. */
function annotated(tokens: Token[], k: number): string | undefined {
  let depth = 0;
  for (let j = k; j >= 0 && j > k - 40; j--) {
    const t = tokens[j]!;
    if (t.type === "punct") {
      if (t.value === ">" || t.value === ")" || t.value === "]" || t.value === "}") depth++;
      else if (t.value === "<" || t.value === "(" || t.value === "[" || t.value === "{") {
        if (--depth < 0) return undefined;
      } else if (depth === 0 && t.value === ":") {
        if (t.ternary) return undefined;
        const n = isPunct(tokens[j - 1], "?") ? j - 2 : j - 1;
        const name = tokens[n];
        const before = tokens[n - 1];
        // `case X.Y: a = "…"` and `default: a = "…"` are statements, not annotations.
        if (name?.type !== "name" || name.value === "default" || isPunct(before, ".") || isName(before, "case")) return undefined;
        return name.value;
      } else if (depth === 0 && (t.value === "," || t.value === ";" || t.value === "=" || t.value === "=>")) return undefined;
    } else if (t.type === "jsx-end" || (depth === 0 && t.type === "name" && /^(?:const|let|var|return)$/.test(t.value))) return undefined;
  }
  return undefined;
}

/** The name a literal starting at `tokens[i]` is bound to: `key: "…"`, `"key": "…"`, `name = "…"`, `x.name = "…"`, `attr="…"`. */
function keyBefore(tokens: Token[], i: number, ts: boolean): string | undefined {
  let op = tokens[i - 1];
  let k = i - 2;
  if (op?.jsx && op.value === "{") [op, k] = [tokens[i - 2], i - 3]; // attr={"…"}
  if (op?.type !== "punct") return undefined;
  if (op.value === ":") {
    if (op.ternary) return undefined;
    if (isPunct(tokens[k], "?")) k--; // `model?: "gpt-4o"`
    const t = tokens[k];
    if (t?.type === "name") return isName(tokens[k - 1], "case") ? undefined : t.value;
    if (t?.type === "string") return t.value;
    return undefined;
  }
  if (op.value === "=") {
    const t = tokens[k];
    // TypeScript: `runtime: ServerRuntime = "edge"` binds `runtime` (in JS, `{ a: b = "x" }` binds `b`).
    if (ts) {
      const name = annotated(tokens, k);
      if (name !== undefined) return name;
    }
    if (t?.type === "name") return t.value;
    // obj["baseURL"] = "…"
    if (isPunct(t, "]") && tokens[k - 1]?.type === "string" && isPunct(tokens[k - 2], "[")) return tokens[k - 1]!.value;
  }
  return undefined;
}

const VALUE_END = new Set([",", ";", ")", "}", "]", "="]);

/**
 * Is the literal ending at `tokens[j]` the whole bound value? Not when an
 * operator or a member access follows (`"a" + b`, `"0".repeat(n)`, `"a" | "b"`,
 * `"x" as const`): then the key names the expression, not the literal. A token on
 * a later line is a new statement (automatic semicolon insertion).
 */
function endsValue(tokens: Token[], j: number, src: string): boolean {
  const next = tokens[j + 1];
  if (!next || next.type === "jsx-end") return true;
  if (next.type === "punct" && VALUE_END.has(next.value)) return true;
  return next.type !== "punct" && src.slice(tokens[j]!.end, next.start).includes("\n");
}

/** Every string literal and every static part of every template, with its key. */
export function tokenLiterals(tokens: Token[], src: string, ts = false): RawLiteral[] {
  markTernaries(tokens);
  const out: RawLiteral[] = [];
  const templateKeys = new Map<number, string | undefined>();
  const templateEnds = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === "template" && !t.open) templateEnds.set(t.template!, i);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === "string") {
      const key = t.jsx || endsValue(tokens, i, src) ? keyBefore(tokens, i, ts) : undefined;
      out.push(key === undefined ? { value: t.value, offset: t.start } : { value: t.value, offset: t.start, key });
    } else if (t.type === "template") {
      let key: string | undefined;
      if (t.start === t.template) {
        const last = templateEnds.get(t.template!);
        key = last !== undefined && endsValue(tokens, last, src) ? keyBefore(tokens, i, ts) : undefined;
        templateKeys.set(t.template!, key);
      } else key = templateKeys.get(t.template!);
      out.push(key === undefined ? { value: t.value, offset: t.start } : { value: t.value, offset: t.start, key });
    }
  }
  return out;
}

const STOP = new Set([";", "(", ")", "="]);
const STOP_NAMES = new Set(["import", "export", "const", "let", "var", "function", "class", "if", "return"]);

/** The `from "x"` that ends the import/export statement starting at `tokens[i]`, if any. */
function fromClause(tokens: Token[], i: number): Token | undefined {
  for (let j = i + 1; j < tokens.length && j < i + 2000; j++) {
    const t = tokens[j]!;
    if (t.type === "punct" && STOP.has(t.value)) return undefined;
    if (t.type === "name" && STOP_NAMES.has(t.value)) return undefined;
    if (t.type === "name" && t.value === "from" && isStatic(tokens[j + 1])) return tokens[j + 1];
  }
  return undefined;
}

/**
 * The names inside the `{ … }` of an import or export clause, between the
 * keyword at `i` and the specifier: `A`, `A as b`, `type A`, `"A" as b` → A.
 */
function namedBindings(tokens: Token[], i: number, spec: Token): { name: string; offset: number }[] {
  const out: { name: string; offset: number }[] = [];
  let j = i + 1;
  while (j < tokens.length && tokens[j] !== spec && !isPunct(tokens[j], "{")) j++;
  if (!isPunct(tokens[j], "{")) return out;
  let expectName = true;
  for (j++; j < tokens.length && tokens[j] !== spec && !isPunct(tokens[j], "}"); j++) {
    const t = tokens[j]!;
    if (isPunct(t, ",")) {
      expectName = true;
      continue;
    }
    if (!expectName) continue;
    // `type A` (TypeScript): the name follows; `type` alone, or `type as x`, is the name.
    if (isName(t, "type") && tokens[j + 1]?.type === "name" && !isName(tokens[j + 1], "as")) continue;
    if (t.type === "name" || t.type === "string") out.push({ name: t.value, offset: t.start });
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
export function tokenImports(tokens: Token[]): RawImport[] {
  const out: RawImport[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== "name" || (t.value !== "import" && t.value !== "export" && t.value !== "require")) continue;
    const prev = tokens[i - 1];
    if (prev?.type === "punct" && (prev.value === "." || prev.value === "?.")) continue;
    const next = tokens[i + 1];
    if (isPunct(next, "(")) {
      if (t.value === "export") continue;
      const arg = tokens[i + 2];
      const after = tokens[i + 3];
      if (isStatic(arg) && (isPunct(after, ")") || (t.value === "import" && isPunct(after, ",")))) {
        out.push({ specifier: arg.value, offset: arg.start, kind: t.value === "require" ? "require" : "dynamic" });
      }
      continue;
    }
    if (t.value === "require") continue;
    if (t.value === "import" && next?.type === "string") {
      out.push({ specifier: next.value, offset: next.start, kind: "import" });
      continue;
    }
    if (t.value === "export" && !(isPunct(next, "*") || isPunct(next, "{") || isName(next, "type"))) continue;
    if (t.value === "import" && (isPunct(next, ".") || next?.type !== "name" && !isPunct(next, "{") && !isPunct(next, "*"))) continue;
    const spec = fromClause(tokens, i);
    if (!spec) continue;
    const names = namedBindings(tokens, i, spec);
    out.push({ specifier: spec.value, offset: spec.start, kind: t.value === "import" ? "import" : "export", ...(names.length > 0 ? { names } : {}) });
  }
  return out;
}
