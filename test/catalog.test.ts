import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog, readCatalogSource } from "../src/catalog/load.js";
import { packageRoot } from "../src/package-root.js";

const rules = join(packageRoot(), "rules");

describe("catalog", () => {
  it("every rules file validates against the schema and compiles", () => {
    const source = readCatalogSource(rules);
    expect(source.vendors.length).toBeGreaterThan(0);
    expect(() => loadCatalog(rules)).not.toThrow();
  });

  it("every entry names its sources", () => {
    const source = readCatalogSource(rules);
    for (const entry of [...source.vendors, ...source.frameworks, ...(source.tools ?? [])]) expect(entry.sources.length, entry.id).toBeGreaterThan(0);
  });

  it("tools: the ids the issue names, each with its receiving vendor or bring-your-own-model", () => {
    const source = readCatalogSource(rules);
    const tools = new Map((source.tools ?? []).map((t) => [t.id, t]));
    expect([...tools.keys()].sort()).toEqual(
      ["aider", "amazon-q-developer", "claude-code", "cline", "coderabbit", "continue", "cursor", "gemini-cli", "github-copilot", "openai-codex", "windsurf"],
    );
    const vendorOf = (id: string) => tools.get(id)!.vendor ?? (tools.get(id)!["bring-your-own-model"] ? "byom" : undefined);
    expect(Object.fromEntries([...tools.keys()].map((id) => [id, vendorOf(id)]))).toEqual({
      aider: "byom", "amazon-q-developer": "aws-bedrock", "claude-code": "anthropic", cline: "byom", coderabbit: "coderabbit", continue: "byom",
      cursor: "cursor", "gemini-cli": "google-gemini", "github-copilot": "github-copilot", "openai-codex": "openai", windsurf: "windsurf",
    });
    for (const id of ["cursor", "github-copilot", "windsurf", "coderabbit"]) expect(source.vendors.find((v) => v.id === id)?.category, id).toBe("ai-dev-tool");
  });

  it("tools: config paths match by path, never look-alikes", () => {
    const c = loadCatalog(rules).tools;
    const owner = (p: string) => c.matchPath(p).map((m) => m.tool + (m.mcp ? "+mcp" : ""));
    expect(owner("CLAUDE.md")).toEqual(["claude-code"]);
    expect(owner("services/api/CLAUDE.md")).toEqual(["claude-code"]);
    expect(owner(".claude/commands/review.md")).toEqual(["claude-code"]);
    expect(owner(".mcp.json")).toEqual(["claude-code+mcp"]);
    expect(owner(".cursor/mcp.json")).toEqual(["cursor+mcp"]);
    expect(owner(".vscode/mcp.json")).toEqual(["github-copilot+mcp"]);
    expect(owner(".github/instructions/ts.instructions.md")).toEqual(["github-copilot"]);
    for (const p of ["claude/notes.md", "docs/cursor.md", "README.md", "src/claude.ts", ".vscode/settings.json", "lib/.github/copilot-instructions.md", "CLAUDE.md.bak"]) {
      expect(owner(p), p).toEqual([]);
    }
  });

  it("tools: commit signals are trailers, bot authors and unquoted message lines", () => {
    const c = loadCatalog(rules).tools;
    const none = { coAuthors: [], people: [], lines: [] };
    expect(c.matchCommit({ ...none, coAuthors: [{ name: "Claude Opus 4.6", email: "noreply@anthropic.com" }] })).toEqual(["claude-code"]);
    expect(c.matchCommit({ ...none, coAuthors: [{ name: "Copilot", email: "198982749+Copilot@users.noreply.github.com" }] })).toEqual(["github-copilot"]);
    expect(c.matchCommit({ ...none, people: [{ name: "Ada (aider)", email: "ada@example.com" }] })).toEqual(["aider"]);
    expect(c.matchCommit({ ...none, lines: ["🤖 Generated with [Claude Code](https://claude.com/claude-code)"] })).toEqual(["claude-code"]);
    expect(c.matchCommit({ ...none, lines: ["> 🤖 Generated with [Claude Code](https://claude.com/claude-code)", "Drop the Generated with [Claude Code] footer"] })).toEqual([]);
    expect(c.matchCommit({ ...none, coAuthors: [{ name: "Claudette Smith", email: "claudette@example.com" }] })).toEqual([]);
  });

  it("no package, env name or host belongs to two vendors", () => {
    const source = readCatalogSource(rules);
    const seen = new Map<string, string>();
    for (const v of source.vendors) {
      const keys = [
        ...Object.entries(v.packages ?? {}).flatMap(([eco, list]) => list.map((p) => `${eco}:${typeof p === "string" ? p : p.name}`)),
        ...(v.env ?? []).map((e) => `env:${e}`),
        ...(v.hosts ?? []).map((h) => `host:${typeof h === "string" ? h : h.host + (h.path ?? "")}`),
      ];
      for (const k of keys) {
        // A package may legitimately serve two vendors only when versions split it.
        const owner = seen.get(k);
        expect(owner === undefined || owner === v.id, `${k} in ${owner} and ${v.id}`).toBe(true);
        seen.set(k, v.id);
      }
    }
  });

  it("resolves packages, imports, hosts and env names", () => {
    const c = loadCatalog(rules);
    expect(c.lookupPackage("npm", "openai").map((t) => t.vendor)).toEqual(["openai"]);
    expect(c.lookupPackage("npm", "openapi")).toEqual([]);
    expect(c.lookupImport("js", "openai/resources/chat").map((t) => t.vendor)).toEqual(["openai"]);
    expect(c.lookupImport("python", "openai.types").map((t) => t.vendor)).toEqual(["openai"]);
    expect(c.lookupPackage("go", "github.com/openai/openai-go/v3/option").map((t) => t.vendor)).toEqual(["openai"]);
    expect(c.lookupPackage("go", "github.com/openai/openai-gopher")).toEqual([]);
    expect(c.matchHost("eu.api.openai.com")).toMatchObject({ vendor: "openai", region: "eu" });
    expect(c.matchHost("api.openai.com.evil.example")).toBeUndefined();
    expect(c.lookupEnv("OPENAI_API_KEY")).toBe("openai");
    expect(c.matchesModel("openai", "gpt-4o-mini")).toBe(true);
    expect(c.matchesModel("openai", "claude-3-haiku")).toBe(false);
  });
});

