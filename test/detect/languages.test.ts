import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileCatalog, type Catalog } from "../../src/catalog/compile.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { LANGUAGE_DETECTORS } from "../../src/detect/languages/index.js";
import { maskCode } from "../../src/detect/languages/mask.js";
import type { DetectOutput } from "../../src/detect/types.js";
import { fileKind } from "../../src/discover/kind.js";

const root = join(import.meta.dirname, "..", "..", "fixtures", "languages");
const catalog = loadCatalog();

async function detect(path: string, text?: string, cat: Catalog = catalog): Promise<DetectOutput> {
  const body = text ?? readFileSync(join(root, path), "utf8");
  const kind = fileKind(path)!;
  const detector = LANGUAGE_DETECTORS[kind];
  if (!detector) throw new Error(`no detector for ${path} (${kind})`);
  return detector({ file: { path, kind, size: body.length }, text: body, catalog: cat });
}

/** `line:column who package` for each evidence, who = vendor or `vendor+framework`. */
async function found(path: string, text?: string, cat?: Catalog): Promise<string[]> {
  const out = await detect(path, text, cat);
  expect(out.diagnostics).toEqual([]);
  return out.evidence.map((e) => {
    expect(e.kind).toBe("import");
    expect(e.file).toBe(path);
    return `${e.line}:${e.column} ${[e.vendor, e.framework].filter(Boolean).join("+")} ${e.package}`;
  });
}

const lines = async (path: string) => (await detect(path)).evidence.map((e) => e.line);

describe("the map", () => {
  it("covers every language file kind", () => {
    expect(Object.keys(LANGUAGE_DETECTORS).sort()).toEqual(["csharp", "dart", "elixir", "go", "jvm", "php", "ruby", "rust", "swift"]);
  });
});

describe("Go", () => {
  it("reads single, grouped, aliased, blank and dot imports, resolving /vN majors by prefix", async () => {
    expect(await found("go/main.go")).toEqual([
      "10:10 openai github.com/openai/openai-go",
      "11:3 openai github.com/openai/openai-go",
      "12:5 anthropic github.com/anthropics/anthropic-sdk-go",
      "13:5 google-gemini google.golang.org/genai",
      "18:9 openai github.com/sashabaranov/go-openai",
    ]);
  });

  it("ignores imports in comments, raw and interpreted strings, and look-alike module paths", async () => {
    const out = await detect("go/main.go");
    const ids = out.evidence.map((e) => e.package);
    expect(ids).not.toContain("github.com/cohere-ai/cohere-go"); // line comment, raw string, string
    expect(ids).not.toContain("github.com/deepgram/deepgram-go-sdk"); // block comment inside the group
    expect(ids).not.toContain("github.com/AssemblyAI/assemblyai-go-sdk"); // block comment
    expect(await lines("go/main.go")).not.toContain(15); // openai-gopher
    expect(out.evidence.map((e) => e.vendor)).not.toContain("cohere");
  });

  it("hands string literals (not comments) to the host analyzers", async () => {
    const values = (await detect("go/main.go")).literals.map((l) => l.value);
    expect(values).toContain("https://api.openai.com/v1");
    expect(values).not.toContain("github.com/deepgram/deepgram-go-sdk");
  });

  it("is not fooled by a rune holding a quote", async () => {
    const text = `package x\nvar q = '"'\nimport "github.com/openai/openai-go"\n`;
    expect(await found("x.go", text)).toEqual(["3:9 openai github.com/openai/openai-go"]);
  });
});

