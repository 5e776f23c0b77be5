import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileCatalog, type Catalog } from "../../src/catalog/compile.js";
import { loadCatalog } from "../../src/catalog/load.js";
import {
  constraintMajor,
  detectPackageJson,
  detectPipfile,
  detectPyproject,
  detectRequirements,
  npmAlias,
  npmMajor,
  parseRequirement,
  pep440Major,
} from "../../src/detect/manifests/index.js";
import { parseJson } from "../../src/detect/manifests/json.js";
import { tomlLocations } from "../../src/detect/manifests/toml-locations.js";
import type { Detector, DetectOutput } from "../../src/detect/types.js";
import { packageRoot } from "../../src/package-root.js";
import type { Evidence, FileKind } from "../../src/types.js";

const catalog = loadCatalog();

async function scan(detector: Detector, path: string, kind: FileKind, cat: Catalog = catalog): Promise<DetectOutput> {
  const text = readFileSync(join(packageRoot(), path), "utf8");
  return detector({ file: { path, kind, size: text.length }, text, catalog: cat });
}

async function scanText(detector: Detector, text: string, cat: Catalog = catalog, path = "m"): Promise<DetectOutput> {
  return detector({ file: { path, kind: "npm-manifest", size: text.length }, text, catalog: cat });
}

const where = (e: Evidence) => `${e.kind} ${e.file}:${e.line}:${e.column} ${e.ecosystem}:${e.package} vendor=${e.vendor ?? "-"} framework=${e.framework ?? "-"}`;

describe("package.json", () => {
  it("reads every dependency section at the key's position, resolving npm aliases", async () => {
    const f = "fixtures/manifests/npm/package.json";
    const out = await scan(detectPackageJson, f, "npm-manifest");
    expect(out.evidence.map(where)).toEqual([
      `dependency ${f}:11:6 npm:openai vendor=openai framework=-`,
      `dependency ${f}:13:6 npm:openai vendor=openai framework=-`, // "llm-client": "npm:openai@^4.20.0"
      `dependency ${f}:16:6 npm:@ai-sdk/openai vendor=openai framework=vercel-ai-sdk`,
      `dependency ${f}:20:26 npm:ai vendor=- framework=vercel-ai-sdk`,
      `dependency ${f}:22:28 npm:openai vendor=openai framework=-`,
    ]);
    expect(out.evidence[1]!.snippet).toBe('"llm-client": "npm:openai@^4.20.0"');
    expect(out.literals).toEqual([]);
    expect(out.diagnostics).toEqual([]);
  });

  it("takes nothing from description, keywords, scripts, overrides or look-alike names", async () => {
    const out = await scan(detectPackageJson, "fixtures/manifests/npm/package.json", "npm-manifest");
    for (const line of [4, 5, 7, 12, 17, 18, 23]) expect(out.evidence.filter((e) => e.line === line), `line ${line}`).toEqual([]);
  });

  it("gives one diagnostic for invalid JSON", async () => {
    const out = await scan(detectPackageJson, "fixtures/manifests/npm-broken/package.json", "npm-manifest");
    expect(out.evidence).toEqual([]);
    expect(out.diagnostics).toEqual([
      { file: "fixtures/manifests/npm-broken/package.json", message: "could not parse package.json: expected a key at line 5 column 1" },
    ]);
  });

  it("survives JSON of the wrong shape", async () => {
    for (const text of ["[]", "null", '{"dependencies": ["openai"]}', '{"dependencies": {"openai": 4}}', '{"bundledDependencies": true}', "", "\uFEFF{}"]) {
      const out = await scanText(detectPackageJson, text);
      expect(out.evidence.length, text).toBeLessThanOrEqual(1);
    }
    expect((await scanText(detectPackageJson, '{"dependencies": {"openai": 4}}')).evidence.map((e) => `${e.line}:${e.column}`)).toEqual(["1:20"]);
  });

  it("reads versions and aliases", () => {
    expect(npmMajor("^4.52.0")).toBe("4");
    expect(npmMajor("~0.3")).toBe("0");
    expect(npmMajor(">=3.2.0 <5")).toBe("3");
    expect(npmMajor("4.x")).toBe("4");
    expect(npmMajor("^3 || ^4")).toBeUndefined();
    expect(npmMajor("latest")).toBeUndefined();
    expect(npmMajor("github:openai/openai-node#v4")).toBeUndefined();
    expect(npmMajor("<5")).toBeUndefined();
    expect(npmAlias("npm:openai@^4")).toEqual({ name: "openai", range: "^4" });
    expect(npmAlias("npm:@ai-sdk/openai@1.0.0")).toEqual({ name: "@ai-sdk/openai", range: "1.0.0" });
    expect(npmAlias("npm:openai")).toEqual({ name: "openai", range: "" });
    expect(npmAlias("^4")).toBeUndefined();
  });

  it("keeps a JSON position for keys with escapes and duplicate sections", () => {
    const node = parseJson('{"a": {"b\\u0041": 1}, "a": {"c": 2}}');
    expect(node.type === "object" && node.entries.map((e) => [e.key, e.keyOffset])).toEqual([
      ["a", 1],
      ["a", 22],
    ]);
  });
});