describe("catalog: more vendors", () => {
  const c = loadCatalog(rules);
  const vendorsOf = (t: { vendor?: string }[]) => t.map((x) => x.vendor);

  it("maps SDK packages whose import root differs from the package name", () => {
    expect(vendorsOf(c.lookupPackage("pypi", "perplexityai"))).toEqual(["perplexity"]);
    expect(vendorsOf(c.lookupImport("python", "perplexity.types"))).toEqual(["perplexity"]);
    expect(vendorsOf(c.lookupImport("python", "xai_sdk.chat"))).toEqual(["xai"]);
    expect(vendorsOf(c.lookupImport("python", "deepgram"))).toEqual(["deepgram"]);
    expect(vendorsOf(c.lookupImport("python", "fireworks.client"))).toEqual(["fireworks"]);
    // Legacy PyPI name of the Pinecone SDK, with PEP 503 normalisation.
    expect(vendorsOf(c.lookupPackage("pypi", "Pinecone_Client"))).toEqual(["pinecone"]);
    // Both PyPI names import `pinecone`: every target is Pinecone.
    expect(new Set(vendorsOf(c.lookupImport("python", "pinecone.grpc")))).toEqual(new Set(["pinecone"]));
    expect(vendorsOf(c.lookupPackage("go", "github.com/pinecone-io/go-pinecone/v3/pinecone"))).toEqual(["pinecone"]);
    expect(vendorsOf(c.lookupPackage("go", "github.com/ollama/ollama/api"))).toEqual(["ollama"]);
    expect(vendorsOf(c.lookupImport("js", "@elevenlabs/elevenlabs-js/api"))).toEqual(["elevenlabs"]);
  });

  it("does not claim look-alike packages", () => {
    // PyPI `jina` is Jina's self-hosted serving framework, not the Jina AI API.
    expect(c.lookupPackage("pypi", "jina")).toEqual([]);
    expect(c.lookupPackage("pypi", "perplexity")).toEqual([]);
    expect(c.lookupPackage("pypi", "xai")).toEqual([]);
    expect(c.lookupPackage("npm", "fireworks-ai")).toEqual([]);
    expect(c.lookupPackage("go", "github.com/ollama/ollama-gopher")).toEqual([]);
  });

  it("matches vendor hosts and data-residency regions", () => {
    expect(c.matchHost("api.x.ai")).toMatchObject({ vendor: "xai" });
    expect(c.matchHost("openrouter.ai", "/api/v1/chat/completions")).toMatchObject({ vendor: "openrouter" });
    expect(c.matchHost("openrouter.ai", "/models")).toBeUndefined();
    expect(c.matchHost("api.eu.residency.elevenlabs.io")).toMatchObject({ vendor: "elevenlabs", region: "eu" });
    expect(c.matchHost("api.us.elevenlabs.io")).toMatchObject({ vendor: "elevenlabs", region: "us" });
    expect(c.matchHost("api.eu.assemblyai.com")).toMatchObject({ vendor: "assemblyai", region: "eu" });
    expect(c.matchHost("my-index-abc123.svc.aped-4627-b74a.pinecone.io")).toMatchObject({ vendor: "pinecone" });
    expect(c.matchHost("controller.us-west1-gcp.pinecone.io")).toMatchObject({ vendor: "pinecone", region: "us-west1-gcp" });
    expect(c.matchHost("docs.pinecone.io")).toBeUndefined();
    // Ollama's cloud API is evidence; its download and library pages are not.
    expect(c.matchHost("ollama.com", "/api/web_search")).toMatchObject({ vendor: "ollama" });
    expect(c.matchHost("ollama.com", "/download")).toBeUndefined();
    expect(c.matchHost("ai.mongodb.com", "/v1/embeddings")).toMatchObject({ vendor: "voyage" });
  });

  it("resolves vendor-specific env names", () => {
    expect(c.lookupEnv("XAI_API_KEY")).toBe("xai");
    expect(c.lookupEnv("DEEPGRAM_TOKEN")).toBe("deepgram");
    expect(c.lookupEnv("STABILITY_KEY")).toBe("stability");
    expect(c.lookupEnv("OLLAMA_HOST")).toBe("ollama");
    expect(c.lookupEnv("PINECONE_ENVIRONMENT")).toBe("pinecone");
  });

  it("key rules match verified formats and carry their keywords", () => {
    const rule = (id: string) => {
      const r = c.keyRules.find((k) => k.id === id);
      expect(r, id).toBeDefined();
      return r!;
    };
    const test = (id: string, s: string) => {
      const r = rule(id);
      r.regex.lastIndex = 0;
      const hit = r.regex.test(s);
      if (hit) expect(r.keywords.some((k) => s.toLowerCase().includes(k)), id).toBe(true);
      return hit;
    };
    expect(test("xai-api-key", `xai-${"a1_B".repeat(20)}`)).toBe(true);
    expect(test("xai-api-key", `xai-${"a".repeat(79)}`)).toBe(false);
    expect(test("openrouter-api-key", `sk-or-v1-${"0f".repeat(32)}`)).toBe(true);
    expect(test("openrouter-api-key", `sk-or-v1-${"0F".repeat(32)}`)).toBe(false);
    expect(test("perplexity-api-key", `pplx-${"aZ9".repeat(16)}`)).toBe(true);
    expect(test("pinecone-api-key", `pcsk_abc12_${"Q".repeat(63)}`)).toBe(true);
    expect(test("elevenlabs-api-key", `sk_${"ab12".repeat(12)}`)).toBe(true);
    // A bare "sk_" + hex string is only ElevenLabs with context nearby.
    expect(rule("elevenlabs-api-key").context).toContain("elevenlabs");
  });
  it("extra vendors: observability, gateways and media APIs", () => {
    expect(vendorsOf(c.lookupImport("python", "cerebras.cloud.sdk"))).toEqual(["cerebras"]);
    expect(vendorsOf(c.lookupPackage("npm", "@langfuse/tracing"))).toEqual(["langfuse"]);
    expect(vendorsOf(c.lookupPackage("pypi", "portkey_ai"))).toEqual(["portkey"]);
    expect(vendorsOf(c.lookupImport("python", "fal_client"))).toEqual(["fal"]);
    // npm `cartesia` is a placeholder package, not Cartesia's SDK.
    expect(c.lookupPackage("npm", "cartesia")).toEqual([]);
    expect(c.matchHost("eu.api.smith.langchain.com")).toMatchObject({ vendor: "langsmith", region: "eu" });
    expect(c.matchHost("us.cloud.langfuse.com")).toMatchObject({ vendor: "langfuse", region: "us" });
    expect(c.matchHost("queue.fal.run")).toMatchObject({ vendor: "fal" });
    expect(c.lookupEnv("LANGCHAIN_API_KEY")).toBe("langsmith");
    expect(c.lookupEnv("RUNWAYML_API_SECRET")).toBe("runway");
    const ls = c.keyRules.find((k) => k.id === "langsmith-api-key")!;
    expect(ls.regex.test(`lsv2_pt_${"a".repeat(32)}_${"b".repeat(10)}`)).toBe(true);
  });
});

