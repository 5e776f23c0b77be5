import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { detectFile } from "../../src/detect/index.js";
import { toJson } from "../../src/report/json.js";
import { toMarkdown } from "../../src/report/markdown.js";
import { toSarif } from "../../src/report/sarif.js";
import { toText } from "../../src/report/text.js";
import { isTemplatePath } from "../../src/resolve/confidence.js";
import { scan } from "../../src/scan/scan.js";
import type { ScanReport } from "../../src/types.js";

// Issue 14: SDK flavours chosen by a switch, call or type (catalog `selected-by`,
// frameworks' provider `names`), runtimes reached by their default endpoint, and
// vendors seen only in env templates.

const fixture = (name: string) => join(import.meta.dirname, "..", "..", "fixtures", "flavours", name);
const ids = (r: ScanReport) => r.vendors.map((v) => v.id);
const vendor = (r: ScanReport, id: string) => r.vendors.find((v) => v.id === id);
const places = (r: ScanReport, id: string) => vendor(r, id)?.evidence.map((e) => `${e.kind} ${e.file}:${e.line}${e.via ? ` via ${e.via}` : ""}`) ?? [];
let loaded: ReturnType<typeof loadCatalog> | undefined;
const catalog = () => (loaded ??= loadCatalog());

describe("class 1: the Google Gen AI SDK switched to Vertex AI", () => {
  it("the same package is the Gemini API in one file and Vertex AI (with its region) in the other", async () => {
    const r = await scan(fixture("genai-two-files"));
    expect(ids(r)).toEqual(["google-gemini", "google-vertex-ai"]);
    // The comment and the docstring in gemini_chat.py / vertex_chat.py and the README are no switch.
    expect(places(r, "google-gemini")).toEqual(["import app/gemini_chat.py:3", "env app/gemini_chat.py:6", "dependency requirements.txt:1"]);
    expect(places(r, "google-vertex-ai")).toEqual(["import app/vertex_chat.py:1 via google-gemini", "import app/vertex_chat.py:3 via google-gemini"]);
    expect(vendor(r, "google-vertex-ai")!.regions).toEqual(["europe-west4"]);
    expect(vendor(r, "google-vertex-ai")!.evidence[1]).toMatchObject({ role: "selector", package: "vertexai" });
    expect(vendor(r, "google-gemini")!.regions).toEqual([]);
  });

  it("a switch read from configuration can take either path: both are reported", async () => {
    const r = await scan(fixture("genai-either"));
    expect(ids(r)).toEqual(["google-gemini", "google-vertex-ai"]);
    expect(vendor(r, "google-vertex-ai")!.regions).toEqual(["us-east4"]);
  });

  it.each([
    ["genai-js", "us-central1", "ai.ts"],
    ["genai-go", "europe-west1", "main.go"],
    ["genai-java", "asia-northeast1", "Vertex.java"],
  ])("%s: the Vertex switch of each language moves the SDK and its manifest entry to Vertex AI", async (name, region, file) => {
    const r = await scan(fixture(name));
    expect(ids(r)).toEqual(["google-vertex-ai"]);
    const vertex = vendor(r, "google-vertex-ai")!;
    expect(vertex.regions).toEqual([region]);
    expect(vertex.evidence.filter((e) => e.role === "selector").map((e) => e.file)).toEqual([file]);
    expect(vertex.evidence.some((e) => e.kind === "dependency" && e.via === "google-gemini")).toBe(true);
  });

  it("GOOGLE_GENAI_USE_VERTEXAI=true in a deployment env file switches the code that does not choose", async () => {
    const r = await scan(fixture("genai-env"));
    expect(ids(r)).toEqual(["google-vertex-ai"]);
    expect(places(r, "google-vertex-ai")).toContain("env deploy/app.env:1 via google-gemini");
  });

  it("GOOGLE_GENAI_USE_VERTEXAI=FALSE stays the Gemini API", async () => {
    const r = await scan(fixture("genai-env-off"));
    expect(ids(r)).toEqual(["google-gemini"]);
  });

  it("a TypeScript field typed boolean is no switch", async () => {
    const text = 'import { GoogleGenAI } from "@google/genai";\ninterface O { vertexai: boolean }\nconst ai = new GoogleGenAI({ apiKey: k });\n';
    const out = await detectFile({ path: "src/a.ts", kind: "js" }, text, catalog());
    expect(out.evidence.map((e) => e.vendor)).toEqual(["google-gemini"]);
  });
});

