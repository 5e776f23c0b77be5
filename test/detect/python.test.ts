import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileCatalog, type Catalog } from "../../src/catalog/compile.js";
import { loadCatalog } from "../../src/catalog/load.js";
import type { CatalogSource } from "../../src/catalog/types.js";
import { analyzePython } from "../../src/detect/python/analyze.js";
import { detectNotebook, detectPython, pipInstallRequirements } from "../../src/detect/python/index.js";
import type { Detector, DetectOutput } from "../../src/detect/types.js";
import { packageRoot } from "../../src/package-root.js";
import type { Evidence, FileKind } from "../../src/types.js";

const catalog = loadCatalog();

async function scan(detector: Detector, path: string, kind: FileKind, cat: Catalog = catalog): Promise<DetectOutput> {
  const text = readFileSync(join(packageRoot(), path), "utf8");
  return detector({ file: { path, kind, size: text.length }, text, catalog: cat });
}

async function scanText(text: string, cat: Catalog = catalog, path = "src/app.py"): Promise<DetectOutput> {
  return detectPython({ file: { path, kind: "python", size: text.length }, text, catalog: cat });
}

/** One line per evidence: everything a reviewer needs to see it is exact. */
const where = (e: Evidence) => `${e.kind} ${e.file}:${e.line}:${e.column} ${e.ecosystem}:${e.package} vendor=${e.vendor ?? "-"} framework=${e.framework ?? "-"}`;

const literal = (out: DetectOutput, value: string) => out.literals.find((l) => l.value === value);

