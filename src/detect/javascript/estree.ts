// The exact path: typescript-estree's AST gives the same imports and keyed
// literals as the tokenizer (literals.ts), with no guessing. Loading the parser
// costs ~0.4 s (it brings TypeScript), so it is imported lazily, once, and only
// when a file needs it; the bundle puts it in its own chunk.

import type { ImportKind, RawImport, RawLiteral } from "./literals.js";

type Parse = typeof import("@typescript-eslint/typescript-estree").parse;

let parser: Promise<Parse> | undefined;

/** The parser, loaded on first use; rejects if it cannot be loaded (e.g. TypeScript not installed). */
export function loadParser(): Promise<Parse> {
  // A CommonJS module imported dynamically from a bundle exposes its exports on
  // `default`; under Node's own loader they are named exports. Accept both.
  parser ??= import("@typescript-eslint/typescript-estree").then(
    (m) => m.parse ?? (m as unknown as { default: { parse: Parse } }).default.parse,
  );
  return parser;
}

interface Node {
  type: string;
  range: [number, number];
  [key: string]: unknown;
}

export interface EstreeResult {
  imports: RawImport[];
  literals: RawLiteral[];
}

/** Wrappers that hand their key on to the literal inside (`: "gpt-4o"` in a type). */
const PASS_KEY = new Set(["TSLiteralType", "TSTypeAnnotation", "JSXExpressionContainer"]);
const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && typeof (v as Node).type === "string";
const stringLiteral = (v: unknown): v is Node & { value: string } => isNode(v) && v.type === "Literal" && typeof v.value === "string";
const nameOf = (v: unknown): string | undefined => {
  if (!isNode(v)) return undefined;
  if (v.type === "Identifier" || v.type === "JSXIdentifier") return v.name as string;
  if (v.type === "PrivateIdentifier") return `#${v.name as string}`;
  if (v.type === "JSXNamespacedName") return `${nameOf(v.namespace)}:${nameOf(v.name)}`;
  if (stringLiteral(v)) return v.value;
  return undefined;
};

/** A string literal or a template with no `${}`: its value and where its quote is. */
function staticString(v: unknown): { value: string; offset: number } | undefined {
  if (stringLiteral(v)) return { value: v.value, offset: v.range[0] };
  if (isNode(v) && v.type === "TemplateLiteral" && (v.expressions as unknown[]).length === 0) {
    const q = (v.quasis as Node[])[0]!;
    const value = q.value as { cooked: string | null; raw: string };
    return { value: value.cooked ?? value.raw, offset: q.range[0] };
  }
  if (isNode(v) && v.type === "TSLiteralType") return staticString(v.literal);
  return undefined;
}

/** The node a key binds to, and the key: `{ key: value }`, `name = value`, `x.name = value`, `<C attr="…">`. */
function binding(n: Node): [unknown, string] | undefined {
  let key: string | undefined;
  let value: unknown;
  switch (n.type) {
    case "Property":
    case "PropertyDefinition":
    case "TSAbstractPropertyDefinition":
    case "ImportAttribute":
      if (n.computed) return undefined;
      // `name: "HttpError";` in a declaration: the annotation is the value.
      [key, value] = [nameOf(n.key), n.value ?? (n.typeAnnotation as Node | undefined)];
      break;
    case "VariableDeclarator":
      [key, value] = [nameOf(n.id), n.init];
      break;
    case "AssignmentPattern":
      [key, value] = [nameOf(n.left), n.right];
      break;
    case "AssignmentExpression": {
      if (n.operator !== "=") return undefined;
      const left = n.left as Node;
      key = left.type === "MemberExpression" ? (left.computed ? (stringLiteral(left.property) ? left.property.value : undefined) : nameOf(left.property)) : nameOf(left);
      value = n.right;
      break;
    }
    case "JSXAttribute":
      [key, value] = [nameOf(n.name), n.value];
      break;
    case "TSEnumMember":
      [key, value] = [nameOf(n.id), n.initializer];
      break;
    case "TSTypeAliasDeclaration":
      [key, value] = [nameOf(n.id), n.typeAnnotation];
      break;
    case "TSPropertySignature":
    case "Identifier":
      // `model: "gpt-4o"` as an annotation, as the tokenizer reads it.
      if (!isNode(n.typeAnnotation)) return undefined;
      [key, value] = [nameOf(n.type === "Identifier" ? n : n.key), n.typeAnnotation];
      break;
  }
  return key !== undefined && isNode(value) ? [value, key] : undefined;
}