describe("class 2: flavours chosen by a constructor, call or type, in every language", () => {
  it("Go go-openai: DefaultAzureConfig is Azure OpenAI; a commented-out DefaultConfig is nothing", async () => {
    const r = await scan(fixture("go-openai-azure"));
    expect(ids(r)).toEqual(["azure-openai"]);
    expect(places(r, "azure-openai")).toEqual(["import azure.go:4 via openai", "import azure.go:9 via openai", "dependency go.mod:5 via openai"]);
  });

  it("Go go-openai: a file that builds both configurations reaches both vendors", async () => {
    const r = await scan(fixture("go-openai-mixed"));
    expect(ids(r)).toEqual(["azure-openai", "openai"]);
  });

  it(".NET AzureOpenAIClient: the OpenAI.Chat types it returns are Azure's", async () => {
    const r = await scan(fixture("dotnet-azure"));
    expect(ids(r)).toEqual(["azure-openai"]);
    expect(places(r, "azure-openai")).toContain("import Program.cs:3 via openai");
  });

  it("Java openai-java with the Azure service version is Azure OpenAI", async () => {
    const r = await scan(fixture("java-openai-azure"));
    expect(ids(r)).toEqual(["azure-openai"]);
    expect(places(r, "azure-openai")).toContain("dependency pom.xml:9 via openai");
  });

  it("anthropic-sdk-go with bedrock.WithLoadDefaultConfig is Bedrock", async () => {
    const r = await scan(fixture("anthropic-go-bedrock"));
    expect(ids(r)).toEqual(["aws-bedrock"]);
  });

  it("Semantic Kernel: the registration call names the vendor, not the connector namespace imported for its settings type", async () => {
    const r = await scan(fixture("sk-dotnet"));
    expect(ids(r)).toEqual(["azure-openai", "ollama"]);
    expect(vendor(r, "ollama")!.frameworks).toEqual(["semantic-kernel"]);
    // The commented-out AddOpenAIChatCompletion is no evidence either.
    expect(r.frameworks.find((f) => f.id === "semantic-kernel")!.vendors).toEqual(["azure-openai", "ollama"]);
  });

  it("Kernel Memory: builder extensions name their vendors", async () => {
    const r = await scan(fixture("km-dotnet"));
    expect(ids(r)).toEqual(["anthropic", "azure-openai"]);
    expect(vendor(r, "anthropic")!.frameworks).toEqual(["kernel-memory"]);
  });

  it("a selector name in a file that does not use the SDK is nothing", async () => {
    const text = "package main\n\nfunc DefaultAzureConfig() {}\nvar b = BackendVertexAI\n";
    const out = await detectFile({ path: "x.go", kind: "go" }, text, catalog());
    expect(out.evidence).toEqual([]);
  });
});

describe("class 3: local runtimes by URL, gateways, unknown endpoints", () => {
  it("an OpenAI SDK aimed at Groq is Groq", async () => {
    const r = await scan(fixture("openai-groq"));
    expect(ids(r)).toEqual(["groq"]);
  });

  it("an OpenAI SDK aimed at Ollama's endpoint is Ollama, not OpenAI", async () => {
    const r = await scan(fixture("openai-ollama"));
    expect(ids(r)).toEqual(["ollama"]);
    expect(vendor(r, "ollama")!.evidence.find((e) => e.kind === "host")).toMatchObject({ host: "localhost:11434", role: "base-url" });
  });

  it("an OpenAI SDK aimed at a local LiteLLM proxy is the gateway; its vendors come from the proxy config", async () => {
    const r = await scan(fixture("litellm-proxy"));
    expect(ids(r)).toEqual(["aws-bedrock", "google-vertex-ai"]);
    const litellm = r.frameworks.find((f) => f.id === "litellm")!;
    expect(litellm.evidence.map((e) => `${e.kind} ${e.file}:${e.line}`)).toContain("host client.py:3");
  });

  it("an OpenAI-compatible URL the catalog does not know is an unknown endpoint, never OpenAI", async () => {
    const r = await scan(fixture("unknown-endpoint"));
    expect(ids(r)).toEqual([]);
    expect(r.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining("unknown endpoint llm-gateway.acme.dev")]);
  });

  it("code calling <runtime url>/api/chat, or an LM Studio or vLLM endpoint, is that runtime", async () => {
    expect(ids(await scan(fixture("ollama-fetch")))).toEqual(["ollama"]);
    expect(ids(await scan(fixture("lmstudio")))).toEqual(["lm-studio"]);
    expect(ids(await scan(fixture("vllm")))).toEqual(["vllm"]);
  });

  it("traps: ports in unrelated code, a URL in a README, docs or a comment, another REST API on :8000", async () => {
    const r = await scan(fixture("local-traps"));
    expect(ids(r)).toEqual([]);
    expect(r.frameworks).toEqual([]);
  });
});