describe("pip requirements", () => {
  it("reads requirement lines, URLs with #egg, archives and continuations; skips options and comments", async () => {
    const f = "fixtures/manifests/requirements/requirements.txt";
    const out = await scan(detectRequirements, f, "pip-requirements");
    expect(out.evidence.map(where)).toEqual([
      `dependency ${f}:7:1 pypi:openai vendor=openai framework=-`,
      `dependency ${f}:10:1 pypi:langchain-openai vendor=openai framework=langchain`,
      `dependency ${f}:13:72 pypi:anthropic vendor=anthropic framework=-`,
      `dependency ${f}:14:47 pypi:openai vendor=openai framework=-`,
      `dependency ${f}:15:5 pypi:google-genai vendor=google-gemini framework=-`,
    ]);
    // line 2 `# openai==1.0`, 8 openapi-core, 9 openai-fake, 12 openai-tools, 16 boto3 (Bedrock needs code): nothing.
    expect(out.diagnostics).toEqual([]);
  });

  it("reads pip-tools .in files", async () => {
    const f = "fixtures/manifests/requirements/dev.in";
    const out = await scan(detectRequirements, f, "pip-requirements");
    expect(out.evidence.map(where)).toEqual([`dependency ${f}:3:1 pypi:anthropic vendor=anthropic framework=-`]);
  });

  it("parses requirement strings", () => {
    const r = (s: string) => {
      const x = parseRequirement(s);
      return x && `${x.name}@${x.offset}${x.major !== undefined ? ` v${x.major}` : ""}`;
    };
    expect(r("openai")).toBe("openai@0");
    expect(r("  openai[datalib] >= 1.30, <2 ; python_version >= '3.9'")).toBe("openai@2 v1");
    expect(r("openai (>=0.28)")).toBe("openai@0 v0");
    expect(r("openai~=1.3")).toBe("openai@0 v1");
    expect(r("openai<2")).toBe("openai@0");
    expect(r("openai @ https://example.com/openai.zip")).toBe("openai@0");
    expect(r("git+https://github.com/x/y.git#egg=anthropic")).toBe("anthropic@35");
    expect(r("https://h/p/openai-1.35.0-py3-none-any.whl")).toBe("openai@12 v1");
    expect(r("./vendor/openai")).toBeUndefined();
    expect(r(".")).toBeUndefined();
    expect(r("${PKG}")).toBeUndefined();
    expect(r("openai/x")).toBeUndefined();
    expect(pep440Major(">=1.30,<2")).toBe("1");
    expect(pep440Major("<2")).toBeUndefined();
    expect(constraintMajor("^1.35")).toBe("1");
    expect(constraintMajor("~0.3")).toBe("0");
    expect(constraintMajor("1.2.3")).toBe("1");
    expect(constraintMajor("*")).toBeUndefined();
    expect(constraintMajor(">=0.3,<1")).toBe("0");
  });

  it("handles the line forms one by one", async () => {
    const cases: [string, string[]][] = [
      ["openai", ["1:1"]],
      ["openai==1.35.0 --hash=sha256:abc", ["1:1"]],
      ["  openai  # pinned below", ["1:3"]],
      ["requests \\\n  openai", []], // one logical line: `requests openai` is not a requirement list
      ["openai\\\n==1.0", ["1:1"]],
      ["-e git+https://github.com/x/openai-python.git#egg=openai", ["1:51"]],
      ["--editable=git+https://h/x.git#egg=openai", ["1:36"]],
      ["# openai==1.0", []],
      ["#openai", []],
      ["-r openai.txt", []],
      ["-c openai-constraints.txt", []],
      ["--index-url https://openai.example/simple", []],
      ["openai-fake==0.1", []],
      ["openapi-core", []],
      ["Open_AI", []],
      ["OpenAI>=1", ["1:1"]],
      ["\r\nopenai\r\n", ["2:1"]],
    ];
    for (const [text, expected] of cases) {
      const out = await scanText(detectRequirements, text);
      expect(out.evidence.map((e) => `${e.line}:${e.column}`), JSON.stringify(text)).toEqual(expected);
    }
  });
});

