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
    for (const entry of [...source.vendors, ...source.frameworks]) expect(entry.sources.length, entry.id).toBeGreaterThan(0);
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