describe("detectPython: imports", () => {
  it("finds plain, aliased, comma-separated and parenthesised imports at the module name", async () => {
    const out = await scan(detectPython, "fixtures/python/chat.py", "python");
    expect(out.evidence.map(where)).toEqual([
      "import fixtures/python/chat.py:8:14 pypi:openai vendor=openai framework=-",
      "import fixtures/python/chat.py:9:6 pypi:openai vendor=openai framework=-",
    ]);
    expect(out.evidence[0]!.snippet).toBe("import json, openai as oai");
    expect(out.evidence[1]!.snippet).toBe("from openai import (");
    expect(out.diagnostics).toEqual([]);
  });

  it("finds imports in TYPE_CHECKING blocks, functions, try blocks, importlib and __import__", async () => {
    const out = await scan(detectPython, "fixtures/python/lazy.py", "python");
    expect(out.evidence.map(where)).toEqual([
      "import fixtures/python/lazy.py:4:10 pypi:anthropic vendor=anthropic framework=-",
      "import fixtures/python/lazy.py:9:16 pypi:anthropic vendor=anthropic framework=-",
      "import fixtures/python/lazy.py:18:35 pypi:anthropic vendor=anthropic framework=-",
      "import fixtures/python/lazy.py:19:25 pypi:openai vendor=openai framework=-",
    ]);
  });

  it("resolves `from google import genai` at the imported name and `from google.genai import …` at the module", async () => {
    const out = await scan(detectPython, "fixtures/python/gemini.py", "python");
    expect(out.evidence.map(where)).toEqual([
      "import fixtures/python/gemini.py:2:20 pypi:google-genai vendor=google-gemini framework=-",
      "import fixtures/python/gemini.py:3:6 pypi:google-genai vendor=google-gemini framework=-",
      "import fixtures/python/gemini.py:5:8 pypi:google-genai vendor=google-gemini framework=-",
    ]);
  });

  it("reports a provider package as both its vendor and its framework", async () => {
    const out = await scan(detectPython, "fixtures/python/langchain_app.py", "python");
    expect(out.evidence.map(where)).toEqual([
      "import fixtures/python/langchain_app.py:1:6 pypi:langchain-openai vendor=openai framework=langchain",
      "import fixtures/python/langchain_app.py:2:6 pypi:langchain-core vendor=- framework=langchain",
    ]);
  });

  it("counts boto3 as Bedrock only beside a bedrock-runtime client string", async () => {
    const bedrock = await scan(detectPython, "fixtures/python/bedrock.py", "python");
    expect(bedrock.evidence.map(where)).toEqual(["import fixtures/python/bedrock.py:3:8 pypi:boto3 vendor=aws-bedrock framework=-"]);
    // "bedrock-runtime" only in a comment and a docstring: plain S3 use is no AI vendor.
    const s3 = await scan(detectPython, "fixtures/python/s3_only.py", "python");
    expect(s3.evidence).toEqual([]);
  });

  it("never takes evidence from comments, docstrings, strings, look-alikes or relative imports", async () => {
    const out = await scan(detectPython, "fixtures/python/traps.py", "python");
    expect(out.evidence).toEqual([]);
    expect(out.diagnostics).toEqual([]);
    // The strings are still literals (for the host/model analyzers), the docstrings are not.
    expect(literal(out, "use openai here")).toMatchObject({ line: 11, column: 8, key: "note" });
    expect(literal(out, "\nimport openai\n")).toMatchObject({ line: 13, key: "sql" });
    expect(out.literals.some((l) => l.value === "import openai" && l.line === 3)).toBe(false);
    expect(out.literals.some((l) => l.value === "from openai import OpenAI")).toBe(false);
  });

  it("keeps going past an unterminated string with one diagnostic", async () => {
    const out = await scan(detectPython, "fixtures/python/broken.py", "python");
    expect(out.evidence.map(where)).toEqual([
      "import fixtures/python/broken.py:1:8 pypi:openai vendor=openai framework=-",
      "import fixtures/python/broken.py:3:8 pypi:anthropic vendor=anthropic framework=-",
    ]);
    expect(out.diagnostics).toEqual([{ file: "fixtures/python/broken.py", message: "could not fully parse: unterminated string at line 2" }]);
  });

  it("handles the import forms one by one", async () => {
    const cases: [string, string[]][] = [
      ["import openai", ["1:8"]],
      ["import openai.types.chat as t", ["1:8"]],
      ["import os, openai", ["1:12"]],
      ["from openai import OpenAI, AsyncOpenAI", ["1:6"]],
      ["from openai.types import *", ["1:6"]],
      ["from openai import (\n  OpenAI,\n)\n", ["1:6"]],
      ["x = 1; import openai", ["1:15"]],
      ["if True: import openai", ["1:17"]],
      ["import \\\n    openai", ["2:5"]],
      ["m = importlib.import_module('openai.types')", ["1:29"]],
      ["from importlib import import_module\nm = import_module(\"openai\")", ["2:19"]],
      ["__import__('openai')", ["1:12"]],
      // not imports
      ["from . import openai", []],
      ["from .openai import OpenAI", []],
      ["from ...openai import OpenAI", []],
      ["import openai_fake", []],
      ["import openapi_spec_validator", []],
      ["from openai_fake import x", []],
      ["from openaiextras.openai import x", []],
      ["# import openai", []],
      ["s = 'import openai'", []],
      ["s = f'{x}import openai'", []],
      ["raise E from openai", []],
      ["def f():\n    '''\n    import openai\n    '''\n", []],
      ["importlib.import_module(name)", []],
      ["importlib.import_module('.openai', __package__)", []],
      ["thing.import_module('openai')", []],
      ["print(openai)", []],
    ];
    for (const [text, expected] of cases) {
      const out = await scanText(text);
      expect(out.evidence.map((e) => `${e.line}:${e.column}`), text).toEqual(expected);
      for (const e of out.evidence) expect(e.vendor, text).toBe("openai");
    }
  });

  it("honours requires-literal with the file's literals only (custom catalog)", async () => {
    const source: CatalogSource = {
      vendors: [
        {
          id: "aws-bedrock",
          name: "Amazon Bedrock",
          category: "llm-api",
          sources: ["test"],
          packages: { pypi: [{ name: "boto3", "requires-literal": ["bedrock-runtime", "bedrock"] }] },
        },
      ],
      frameworks: [],
    };
    const cat = compileCatalog(source, "test");
    const yes = await scanText('import boto3\nc = boto3.client(service_name="bedrock-runtime")\n', cat);
    expect(yes.evidence.map((e) => `${e.line}:${e.column} ${e.vendor}`)).toEqual(["1:8 aws-bedrock"]);
    for (const text of [
      "import boto3\nc = boto3.client('s3')\n",
      "import boto3\n# boto3.client('bedrock-runtime')\n",
      'import boto3\n"""bedrock-runtime"""\n',
      "import boto3\nc = boto3.client('bedrock-runtime-x')\n",
    ]) {
      expect((await scanText(text, cat)).evidence, text).toEqual([]);
    }
  });
});