describe("pyproject.toml", () => {
  it("reads PEP 621 dependencies, optional dependencies and PEP 735 groups at the name in the string", async () => {
    const f = "fixtures/manifests/pep621/pyproject.toml";
    const out = await scan(detectPyproject, f, "pyproject");
    expect(out.evidence.map(where)).toEqual([
      `dependency ${f}:13:6 pypi:openai vendor=openai framework=-`,
      `dependency ${f}:19:4 pypi:google-genai vendor=google-gemini framework=-`,
      `dependency ${f}:24:48 pypi:langchain-openai vendor=openai framework=langchain`,
    ]);
    // description and keywords mention anthropic; [tool.uv.sources] names it: none is a dependency.
    expect(out.evidence.filter((e) => e.vendor === "anthropic")).toEqual([]);
    expect(out.diagnostics).toEqual([]);
  });

  it("reads Poetry dependencies, groups and sub-table declarations at the key", async () => {
    const f = "fixtures/manifests/poetry/pyproject.toml";
    const out = await scan(detectPyproject, f, "pyproject");
    expect(out.evidence.map(where)).toEqual([
      `dependency ${f}:8:1 pypi:anthropic vendor=anthropic framework=-`,
      `dependency ${f}:9:2 pypi:openai vendor=openai framework=-`,
      `dependency ${f}:13:1 pypi:google-genai vendor=google-gemini framework=-`,
      `dependency ${f}:16:27 pypi:langchain-openai vendor=openai framework=langchain`,
    ]);
  });

  it("gives one diagnostic for invalid TOML", async () => {
    const out = await scan(detectPyproject, "fixtures/manifests/pyproject-broken/pyproject.toml", "pyproject");
    expect(out.evidence).toEqual([]);
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]!.message).toMatch(/^could not parse pyproject.toml: /);
  });

  it("locates strings and keys in the raw text", () => {
    const text = [
      "[project]",
      'dependencies = [ # comment with "openai"',
      '  """openai""",',
      "  'anthropic',",
      "]",
      "[a.'b.c'.d]",
      'e = { f = "g", h = ["i"] }',
    ].join("\n");
    const locs = tomlLocations(text).map((l) => `${l.kind} ${l.path.join("/")} ${l.offset}${l.value !== undefined ? ` ${l.value}` : ""}`);
    expect(locs).toEqual([
      "key project 1",
      "key project/dependencies 10",
      "string project/dependencies 53 openai",
      "string project/dependencies 69 anthropic",
      "key a/b.c/d 93",
      "key a/b.c/d/e 96",
      "key a/b.c/d/e/f 102",
      "string a/b.c/d/e/f 106 g",
      "key a/b.c/d/e/h 111",
      "string a/b.c/d/e/h 116 i",
    ]);
  });
});