function importOf(n: Node): [unknown, ImportKind] | undefined {
  switch (n.type) {
    case "ImportDeclaration":
      return [n.source, "import"];
    case "ExportNamedDeclaration":
    case "ExportAllDeclaration":
      return n.source ? [n.source, "export"] : undefined;
    case "ImportExpression":
      return [n.source, "dynamic"];
    case "TSImportType":
      // `typeof import("openai")`: a type reference, like `import type` (8.x: `source`, 6.x: `argument`).
      return [n.source ?? n.argument, "dynamic"];
    case "TSExternalModuleReference":
      return [n.expression, "require"];
    case "CallExpression": {
      const callee = n.callee as Node;
      const args = n.arguments as unknown[];
      return callee.type === "Identifier" && callee.name === "require" && args.length === 1 ? [args[0], "require"] : undefined;
    }
  }
  return undefined;
}

/** `import { A as b }` → A, `export { A as b } from` → A: the names taken from the module. */
function importedNames(n: Node): { name: string; offset: number }[] {
  if (n.type !== "ImportDeclaration" && n.type !== "ExportNamedDeclaration") return [];
  const out: { name: string; offset: number }[] = [];
  for (const s of (n.specifiers as Node[] | undefined) ?? []) {
    const from = (s.type === "ImportSpecifier" ? s.imported : s.type === "ExportSpecifier" ? s.local : undefined) as Node | undefined;
    if (!from) continue;
    const name = from.type === "Identifier" ? (from.name as string) : stringLiteral(from) ? from.value : undefined;
    if (name !== undefined) out.push({ name, offset: from.range[0] });
  }
  return out;
}

/** Walks the AST without recursion (deep expression chains must not blow the stack). */
export function collect(ast: unknown): EstreeResult {
  const imports: RawImport[] = [];
  const literals: RawLiteral[] = [];
  const stack: [unknown, string | undefined][] = [[ast, undefined]];
  const push = (value: string, offset: number, key: string | undefined) =>
    literals.push(key === undefined ? { value, offset } : { value, offset, key });
  while (stack.length > 0) {
    const [v, key] = stack.pop()!;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], undefined]);
      continue;
    }
    if (!isNode(v)) continue;
    if (stringLiteral(v)) push(v.value, v.range[0], key);
    if (v.type === "TemplateLiteral" || v.type === "TSTemplateLiteralType") {
      for (const q of v.quasis as Node[]) {
        const value = q.value as { cooked: string | null; raw: string };
        push(value.cooked ?? value.raw, q.range[0], key);
      }
    }
    const imp = importOf(v);
    const spec = imp && staticString(imp[0]);
    if (imp && spec) {
      const names = importedNames(v);
      imports.push({ specifier: spec.value, offset: spec.offset, kind: imp[1], ...(names.length > 0 ? { names } : {}) });
    }
    const bound = binding(v);
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i]!;
      if (k === "parent" || k === "range" || k === "loc" || k === "quasis") continue;
      const child = v[k];
      if (typeof child !== "object" || child === null) continue;
      const childKey = bound && bound[0] === child ? bound[1] : PASS_KEY.has(v.type) ? key : undefined;
      stack.push([child, childKey]);
    }
  }
  literals.sort((a, b) => a.offset - b.offset);
  imports.sort((a, b) => a.offset - b.offset);
  return { imports, literals };
}

/** Parses with typescript-estree; throws what the parser throws. `filePath` picks TS / JSX from its extension. */
export async function parseWithEstree(text: string, filePath: string): Promise<EstreeResult> {
  const parse = await loadParser();
  const ast = parse(text, {
    filePath,
    jsx: /\.(?:jsx|tsx|js|mjs|cjs)$/.test(filePath),
    range: true,
    loc: false,
    comment: false,
    tokens: false,
    loggerFn: false,
    suppressDeprecatedPropertyWarnings: true,
  });
  return collect(ast);
}
