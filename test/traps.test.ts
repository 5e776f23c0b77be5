// Traps seen in real repositories: each fixture under fixtures/traps/ reproduces,
// in the repository's shape, a false positive or a miss found by scanning it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan } from "../src/scan/scan.js";
import type { ScanReport } from "../src/types.js";

const trap = (name: string) => scan(join(import.meta.dirname, "..", "fixtures", "traps", name), { noInventory: true, noBaseline: true });
const ids = (r: ScanReport) => r.vendors.map((v) => v.id);
const places = (r: ScanReport, vendor: string) =>
  r.vendors.find((v) => v.id === vendor)?.evidence.map((e) => `${e.kind} ${e.file}:${e.line}`) ?? [];

describe("test code and fixtures (msw/responses mocks in httpx-, axios-, sentry-python-shaped repos)", () => {
  it("a host, env name, model or region in a test's strings is a fixture, not usage", async () => {
    const r = await trap("test-fixtures");
    // groq (msw handler), anthropic (responses mock, patched env), mistral (recorded fixture) are mocks.
    expect(ids(r)).toEqual(["openai"]);
  });

  it("a test that imports an SDK still counts, with the env name it configures the client from", async () => {
    const r = await trap("test-fixtures");
    expect(places(r, "openai")).toEqual(["import tests/integration/test_live_summary.py:3", "env tests/integration/test_live_summary.py:7"]);
    // Model ids in tests are what stubs echo back: no unapproved-model noise from them.
    expect(r.vendors[0]!.models).toEqual([]);
    expect(r.vendors[0]!.regions).toEqual([]);
  });
});

describe("isTestPath", () => {
  it("knows test files and folders by their conventional names, and nothing else", async () => {
    const { isTestPath } = await import("../src/detect/test-code.js");
    for (const p of ["tests/test_x.py", "src/__tests__/a.ts", "a.test.ts", "pkg/b.spec.js", "client_test.go", "conftest.py", "src/ClientTest.java", "spec/x.rb", "tests/cassettes/a.yaml", "x/__mocks__/openai.ts", "testdata/a.json"]) {
      expect(isTestPath(p), p).toBe(true);
    }
    for (const p of ["src/latest.py", "src/requests.py", "src/contest.ts", "e2e/app.ts", "src/testing_utils/x.py", "manifest.json", "src/attestation.ts"]) {
      expect(isTestPath(p), p).toBe(false);
    }
  });
});

describe("Anthropic's cloud clients (anthropic-quickstarts computer-use-demo shape)", () => {
  it("AnthropicBedrock / AnthropicVertex send requests to the cloud: Bedrock and Vertex are found, not only Anthropic", async () => {
    const r = await trap("anthropic-cloud-clients");
    expect(ids(r)).toEqual(["anthropic", "aws-bedrock", "google-vertex-ai"]);
    expect(places(r, "aws-bedrock")).toEqual([
      "import computer_use_demo/loop.py:6",
      "import web/app/api/chat/route.ts:1",
      // The Bedrock flavour's manifest entry is Bedrock's too (sdk-of): Anthropic never sees those requests.
      "dependency web/package.json:1",
    ]);
    expect(places(r, "google-vertex-ai")).toEqual(["import computer_use_demo/loop.py:7"]);
    // The Bedrock model id is attributed to Bedrock, the cloud that serves it.
    expect(r.vendors.find((v) => v.id === "aws-bedrock")!.models).toEqual(["anthropic.claude-3-5-sonnet-20241022-v2:0"]);
  });
});

describe("Vercel AI Gateway model strings (vercel/ai-chatbot shape)", () => {
  it("creator/model strings in a file that uses the gateway name the processors behind it", async () => {
    const r = await trap("ai-gateway-models");
    expect(ids(r)).toEqual(["anthropic", "google-gemini", "vercel-ai-gateway"]);
    const anthropic = r.vendors.find((v) => v.id === "anthropic")!;
    expect(anthropic.evidence.map((e) => [e.file, e.line, e.via])).toEqual([["lib/ai/providers.ts", 11, "vercel-ai-gateway"]]);
    expect(anthropic.models).toEqual(["claude-haiku-4.5"]);
    expect(r.vendors.find((v) => v.id === "google-gemini")!.models).toEqual(["gemini-2.5-flash-lite"]);
    // "openai/README", "xai/avatar.png": a prefix alone routes nothing; models.ts names no gateway.
    expect(ids(r)).not.toContain("openai");
    expect(ids(r)).not.toContain("xai");
  });
});