describe("detectPython: literals", () => {
  const values = (text: string) => analyzePython(text).literals.map((l) => (l.key === undefined ? l.value : `${l.key}=${l.value}`));

  it("binds literals to keyword arguments, assignments, attributes, subscripts and dict keys", () => {
    expect(values('c = OpenAI(base_url="https://a", api_key=key)')).toEqual(["base_url=https://a"]);
    expect(values('OPENAI_BASE = "https://b"')).toEqual(["OPENAI_BASE=https://b"]);
    expect(values('client.base_url = "https://c"')).toEqual(["base_url=https://c"]);
    expect(values('os.environ["OPENAI_BASE_URL"] = "https://d"')).toEqual(["OPENAI_BASE_URL", "OPENAI_BASE_URL=https://d"]);
    expect(values('cfg = {"model": "gpt-4o", "n": 1}')).toEqual(["model", "model=gpt-4o", "n"]);
    expect(values('BASE: str = "https://e"')).toEqual(["BASE=https://e"]);
    expect(values('def f(model: str = "gpt-4o-mini", *, temperature=0): ...')).toEqual(["model=gpt-4o-mini"]);
    expect(values('call(a, model="m1")')).toEqual(["model=m1"]);
    expect(values('if (m := "gpt-4o"): pass')).toEqual(["m=gpt-4o"]);
    expect(values('a = b = "x"')).toEqual(["b=x"]);
    // no binding the syntax does not state
    expect(values('a, b = "x", "y"')).toEqual(["x", "y"]);
    expect(values('print("hello")')).toEqual(["hello"]);
    expect(values('url = os.getenv("U") or "https://f"')).toEqual(["U", "https://f"]);
    expect(values('x == "y"')).toEqual(["y"]);
  });

  it("decodes every prefix, escapes, continuations and implicit concatenation", () => {
    expect(values(String.raw`a = r"\d+" ; b = b'\x41' ; c = u"\u00e9" ; d = Rb'\n' ; e = BR"x"`)).toEqual([
      "a=\\d+",
      "b=A",
      "c=é",
      "d=\\n",
      "e=x",
    ]);
    expect(values('base = ("https://api."\n  "openai.com")')).toEqual(["base=https://api.openai.com"]);
    expect(values('s = "a\\\nb"')).toEqual(["s=ab"]);
    expect(values("s = 'it\\'s'")).toEqual(["s=it's"]);
    expect(values('s = """one\n"two"\nthree"""')).toEqual(['s=one\n"two"\nthree']);
    expect(values("s = '''a ' b'''")).toEqual(["s=a ' b"]);
  });

  it("keeps f-string fields, and literals nested in them, without losing track of the quotes", () => {
    const lits = analyzePython('u = f"https://{region}.x.com/{d["k"]}/{n:>{w}}"\nafter = "z"').literals;
    expect(lits.map((l) => [l.value, l.line, l.column, l.key])).toEqual([
      ['https://{region}.x.com/{d["k"]}/{n:>{w}}', 1, 5, "u"],
      ["k", 1, 33, undefined],
      ["z", 2, 9, "after"],
    ]);
    expect(values("s = f'{{literal}} {x!r}'")).toEqual(["s={literal} {x!r}"]);
  });

  it("leaves out docstrings and comments but keeps strings used as values", () => {
    const text = [
      '"""Module doc: api.openai.com"""',
      "# c = 'api.anthropic.com'",
      "class A:",
      "    'class doc'",
      "    def f(self): 'inline doc'",
      "    x = 'value'",
      '"expression".join(y)',
      "f = lambda: 'lambda value'",
      "if a: 'also a docstring-like statement'",
    ].join("\n");
    expect(values(text)).toEqual(["x=value", "expression", "lambda value"]);
  });

  it("gives 1-based lines and columns", () => {
    const lits = analyzePython("\n\tx = 'a'\n  y = \"b\"").literals;
    expect(lits.map((l) => [l.value, l.line, l.column])).toEqual([
      ["a", 2, 6],
      ["b", 3, 7],
    ]);
  });

  it("never throws, whatever the input", async () => {
    const nasty = ['"""', "'", "f'{", "f'{x", 'f"{a["', "(((((", ")))]]]}}}", "\\", "from", "from .", "import", "__import__(", "x = f'''{\n", "\u0000\uFFFF\uD800", "b'\\", "'\\"];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = `abc import from openai . , ( ) [ ] { } ' " \\ # \n = : f r b`;
    for (let k = 0; k < 300; k++) {
      let s = "";
      for (let j = 0; j < 60; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
      nasty.push(s);
    }
    for (const text of nasty) {
      const out = await scanText(text);
      expect(Array.isArray(out.evidence), JSON.stringify(text)).toBe(true);
    }
  });
});

describe("detectNotebook", () => {
  it("reads code cells only and points at the line in the .ipynb file", async () => {
    const out = await scan(detectNotebook, "fixtures/python/triage.ipynb", "notebook");
    expect(out.evidence.map(where)).toEqual([
      "dependency fixtures/python/triage.ipynb:19:22 pypi:openai vendor=openai framework=-",
      "dependency fixtures/python/triage.ipynb:19:31 pypi:anthropic vendor=anthropic framework=-",
      "import fixtures/python/triage.ipynb:22:13 pypi:openai vendor=openai framework=-",
      "import fixtures/python/triage.ipynb:30:20 pypi:openai vendor=openai framework=-",
      "dependency fixtures/python/triage.ipynb:46:28 pypi:langchain-openai vendor=openai framework=langchain",
    ]);
    expect(out.evidence[0]!.snippet).toBe('%pip install -q openai "anthropic>=0.30"');
    expect(out.evidence[3]!.snippet).toBe("from openai import OpenAI");
    expect(out.diagnostics).toEqual([]);
    // the markdown cell's `import openai` (line 9), the raw cell's and the %%writefile cell's
    // `import anthropic` (38, 56), and the comment/string/docstring cell (65-67): nothing.
    expect(out.evidence.filter((e) => [9, 11, 38, 56, 65, 66, 67].includes(e.line))).toEqual([]);
    expect(out.literals.find((l) => l.key === "base_url")).toEqual({ value: "https://api.openai.com/v1", line: 30, column: 67, key: "base_url" });
  });

  it("gives one diagnostic for invalid JSON", async () => {
    const out = await scan(detectNotebook, "fixtures/python/broken.ipynb", "notebook");
    expect(out.evidence).toEqual([]);
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]!.message).toMatch(/^could not parse notebook: .* at line 19 column \d+$/);
  });

  it("skips notebooks whose kernel is not Python", async () => {
    const out = await scan(detectNotebook, "fixtures/python/r-kernel.ipynb", "notebook");
    expect(out.evidence).toEqual([]);
  });

  it("reads .NET polyglot cells with the C# detector and #r nuget directives as dependencies", async () => {
    const out = await scan(detectNotebook, "fixtures/python/dotnet-polyglot.ipynb", "notebook");
    expect(out.evidence.map(where)).toEqual([
      "dependency fixtures/python/dotnet-polyglot.ipynb:24:18 nuget:Azure.AI.OpenAI vendor=azure-openai framework=-",
      "import fixtures/python/dotnet-polyglot.ipynb:42:12 nuget:Azure.AI.OpenAI vendor=azure-openai framework=-",
    ]);
    // The markdown cell's `using OpenAI;`, the commented `using Anthropic;`, the string
    // mentioning `using OpenAI;` and the PowerShell cell: nothing. The C# string's host is a literal.
    expect(out.literals.find((l) => l.key === "endpoint")).toMatchObject({ value: "https://contoso.openai.azure.com/", line: 44 });
    expect(out.literals.some((l) => l.value.includes("api.openai.com"))).toBe(false);
  });

  it("survives notebooks of the wrong shape", async () => {
    for (const text of ["[]", "{}", '{"cells": 3}', '{"cells": [{"cell_type": "code", "source": 5}]}', '{"cells": [null, "x"]}', "null"]) {
      const out = await detectNotebook({ file: { path: "n.ipynb", kind: "notebook", size: text.length }, text, catalog });
      expect(out.evidence, text).toEqual([]);
    }
  });

  it("maps positions through JSON escapes on the same line", async () => {
    const text = '{"cells": [{"cell_type": "code", "source": ["x = \\"\\u00e9\\"; import openai\\n"]}]}';
    const out = await detectNotebook({ file: { path: "n.ipynb", kind: "notebook", size: text.length }, text, catalog });
    expect(out.evidence.map((e) => `${e.line}:${e.column} ${e.snippet}`)).toEqual([`1:${text.indexOf("openai\\n") + 1} x = "é"; import openai`]);
    expect(out.literals).toEqual([{ value: "é", line: 1, column: text.indexOf("x = ") + 5, key: "x" }]);
  });

  it("applies requires-literal across the whole notebook", async () => {
    const cat = compileCatalog(
      {
        vendors: [{ id: "aws-bedrock", name: "Bedrock", category: "llm-api", sources: ["t"], packages: { pypi: [{ name: "boto3", "requires-literal": ["bedrock-runtime"] }] } }],
        frameworks: [],
      },
      "t",
    );
    const nb = (cells: string[]) =>
      JSON.stringify({ cells: cells.map((s) => ({ cell_type: "code", source: s, metadata: {}, outputs: [] })), metadata: {} }, null, 1);
    const text = nb(["import boto3", "c = boto3.client('bedrock-runtime')"]);
    const out = await detectNotebook({ file: { path: "n.ipynb", kind: "notebook", size: text.length }, text, catalog: cat });
    expect(out.evidence.map((e) => `${e.line}:${e.column} ${e.vendor}`)).toEqual(["5:22 aws-bedrock"]);
    const s3 = nb(["import boto3", "c = boto3.client('s3')  # not bedrock-runtime"]);
    expect((await detectNotebook({ file: { path: "n.ipynb", kind: "notebook", size: s3.length }, text: s3, catalog: cat })).evidence).toEqual([]);
  });
});

