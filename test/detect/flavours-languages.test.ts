import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { detectFile } from "../../src/detect/index.js";
import { scan } from "../../src/scan/scan.js";
import type { ScanReport } from "../../src/types.js";

// Issue 14 classes 1–3 in the languages the first round left out: Firebase AI Logic's
// backend objects (Dart, Kotlin, Swift, JS), Elixir LangChain's Bedrock config, the
// ruby-openai Azure api_type, java-genai's older setter, and web clients built with
// a base URL on a runtime's common port.

const fixture = (name: string) => join(import.meta.dirname, "..", "..", "fixtures", "flavours", name);
const ids = (r: ScanReport) => r.vendors.map((v) => v.id);
const vendor = (r: ScanReport, id: string) => r.vendors.find((v) => v.id === id);
const files = (r: ScanReport, id: string) => [...new Set(vendor(r, id)?.evidence.map((e) => e.file) ?? [])];

describe("Firebase AI Logic: the backend object picks the Gemini API or Vertex AI", () => {
  it("Dart: FirebaseAI.vertexAI() in one file is Vertex AI with its location; googleAI() and a comment in the other stay Gemini", async () => {
    const r = await scan(fixture("firebase-dart"));
    expect(ids(r)).toEqual(["google-gemini", "google-vertex-ai"]);
    expect(files(r, "google-vertex-ai")).toEqual(["lib/vertex.dart"]);
    expect(files(r, "google-gemini")).toEqual(["lib/summary.dart", "pubspec.yaml"]);
    expect(vendor(r, "google-vertex-ai")!.regions).toEqual(["europe-west1"]);
  });

  it("Kotlin: GenerativeBackend.vertexAI(location = …) moves the SDK and its Gradle entry to Vertex AI", async () => {
    const r = await scan(fixture("firebase-kotlin"));
    expect(ids(r)).toEqual(["google-vertex-ai"]);
    expect(vendor(r, "google-vertex-ai")!.regions).toEqual(["asia-northeast1"]);
    expect(vendor(r, "google-vertex-ai")!.evidence.some((e) => e.kind === "dependency" && e.via === "google-gemini")).toBe(true);
  });

  it("Swift: .vertexAI() and .googleAI() chosen at run time reach both", async () => {
    const r = await scan(fixture("firebase-swift"));
    expect(ids(r)).toEqual(["google-gemini", "google-vertex-ai"]);
    expect(vendor(r, "google-vertex-ai")!.regions).toEqual(["us-central1"]);
  });

  it("JavaScript: new VertexAIBackend() from firebase/ai is Vertex AI", async () => {
    expect(ids(await scan(fixture("firebase-js")))).toEqual(["google-vertex-ai"]);
  });
});

describe("switches with a value, in Elixir, Ruby and Java", () => {
  it("Elixir LangChain: ChatAnthropic with bedrock: a config reaches Bedrock and Anthropic; a comment or a label map is nothing", async () => {
    const r = await scan(fixture("elixir-bedrock"));
    expect(ids(r)).toEqual(["anthropic", "aws-bedrock"]);
    expect(vendor(r, "aws-bedrock")!.evidence.map((e) => `${e.file}:${e.line}`)).toEqual(["lib/app/models.ex:7"]);
  });

  it("the Elixir-only bedrock: switch is a provider-options key in JavaScript, not Bedrock", async () => {
    const text = 'import { anthropic } from "@ai-sdk/anthropic";\nconst bedrock = makeClient();\nexport const opts = { providerOptions: { bedrock: { reasoning: true }, anthropic: {} }, bedrock };\n';
    const out = await detectFile({ path: "opts.ts", kind: "js" }, text, loadCatalog());
    expect(out.evidence.map((e) => e.vendor)).not.toContain("aws-bedrock");
    expect(out.evidence.map((e) => e.vendor)).toContain("anthropic");
  });

  it("a type or call that selects Azure in one language selects nothing in another: a JS alias named like .NET's AzureOpenAIClient, a Go-style DefaultAzureConfig helper", async () => {
    const text =
      'import { OpenAI as AzureOpenAIClient } from "openai";\n' +
      "function DefaultAzureConfig() { return { baseURL: process.env.BASE }; }\n" +
      "export const client = new AzureOpenAIClient(DefaultAzureConfig());\n";
    const out = await detectFile({ path: "client.ts", kind: "js" }, text, loadCatalog());
    expect([...new Set(out.evidence.map((e) => e.vendor))]).toEqual(["openai"]);
    // The same names in their own languages still select Azure.
    const cs = await detectFile({ path: "Program.cs", kind: "csharp" }, 'using Azure.AI.OpenAI;\nvar client = new AzureOpenAIClient(new Uri(endpoint), credential);\n', loadCatalog());
    expect(cs.evidence.map((e) => e.vendor)).toContain("azure-openai");
  });

  it("ruby-openai: api_type: :azure is Azure OpenAI; api_type \"openai\" and a comment stay OpenAI", async () => {
    const r = await scan(fixture("ruby-azure"));
    expect(ids(r)).toEqual(["azure-openai", "openai"]);
    expect(files(r, "azure-openai")).toEqual(["lib/azure_client.rb"]);
    expect(files(r, "openai")).toEqual(["Gemfile", "lib/plain_client.rb"]);
  });

  it("java-genai: setVertexAI(true) is Vertex AI, with the setLocation region; vertexAI(false) and setVertexAI(false) stay Gemini", async () => {
    const r = await scan(fixture("java-genai-setter"));
    expect(ids(r)).toEqual(["google-gemini", "google-vertex-ai"]);
    expect(files(r, "google-vertex-ai")).toEqual(["Report.java"]);
    expect(files(r, "google-gemini")).toEqual(["Gemini.java", "pom.xml"]);
    expect(vendor(r, "google-vertex-ai")!.regions).toEqual(["europe-west9"]);
  });
});

describe("a base URL on a common port is a runtime only beside an AI SDK", () => {
  it("Spring WebClient and axios on :8080, :8000, :3000 are no TGI or vLLM", async () => {
    const r = await scan(fixture("local-web-clients"));
    expect(ids(r)).toEqual([]);
    expect(r.frameworks).toEqual([]);
  });
});
