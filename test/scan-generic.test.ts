import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import { toJson } from "../src/report/json.js";
import { toText } from "../src/report/text.js";
import { scan } from "../src/scan/scan.js";
import type { ScanReport } from "../src/types.js";

const fixture = (name: string) => join(import.meta.dirname, "..", "fixtures", name);
const places = (r: ScanReport, vendor: string) =>
  r.vendors.find((v) => v.id === vendor)?.evidence.map((e) => `${e.kind} ${e.file}:${e.line}`) ?? [];

describe("generic detectors on fixtures/generic", () => {
  let report: ScanReport;
  beforeAll(async () => {
    report = await scan(fixture("generic"));
  });

  it("finds exactly the vendors that config, env and code really use", () => {
    expect(report.vendors.map((v) => v.id)).toEqual(["aws-bedrock", "azure-openai", "cohere", "groq", "mistral", "openai"]);
  });

  it("reads env names, config values and code literals, never comments or docs", () => {
    expect(places(report, "openai")).toEqual(["env env/.env.example:2"]);
    expect(places(report, "mistral")).toEqual(["host config/app.yaml:8", "env env/.env.example:3"]);
    expect(places(report, "cohere")).toEqual(["host code/Main.java:8"]);
    expect(places(report, "groq")).toEqual(["host code/client.go:4", "host config/application.properties:2"]);
    expect(places(report, "azure-openai")).toEqual(["host config/appsettings.json:3"]);
    expect(places(report, "aws-bedrock")).toEqual(["host config/app.yaml:4"]);
  });

  it("takes the region from a regional host and the model from a model key", () => {
    const bedrock = report.vendors.find((v) => v.id === "aws-bedrock")!;
    expect(bedrock.regions).toEqual(["eu-central-1"]);
    expect(bedrock.models).toEqual(["anthropic.claude-3-haiku-20240307-v1:0"]);
    expect(bedrock.evidence[0]).toMatchObject({ host: "bedrock-runtime.eu-central-1.amazonaws.com", role: "base-url" });
  });

  it("skips ignored, vendored and dependency folders and counts the skips", () => {
    const files = report.vendors.flatMap((v) => v.evidence.map((e) => e.file));
    expect(files.some((f) => /^(ignored|vendor|node_modules)\//.test(f))).toBe(false);
    expect(report.stats.skippedBy).toMatchObject({ ignored: 1, "vendored-or-build": 2 });
  });

  it("is deterministic and validates against the published report schema", async () => {
    const again = await scan(fixture("generic"));
    const strip = (r: ScanReport) => toJson({ ...r, stats: { ...r.stats, durationMs: 0 } });
    expect(strip(again)).toBe(strip(report));
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, "..", "schema", "report.schema.json"), "utf8"));
    const validate = new Ajv({ strict: false }).compile(schema);
    const ok = validate(JSON.parse(toJson(report)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe("committed keys", () => {
  let report: ScanReport;
  const keys = [
    /"(sk-proj-[^"]+)"/.exec(readFileSync(fixture("secrets/src/config.ts"), "utf8"))![1]!,
    /api_key: (\S+)/.exec(readFileSync(fixture("secrets/settings.yaml"), "utf8"))![1]!,
  ];
  beforeAll(async () => {
    report = await scan(fixture("secrets"));
  });

  it("reports each real key as a blocking hardcoded-secret, not placeholders", () => {
    const found = report.findings.filter((f) => f.rule === "hardcoded-secret").map((f) => `${f.vendor} ${f.file}:${f.line}`);
    expect(found).toEqual(["anthropic settings.yaml:2", "openai src/config.ts:2"]);
    expect(report.findings.every((f) => f.blocking)).toBe(true);
  });

  it("never prints a key value, in any format", () => {
    for (const out of [toJson(report), toText(report, { maxEvidence: 0 })]) {
      for (const key of keys) {
        expect(out).not.toContain(key);
        expect(out).not.toContain(key.slice(12, 40));
      }
    }
  });
});

describe("region attribution", () => {
  it("gives each regional SDK in a file only the regions of its own cloud", async () => {
    const report = await scan(fixture("regions"));
    const regions = Object.fromEntries(report.vendors.map((v) => [v.id, v.regions]));
    expect(regions).toEqual({ "aws-bedrock": ["eu-west-1"], "google-vertex-ai": ["europe-west4"] });
  });
});

describe("another vendor's SDK aimed at a cloud", () => {
  it("is the cloud's usage (via the SDK's vendor), manifests included: no Anthropic to declare", async () => {
    const report = await scan(fixture("sdk-flavours"));
    expect(report.vendors.map((v) => v.id)).toEqual(["aws-bedrock", "google-vertex-ai"]);
    const bedrock = report.vendors.find((v) => v.id === "aws-bedrock")!;
    expect(bedrock.evidence.map((e) => `${e.kind} ${e.file}:${e.line} via=${e.via}`)).toEqual([
      "import py/claude.py:1 via=anthropic",
      "dependency py/requirements.txt:1 via=anthropic",
    ]);
    const vertex = report.vendors.find((v) => v.id === "google-vertex-ai")!;
    expect(vertex.evidence.map((e) => `${e.kind} ${e.file}:${e.line} via=${e.via}`)).toEqual([
      "import js/claude.ts:1 via=anthropic",
      "dependency js/package.json:1 via=anthropic",
    ]);
  });
});
