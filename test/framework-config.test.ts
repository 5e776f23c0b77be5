// Issue 14 class 5: framework configuration that names the vendor. Spring AI,
// Quarkus LangChain4j and Micronaut / Spring Boot LangChain4j keys in
// application.properties, application.yml and profile variants, with the key
// prefixes as catalog data (rules/frameworks/*.yml `properties`). Traps: keys in
// comments (`#`, `!`, YAML), in a README, under another root (`acme.spring.ai…`),
// look-alike prefixes (`spring.ai.openaicompat`), framework keys that name no
// vendor (`spring.ai.mcp`, `quarkus.langchain4j.pgvector`), a commented pom
// dependency, and a provider aimed at another vendor's host.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../src/catalog/load.js";
import { isFrameworkConfig, propertiesEntries, yamlEntries } from "../src/detect/framework-config.js";
import { scan } from "../src/scan/scan.js";
import type { ScanReport } from "../src/types.js";

const ROOT = join(import.meta.dirname, "..", "fixtures", "framework-config");
const run = (dir: string) => scan(join(ROOT, dir), { noInventory: true, noBaseline: true });
const R = "src/main/resources/";

/** `vendor kind file:line [region|model] (via x)` for every config evidence. */
function config(report: ScanReport): string[] {
  return report.vendors.flatMap((v) =>
    v.evidence.filter((e) => e.kind === "config").map((e) => `${v.id} ${e.file.replace(R, "")}:${e.line} ${e.package} ${e.framework}${e.region ? ` region=${e.region}` : ""}${e.model ? ` model=${e.model}` : ""}${e.via ? ` via=${e.via}` : ""}`),
  );
}

describe("which files are framework configuration", () => {
  it("application and bootstrap files with profile variants, properties or YAML", () => {
    for (const p of ["application.properties", "src/main/resources/application.yml", "a/application-prod.yaml", "application-dev.properties", "bootstrap.yml"]) expect(isFrameworkConfig(p), p).toBe(true);
    for (const p of ["applications.yml", "app.properties", "application.json", "my-application.yml", "application.yml.bak"]) expect(isFrameworkConfig(p), p).toBe(false);
  });

  it("reads .properties separators, continuations and comments, and YAML paths across documents", () => {
    expect(propertiesEntries("a.b=1\n# c.d=2\n! e=3\nf.g : 4\nh.i 5\nj.k=x\\\n  y\n").map((e) => `${e.key}=${e.value}@${e.line}`)).toEqual(["a.b=1@1", "f.g=4@4", "h.i=5@5", "j.k=xy@6"]);
    expect(yamlEntries("a:\n  b: 1\n  # c: 2\n---\nd:\n  - e: 3\n").map((e) => `${e.key}=${e.value}@${e.line}`)).toEqual(["a.b=1@2", "d[0].e=3@6"]);
  });

  it("a key matches its longest catalog prefix, relaxed binding and Quarkus profiles included", () => {
    const catalog = loadCatalog();
    expect(catalog.lookupProperty("spring.ai.azure.openai.api-key")?.vendor).toBe("azure-openai");
    expect(catalog.lookupProperty("spring.ai.openai.apiKey")?.vendor).toBe("openai");
    expect(catalog.lookupProperty("SPRING_AI_OPENAI_API_KEY")).toBeUndefined(); // `.` is the separator
    expect(catalog.lookupProperty("%prod.quarkus.langchain4j.azure-openai.api-key")).toMatchObject({ vendor: "azure-openai", framework: "quarkus-langchain4j" });
    expect(catalog.lookupProperty("spring.ai.openaicompat.enabled")).toBeUndefined();
    expect(catalog.lookupProperty("spring.ai.openai")).toBeUndefined(); // the prefix alone is no key
  });
});

