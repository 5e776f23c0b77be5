// The detector reads compact token arrays (tokenizer.ts `lex`, literals.ts);
// test/helpers/js-reference holds the straightforward object-per-token
// tokenizer and readers they replaced. Both must give the same tokens, the same
// `unsure` reasons, imports and keyed literals: on every JS/TS fixture (read in
// its own dialect and in the other three) and on generated edge cases.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dialectOf } from "../../src/detect/javascript/detect.js";
import { tokenImports, tokenLiterals } from "../../src/detect/javascript/literals.js";
import { PRIME_BROKEN, PRIME_SAMPLE } from "../../src/detect/javascript/prime.js";
import { scriptBlocks } from "../../src/detect/javascript/sfc.js";
import { lex, tokenObjects, type Dialect } from "../../src/detect/javascript/tokenizer.js";
import { lineStarts, locate, positions } from "../../src/detect/positions.js";
import { packageRoot } from "../../src/package-root.js";
import { tokenImports as refImports, tokenLiterals as refLiterals } from "../helpers/js-reference/literals.js";
import { lineStarts as refLineStarts, locate as refLocate } from "../helpers/js-reference/positions.js";
import { tokenize as refTokenize } from "../helpers/js-reference/tokenizer.js";

const fixtures = join(packageRoot(), "fixtures");
const DIALECTS: Dialect[] = [
  { ts: false, jsx: false },
  { ts: false, jsx: true },
  { ts: true, jsx: false },
  { ts: true, jsx: true },
];

function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}

/** Both paths over one text: what the detector reads, and the tokens after `tokenLiterals` marked the ternary colons. */
function both(text: string, d: Dialect) {
  const ref = refTokenize(text, d);
  const refOut = { unsure: ref.unsure, imports: refImports(ref.tokens), literals: refLiterals(ref.tokens, text, d.ts), tokens: ref.tokens };
  const now = lex(text, d);
  const imports = tokenImports(now.tokens);
  const literals = tokenLiterals(now.tokens, text, d.ts);
  return { ref: refOut, now: { unsure: now.unsure, imports, literals, tokens: tokenObjects(text, now.tokens) } };
}

describe("compact tokens read like the object-per-token reference", () => {
  it("on every JS/TS fixture and the script blocks of every component, in every dialect", () => {
    let files = 0;
    let literals = 0;
    let imports = 0;
    for (const path of walk(fixtures)) {
      const sfc = /\.(vue|svelte)$/.test(path);
      if (!sfc && !/\.[cm]?[jt]sx?$/.test(path)) continue;
      const text = sfc ? scriptBlocks(readFileSync(path, "utf8")).text : readFileSync(path, "utf8");
      files++;
      for (const d of sfc ? DIALECTS : [dialectOf(path), ...DIALECTS]) {
        const { ref, now } = both(text, d);
        expect({ path, d, ...now }).toEqual({ path, d, ...ref });
        literals += ref.literals.filter((l) => l.key !== undefined).length;
        imports += ref.imports.length;
      }
    }
    // Not a vacuous comparison: the fixtures hold keyed literals and imports.
    expect(files).toBeGreaterThanOrEqual(40);
    expect(literals).toBeGreaterThan(100);
    expect(imports).toBeGreaterThan(50);
  });

  it("on generated edge cases: escapes, templates in templates, regex or division, JSX, ternaries, annotations, unterminated input", () => {
    const pieces = [
      'const a = "x\\n\\u{1F600}\\x41";', "let b = 'it\\'s';", "c = `t${d ? `in${e}` : 'f'}g`;", "x = a / b / c;", "y = /re[/]x/gi.test(s);",
      "if (a) /re/.test(b);", "} / 2", "{ model: \"gpt-4o\", 'base-url': 'https://api.openai.com' }", "k ? v : \"w\"", "f(x?)",
      "obj[\"baseURL\"] = \"u\";", "const r: Runtime = \"edge\";", "case X.Y: a = \"z\"; break;", "default: b = \"q\";",
      "<Chat model=\"m\" api={'/api'}>text {`t`} <b/></Chat>", "<>frag</>", "a < b && c > d", "<T,>(x: T) => x",
      "import { A, B as c, type T } from \"mod\";", "export * from 'all';", "require(\"r\")", "import(\"dyn\")", "x.require(\"no\")",
      "import.meta.url", "// comment \"not\" a string\n", "/* block 'x' */", "#!/usr/bin/env node\n", "0x1F + .5e3 + 1_000n", "a?.b?.[c]",
      "x >>>= 2", "`unterminated", "'unterminated\n", "/* open", "(((", ")))", "]", "`${", "</x>", "<a b=\"c", "\u00a0\u2028;",
      "é = 'ü'", "\\u0061bc = 'esc'", "#priv = \"p\"", "a = b\n\"next\"", "\"s\" + t", "\"v\" as const", "label: \"x\"",
    ];
    // A fixed-seed generator: the same cases on every run.
    let seed = 17;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    let compared = 0;
    for (let i = 0; i < 1500; i++) {
      const parts: string[] = [];
      for (let k = rand(12) + 1; k > 0; k--) parts.push(pieces[rand(pieces.length)]!, [" ", "\n", "", "; "][rand(4)]!);
      const text = parts.join("");
      for (const d of DIALECTS) {
        const { ref, now } = both(text, d);
        expect({ text, d, ...now }).toEqual({ text, d, ...ref });
        compared++;
      }
    }
    expect(compared).toBe(6000);
  });

  it("on the warm-up samples (prime.ts), past the arrays' starting size: they grow mid-file", () => {
    for (const text of [PRIME_SAMPLE, ...PRIME_BROKEN, PRIME_SAMPLE.repeat(8)]) {
      for (const d of DIALECTS) {
        const { ref, now } = both(text, d);
        expect({ text, d, ...now }).toEqual({ text, d, ...ref });
      }
    }
    expect(lex(PRIME_SAMPLE.repeat(8), { ts: true, jsx: true }).tokens.n).toBeGreaterThan(4096);
  });

  it("the comparison can fail: a changed token is seen", () => {
    const text = 'const model = "gpt-4o";';
    const { ref, now } = both(text, { ts: true, jsx: false });
    expect(now).toEqual(ref);
    const t = lex(text, { ts: true, jsx: false }).tokens;
    t.value[t.n - 2] = "gpt-4"; // the string token
    expect(tokenLiterals(t, text, true)).not.toEqual(ref.literals);
  });

  it("line starts and positions are the reference's, for every offset", () => {
    for (const text of ["", "a", "\n", "a\nb\r\nc\n", "x\n\n\ny", "line1\nline2\n" + "z".repeat(50)]) {
      expect(lineStarts(text)).toEqual(refLineStarts(text));
      const at = positions(text);
      for (let o = 0; o <= text.length; o++) expect(at(o)).toEqual(refLocate(refLineStarts(text), o));
      expect(locate(lineStarts(text), text.length)).toEqual(refLocate(refLineStarts(text), text.length));
    }
  });
});