describe("JVM", () => {
  it("Java: plain, static and wildcard imports", async () => {
    expect(await found("jvm/Chat.java")).toEqual([
      "4:8 openai com.openai",
      "5:8 openai com.openai",
      "6:15 anthropic com.anthropic",
      "7:8 aws-bedrock software.amazon.awssdk.services.bedrockruntime",
    ]);
  });

  it("Java: nothing from comments, javadoc, strings, text blocks or look-alike roots", async () => {
    const vendors = (await detect("jvm/Chat.java")).evidence.map((e) => e.vendor);
    expect(vendors).not.toContain("cohere");
    expect(vendors).not.toContain("pinecone");
    expect(vendors).not.toContain("google-gemini");
    expect(await lines("jvm/Chat.java")).not.toContain(10); // com.openaiclone
  });

  it("Kotlin: imports without `;`, aliases; not in templates or raw strings", async () => {
    expect(await found("jvm/Agent.kt")).toEqual([
      "3:8 google-gemini com.google.genai",
      "4:8 openai+langchain4j dev.langchain4j:langchain4j-open-ai",
    ]);
  });

  it("Scala: selector groups and comma lists", async () => {
    expect(await found("jvm/Pipeline.scala")).toEqual([
      "3:8 azure-openai com.azure.ai.openai",
      "4:24 google-vertex-ai com.google.cloud.vertexai",
    ]);
  });
});

describe(".NET", () => {
  it("C#: using, using static, global using, aliases, namespace-scoped usings", async () => {
    expect(await found("dotnet/Program.cs")).toEqual([
      "3:7 openai OpenAI",
      "4:14 anthropic Anthropic",
      "5:13 google-gemini Google.GenAI",
      "6:7 azure-openai Azure.AI.OpenAI",
      "13:11 semantic-kernel Microsoft.SemanticKernel*",
    ]);
  });

  it("C#: not using statements or declarations, comments, verbatim or raw strings, look-alikes", async () => {
    const out = await detect("dotnet/Program.cs");
    expect(out.evidence.map((e) => e.vendor)).not.toContain("deepgram");
    expect(out.evidence.map((e) => e.vendor)).not.toContain("google-vertex-ai");
    expect(out.evidence.map((e) => e.line)).not.toContain(9); // OpenAIish
    expect(out.literals.map((l) => l.value)).toContain("gpt-4o-mini");
  });

  it("F# open and VB Imports, not in (* *), // or ' / REM comments", async () => {
    expect(await found("dotnet/Bot.fs")).toEqual(["4:6 anthropic Anthropic"]);
    expect(await found("dotnet/Legacy.vb")).toEqual(["2:9 openai OpenAI"]);
  });

  it("a verbatim string ending in a backslash does not swallow the next using", async () => {
    const text = `class A { const string P = @"C:\\dir\\"; }\nusing Anthropic;\n`;
    expect(await found("A.cs", text)).toEqual(["2:7 anthropic Anthropic"]);
  });
});

describe("Ruby", () => {
  it("require with either quote, Kernel.require, gem-style paths; require_relative excluded", async () => {
    expect(await found("ruby/chat.rb")).toEqual([
      "3:10 openai openai",
      "4:10 anthropic anthropic",
      "21:17 google-vertex-ai google-cloud-ai_platform",
    ]);
  });

  it("nothing from comments, =begin, heredocs, strings, %-literals, foo.require or after __END__", async () => {
    const out = await detect("ruby/chat.rb");
    expect(out.evidence.map((e) => e.line)).not.toContain(5); // require_relative "openai"
    expect(out.evidence.map((e) => e.vendor)).not.toContain("aws-bedrock"); // every trap spells aws-sdk-bedrockruntime
    expect(out.evidence).toHaveLength(3);
  });

  it("the traps' gem resolves when really required (so those tests can fail)", async () => {
    const out = await detect("z.rb", 'require "aws-sdk-bedrockruntime"\n');
    expect(out.evidence.map((e) => `${e.line}:${e.column} ${e.vendor}`)).toEqual(["1:10 aws-bedrock"]);
  });

  it("a require inside a heredoc or an interpolated string is never evidence", async () => {
    const text = 'x = <<-SQL\n  require "openai"\n  SQL\ny = "#{require "openai"}"\nrequire "anthropic"\n';
    expect(await found("y.rb", text)).toEqual(["5:10 anthropic anthropic"]);
  });
});