describe("Spring AI (fixtures/framework-config/spring-app)", () => {
  it("names vendors, regions and models from application.yml (two documents) and application-prod.properties", async () => {
    const report = await run("spring-app");
    expect(report.diagnostics).toEqual([]);
    expect(config(report)).toEqual([
      "aws-bedrock application.yml:31 spring.ai.bedrock spring-ai region=eu-central-1",
      "aws-bedrock application.yml:35 spring.ai.bedrock spring-ai model=anthropic.claude-3-5-sonnet-20240620-v1:0",
      "azure-openai application-prod.properties:2 spring.ai.azure.openai spring-ai",
      "azure-openai application-prod.properties:4 spring.ai.azure.openai spring-ai model=gpt-4o-mini",
      "google-vertex-ai application.yml:19 spring.ai.vertex.ai spring-ai",
      "google-vertex-ai application.yml:20 spring.ai.vertex.ai spring-ai region=europe-west4",
      // spring.ai.openai.base-url points the OpenAI client at Groq: Groq's usage.
      "groq application.yml:8 spring.ai.openai spring-ai via=openai",
      "groq application.yml:12 spring.ai.openai spring-ai model=llama-3.3-70b-versatile via=openai",
    ]);
    expect(Object.fromEntries(report.vendors.map((v) => [v.id, v.regions]))).toMatchObject({ "aws-bedrock": ["eu-central-1"], "google-vertex-ai": ["europe-west4"] });
    expect(report.vendors.find((v) => v.id === "azure-openai")!.evidence.map((e) => `${e.kind} ${e.host ?? e.env ?? e.package}`)).toContain("host acme-prod.openai.azure.com");
  });

  it("the vendor-specific starters are dependencies on that vendor; comments, docs and look-alikes are nothing", async () => {
    const report = await run("spring-app");
    const deps = report.vendors.flatMap((v) => v.evidence.filter((e) => e.kind === "dependency").map((e) => `${v.id} ${e.package}`));
    // The OpenAI starter's only configuration aims it at Groq: the dependency moves with it.
    expect(deps).toEqual(["azure-openai org.springframework.ai:spring-ai-azure-openai-spring-boot-starter", "groq org.springframework.ai:spring-ai-starter-model-openai"]);
    const ids = report.vendors.map((v) => v.id);
    for (const id of ["anthropic", "deepseek", "huggingface", "mistral", "ollama", "openai"]) expect(ids, id).not.toContain(id);
  });
});

describe("Quarkus LangChain4j (fixtures/framework-config/quarkus-app)", () => {
  it("reads quarkus.langchain4j.<provider> keys, %profile keys and named models; the extension artifact is a dependency", async () => {
    const report = await run("quarkus-app");
    expect(report.diagnostics).toEqual([]);
    expect(config(report)).toEqual([
      "azure-openai application.properties:4 quarkus.langchain4j.azure-openai quarkus-langchain4j",
      "azure-openai application.properties:5 quarkus.langchain4j.azure-openai quarkus-langchain4j model=gpt-4o",
      "google-vertex-ai application.properties:7 quarkus.langchain4j.vertexai quarkus-langchain4j region=europe-west2",
      "ollama application.properties:6 quarkus.langchain4j.ollama quarkus-langchain4j model=llama3.2",
      "openai application.properties:2 quarkus.langchain4j.openai quarkus-langchain4j",
      "openai application.properties:3 quarkus.langchain4j.openai quarkus-langchain4j model=gpt-4o-mini",
    ]);
    // The deployment's model is Azure's; the OpenAI key's model is OpenAI's.
    expect(Object.fromEntries(report.vendors.map((v) => [v.id, v.models]))).toMatchObject({ "azure-openai": ["gpt-4o"], openai: ["gpt-4o-mini"] });
    const openai = report.vendors.find((v) => v.id === "openai")!.evidence.map((e) => `${e.kind} ${e.package ?? e.env}`);
    expect(openai).toContain("dependency io.quarkiverse.langchain4j:quarkus-langchain4j-openai");
    expect(openai).toContain("env OPENAI_API_KEY");
    expect(report.vendors.map((v) => v.id)).not.toContain("anthropic"); // commented key
    expect(report.frameworks.map((f) => f.id)).toEqual(["quarkus-langchain4j"]);
  });
});

describe("Micronaut / Spring Boot LangChain4j (fixtures/framework-config/micronaut-app)", () => {
  it("reads nested langchain4j.<provider> keys in application.yml and the application-dev.yml profile", async () => {
    const report = await run("micronaut-app");
    expect(report.diagnostics).toEqual([]);
    expect(config(report)).toEqual([
      "anthropic application.yml:8 langchain4j.anthropic langchain4j model=claude-3-5-haiku-20241022",
      "ollama application-dev.yml:3 langchain4j.ollama langchain4j",
      "ollama application-dev.yml:4 langchain4j.ollama langchain4j model=llama3.2",
      "openai application.yml:6 langchain4j.open-ai langchain4j",
    ]);
    expect(report.vendors.find((v) => v.id === "anthropic")!.evidence.map((e) => e.env).filter(Boolean)).toEqual(["ANTHROPIC_API_KEY"]);
  });
});
