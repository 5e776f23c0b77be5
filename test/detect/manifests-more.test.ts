import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileCatalog } from "../../src/catalog/compile.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { MANIFEST_DETECTORS } from "../../src/detect/manifests/index.js";
import type { DetectOutput } from "../../src/detect/types.js";
import { fileKind } from "../../src/discover/kind.js";

const root = join(import.meta.dirname, "..", "..", "fixtures", "manifests-more");
const catalog = loadCatalog();

async function detect(path: string, text?: string, cat = catalog): Promise<DetectOutput> {
  const body = text ?? readFileSync(join(root, path), "utf8");
  const kind = fileKind(path)!;
  const detector = MANIFEST_DETECTORS[kind];
  if (!detector) throw new Error(`no detector for ${path} (${kind})`);
  return detector({ file: { path, kind, size: body.length }, text: body, catalog: cat });
}

/** `line:column who package` (+ ` transitive`) per evidence. */
async function found(path: string, text?: string, cat = catalog): Promise<string[]> {
  const out = await detect(path, text, cat);
  expect(out.diagnostics).toEqual([]);
  return out.evidence.map((e) => {
    expect(e.kind).toBe("dependency");
    expect(e.file).toBe(path);
    return `${e.line}:${e.column} ${[e.vendor, e.framework].filter(Boolean).join("+")} ${e.package}${e.transitive ? " transitive" : ""}`;
  });
}

describe("the map", () => {
  it("covers every manifest kind it owns", () => {
    expect(Object.keys(MANIFEST_DETECTORS).sort()).toEqual([
      "cargo-manifest", "composer-manifest", "dotnet-project", "gemfile", "go-mod", "gradle", "maven-pom", "mix-manifest",
      "npm-manifest", "pip-requirements", "pipfile", "pubspec", "pyproject", "python-setup", "swiftpm-manifest",
    ]);
  });
});

describe("go.mod", () => {
  it("single and block requires; // indirect is transitive; comments, replace, exclude and look-alikes are not evidence", async () => {
    expect(await found("go-mod/go.mod")).toEqual([
      "6:9 openai github.com/openai/openai-go",
      "9:2 anthropic github.com/anthropics/anthropic-sdk-go",
      "10:2 google-gemini google.golang.org/genai transitive",
    ]);
  });
});

describe("pom.xml", () => {
  it("project and profile dependencies with properties resolved; not dependencyManagement, exclusions, plugin deps, comments or look-alike groups", async () => {
    expect(await found("maven/pom.xml")).toEqual([
      "33:19 openai com.openai:openai-java",
      "38:19 anthropic com.anthropic:anthropic-java",
      "66:23 aws-bedrock+langchain4j dev.langchain4j:langchain4j-bedrock",
    ]);
  });
});

describe("Gradle", () => {
  it("build.gradle: string, closure and map forms; not platform BOMs, buildscript classpath, constraints, comments, strings or look-alikes", async () => {
    expect(await found("gradle/build.gradle")).toEqual([
      "12:21 openai com.openai:openai-java",
      "14:21 anthropic+langchain4j dev.langchain4j:langchain4j-anthropic",
      "17:52 cohere com.cohere:cohere-java",
    ]);
  });

  it("build.gradle.kts: string and named-argument forms; not enforcedPlatform, comments or raw strings", async () => {
    expect(await found("gradle/build.gradle.kts")).toEqual([
      "2:21 google-gemini com.google.genai:google-genai",
      "3:38 azure-openai com.azure:azure-ai-openai",
    ]);
  });

  it("libs.versions.toml: module, group/name and string entries; not comments or plugins", async () => {
    expect(await found("gradle/gradle/libs.versions.toml")).toEqual([
      "5:27 openai com.openai:openai-java",
      "6:47 google-gemini com.google.genai:google-genai",
      "7:12 aws-bedrock software.amazon.awssdk:bedrockruntime",
    ]);
  });
});

describe(".NET projects", () => {
  it("PackageReference (attribute, child element, $(Property) version); not comments, Update or look-alikes", async () => {
    expect(await found("dotnet/Chat.csproj")).toEqual([
      "7:32 openai OpenAI",
      "8:32 anthropic Anthropic",
      "9:32 azure-openai Azure.AI.OpenAI",
    ]);
  });

  it("packages.config", async () => {
    expect(await found("dotnet/packages.config")).toEqual(["3:16 openai Betalgo.OpenAI"]);
  });

  it("Directory.Packages.props: GlobalPackageReference is usage, PackageVersion is not", async () => {
    expect(await found("dotnet/Directory.Packages.props")).toEqual(["8:38 google-gemini Google.GenAI"]);
  });

  it("passes the declared version (resolved from properties) to the catalog", async () => {
    const versioned = compileCatalog(
      {
        vendors: [
          { id: "official", name: "Official", category: "llm-api", sources: ["t"], packages: { nuget: [{ name: "Anthropic", versions: ">=10" }] } },
          { id: "community", name: "Community", category: "llm-api", sources: ["t"], packages: { nuget: [{ name: "Anthropic", versions: "<10" }] } },
        ],
        frameworks: [],
      },
      "t",
    );
    const csproj = (v: string) => `<Project><PropertyGroup><V>${v}</V></PropertyGroup><ItemGroup><PackageReference Include="Anthropic" Version="$(V)"/></ItemGroup></Project>`;
    expect((await detect("a/A.csproj", csproj("10.1.0"), versioned)).evidence.map((e) => e.vendor)).toEqual(["official"]);
    expect((await detect("a/A.csproj", csproj("3.4.0"), versioned)).evidence.map((e) => e.vendor)).toEqual(["community"]);
    expect((await detect("a/A.csproj", csproj("[10.0,)"), versioned)).evidence.map((e) => e.vendor)).toEqual(["official"]);
  });
});

