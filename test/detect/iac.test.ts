import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { analyzeLiterals } from "../../src/detect/analyze.js";
import { detectGateways } from "../../src/detect/gateways.js";
import { IAC_DETECTORS, detectIacConfig } from "../../src/detect/iac/index.js";
import { fileKind } from "../../src/discover/kind.js";
import { packageRoot } from "../../src/package-root.js";
import type { Evidence } from "../../src/types.js";
import type { Literal } from "../../src/detect/types.js";

const catalog = loadCatalog();
const root = join(packageRoot(), "fixtures", "iac");

/** Runs a fixture the way the pipeline will: the kind's detector (config → detectIacConfig), then the shared analyzer and the gateways. */
async function scan(path: string, text = readFileSync(join(root, path), "utf8")) {
  const kind = fileKind(path)!;
  const file = { path, kind, size: text.length };
  const out = await (IAC_DETECTORS[kind] ?? detectIacConfig)({ file, text, catalog });
  const analyzed = analyzeLiterals(file, text, out.literals, catalog);
  const evidence = [...out.evidence, ...analyzed.evidence];
  const gateways = detectGateways(file, text, out.literals, evidence, catalog);
  return { kind, evidence, gateways, mentions: analyzed.mentions, diagnostics: out.diagnostics, literals: out.literals };
}

const brief = (list: Evidence[]) =>
  list
    .map((e) => ({ kind: e.kind, line: e.line, vendor: e.vendor, region: e.region, model: e.model, env: e.env, via: e.via }))
    .map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)))
    .sort((a, b) => (a.line as number) - (b.line as number) || String(a.kind).localeCompare(String(b.kind)));

describe("terraform", () => {
  it("Azure OpenAI account and deployment with the region from a variable default; Speech and commented resources are nothing", async () => {
    const r = await scan("terraform/azure-openai/main.tf");
    expect(r.kind).toBe("terraform");
    expect(brief(r.evidence)).toEqual([
      { kind: "iac", line: 24, vendor: "azure-openai", region: "swedencentral" },
      // The deployment sits in the account's region (via cognitive_account_id).
      { kind: "iac", line: 33, vendor: "azure-openai", region: "swedencentral", model: "gpt-4o" },
    ]);
    expect(r.mentions).toContainEqual({ file: "terraform/azure-openai/main.tf", line: 33, kind: "model", value: "gpt-4o" });
    expect(r.diagnostics).toEqual([]);
  });

  it("Bedrock agent, guardrail (aliased provider) and foundation model data source; an S3 bucket named bedrock-logs is nothing", async () => {
    const r = await scan("terraform/bedrock/main.tf");
    expect(brief(r.evidence)).toEqual([
      { kind: "iac", line: 18, vendor: "aws-bedrock", region: "eu-west-1", model: "anthropic.claude-3-5-sonnet-20240620-v1:0" },
      { kind: "iac", line: 25, vendor: "aws-bedrock", region: "us-east-1" },
      { kind: "iac", line: 40, vendor: "aws-bedrock", region: "eu-west-1", model: "amazon.titan-embed-text-v2:0" },
    ]);
    expect(r.evidence.some((e) => e.line === 14 || e.line === 46)).toBe(false);
  });

  it("Vertex AI resources with the region from the resource or the google provider; a bucket named vertex_ai is nothing", async () => {
    const r = await scan("terraform/vertex/main.tf");
    expect(brief(r.evidence)).toEqual([
      { kind: "iac", line: 6, vendor: "google-vertex-ai", region: "europe-west4" },
      { kind: "iac", line: 12, vendor: "google-vertex-ai", region: "europe-west4" },
    ]);
  });

  it("reads .tf.json, and a corrupt one costs one diagnostic", async () => {
    expect(brief((await scan("terraform/vertex/index.tf.json")).evidence)).toEqual([
      { kind: "iac", line: 4, vendor: "google-vertex-ai", region: "us-central1" },
    ]);
    const broken = await scan("terraform/vertex/broken.tf.json");
    expect(broken.evidence.filter((e) => e.kind === "iac")).toEqual([]);
    expect(broken.diagnostics).toHaveLength(1);
  });

  it("a kind that is not plain (an unresolvable variable) is no evidence", async () => {
    const text = 'resource "azurerm_cognitive_account" "x" {\n  kind = var.kind\n  location = "eastus"\n}\n';
    expect((await scan("x.tf", text)).evidence).toEqual([]);
    const ai = 'resource "azurerm_cognitive_account" "x" {\n  kind = "AIServices" # Foundry\n  location = "eastus2"\n}\n';
    expect(brief((await scan("x.tf", ai)).evidence)).toEqual([{ kind: "iac", line: 1, vendor: "azure-openai", region: "eastus2" }]);
  });
});