describe("Pipfile", () => {
  it("reads [packages] and [dev-packages], not [scripts] or [source]", async () => {
    const f = "fixtures/manifests/pipfile/Pipfile";
    const out = await scan(detectPipfile, f, "pipfile");
    expect(out.evidence.map(where)).toEqual([
      `dependency ${f}:7:1 pypi:openai vendor=openai framework=-`,
      `dependency ${f}:8:2 pypi:anthropic vendor=anthropic framework=-`,
      `dependency ${f}:12:1 pypi:langchain-openai vendor=openai framework=langchain`,
    ]);
  });

  it("gives one diagnostic for invalid TOML", async () => {
    const out = await scanText(detectPipfile, "[packages\nopenai = '*'");
    expect(out.evidence).toEqual([]);
    expect(out.diagnostics).toHaveLength(1);
  });
});

describe("version-dependent identity and requires-literal (custom catalog)", () => {
  const cat = compileCatalog(
    {
      vendors: [
        { id: "old-vendor", name: "Old", category: "llm-api", sources: ["t"], packages: { npm: [{ name: "renamed-sdk", versions: "<2" }], pypi: [{ name: "renamed-sdk", versions: "<2" }] } },
        { id: "new-vendor", name: "New", category: "llm-api", sources: ["t"], packages: { npm: [{ name: "renamed-sdk", versions: ">=2" }], pypi: [{ name: "renamed-sdk", versions: ">=2" }] } },
        { id: "aws-bedrock", name: "Bedrock", category: "llm-api", sources: ["t"], packages: { pypi: [{ name: "boto3", "requires-literal": ["bedrock-runtime"] }] } },
      ],
      frameworks: [],
    },
    "t",
  );
  const vendors = async (d: Detector, text: string) => (await scanText(d, text, cat)).evidence.map((e) => e.vendor);

  it("passes the declared major to the catalog", async () => {
    expect(await vendors(detectPackageJson, '{"dependencies": {"renamed-sdk": "^1.4.0"}}')).toEqual(["old-vendor"]);
    expect(await vendors(detectPackageJson, '{"dependencies": {"renamed-sdk": "^2.0.0"}}')).toEqual(["new-vendor"]);
    expect(await vendors(detectPackageJson, '{"dependencies": {"x": "npm:renamed-sdk@2.1.0"}}')).toEqual(["new-vendor"]);
    expect(await vendors(detectPackageJson, '{"dependencies": {"renamed-sdk": "latest"}}')).toEqual(["old-vendor", "new-vendor"]);
    expect(await vendors(detectRequirements, "renamed-sdk==1.9")).toEqual(["old-vendor"]);
    expect(await vendors(detectRequirements, "renamed-sdk>=2.0,<3")).toEqual(["new-vendor"]);
    expect(await vendors(detectPyproject, '[project]\ndependencies = ["renamed-sdk~=2.1"]')).toEqual(["new-vendor"]);
    expect(await vendors(detectPyproject, '[tool.poetry.dependencies]\nrenamed-sdk = "^1.0"')).toEqual(["old-vendor"]);
    expect(await vendors(detectPipfile, '[packages]\nrenamed-sdk = {version = "==2.0"}')).toEqual(["new-vendor"]);
  });

  it("never makes evidence of a requires-literal package from a manifest", async () => {
    expect(await vendors(detectRequirements, "boto3==1.34.0  # bedrock-runtime")).toEqual([]);
    expect(await vendors(detectPyproject, '[project]\ndependencies = ["boto3"]\ndescription = "bedrock-runtime"')).toEqual([]);
  });
});