describe("Ruby", () => {
  it("Gemfile: gem with either quote and parens; not comments, heredocs or look-alikes", async () => {
    expect(await found("ruby/Gemfile")).toEqual([
      "4:6 openai ruby-openai",
      "5:6 anthropic anthropic",
      "7:6 aws-bedrock aws-sdk-bedrockruntime",
    ]);
  });

  it("gemspec: add_dependency, add_runtime_dependency with %q<>; not strings or comments", async () => {
    expect(await found("ruby/chat.gemspec")).toEqual([
      "5:24 openai openai",
      "6:34 google-vertex-ai google-cloud-ai_platform",
    ]);
  });
});

describe("Cargo.toml", () => {
  it("dependencies, renamed packages, dev- table form, target-specific build deps; not workspace.dependencies, comments, strings or look-alikes", async () => {
    expect(await found("cargo/Cargo.toml")).toEqual([
      "7:1 openai async-openai",
      "9:1 aws-bedrock aws-sdk-bedrockruntime",
      "13:19 aws-bedrock aws-sdk-bedrock",
      "17:1 aws-bedrock aws-sdk-bedrockagentruntime",
    ]);
  });
});

describe("composer.json", () => {
  it("require and require-dev; not suggest, description or platform packages", async () => {
    expect(await found("composer/composer.json")).toEqual([
      "7:6 openai openai-php/client",
      "11:6 google-vertex-ai google/cloud-ai-platform",
    ]);
  });
});

describe("python-setup", () => {
  it("setup.py: install_requires through a variable, extras_require lists, and Python imports; never docstrings, comments or other strings", async () => {
    const out = await detect("python-setup/setup.py");
    expect(out.diagnostics).toEqual([]);
    expect(out.evidence.map((e) => `${e.kind} ${e.line}:${e.column} ${e.vendor} ${e.package}`)).toEqual([
      "import 3:8 openai openai",
      "dependency 6:6 anthropic anthropic",
      "dependency 15:19 groq groq",
    ]);
  });

  it("setup.cfg: install_requires continuation lines and extras; not comments or metadata", async () => {
    expect(await found("python-setup/setup.cfg")).toEqual(["7:5 openai openai", "14:5 anthropic anthropic"]);
  });

  it("environment.yml: conda specs (channel::name=ver) and the pip sublist; not comments or pip options", async () => {
    expect(await found("conda/environment.yml")).toEqual(["6:18 openai openai", "11:10 cohere cohere"]);
  });
});

describe("corrupt files", () => {
  it("cost one diagnostic each and never throw", async () => {
    for (const name of readdirSync(join(root, "broken")).sort()) {
      const out = await detect(`broken/${name}`);
      expect(out.diagnostics, name).toHaveLength(1);
      expect(out.diagnostics[0]!.file).toBe(`broken/${name}`);
    }
  });

  it("point at where the file breaks", async () => {
    expect((await detect("broken/pom.xml")).diagnostics[0]!.message).toMatch(/line 7: unterminated <\/dependencies>/);
    expect((await detect("broken/Broken.csproj")).diagnostics[0]!.message).toMatch(/line 4/);
  });

  it("never throw on any prefix of any fixture", async () => {
    const files = ["go-mod/go.mod", "maven/pom.xml", "gradle/build.gradle", "gradle/build.gradle.kts", "gradle/gradle/libs.versions.toml", "dotnet/Chat.csproj", "dotnet/packages.config", "ruby/Gemfile", "ruby/chat.gemspec", "cargo/Cargo.toml", "composer/composer.json", "python-setup/setup.py", "python-setup/setup.cfg", "conda/environment.yml"];
    for (const path of files) {
      const text = readFileSync(join(root, path), "utf8");
      for (let k = 0; k < text.length; k += 5) {
        const out = await detect(path, text.slice(0, k));
        expect(out.diagnostics.length, `${path} @${k}`).toBeLessThanOrEqual(1);
      }
    }
  });
});