describe("a provider package the catalog lacked (firecrawl shape)", () => {
  it("@ai-sdk/deepinfra is DeepInfra, not framework-only", async () => {
    const r = await trap("unlisted-provider");
    expect(ids(r)).toEqual(["deepinfra", "openai"]);
    expect(places(r, "deepinfra")).toEqual(["dependency apps/api/package.json:1", "import apps/api/src/lib/generic-ai.ts:2"]);
  });
});

describe("Bedrock notebooks (aws-samples/amazon-bedrock-workshop shape)", () => {
  it("an OpenAI client aimed at Bedrock's OpenAI-compatible endpoint is Bedrock, even with boto3 in the same notebook", async () => {
    const r = await trap("bedrock-workshop");
    expect(ids(r)).toEqual(["aws-bedrock", "huggingface", "pinecone"]);
    const bedrock = r.vendors.find((v) => v.id === "aws-bedrock")!;
    expect(bedrock.evidence.filter((e) => e.file === "mantle/workshop.ipynb").map((e) => `${e.kind} ${e.line} ${e.via ?? ""}`)).toEqual([
      "env 19 openai",
      "host 19 ",
      "env 20 openai",
      "import 29 openai",
      "import 41 ",
    ]);
    expect(bedrock.models).toEqual(["openai.gpt-oss-120b"]);
  });
  it("a region named for a Bedrock client is not a Hugging Face region: Hub downloads take none", async () => {
    const r = await trap("bedrock-workshop");
    expect(r.vendors.find((v) => v.id === "aws-bedrock")!.regions).toEqual(["us-east-1", "us-west-2"]);
    expect(r.vendors.find((v) => v.id === "huggingface")!.regions).toEqual([]);
    // Pinecone's client names its index's cloud region: that one is Pinecone's.
    expect(r.vendors.find((v) => v.id === "pinecone")!.regions).toEqual(["us-west-2"]);
  });
});

describe("community clients (Next.js edge routes, Spring services)", () => {
  it("openai-edge and com.theokanning.openai call OpenAI; openapi-types and swagger's OpenAPI do not", async () => {
    const r = await trap("community-clients");
    expect(ids(r)).toEqual(["openai"]);
    expect(places(r, "openai")).toEqual(["import jvm/src/main/java/app/Completion.java:3", "import web/stream.ts:2"]);
  });
});

describe("Azure OpenAI through the openai SDK (mem0 shape: one package per provider, monorepo folders)", () => {
  it("importing AzureOpenAI / AsyncAzureOpenAI / LangChain's AzureChatOpenAI is Azure OpenAI, not OpenAI", async () => {
    const r = await trap("azure-clients");
    expect(ids(r)).toEqual(["azure-openai", "openai"]);
    expect(places(r, "azure-openai")).toEqual([
      "import azure-only/chat.py:1",
      "dependency azure-only/requirements.txt:1",
      "import lc-azure/rag.py:1",
      "import lc-azure/rag.py:1",
      "dependency lc-azure/requirements.txt:1",
      "import mem0/llms/azure_openai.py:3",
      // JavaScript named imports too; the package.json entries follow the code beside them.
      "dependency web/package.json:4",
      "dependency web/package.json:5",
      "import web/route.ts:1",
      "import web/route.ts:2",
    ]);
    // mem0/ uses both clients: its manifest entry stays OpenAI's, beside the Azure import.
    expect(places(r, "openai")).toEqual(["import mem0/llms/openai.py:1", "dependency mem0/requirements.txt:1"]);
  });
  it("a manifest speaks for the code beside and below it: OpenAI used in one folder keeps no other folder's openai entry", async () => {
    const r = await trap("azure-clients");
    const dep = r.vendors.flatMap((v) => v.evidence.filter((e) => e.kind === "dependency").map((e) => `${e.file} ${v.id} ${e.via ?? ""}`));
    expect(dep.sort()).toEqual([
      "azure-only/requirements.txt azure-openai openai",
      "lc-azure/requirements.txt azure-openai openai",
      "mem0/requirements.txt openai ",
      "web/package.json azure-openai openai",
      "web/package.json azure-openai openai",
    ]);
  });
});

