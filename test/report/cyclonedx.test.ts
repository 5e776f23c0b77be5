import { join } from "node:path";
import { Spec, Validation } from "@cyclonedx/cyclonedx-library";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { scanCommand } from "../../src/commands/scan.js";
import { purl, toCycloneDx } from "../../src/report/cyclonedx.js";
import { scan } from "../../src/scan/scan.js";

const FIX = join(import.meta.dirname, "../../fixtures");
const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
const catalog = loadCatalog();
const spec = (id: string) => catalog.vendors.get(id);

async function bom(dir: string, inventory?: string) {
  const report = await scan(join(FIX, dir), { inventory, now: new Date("2026-10-01") });
  const text = toCycloneDx(report, { spec });
  return { report, text, doc: JSON.parse(text) };
}

describe("CycloneDX 1.6", () => {
  it.each(["org/acme/api", "org/acme/ml", "demo-app", "manifests-more", "languages", "python", "javascript", "lockfiles"])("%s validates against the CycloneDX 1.6 JSON schema", async (dir) => {
    const { text, doc } = await bom(dir);
    expect(await validator.validate(text)).toBeNull();
    expect(doc.specVersion).toBe("1.6");
    // Not an empty document that validates trivially.
    expect(doc.services.length).toBeGreaterThan(0);
    expect(doc.components.length).toBeGreaterThan(0);
  });

  it("the validator does reject a broken document (so the test above can fail)", async () => {
    const { doc } = await bom("org/acme/api");
    doc.services[0].data[0].flow = "sideways";
    expect(await validator.validate(JSON.stringify(doc))).not.toBeNull();
  });

  it("AI vendors are services with endpoints, classification and trust boundary; SDKs are components with purls", async () => {
    const { doc } = await bom("org/acme/ml");
    const svc = Object.fromEntries(doc.services.map((s: { "bom-ref": string }) => [s["bom-ref"], s]));
    expect(Object.keys(svc).sort()).toEqual(["service:deepseek", "service:huggingface", "service:openai"]);
    expect(svc["service:deepseek"].endpoints).toEqual(["https://api.deepseek.com"]);
    expect(svc["service:deepseek"]["x-trust-boundary"]).toBe(true);
    expect(svc["service:deepseek"].trustZone).toBe("third-party");
    expect(svc["service:deepseek"].data).toEqual([{ flow: "outbound", classification: "unclassified (vendor not declared)" }]);
    const purls = doc.components.map((c: { purl: string }) => c.purl);
    expect(purls).toEqual(expect.arrayContaining(["pkg:pypi/huggingface-hub", "pkg:pypi/openai"]));
    const openai = doc.dependencies.find((d: { ref: string }) => d.ref === "pkg:pypi/openai");
    expect(openai.dependsOn).toEqual(["service:openai"]);
  });

  it("takes data classes and residency from the inventory", async () => {
    const report = await scan(join(FIX, "org/acme/api"), { now: new Date("2026-10-01") });
    let out = "";
    await scanCommand.run([join(FIX, "org/acme/api"), "--format", "cyclonedx"], { stdout: (t) => (out += t), stderr: () => {} });
    const doc = JSON.parse(out);
    expect(await validator.validate(out)).toBeNull();
    expect(report.inventory.path).toBe(".github/ai-vendors.yml");
    expect(doc.services[0].data).toEqual([
      { flow: "outbound", classification: "internal" },
      { flow: "outbound", classification: "customer-data" },
    ]);
    expect(doc.services[0].properties).toContainEqual({ name: "shadow-ai:residency", value: "us" });
    expect(doc.components.map((c: { purl: string }) => c.purl)).toEqual(["pkg:npm/openai"]);
  });

  it("is deterministic: same tree, same bytes (serial number derived from content)", async () => {
    const a = await bom("demo-app");
    const b = await bom("demo-app");
    expect(a.text.replace(/"durationMs": \d+/, "")).toBe(b.text.replace(/"durationMs": \d+/, ""));
    expect(a.doc.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.doc.metadata.timestamp).toBeUndefined();
  });

  it("package URLs per ecosystem", () => {
    expect(purl("npm", "openai").purl).toBe("pkg:npm/openai");
    expect(purl("npm", "@anthropic-ai/sdk")).toEqual({ purl: "pkg:npm/%40anthropic-ai/sdk", group: "@anthropic-ai", name: "sdk" });
    expect(purl("pypi", "Google_Generative.AI").purl).toBe("pkg:pypi/google-generative-ai");
    expect(purl("maven", "com.openai:openai-java")).toEqual({ purl: "pkg:maven/com.openai/openai-java", group: "com.openai", name: "openai-java" });
    expect(purl("go", "github.com/sashabaranov/go-openai").purl).toBe("pkg:golang/github.com/sashabaranov/go-openai");
    expect(purl("nuget", "Azure.AI.OpenAI").purl).toBe("pkg:nuget/Azure.AI.OpenAI");
    expect(purl("rubygems", "ruby-openai").purl).toBe("pkg:gem/ruby-openai");
    expect(purl("cargo", "async-openai").purl).toBe("pkg:cargo/async-openai");
    expect(purl("composer", "openai-php/client").purl).toBe("pkg:composer/openai-php/client");
  });
});