describe("cloudformation, bicep, arm", () => {
  it("a SAM template: the Bedrock agent with model and region from the model ARN, a function's OPENAI_API_KEY; S3, IAM and commented resources are nothing", async () => {
    const r = await scan("cloudformation/agent.yaml");
    expect(r.kind).toBe("config");
    expect(brief(r.evidence)).toEqual([
      { kind: "iac", line: 11, vendor: "aws-bedrock", region: "eu-central-1", model: "anthropic.claude-3-haiku-20240307-v1:0" },
      { kind: "env", line: 25, vendor: "openai", env: "OPENAI_API_KEY" },
    ]);
    expect((await scan("cloudformation/broken.yaml")).diagnostics).toHaveLength(1);
  });

  it("Bicep: the OpenAI account (location from a param) and its deployment; a TextTranslation account and a commented one are nothing", async () => {
    const r = await scan("bicep/main.bicep");
    expect(brief(r.evidence)).toEqual([
      { kind: "iac", line: 14, vendor: "azure-openai", region: "swedencentral" },
      { kind: "iac", line: 26, vendor: "azure-openai", region: "swedencentral", model: "gpt-4o-mini" },
    ]);
  });

  it("ARM: an AIServices account and its nested deployment; a ComputerVision account is nothing", async () => {
    const r = await scan("arm/azuredeploy.json");
    expect(brief(r.evidence)).toEqual([
      { kind: "iac", line: 20, vendor: "azure-openai", region: "francecentral" },
      { kind: "iac", line: 28, vendor: "azure-openai", region: "francecentral", model: "gpt-4o" },
    ]);
    const bad = await scan("arm/bad.json", '{ "resources": [ { "type": "Microsoft.CognitiveServices/accounts", ');
    expect(bad.diagnostics).toHaveLength(1);
  });

  it("an ordinary config file gets its generic values and nothing more", async () => {
    const text = "server:\n  port: 8080\n  upstream: https://api.openai.com/v1\n";
    const r = await scan("config/app.yaml", text);
    expect(brief(r.evidence)).toEqual([{ kind: "host", line: 3, vendor: "openai" }]);
  });
});

describe("kubernetes, helm, compose, dockerfile", () => {
  it("a Deployment: OPENAI_API_KEY once, the ollama image; my-ollama-dashboard and a commented TGI image are nothing", async () => {
    const r = await scan("kubernetes/deployment.yaml");
    expect(brief(r.evidence)).toEqual([
      { kind: "env", line: 12, vendor: "openai", env: "OPENAI_API_KEY" },
      { kind: "iac", line: 20, vendor: "ollama" },
    ]);
  });

  it("Helm values: a vLLM image repository and an env map key; an env name inside prose is nothing", async () => {
    const r = await scan("kubernetes/values.yaml");
    expect(brief(r.evidence)).toEqual([
      { kind: "iac", line: 4, vendor: "vllm" },
      { kind: "env", line: 7, vendor: "anthropic", env: "ANTHROPIC_API_KEY" },
    ]);
  });

  it("docker-compose: environment list and map forms, the TGI image; a look-alike image and a commented service are nothing", async () => {
    const r = await scan("compose/docker-compose.yml");
    expect(r.kind).toBe("container");
    expect(brief(r.evidence)).toEqual([
      { kind: "env", line: 5, vendor: "openai", env: "OPENAI_API_KEY" },
      { kind: "env", line: 6, vendor: "mistral", env: "MISTRAL_API_KEY" },
      { kind: "env", line: 11, vendor: "anthropic", env: "ANTHROPIC_API_KEY" },
      { kind: "iac", line: 14, vendor: "text-generation-inference" },
    ]);
  });

  it("Dockerfile: FROM ollama, ARG and ENV names, a base URL; a stage reference, a commented ENV and an echo are nothing", async () => {
    const r = await scan("compose/Dockerfile");
    expect(brief(r.evidence)).toEqual([
      { kind: "iac", line: 2, vendor: "ollama" },
      { kind: "env", line: 5, vendor: "groq", env: "GROQ_API_KEY" },
      { kind: "env", line: 6, vendor: "openai", env: "OPENAI_BASE_URL" },
      { kind: "host", line: 6, vendor: "together" },
    ]);
    expect(r.evidence.find((e) => e.kind === "host")!.role).toBe("base-url");
  });
});

describe("workflows", () => {
  it("claude-code-action (Anthropic, or Bedrock with use_bedrock), secrets and env names; an echo, a commented action and an unknown action are nothing", async () => {
    const r = await scan(".github/workflows/ai-review.yml", readFileSync(join(root, "workflows/.github/workflows/ai-review.yml"), "utf8"));
    expect(r.kind).toBe("workflow");
    expect(brief(r.evidence)).toEqual([
      { kind: "workflow", line: 13, vendor: "anthropic" },
      { kind: "workflow", line: 15, vendor: "anthropic", env: "ANTHROPIC_API_KEY" },
      { kind: "workflow", line: 20, vendor: "aws-bedrock", via: "anthropic" },
      { kind: "workflow", line: 27, vendor: "openai", env: "OPENAI_API_KEY" },
    ]);
    // The geo prefix of the Bedrock model id is a region signal for Bedrock, not an Anthropic vendor.
    expect(brief(r.gateways)).toEqual([
      { kind: "workflow", line: 23, vendor: "aws-bedrock", region: "eu", model: "eu.anthropic.claude-3-7-sonnet-20250219-v1:0" },
    ]);
  });

  it("matches owner/repo/path@ref and ignores case; local and docker actions are nothing", () => {
    expect(catalog.iac.lookupAction("OpenAI/Codex-Action@v1")?.vendor).toBe("openai");
    expect(catalog.iac.lookupAction("google-github-actions/run-gemini-cli/sub@main")?.vendor).toBe("google-gemini");
    expect(catalog.iac.lookupAction("./.github/actions/openai")).toBeUndefined();
    expect(catalog.iac.lookupAction("docker://ollama/ollama")).toBeUndefined();
    expect(catalog.iac.lookupAction("anthropics/claude-code-action-fork@v1")).toBeUndefined();
  });
});