describe("test data is another project's files (a bundler's sample apps, jest mocks, recorded cassettes)", () => {
  it("a manifest, import or host under fixtures/, __mocks__/ or cassettes/ is no evidence; a committed key there still is", async () => {
    const r = await trap("fixture-projects");
    expect(ids(r)).toEqual(["groq"]);
    expect(places(r, "groq")).toEqual(["secret test/fixtures/sample-app/.env:1"]);
    expect(r.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(["hardcoded-secret test/fixtures/sample-app/.env:1"]);
    // The key's value is never in the report.
    expect(JSON.stringify(r)).not.toContain("Q7vLm2Xr9TbW4nZp8KcY3hJd6FgS1aEe5uRo0iVx7qMw2NtB9yHk");
  });
});

describe("packages a Dockerfile installs", () => {
  it("RUN pip install / npm install -g are the image's dependencies; comments, echoed text, variables and paths are not", async () => {
    const r = await trap("dockerfile-installs");
    expect(ids(r)).toEqual(["anthropic", "groq", "openai"]);
    expect(places(r, "openai")).toEqual(["dependency api/Dockerfile:6"]);
    expect(places(r, "anthropic")).toEqual(["dependency .github/workflows/review.yml:12", "dependency tools/Dockerfile:2"]);
  });
  it("so are a workflow's run: steps (inline and block scripts), not their comments or echoed text", async () => {
    const r = await trap("dockerfile-installs");
    expect(places(r, "groq")).toEqual(["dependency .github/workflows/review.yml:14"]);
  });
});

describe("LangChain before 0.1 (integrations inside the langchain package)", () => {
  it("langchain/llms/openai-style subpaths and langchain(_community) class imports name their vendor; local embeddings and prompts name none", async () => {
    const r = await trap("langchain-legacy");
    expect(ids(r)).toEqual(["anthropic", "aws-bedrock", "cohere", "openai"]);
    expect(places(r, "openai")).toEqual(["import app/chain.ts:2", "import worker/rag.py:2"]);
    expect(places(r, "anthropic")).toEqual(["import app/chain.ts:3"]);
    expect(places(r, "cohere")).toEqual(["import worker/rag.py:3"]);
    expect(places(r, "aws-bedrock")).toEqual(["import worker/rag.py:4"]);
    expect(r.vendors.every((v) => v.frameworks.includes("langchain"))).toBe(true);
  });
});

describe("hosts built at run time (terraform interpolation, f-strings, Sprintf, shell variables)", () => {
  it("a placeholder standing for a pattern's <region> or <resource> label still names the vendor", async () => {
    const r = await trap("placeholder-hosts");
    expect(ids(r)).toEqual(["aws-bedrock", "azure-openai", "mistral"]);
    expect(places(r, "aws-bedrock")).toEqual(["host infra/bedrock.tf:9"]);
    expect(places(r, "azure-openai")).toEqual(["host app/azure_client.py:10"]);
    const hosts = r.vendors.flatMap((v) => v.evidence.map((e) => e.host));
    // The run-time label shows as `*`, and is no region.
    expect(hosts).toEqual(["bedrock-runtime.*.amazonaws.com", "*.openai.azure.com", "api.mistral.ai"]);
    expect(r.vendors.find((v) => v.id === "aws-bedrock")!.regions).toEqual([]);
  });

  it("a placeholder never stands in for a vendor's own labels, and comments and docs stay nothing", async () => {
    const r = await trap("placeholder-hosts");
    const files = r.vendors.flatMap((v) => v.evidence.map((e) => e.file));
    // mistral.go's %s.example.com and %s/v1/chat, proxy.sh's api.$PROVIDER_DOMAIN and
    // ${LLM_HOST}, the comment in azure_client.py, docs/setup.md: none is evidence.
    expect(files).toEqual(["infra/bedrock.tf", "app/azure_client.py", "app/mistral.go"]);
    expect(places(r, "mistral")).toEqual(["host app/mistral.go:9"]);
  });
});