describe("class 7: a template is weaker than code", () => {
  it("a stale template next to real code: the code's vendor is high, the template-only one low", async () => {
    const r = await scan(fixture("template-stale"));
    expect(r.vendors.map((v) => `${v.id} ${v.confidence}`)).toEqual(["mistral low", "openai high"]);
  });

  it("a template alone gives a low-confidence vendor", async () => {
    const r = await scan(fixture("template-alone"));
    expect(r.vendors.map((v) => `${v.id} ${v.confidence}`)).toEqual(["anthropic low"]);
  });

  it("knows template names from real config names", () => {
    for (const p of [".env.example", "api/.env.template", "env.sample", ".env.local.example", "example.env", "config.example.yaml", "docker-compose.sample.yml", ".env.dist"]) {
      expect([p, isTemplatePath(p)]).toEqual([p, true]);
    }
    for (const p of [".env", ".env.production", "examples/app.py", "sample_app.py", "application-default.yml", "templates/index.html", "config.yaml", "src/template.ts"]) {
      expect([p, isTemplatePath(p)]).toEqual([p, false]);
    }
  });
});

describe("class 7: low confidence never blocks by default, and every output says so", () => {
  const inventories = fixture("inventories");

  it("an undeclared template-only vendor is reported, not blocking; policy.block-low-confidence makes it block", async () => {
    const soft = await scan(fixture("template-stale"), { inventory: join(inventories, "declares-openai.yml") });
    expect(soft.findings.map((f) => `${f.rule} ${f.vendor} ${f.blocking}`)).toEqual(["undeclared-vendor mistral false"]);
    const hard = await scan(fixture("template-stale"), { inventory: join(inventories, "block-low-confidence.yml") });
    expect(hard.findings.map((f) => `${f.rule} ${f.vendor} ${f.blocking}`)).toEqual(["undeclared-vendor mistral true"]);
  });

  it("the inventory key must be a boolean (error with file:line:column)", async () => {
    await expect(scan(fixture("template-stale"), { inventory: join(inventories, "bad-block-low-confidence.yml") })).rejects.toThrow(/bad-block-low-confidence\.yml:3:\d+/);
  });

  it("text, markdown, SARIF and JSON show the vendor as low confidence", async () => {
    const r = await scan(fixture("template-stale"), { inventory: join(inventories, "declares-openai.yml") });
    const label = "low confidence: only in env templates";
    expect(toText(r)).toContain(`Mistral AI [mistral] — undeclared · ${label}`);
    expect(toText(r)).toMatch(new RegExp(`undeclared-vendor .*\\(${label}\\) \\(not blocking\\)`));
    expect(toMarkdown(r)).toContain(label);
    const sarif = JSON.parse(toSarif(r)) as { runs: { results: { message: { text: string }; properties: Record<string, unknown> }[] }[] };
    expect(sarif.runs[0]!.results[0]!.message.text).toContain(`(${label})`);
    expect(sarif.runs[0]!.results[0]!.properties).toMatchObject({ confidence: "low", blocking: false });
    const json = JSON.parse(toJson(r)) as { vendors: { id: string; confidence: string }[] };
    expect(json.vendors.map((v) => `${v.id} ${v.confidence}`)).toEqual(["mistral low", "openai high"]);
  });
});