describe("gateways", () => {
  const lit = (value: string, line = 1, key = "model"): Literal => ({ value, line, column: 1, key });
  const ev = (e: Partial<Evidence>): Evidence => ({ kind: "import", file: "a.py", line: 1, column: 1, snippet: "", ...e });

  it("LiteLLM model strings go to the processor, keeping the gateway", () => {
    const out = detectGateways({ path: "a.py" }, "", [lit("anthropic/claude-3-5-sonnet-20240620", 3), lit("bedrock/eu.anthropic.claude-3-haiku-20240307-v1:0", 4), lit("openrouter/anthropic/claude-3.5-sonnet", 5)], [ev({ kind: "import", framework: "litellm", package: "litellm" })], catalog);
    expect(brief(out)).toEqual([
      { kind: "import", line: 3, vendor: "anthropic", via: "litellm", model: "claude-3-5-sonnet-20240620" },
      { kind: "import", line: 4, vendor: "aws-bedrock", via: "litellm", region: "eu", model: "eu.anthropic.claude-3-haiku-20240307-v1:0" },
      { kind: "import", line: 5, vendor: "anthropic", via: "openrouter", model: "claude-3.5-sonnet" },
    ]);
  });

  it("OpenRouter model ids only where the file uses OpenRouter; open-weight authors stay OpenRouter only", () => {
    const or = ev({ kind: "host", vendor: "openrouter", host: "openrouter.ai" });
    expect(brief(detectGateways({ path: "a.py" }, "", [lit("openai/gpt-4o", 2), lit("meta-llama/llama-3.1-70b-instruct", 3)], [or], catalog))).toEqual([
      { kind: "host", line: 2, vendor: "openai", via: "openrouter", model: "gpt-4o" },
    ]);
    // Without a gateway, `openai/whisper-large-v3` is a Hugging Face repository name.
    expect(detectGateways({ path: "a.py" }, "", [lit("openai/whisper-large-v3")], [ev({ vendor: "huggingface" })], catalog)).toEqual([]);
    expect(detectGateways({ path: "a.py" }, "", [lit("openai/gpt-4o")], [], catalog)).toEqual([]);
    // Not a model argument: a path, not a routed model.
    expect(detectGateways({ path: "a.py" }, "", [lit("openai/gpt-4o", 1, "path")], [or], catalog)).toEqual([]);
  });

  it("Hugging Face router paths name the provider", () => {
    const out = detectGateways({ path: "a.ts" }, "", [lit("https://router.huggingface.co/together/v1/chat/completions", 7, "baseURL"), lit("https://router.huggingface.co/nebius/v1", 8, "baseURL")], [], catalog);
    expect(brief(out)).toEqual([{ kind: "host", line: 7, vendor: "together", via: "huggingface" }]);
  });

  it("a LiteLLM proxy config routes without any import; unknown prefixes are nothing", async () => {
    const r = await scan("gateways/litellm_config.yaml");
    expect(brief(r.gateways)).toEqual([
      { kind: "iac", line: 4, vendor: "aws-bedrock", via: "litellm", region: "eu", model: "eu.anthropic.claude-3-5-sonnet-20240620-v1:0" },
      { kind: "iac", line: 8, vendor: "google-vertex-ai", via: "litellm", model: "gemini-1.5-pro" },
    ]);
    expect(r.gateways.some((e) => e.vendor === "anthropic")).toBe(false);
  });

  it("a Bedrock id alone, without Bedrock in the file, is nothing", () => {
    expect(detectGateways({ path: "a.py" }, "", [lit("eu.anthropic.claude-3-haiku-20240307-v1:0")], [ev({ vendor: "openai" })], catalog)).toEqual([]);
  });
});

describe("robustness", () => {
  it("never throws on hostile input", async () => {
    const junk = ['resource "aws_bedrock_guardrail" {{{ "', "}}}}", 'resource "x" "y" { a = <<EOF\n', "\u0000\u0001", "AWS::Bedrock:: Resources: [", "resource a 'Microsoft.CognitiveServices/accounts@x' = {", "uses: anthropics/claude-code-action@v1\n  with:\n"];
    for (const text of junk) {
      for (const path of ["a.tf", "a.tf.json", "t.yaml", "a.json", "m.bicep", "Dockerfile", "docker-compose.yml", ".github/workflows/x.yml"]) {
        await expect(scan(path, text)).resolves.toBeDefined();
      }
    }
  });
});
