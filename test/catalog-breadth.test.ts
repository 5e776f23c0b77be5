// Issue 14 class 4: SDKs outside npm and PyPI (NuGet, Go, RubyGems, crates,
// Packagist), official and community, each with a look-alike name, a commented
// declaration or a string beside it; and the audit table in rules/README.md,
// which must match the rules it is generated from.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan } from "../src/scan/scan.js";
// @ts-expect-error plain ESM script without types
import { readRules, table } from "../scripts/catalog-table.mjs";

const ROOT = join(import.meta.dirname, "..", "fixtures", "catalog-breadth");

describe("catalog breadth (fixtures/catalog-breadth)", () => {
  it("finds the community and official SDKs of each ecosystem, not the look-alikes or commented ones", async () => {
    const report = await scan(ROOT, { noInventory: true, noBaseline: true });
    expect(report.diagnostics).toEqual([]);
    const found = report.vendors.flatMap((v) => v.evidence.filter((e) => e.package).map((e) => `${v.id} ${e.kind} ${e.file}:${e.line} ${e.package}${e.framework ? ` (${e.framework})` : ""}`));
    expect(found).toEqual([
      "google-gemini dependency php/composer.json:5 google-gemini-php/client",
      "google-gemini dependency ruby/Gemfile:4 gemini-ai",
      "huggingface dependency go/go.mod:6 github.com/hupe1980/go-huggingface",
      "huggingface import go/main.go:7 github.com/hupe1980/go-huggingface",
      "mistral dependency go/go.mod:7 github.com/gage-technologies/mistral-go",
      "ollama dependency dotnet/KmApp.csproj:7 Microsoft.KernelMemory.AI.Ollama (kernel-memory)",
      "ollama import dotnet/Program.cs:2 Microsoft.KernelMemory.AI.Ollama (kernel-memory)",
      "ollama import dotnet/Program.cs:7 WithOllamaTextGeneration (kernel-memory)",
      "ollama dependency ruby/Gemfile:5 ollama-ai",
      "ollama dependency rust/Cargo.toml:7 ollama-rs",
      "pinecone dependency dotnet/KmApp.csproj:8 Pinecone.NET",
      // `using Pinecone;`: the namespace both .NET SDKs share; evidence names the official one.
      "pinecone import dotnet/Program.cs:3 Pinecone.Client",
      "pinecone dependency rust/Cargo.toml:8 pinecone-sdk",
    ]);
    // Mistral.SDK: commented in the csproj, a comment and a string in Program.cs; mistral-ai: commented gem.
    expect(report.vendors.find((v) => v.id === "mistral")!.evidence.map((e) => e.file)).toEqual(["go/go.mod"]);
    expect(report.frameworks.map((f) => f.id)).toEqual(["kernel-memory"]);
  });
});

describe("rules/README.md", () => {
  it("carries the vendor × ecosystem table generated from rules/", () => {
    const root = join(import.meta.dirname, "..");
    const readme = readFileSync(join(root, "rules", "README.md"), "utf8");
    expect(readme).toContain(table(readRules(root)));
  });
});
