// The warm-up sample (prime.ts) is only worth its few ms while it takes every
// branch the tokenizer and its readers have: these tests say which, so an edit
// that drops one fails here rather than as a slower scan nobody notices.
import { describe, expect, it } from "vitest";
import { tokenImports, tokenLiterals } from "../../src/detect/javascript/literals.js";
import { analyzeJavaScript } from "../../src/detect/javascript/detect.js";
import { PRIME_AFTER, PRIME_BROKEN, PRIME_SAMPLE, primeJavaScript } from "../../src/detect/javascript/prime.js";
import { lex, tokenObjects, type Dialect } from "../../src/detect/javascript/tokenizer.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../src/package-root.js";

const TSX: Dialect = { ts: true, jsx: true };

function read(src: string, d: Dialect) {
  const { tokens, unsure } = lex(src, d);
  const imports = tokenImports(tokens);
  const literals = tokenLiterals(tokens, src, d.ts);
  return { tokens: tokenObjects(src, tokens), unsure, imports, literals };
}

describe("primeJavaScript's sample", () => {
  it("is TSX read without doubt (as .ts and .js it takes the tokenizer's paths of doubt)", () => {
    expect(read(PRIME_SAMPLE, TSX).unsure).toEqual([]);
    expect(read(PRIME_SAMPLE, { ts: true, jsx: false }).unsure).not.toEqual([]);
    expect(read(PRIME_SAMPLE, { ts: false, jsx: true }).unsure).not.toEqual([]);
  });

  it("has every kind of token, templates with and without ${}, and more tokens than the arrays start with", () => {
    const { tokens } = read(PRIME_SAMPLE, TSX);
    expect(new Set(tokens.map((t) => t.type))).toEqual(new Set(["name", "punct", "string", "template", "regex", "number", "jsx-end"]));
    expect(tokens.some((t) => t.type === "template" && t.open)).toBe(true);
    expect(tokens.some((t) => t.type === "template" && !t.open && t.start === t.template)).toBe(true);
    expect(tokens.some((t) => t.ternary)).toBe(true);
    expect(tokens.some((t) => t.type === "string" && t.jsx)).toBe(true);
    expect(tokens.some((t) => t.type === "string" && t.value.includes("\\"))).toBe(true); // an escape was cooked
    expect(tokens.length).toBeGreaterThan(256);
  });

  it("has every kind of import, named bindings, and the keyed literals the readers branch on", () => {
    const { imports, literals } = read(PRIME_SAMPLE, TSX);
    expect(new Set(imports.map((i) => i.kind))).toEqual(new Set(["import", "export", "require", "dynamic"]));
    expect(imports.find((i) => i.specifier === "pkg")?.names?.map((n) => n.name)).toEqual(["a", "C", "d"]);
    const keyOf = (value: string) => literals.find((l) => l.value === value)?.key;
    expect(keyOf("gpt-4o")).toBe("model"); // `model: "…"` and `model?: "…"`
    expect(literals.filter((l) => l.value === "gpt-4o" && l.key === "model")).toHaveLength(2);
    expect(keyOf("base_url")).toBeUndefined(); // a key, not a value
    expect(keyOf("https://api.example.com/v1")).toBe("base_url");
    expect(keyOf("annotated")).toBe("annotated");
    expect(keyOf("member")).toBe("prop");
    expect(keyOf("bracket")).toBe("computed");
    expect(keyOf("case")).toBe("v");
    expect(keyOf("cls")).toBe("className");
    expect(keyOf("no")).toBeUndefined(); // after a conditional's colon
    expect(keyOf("st")).toBe("s");
  });

  it("has, in its broken part, every reason the tokenizer gives for doubt", () => {
    const reasons = PRIME_BROKEN.flatMap((src) => read(src, TSX).unsure.map((u) => u.replace(/ at offset \d+$/, "").replace(/ '.'$/, "")));
    for (const kind of ["unbalanced brackets at end of file", "unterminated string", "unterminated regex", "unterminated template", "unterminated comment", "unbalanced", "unreadable JSX"]) {
      expect(reasons, kind).toContain(kind);
    }
  });
});

describe("primeJavaScript", () => {
  it("runs between files: the file being read when a thread primes keeps its own tokens", async () => {
    const text = readFileSync(join(packageRoot(), "fixtures/demo-app/src/chat.ts"), "utf8");
    const first = await analyzeJavaScript(text, TSX);
    expect(first.imports.length).toBeGreaterThan(0);
    // The thread primes while reading the PRIME_AFTER-th file (this file has tokenized none before).
    for (let k = 2; k <= PRIME_AFTER + 2; k++) expect(await analyzeJavaScript(text, TSX), `file ${k}`).toEqual(first);
  });

  it("leaves the next file's tokens, imports and literals as they would have been", () => {
    const file = join(packageRoot(), "fixtures/demo-app/src/chat.ts");
    const text = readFileSync(file, "utf8");
    const before = read(text, TSX);
    primeJavaScript();
    expect(read(text, TSX)).toEqual(before);
    expect(before.imports.length).toBeGreaterThan(0);
  });
});