describe("PHP", () => {
  it("use, grouped use, use function; not template text, comments, heredocs, closures or look-alikes", async () => {
    expect(await found("php/Chat.php")).toEqual([
      "8:5 openai openai-php/client",
      "9:16 anthropic anthropic-ai/sdk",
      "10:14 google-vertex-ai Google\\Cloud\\AIPlatform",
    ]);
  });
});

describe("Rust", () => {
  it("use trees, pub(crate) use, crate names with `-` read as `_`; not comments, nested comments, raw strings or look-alikes", async () => {
    expect(await found("rust/main.rs")).toEqual(["3:5 openai async-openai", "4:16 aws-bedrock aws_sdk_bedrockruntime"]);
  });

  it("extern crate", async () => {
    expect(await found("lib.rs", "extern crate async_openai as oai;\n")).toEqual(["1:14 openai async-openai"]);
  });
});

describe("Swift", () => {
  // A two-vendor catalog pins the reader; the built-in one names MacPaw's `OpenAI`,
  // `SwiftAnthropic` and `GoogleGenerativeAI` (the fixture's `Anthropic` is no module it knows).
  const swiftCatalog = compileCatalog(
    {
      vendors: [
        { id: "openai", name: "OpenAI", category: "llm-api", sources: ["test"], imports: { swift: ["OpenAI"] } },
        { id: "anthropic", name: "Anthropic", category: "llm-api", sources: ["test"], imports: { swift: ["Anthropic"] } },
      ],
      frameworks: [],
    },
    "test",
  );

  it("import and attributed import; not in comments (nested) or strings", async () => {
    expect(await found("swift/Chat.swift", undefined, swiftCatalog)).toEqual(["2:18 openai OpenAI"]);
    expect(await found("swift/Chat.swift")).toEqual(["2:18 openai OpenAI"]);
  });
});

describe("the mask", () => {
  it("keeps offsets, blanks comments and string contents, keeps decoded values", () => {
    const text = 'a = "x\\"y" # c\nb = %q(z)\n';
    const m = maskCode(text, "ruby");
    expect(m.code).toHaveLength(text.length);
    expect(m.code).toBe(`a = "${" ".repeat(9)}\nb = "${" ".repeat(4)}\n`);
    expect([...m.strings.values()].map((s) => s.value)).toEqual(['x"y', "z"]);
  });

  it("never throws and always ends, whatever the input", async () => {
    const inputs = ['"', "'", "/*", "<<~X\n", "<<<EOT\n", 'r#"', "@\"", "%q(", "(*", "`", "#\"", "'\\", "?", "/", "<?php /*", "=begin\n"];
    for (const ext of ["go", "java", "kt", "scala", "groovy", "cs", "fs", "vb", "rb", "php", "rs", "swift"]) {
      for (const text of inputs) {
        const out = await detect(`x.${ext}`, `import ${text} use ${text}`);
        expect(Array.isArray(out.evidence)).toBe(true);
      }
    }
  });

  it("never throws on any prefix of the fixtures", async () => {
    for (const path of ["go/main.go", "jvm/Chat.java", "dotnet/Program.cs", "ruby/chat.rb", "php/Chat.php", "rust/main.rs", "swift/Chat.swift"]) {
      const text = readFileSync(join(root, path), "utf8");
      for (let k = 0; k < text.length; k += 7) {
        const out = await detect(path, text.slice(0, k));
        expect(out.diagnostics).toEqual([]);
      }
    }
  });

  it("stays linear on large files full of imports (snippets, PHP blocks, heredocs)", async () => {
    const cases: [string, string][] = [
      ["big.rb", 'require "openai"\nx = "#{a}" # c\n'],
      ["big.php", "<?php use OpenAI\\Client; $x = 'a'; // c ?>\n<p>html</p>\n"],
      ["big.rs", "use async_openai::Client;\n"],
    ];
    for (const [path, chunk] of cases) {
      const text = chunk.repeat(20_000);
      const t0 = performance.now();
      const out = await detect(path, text);
      expect(out.evidence).toHaveLength(20_000);
      expect(performance.now() - t0, path).toBeLessThan(5_000);
    }
  });
});
