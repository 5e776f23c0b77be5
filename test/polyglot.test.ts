// Issue 3, end to end: one repository mixing every ecosystem and format the
// scanner reads (fixtures/polyglot: Go, Kotlin/Gradle, Java/Maven, C#/NuGet, Ruby,
// PHP, Rust, JS with npm and pnpm locks, Python with Poetry and uv, Terraform,
// CloudFormation, Bicep, Kubernetes, Compose, a workflow, .env.example, a LiteLLM
// config) and the traps of each (comments, docs, look-alikes, optional peers, a
// Speech account, dependencyManagement, composer suggest, require_relative,
// vendored and gitignored folders). Every list here is exact: an extra or a
// missing vendor, region, model, framework or piece of evidence fails.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scan } from "../src/scan/scan.js";
import type { ScanReport } from "../src/types.js";

const ROOT = join(import.meta.dirname, "..", "fixtures", "polyglot");
let report: ScanReport;
beforeAll(async () => {
  report = await scan(ROOT, { noInventory: true, noBaseline: true });
});
const vendor = (id: string) => report.vendors.find((v) => v.id === id)!;

describe("polyglot repository (fixtures/polyglot)", () => {
  it("finds exactly these vendors, direct or only through lockfiles", () => {
    expect(report.vendors.map((v) => [v.id, v.direct])).toEqual([
      ["anthropic", true],
      ["aws-bedrock", true],
      ["azure-openai", true],
      ["cohere", true],
      ["google-gemini", false], // go.mod `// indirect` + go.sum only
      ["google-vertex-ai", true],
      ["groq", true],
      ["langsmith", false], // poetry.lock: pulled in by langchain
      ["mistral", true],
      ["ollama", true],
      ["openai", true],
      ["voyage", true],
    ]);
  });

  it("never reports the vendors only traps name", () => {
    const ids = report.vendors.map((v) => v.id);
    // deepseek: gitignored generated/ client, commented .env and LiteLLM lines, README;
    // perplexity: README; together, replicate: docs/; xai: vendor/ folder;
    // fireworks, @anthropic-ai/sdk: none; @google/generative-ai optional peer in pnpm.
    for (const id of ["deepseek", "perplexity", "together", "replicate", "xai", "fireworks", "huggingface", "stability"]) {
      expect(ids, id).not.toContain(id);
    }
    const files = new Set(report.vendors.flatMap((v) => v.evidence.map((e) => e.file)));
    for (const f of ["README.md", "docs/architecture.md", "generated/client.py", "vendor/github.com/xai-org/grok-go/client.go", "apps/support-bot/app/openai.rb"]) {
      expect(files.has(f), f).toBe(false);
    }
    expect(report.diagnostics).toEqual([]);
    expect(report.stats.skippedBy).toMatchObject({ ignored: 1, "vendored-or-build": 1 });
  });

  it("regions: Azure `location` (literal and Bicep parameter default) and the LiteLLM Bedrock route's aws_region_name", () => {
    expect(Object.fromEntries(report.vendors.filter((v) => v.regions.length > 0).map((v) => [v.id, v.regions]))).toEqual({
      // The Speech accounts (westeurope in Terraform, the Bicep one) are not Azure OpenAI.
      "azure-openai": ["francecentral", "swedencentral"],
      // eu-west-1: the `claude-bedrock` item of gateway/litellm_config.yaml. Not
      // Anthropic's, though the same file routes to Anthropic too.
      // eu-central-1: the AWS provider in the module's providers.tf.
      "aws-bedrock": ["eu-central-1", "eu-west-1"],
      // spring.ai.vertex.ai.gemini.location in application.properties.
      "google-vertex-ai": ["europe-west4"],
    });
  });

  it("regions: a Terraform module is read as one (the AWS provider in a sibling providers.tf gives bedrock.tf its region)", () => {
    const bedrock = report.vendors.find((v) => v.id === "aws-bedrock")!;
    const tf = bedrock.evidence.filter((e) => e.file.startsWith("infra/terraform/"));
    expect(tf.length).toBeGreaterThan(0);
    expect(tf.every((e) => e.file === "infra/terraform/bedrock.tf" && e.region === "eu-central-1")).toBe(true);
  });
  it("regions/models: spring.ai.vertex.ai.gemini.location / .model in application.properties reach google-vertex-ai (the file names no vendor)", () => {
    const props = vendor("google-vertex-ai").evidence.filter((e) => e.file === "services/search-java/src/main/resources/application.properties");
    expect(props.map((e) => [e.kind, e.line, e.framework, e.region ?? e.model ?? ""])).toEqual([
      ["config", 2, "spring-ai", ""], // project-id: the first key names the vendor
      ["config", 3, "spring-ai", "europe-west4"],
      ["config", 4, "spring-ai", "gemini-2.0-flash"],
    ]);
    expect(vendor("google-vertex-ai").regions).toContain("europe-west4");
    expect(vendor("google-vertex-ai").models).toContain("gemini-2.0-flash");
  });

  it("models: attributed to the vendor whose SDK, platform or route carries them", () => {
    expect(Object.fromEntries(report.vendors.filter((v) => v.models.length > 0).map((v) => [v.id, v.models]))).toEqual({
      // Go SDK `Model:` and the LiteLLM anthropic/ route; not the LiteLLM aliases (claude-fast, claude-bedrock).
      anthropic: ["claude-3-5-haiku-20241022", "claude-sonnet-4-5"],
      // Terraform foundation_model, the LiteLLM bedrock/ route and the Rust `const MODEL_ID: &str`.
      "aws-bedrock": ["anthropic.claude-3-5-sonnet-20240620-v1:0", "anthropic.claude-3-haiku-20240307-v1:0"],
      "azure-openai": ["gpt-4o-mini", "text-embedding-3-large"],
      cohere: ["embed-english-v3.0"],
      // spring.ai.vertex.ai.gemini.chat.options.model in application.properties.
      "google-vertex-ai": ["gemini-2.0-flash"],
      mistral: ["mistral-large-latest"],
      openai: ["gpt-4o-mini"],
      voyage: ["rerank-2"],
    });
  });

  it("frameworks and the vendors reached through them", () => {
    expect(report.frameworks.map((f) => [f.id, f.vendors])).toEqual([
      ["langchain", []],
      ["langchain4j", ["mistral"]],
      ["langchaingo", ["ollama"]],
      ["langchainrb", []],
      ["semantic-kernel", ["azure-openai"]],
      ["spring-ai", ["google-vertex-ai"]],
      ["vercel-ai-sdk", ["groq", "openai"]],
    ]);
  });

  it("every piece of vendor evidence, with its transitive flag and gateway", () => {
    const got = Object.fromEntries(
      report.vendors.map((v) => [v.id, v.evidence.map((e) => `${e.kind} ${e.file}:${e.line}${e.transitive ? " transitive" : ""}${e.via ? ` via ${e.via}` : ""}`)]),
    );
    expect(got).toEqual({
      "anthropic": [
        "workflow .github/workflows/review.yml:16",
        "workflow .github/workflows/review.yml:18",
        "dependency apps/support-bot/Gemfile:7",
        "lockfile apps/support-bot/Gemfile.lock:4",
        "import apps/support-bot/app/support_bot.rb:4",
        "env apps/support-bot/app/support_bot.rb:13",
        "env docker-compose.yml:5",
        "iac gateway/litellm_config.yaml:4 via litellm",
        "dependency services/gateway-go/go.mod:6",
        "lockfile services/gateway-go/go.sum:1 transitive",
        "import services/gateway-go/main.go:13",
        "import services/gateway-go/main.go:14",
        // option.WithAPIKey: the Anthropic API chosen in code (issue 14, class 2).
        "import services/gateway-go/main.go:23",
        "env services/gateway-go/main.go:23",
      ],
      "aws-bedrock": [
        "lockfile crates/bedrock-batch/Cargo.lock:12",
        "dependency crates/bedrock-batch/Cargo.toml:8",
        "import crates/bedrock-batch/src/main.rs:5",
        "import crates/bedrock-batch/src/main.rs:6",
        "iac gateway/litellm_config.yaml:8 via litellm",
        "iac infra/cloudformation/guardrail.yaml:10",
        "iac infra/terraform/bedrock.tf:16",
      ],
      "azure-openai": [
        "iac infra/bicep/openai.bicep:14",
        "iac infra/bicep/openai.bicep:26",
        "iac infra/terraform/azure.tf:7",
        "iac infra/terraform/azure.tf:16",
        "dependency services/assistant-dotnet/Assistant.csproj:8",
        "import services/assistant-dotnet/Program.cs:2",
        "host services/assistant-dotnet/Program.cs:9",
        "env services/assistant-dotnet/Program.cs:10",
        // Semantic Kernel's registration call names Azure OpenAI (issue 14, class 2).
        "import services/assistant-dotnet/Program.cs:14",
        "lockfile services/assistant-dotnet/packages.lock.json:5",
        "lockfile services/assistant-dotnet/packages.lock.json:39 transitive",
      ],
      "cohere": [
        "env .env.example:3",
        "lockfile ml/pipeline/poetry.lock:4 transitive",
        "dependency ml/pipeline/pyproject.toml:10",
        "import ml/pipeline/src/pipeline/embed.py:9",
        "env ml/pipeline/src/pipeline/embed.py:12",
      ],
      "google-gemini": [
        "dependency services/gateway-go/go.mod:12 transitive",
        "lockfile services/gateway-go/go.sum:3 transitive",
      ],
      "google-vertex-ai": [
        "dependency services/search-java/pom.xml:29",
        "import services/search-java/src/main/java/com/acme/search/SearchApplication.java:4",
        "config services/search-java/src/main/resources/application.properties:2",
        "config services/search-java/src/main/resources/application.properties:3",
        "config services/search-java/src/main/resources/application.properties:4",
      ],
      "groq": [
        "dependency web/admin/package.json:7",
        "lockfile web/admin/pnpm-lock.yaml:20",
        "import web/admin/src/triage.ts:1",
      ],
      "langsmith": [
        "lockfile ml/pipeline/poetry.lock:54 transitive",
      ],
      "mistral": [
        "env deploy/k8s/summarizer.yaml:18",
        "dependency services/summarizer-kotlin/gradle/libs.versions.toml:6",
        "import services/summarizer-kotlin/src/main/kotlin/com/acme/summarizer/App.kt:3",
        "env services/summarizer-kotlin/src/main/kotlin/com/acme/summarizer/App.kt:10",
      ],
      "ollama": [
        "env docker-compose.yml:6",
        // Ollama's default endpoint, in the compose env and the Go client (issue 14, class 3).
        "host docker-compose.yml:6",
        "iac docker-compose.yml:10",
        "import services/gateway-go/main.go:16",
        "host services/gateway-go/main.go:34",
      ],
      "openai": [
        "import apps/billing-php/app/Services/InvoiceSummary.php:5",
        "dependency apps/billing-php/composer.json:7",
        "lockfile apps/billing-php/composer.lock:16 transitive",
        "lockfile apps/billing-php/composer.lock:23 transitive",
        "lockfile services/assistant-dotnet/packages.lock.json:52 transitive",
        "lockfile web/package-lock.json:20",
        "dependency web/package.json:8",
        "import web/src/chat.ts:2",
      ],
      "voyage": [
        "env .env.example:2",
        "workflow .github/workflows/review.yml:24",
        "dependency tools/evals/pyproject.toml:6",
        "import tools/evals/run_evals.py:1",
        "lockfile tools/evals/uv.lock:26",
      ],
    });
  });

  it("every piece of framework evidence", () => {
    const got = Object.fromEntries(
      report.frameworks.map((f) => [f.id, f.evidence.map((e) => `${e.kind} ${e.file}:${e.line} ${e.package}${e.transitive ? " transitive" : ""}`)]),
    );
    expect(got).toEqual({
      "langchain": [
        "lockfile ml/pipeline/poetry.lock:27 langchain transitive",
        "lockfile ml/pipeline/poetry.lock:41 langchain-core transitive",
        "dependency ml/pipeline/pyproject.toml:11 langchain",
        "import ml/pipeline/src/pipeline/embed.py:10 langchain",
      ],
      "langchain4j": [
        "dependency services/summarizer-kotlin/gradle/libs.versions.toml:5 dev.langchain4j:langchain4j",
        "dependency services/summarizer-kotlin/gradle/libs.versions.toml:6 dev.langchain4j:langchain4j-mistral-ai",
        "import services/summarizer-kotlin/src/main/kotlin/com/acme/summarizer/App.kt:3 dev.langchain4j:langchain4j-mistral-ai",
      ],
      "langchaingo": [
        "dependency services/gateway-go/go.mod:7 github.com/tmc/langchaingo",
        "lockfile services/gateway-go/go.sum:7 github.com/tmc/langchaingo transitive",
        "import services/gateway-go/main.go:15 github.com/tmc/langchaingo",
        "import services/gateway-go/main.go:16 github.com/tmc/langchaingo/llms/ollama",
      ],
      "langchainrb": [
        "dependency apps/support-bot/Gemfile:6 langchainrb",
        "lockfile apps/support-bot/Gemfile.lock:11 langchainrb",
        "import apps/support-bot/app/support_bot.rb:3 langchainrb",
      ],
      "semantic-kernel": [
        "dependency services/assistant-dotnet/Assistant.csproj:9 Microsoft.SemanticKernel",
        "import services/assistant-dotnet/Program.cs:3 Microsoft.SemanticKernel*",
        "import services/assistant-dotnet/Program.cs:14 AddAzureOpenAIChatCompletion",
        "lockfile services/assistant-dotnet/packages.lock.json:24 Microsoft.SemanticKernel",
        "lockfile services/assistant-dotnet/packages.lock.json:39 Microsoft.SemanticKernel.Connectors.AzureOpenAI transitive",
        "lockfile services/assistant-dotnet/packages.lock.json:47 Microsoft.SemanticKernel.Core transitive",
      ],
      "spring-ai": [
        "dependency services/search-java/pom.xml:29 org.springframework.ai:spring-ai-starter-model-vertex-ai-gemini",
        "import services/search-java/src/main/java/com/acme/search/SearchApplication.java:3 org.springframework.ai:*",
        "import services/search-java/src/main/java/com/acme/search/SearchApplication.java:4 org.springframework.ai:spring-ai-vertex-ai-gemini",
      "config services/search-java/src/main/resources/application.properties:2 spring.ai.vertex.ai",
      "config services/search-java/src/main/resources/application.properties:3 spring.ai.vertex.ai",
      "config services/search-java/src/main/resources/application.properties:4 spring.ai.vertex.ai",
      ],
      "vercel-ai-sdk": [
        "dependency web/admin/package.json:7 @ai-sdk/groq",
        "dependency web/admin/package.json:8 ai",
        "lockfile web/admin/pnpm-lock.yaml:20 @ai-sdk/groq",
        "lockfile web/admin/pnpm-lock.yaml:26 @ai-sdk/provider transitive",
        "lockfile web/admin/pnpm-lock.yaml:30 ai",
        "import web/admin/src/triage.ts:1 @ai-sdk/groq",
        "import web/admin/src/triage.ts:2 ai",
        "lockfile web/package-lock.json:20 @ai-sdk/openai",
        "lockfile web/package-lock.json:32 @ai-sdk/provider transitive",
        "lockfile web/package-lock.json:37 @ai-sdk/provider-utils transitive",
        "lockfile web/package-lock.json:47 ai",
        "dependency web/package.json:8 @ai-sdk/openai",
        "dependency web/package.json:9 ai",
        "import web/src/chat.ts:2 @ai-sdk/openai",
        "import web/src/chat.ts:3 ai",
      ],
    });
  });

  it("a host in prose inside a string is no request: Program.cs's message naming api.openai.com is not OpenAI evidence", () => {
    expect(vendor("openai").evidence.some((e) => e.file === "services/assistant-dotnet/Program.cs")).toBe(false);
  });
});

describe("Terraform modules are folders", () => {
  it("a provider in another folder lends no region", async () => {
    const r = await scan(join(import.meta.dirname, "..", "fixtures", "iac", "modules"));
    expect(r.vendors.map((v) => [v.id, v.regions])).toEqual([["aws-bedrock", []]]);
  });
});