describe("catalog: cloud platforms and core LLM vendors", () => {
  const c = loadCatalog(rules);
  const vendors = (t: { vendor?: string }[]) => [...new Set(t.map((x) => x.vendor))];
  const keyRule = (id: string) => {
    const r = c.keyRules.find((k) => k.id === id);
    expect(r, id).toBeDefined();
    return r!;
  };
  const keyMatches = (id: string, s: string) => {
    const r = keyRule(id);
    r.regex.lastIndex = 0;
    const hit = r.regex.test(s);
    r.regex.lastIndex = 0;
    return hit;
  };

  it("Google: the Gen AI SDK is Gemini, the Vertex SDKs and hosts are Vertex", () => {
    expect(vendors(c.lookupPackage("pypi", "google-genai"))).toEqual(["google-gemini"]);
    expect(vendors(c.lookupImport("python", "google.genai.types"))).toEqual(["google-gemini"]);
    expect(vendors(c.lookupImport("python", "google.generativeai"))).toEqual(["google-gemini"]);
    expect(vendors(c.lookupImport("js", "@google/genai"))).toEqual(["google-gemini"]);
    expect(vendors(c.lookupPackage("go", "google.golang.org/genai"))).toEqual(["google-gemini"]);
    expect(vendors(c.lookupImport("python", "google.cloud.aiplatform"))).toEqual(["google-vertex-ai"]);
    expect(vendors(c.lookupImport("python", "google.cloud.aiplatform_v1.types"))).toEqual(["google-vertex-ai"]);
    expect(vendors(c.lookupImport("python", "vertexai.generative_models"))).toEqual(["google-vertex-ai"]);
    // Other google.cloud libraries are not Vertex.
    expect(c.lookupImport("python", "google.cloud.storage")).toEqual([]);
    expect(vendors(c.lookupPackage("go", "cloud.google.com/go/vertexai/genai"))).toEqual(["google-vertex-ai"]);
    expect(vendors(c.lookupImport("java", "com.google.cloud.vertexai.generativeai.GenerativeModel"))).toEqual(["google-vertex-ai"]);
    expect(vendors(c.lookupPackage("nuget", "Google.Cloud.AIPlatform.V1"))).toEqual(["google-vertex-ai"]);
    expect(c.matchHost("europe-west4-aiplatform.googleapis.com")).toMatchObject({ vendor: "google-vertex-ai", region: "europe-west4" });
    expect(c.matchHost("aiplatform.eu.rep.googleapis.com")).toMatchObject({ vendor: "google-vertex-ai", region: "eu" });
    expect(c.matchHost("aiplatform.googleapis.com")).toMatchObject({ vendor: "google-vertex-ai" });
    expect(c.matchHost("aiplatform.googleapis.com")?.region).toBeUndefined();
    expect(c.matchHost("generativelanguage.googleapis.com")).toMatchObject({ vendor: "google-gemini" });
    expect(c.matchHost("storage.googleapis.com")).toBeUndefined();
    expect(c.lookupEnv("GEMINI_API_KEY")).toBe("google-gemini");
    expect(c.lookupEnv("GOOGLE_API_KEY")).toBeUndefined();
    expect(c.lookupEnv("GOOGLE_CLOUD_PROJECT")).toBeUndefined();
    // AIza keys belong to every Google API: only with other Gemini evidence in the file.
    expect(keyRule("google-api-key").requiresVendorEvidence).toBe(true);
    expect(keyRule("google-api-key").vendor).toBe("google-gemini");
  });

  it("AWS Bedrock: service packages, monolith SDKs gated by a client literal, hosts with regions", () => {
    for (const name of ["@aws-sdk/client-bedrock-runtime", "@aws-sdk/client-bedrock", "@aws-sdk/client-bedrock-agent-runtime"]) {
      expect(vendors(c.lookupPackage("npm", name)), name).toEqual(["aws-bedrock"]);
    }
    expect(c.lookupPackage("npm", "@aws-sdk/client-s3")).toEqual([]);
    const boto3 = c.lookupPackage("pypi", "boto3");
    expect(vendors(boto3)).toEqual(["aws-bedrock"]);
    expect(boto3[0]!.requiresLiteral).toEqual(expect.arrayContaining(["bedrock-runtime", "bedrock-agent-runtime"]));
    expect(vendors(c.lookupPackage("go", "github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"))).toEqual(["aws-bedrock"]);
    expect(c.lookupPackage("go", "github.com/aws/aws-sdk-go-v2/service/s3")).toEqual([]);
    expect(vendors(c.lookupPackage("maven", "software.amazon.awssdk:bedrockruntime"))).toEqual(["aws-bedrock"]);
    expect(vendors(c.lookupPackage("nuget", "AWSSDK.BedrockRuntime"))).toEqual(["aws-bedrock"]);
    expect(vendors(c.lookupPackage("cargo", "aws-sdk-bedrockruntime"))).toEqual(["aws-bedrock"]);
    expect(vendors(c.lookupImport("java", "software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient"))).toEqual(["aws-bedrock"]);
    expect(c.lookupImport("java", "software.amazon.awssdk.services.s3.S3Client")).toEqual([]);
    expect(vendors(c.lookupImport("php", "Aws\\BedrockRuntime\\BedrockRuntimeClient"))).toEqual(["aws-bedrock"]);
    expect(c.matchHost("bedrock-runtime.eu-west-1.amazonaws.com")).toMatchObject({ vendor: "aws-bedrock", region: "eu-west-1" });
    expect(c.matchHost("bedrock-runtime-fips.us-gov-west-1.amazonaws.com")).toMatchObject({ vendor: "aws-bedrock", region: "us-gov-west-1" });
    expect(c.matchHost("bedrock-mantle.us-east-1.api.aws")).toMatchObject({ vendor: "aws-bedrock", region: "us-east-1" });
    expect(c.matchHost("vpce-0abc123-xyz.bedrock-runtime.eu-central-1.vpce.amazonaws.com")).toMatchObject({ vendor: "aws-bedrock", region: "eu-central-1" });
    expect(c.matchHost("s3.eu-west-1.amazonaws.com")).toBeUndefined();
    expect(c.lookupEnv("AWS_BEARER_TOKEN_BEDROCK")).toBe("aws-bedrock");
    expect(c.lookupEnv("AWS_REGION")).toBeUndefined();
    expect(c.lookupEnv("AWS_ACCESS_KEY_ID")).toBeUndefined();
    expect(c.matchesModel("aws-bedrock", "us.anthropic.claude-3-5-sonnet-20241022-v2:0")).toBe(true);
    expect(c.matchesModel("aws-bedrock", "amazon.nova-pro-v1:0")).toBe(true);
    expect(c.matchesModel("aws-bedrock", "gpt-4o")).toBe(false);
    expect(keyMatches("aws-bedrock-api-key-long-lived", `ABSKQmVkcm9ja0FQSUtleS1${"aB3".repeat(40)}=`)).toBe(true);
    expect(keyMatches("aws-bedrock-api-key-short-lived", `bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG0`)).toBe(true);
    // A format description in docs is not a key.
    expect(keyMatches("aws-bedrock-api-key-short-lived", "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t...")).toBe(false);
    // AWS access keys are AWS credentials, not AI keys.
    expect(c.keyRules.some((k) => k.regex.source.includes("AKIA"))).toBe(false);
  });

  it("Azure OpenAI: its own packages and hosts; the openai SDK stays OpenAI", () => {
    expect(vendors(c.lookupPackage("npm", "openai"))).toEqual(["openai"]);
    expect(vendors(c.lookupPackage("npm", "@azure/openai"))).toEqual(["azure-openai"]);
    expect(vendors(c.lookupPackage("nuget", "Azure.AI.OpenAI"))).toEqual(["azure-openai"]);
    expect(vendors(c.lookupPackage("maven", "com.azure:azure-ai-openai"))).toEqual(["azure-openai"]);
    expect(vendors(c.lookupPackage("go", "github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"))).toEqual(["azure-openai"]);
    expect(vendors(c.lookupImport("python", "azure.ai.inference.models"))).toEqual(["azure-openai"]);
    expect(c.matchHost("myres.openai.azure.com")).toMatchObject({ vendor: "azure-openai" });
    expect(c.matchHost("myres.cognitiveservices.azure.com", "/openai/deployments/gpt-4o/chat/completions")).toMatchObject({ vendor: "azure-openai" });
    // Other Cognitive Services (speech, vision) on the same host family are not Azure OpenAI.
    expect(c.matchHost("myres.cognitiveservices.azure.com", "/speechtotext/v3.1")).toBeUndefined();
    expect(c.matchHost("myres.services.ai.azure.com")).toMatchObject({ vendor: "azure-openai" });
    expect(c.matchHost("a.b.openai.azure.com")).toBeUndefined();
    expect(c.lookupEnv("AZURE_OPENAI_ENDPOINT")).toBe("azure-openai");
    const az = keyRule("azure-openai-api-key");
    expect(az.context.length).toBeGreaterThan(0);
    expect(keyMatches("azure-openai-api-key", "0123456789abcdef0123456789abcdef")).toBe(true);
    expect(keyMatches("azure-openai-api-key", "0123456789abcdef0123456789abcdef0")).toBe(false);
  });

  it("Anthropic: every SDK flavour, cloud hosts left to the clouds", () => {
    for (const name of ["@anthropic-ai/sdk", "@anthropic-ai/bedrock-sdk", "@anthropic-ai/vertex-sdk", "@anthropic-ai/foundry-sdk"]) {
      expect(vendors(c.lookupPackage("npm", name)), name).toEqual(["anthropic"]);
    }
    // A local tokenizer sends nothing to Anthropic.
    expect(c.lookupPackage("npm", "@anthropic-ai/tokenizer")).toEqual([]);
    expect(vendors(c.lookupImport("python", "anthropic.lib.bedrock"))).toEqual(["anthropic"]);
    expect(vendors(c.lookupPackage("go", "github.com/anthropics/anthropic-sdk-go/option"))).toEqual(["anthropic"]);
    expect(vendors(c.lookupPackage("maven", "com.anthropic:anthropic-java"))).toEqual(["anthropic"]);
    expect(vendors(c.lookupPackage("composer", "anthropic-ai/sdk"))).toEqual(["anthropic"]);
    // NuGet `Anthropic` is the official SDK from v10; 3.x was the tryAGI community
    // SDK (now tryAGI.Anthropic), which calls the same API: both are Anthropic.
    expect(vendors(c.lookupPackage("nuget", "Anthropic", "10.0.0"))).toEqual(["anthropic"]);
    expect(vendors(c.lookupPackage("nuget", "Anthropic", "3.2.0"))).toEqual(["anthropic"]);
    expect(vendors(c.lookupPackage("nuget", "tryAGI.Anthropic"))).toEqual(["anthropic"]);
    expect(c.matchHost("api.anthropic.com")).toMatchObject({ vendor: "anthropic" });
    expect(c.matchHost("aws-external-anthropic.us-west-2.api.aws")).toMatchObject({ vendor: "anthropic", region: "us-west-2" });
    expect(c.lookupEnv("ANTHROPIC_API_KEY")).toBe("anthropic");
    expect(c.lookupEnv("ANTHROPIC_VERTEX_PROJECT_ID")).toBe("google-vertex-ai");
    expect(c.lookupEnv("ANTHROPIC_BEDROCK_BASE_URL")).toBe("aws-bedrock");
    const key = `sk-ant-api03-${"Ab9_-".repeat(18)}xyz` + "AA";
    expect(keyMatches("anthropic-api-key", key)).toBe(true);
    expect(keyMatches("anthropic-api-key", key + "x")).toBe(false);
    expect(c.matchesModel("anthropic", "claude-sonnet-4-5")).toBe(true);
  });

  it("Hugging Face: hosted-API packages only, not local runtimes", () => {
    expect(vendors(c.lookupPackage("pypi", "huggingface-hub"))).toEqual(["huggingface"]);
    expect(vendors(c.lookupImport("python", "huggingface_hub.inference"))).toEqual(["huggingface"]);
    expect(vendors(c.lookupPackage("npm", "@huggingface/inference"))).toEqual(["huggingface"]);
    for (const local of ["transformers", "sentence-transformers", "diffusers", "tokenizers"]) {
      expect(c.lookupPackage("pypi", local), local).toEqual([]);
    }
    expect(c.lookupPackage("npm", "@huggingface/transformers")).toEqual([]);
    expect(c.matchHost("router.huggingface.co")).toMatchObject({ vendor: "huggingface" });
    expect(c.matchHost("abc123xyz.us-east-1.aws.endpoints.huggingface.cloud")).toMatchObject({ vendor: "huggingface", region: "us-east-1" });
    expect(keyMatches("huggingface-access-token", `hf_${"AbCdEfGhIj".repeat(3)}KLmn`)).toBe(true);
  });

  it("other LLM APIs: packages, hosts and prefixed keys", () => {
    expect(vendors(c.lookupPackage("npm", "cohere-ai"))).toEqual(["cohere"]);
    expect(vendors(c.lookupPackage("go", "github.com/cohere-ai/cohere-go/v2/client"))).toEqual(["cohere"]);
    expect(vendors(c.lookupPackage("pypi", "mistralai"))).toEqual(["mistral"]);
    expect(vendors(c.lookupPackage("npm", "groq-sdk"))).toEqual(["groq"]);
    expect(vendors(c.lookupPackage("npm", "together-ai"))).toEqual(["together"]);
    expect(vendors(c.lookupPackage("pypi", "replicate"))).toEqual(["replicate"]);
    expect(c.lookupEnv("CO_API_KEY")).toBe("cohere");
    expect(c.lookupEnv("DEEPSEEK_API_KEY")).toBe("deepseek");
    expect(c.matchHost("api.deepseek.com")).toMatchObject({ vendor: "deepseek" });
    expect(c.matchHost("api.groq.com", "/openai/v1/chat/completions")).toMatchObject({ vendor: "groq" });
    expect(c.matchHost("api.mistral.ai")).toMatchObject({ vendor: "mistral", region: "eu" });
    expect(keyMatches("groq-api-key", `gsk_${"aB3dE".repeat(10)}xY`)).toBe(true);
    expect(keyMatches("replicate-api-token", `r8_${"aB3_-".repeat(7)}xy`)).toBe(true);
    expect(keyMatches("together-api-key", "tgp_v1_E6rowesnnX_2LG_9uBiSAB22qG7GvgM6mAMbgFv_cns")).toBe(true);
  });

  it("prefix-less key formats need a gating keyword and context", () => {
    for (const id of ["cohere-api-key", "mistral-api-key", "deepseek-api-key", "azure-openai-api-key"]) {
      const r = keyRule(id);
      expect(r.keywords.length, id).toBeGreaterThan(0);
      expect(r.context.length, id).toBeGreaterThan(0);
    }
    // A git SHA (40 lowercase hex) is not a Cohere key, a mixed-case token is.
    expect(keyMatches("cohere-api-key", "3f786850e387550fdab836ed7e6dc881de23001b")).toBe(false);
    expect(keyMatches("cohere-api-key", "l9AiVVhqFsgfSCTtwKXdlLFM41HtmQzSKa5gfCC6")).toBe(true);
    expect(keyMatches("deepseek-api-key", `sk-${"0123456789abcdef".repeat(2)}`)).toBe(true);
    expect(keyRule("deepseek-api-key").context).toContain("deepseek");
  });

  it("every key rule's keyword is a literal that a prefixed match contains", () => {
    const prefixed: Record<string, string> = {
      "anthropic-api-key": "sk-ant-api03",
      "anthropic-admin-api-key": "sk-ant-admin01",
      "huggingface-access-token": "hf_",
      "huggingface-organization-api-token": "api_org_",
      "groq-api-key": "gsk_",
      "replicate-api-token": "r8_",
      "together-api-key": "tgp_v1_",
      "google-api-key": "aiza",
      "aws-bedrock-api-key-long-lived": "absk",
      "aws-bedrock-api-key-short-lived": "bedrock-api-key-",
      "deepseek-api-key": "sk-",
    };
    for (const [id, kw] of Object.entries(prefixed)) expect(keyRule(id).keywords, id).toContain(kw);
  });
});