describe("pip install magics", () => {
  const names = (line: string) => pipInstallRequirements(line).map((r) => `${r.name}@${r.offset}${r.major ? ` v${r.major}` : ""}`);
  it("reads the requirements of pip and uv installs and skips options", () => {
    expect(names("!pip install openai")).toEqual(["openai@13"]);
    expect(names("%pip install -q -U 'openai>=1.30' anthropic")).toEqual(["openai@20 v1", "anthropic@34"]);
    expect(names("!pip3 install --index-url https://x/simple openai==1.2")).toEqual(["openai@43 v1"]);
    expect(names("!{sys.executable} -m pip install openai")).toEqual(["openai@33"]);
    expect(names("!uv pip install openai")).toEqual(["openai@16"]);
    expect(names("!uv add openai")).toEqual(["openai@8"]);
    expect(names("!pip install -r requirements.txt")).toEqual([]);
    expect(names("!pip install $PKG {pkg}")).toEqual([]);
    expect(names("!pip uninstall -y openai")).toEqual([]);
    expect(names("!echo pip install openai > /dev/null; ls")).toEqual([]);
    expect(names("!cd /tmp && pip install openai")).toEqual(["openai@24"]);
    expect(names("!pip install anthropic # openai")).toEqual(["anthropic@13"]);
    expect(names("!pip show openai")).toEqual([]);
  });
});