describe("catalog: frameworks", () => {
  const c = loadCatalog(join(packageRoot(), "rules"));
  const pairs = (targets: { vendor?: string; framework?: string }[]) => targets.map((t) => `${t.vendor ?? "-"}/${t.framework ?? "-"}`).sort();

  it("provider packages resolve to their vendor and their framework; exact names win over prefixes", () => {
    expect(pairs(c.lookupPackage("pypi", "langchain-openai"))).toEqual(["openai/langchain"]);
    expect(pairs(c.lookupPackage("pypi", "Langchain_Google_GenAI"))).toEqual(["google-gemini/langchain"]);
    expect(pairs(c.lookupPackage("pypi", "langchain-aws"))).toEqual(["aws-bedrock/langchain"]);
    expect(pairs(c.lookupPackage("npm", "@langchain/ollama"))).toEqual(["ollama/langchain"]);
    expect(pairs(c.lookupPackage("npm", "@ai-sdk/anthropic"))).toEqual(["anthropic/vercel-ai-sdk"]);
    expect(pairs(c.lookupPackage("npm", "@ai-sdk/google-vertex"))).toEqual(["google-vertex-ai/vercel-ai-sdk"]);
    expect(pairs(c.lookupPackage("pypi", "llama-index-llms-azure-openai"))).toEqual(["azure-openai/llamaindex"]);
    expect(pairs(c.lookupPackage("maven", "dev.langchain4j:langchain4j-anthropic"))).toEqual(["anthropic/langchain4j"]);
    expect(pairs(c.lookupPackage("maven", "org.springframework.ai:spring-ai-starter-model-openai"))).toEqual(["openai/spring-ai"]);
    expect(pairs(c.lookupPackage("maven", "org.springframework.ai:spring-ai-openai-spring-boot-starter"))).toEqual(["openai/spring-ai"]);
    expect(pairs(c.lookupPackage("nuget", "microsoft.semantickernel.connectors.azureopenai"))).toEqual(["azure-openai/semantic-kernel"]);
    expect(pairs(c.lookupPackage("pypi", "google-ai-haystack"))).toEqual(["google-gemini/haystack"]);
    expect(pairs(c.lookupPackage("npm", "@openai/agents"))).toEqual(["openai/openai-agents"]);
  });

  it("framework packages and prefixes name the framework only", () => {
    for (const [eco, name, fw] of [
      ["pypi", "langchain-community", "langchain"],
      ["pypi", "langchain-some-new-integration", "langchain"],
      ["npm", "@langchain/community", "langchain"],
      ["npm", "@langchain/google", "langchain"], // Gemini API or Vertex AI: no guess
      ["npm", "ai", "vercel-ai-sdk"],
      ["npm", "@ai-sdk/react", "vercel-ai-sdk"],
      ["npm", "@ai-sdk/openai-compatible", "vercel-ai-sdk"],
      ["pypi", "llama-index-core", "llamaindex"],
      ["pypi", "llama-index-llms-huggingface", "llamaindex"], // local transformers
      ["pypi", "langchain-huggingface", "langchain"], // mostly local pipelines/embeddings
      ["maven", "dev.langchain4j:langchain4j-core", "langchain4j"],
      ["maven", "org.springframework.ai:spring-ai-transformers", "spring-ai"],
      ["nuget", "Microsoft.SemanticKernel", "semantic-kernel"],
      ["nuget", "Microsoft.SemanticKernel.Connectors.Google", "semantic-kernel"],
      ["pypi", "semantic-kernel", "semantic-kernel"],
      ["pypi", "litellm", "litellm"],
      ["pypi", "autogen-ext", "autogen"],
      ["npm", "@genkit-ai/google-genai", "genkit"],
    ] as const) {
      expect(pairs(c.lookupPackage(eco, name)), `${eco}:${name}`).toEqual([`-/${fw}`]);
    }
  });

  it("prefixes do not swallow look-alikes", () => {
    expect(c.lookupPackage("pypi", "langchainhub")).toEqual([]);
    expect(c.lookupPackage("npm", "langchain-openai")).toEqual([]); // not an npm package of LangChain's
    expect(c.lookupPackage("pypi", "llama-indexer")).toEqual([]);
    expect(c.lookupPackage("pypi", "llm-guard")).toEqual([]); // no llm-* prefix
    expect(c.lookupPackage("npm", "ai-sdk")).toEqual([]);
    expect(c.lookupPackage("npm", "@ai-sdkx/openai")).toEqual([]);
  });

  it("python imports resolve through explicit roots, longest first", () => {
    expect(pairs(c.lookupImport("python", "langchain_openai.chat_models"))).toEqual(["openai/langchain"]);
    expect(pairs(c.lookupImport("python", "langchain_community.llms"))).toEqual(["-/langchain"]);
    expect(pairs(c.lookupImport("python", "llama_index.llms.openai"))).toEqual(["openai/llamaindex"]);
    expect(pairs(c.lookupImport("python", "llama_index.llms.openai_like"))).toEqual(["-/llamaindex"]);
    expect(pairs(c.lookupImport("python", "llama_index.postprocessor.cohere_rerank"))).toEqual(["cohere/llamaindex"]);
    expect(pairs(c.lookupImport("python", "llama_index.core.agent"))).toEqual(["-/llamaindex"]);
    expect(pairs(c.lookupImport("python", "haystack_integrations.components.generators.anthropic"))).toEqual(["anthropic/haystack"]);
    expect(pairs(c.lookupImport("python", "haystack_integrations.components.generators.litellm"))).toEqual(["-/haystack"]);
    expect(pairs(c.lookupImport("python", "haystack.components.generators"))).toEqual(["-/haystack"]);
    expect(pairs(c.lookupImport("python", "llm_anthropic"))).toEqual(["anthropic/llm"]);
    // Generic module names of some frameworks are not registered: a local agents.py / llm.py is no evidence.
    expect(c.lookupImport("python", "agents")).toEqual([]);
    expect(c.lookupImport("python", "llm")).toEqual([]);
  });

  it("js imports resolve through the package name", () => {
    expect(pairs(c.lookupImport("js", "@ai-sdk/anthropic"))).toEqual(["anthropic/vercel-ai-sdk"]);
    expect(pairs(c.lookupImport("js", "@langchain/openai/chat_models"))).toEqual(["openai/langchain"]);
    expect(pairs(c.lookupImport("js", "@llamaindex/google"))).toEqual(["google-gemini/llamaindex"]);
    expect(pairs(c.lookupImport("js", "langchain/chains"))).toEqual(["-/langchain"]);
  });

  // Java/C# roots are in the framework files (`imports:` on maven/nuget entries), but
  // compileCatalog registers package-entry imports only for pypi/npm/go today.
  it("java/csharp provider imports resolve through maven/nuget entries' import roots", () => {
    const c = loadCatalog(rules);
    const both = (ts: { vendor?: string; framework?: string }[]) => ts.map((t) => `${t.vendor ?? ""}/${t.framework ?? ""}`);
    expect(both(c.lookupImport("java", "dev.langchain4j.model.openai.OpenAiChatModel"))).toEqual(["openai/langchain4j"]);
    expect(both(c.lookupImport("csharp", "Microsoft.SemanticKernel.Connectors.OpenAI"))).toEqual(["openai/semantic-kernel"]);
  });
});

describe("catalog: gateways", () => {
  it("the Vercel AI Gateway provider package is the gateway vendor and the framework", () => {
    const c = loadCatalog(rules);
    expect(c.lookupPackage("npm", "@ai-sdk/gateway").map((t) => `${t.vendor}/${t.framework}`)).toEqual(["vercel-ai-gateway/vercel-ai-sdk"]);
    expect(c.matchHost("ai-gateway.vercel.sh")?.vendor).toBe("vercel-ai-gateway");
  });
});
