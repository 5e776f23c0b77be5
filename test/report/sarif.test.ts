import { describe, expect, it } from "vitest";
import { toSarif } from "../../src/report/sarif.js";
import { validateOne as validate } from "../helpers/sarif-validate.js";
import { finding, sampleReport } from "./fixture.js";

describe("SARIF", () => {
  it("passes the SARIF Multitool's GitHub and SARIF rules with no error", () => {
    const problems = validate(toSarif(sampleReport()));
    expect(problems.filter((p) => p.level === "error")).toEqual([]);
  }, 60_000);

  it("the validator does catch a broken log (the test is not vacuous)", () => {
    const log = JSON.parse(toSarif(sampleReport()));
    log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.bogus = 1;
    const problems = validate(JSON.stringify(log));
    expect(problems.some((p) => p.level === "error")).toBe(true);
  }, 60_000);

  it("one run, rules with full description and help, relative %SRCROOT% URIs, fingerprints", () => {
    const log = JSON.parse(toSarif(sampleReport()));
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    for (const r of run.tool.driver.rules) {
      expect(r.fullDescription.text.length).toBeGreaterThan(20);
      expect(r.help.text.length).toBeGreaterThan(10);
    }
    const [first, second, inventoryLevel, suppressed] = run.results;
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId);
    expect(first.locations[0].physicalLocation.artifactLocation).toEqual({ uri: "src/chat.ts", uriBaseId: "%SRCROOT%" });
    expect(first.partialFingerprints).toEqual({ "shadowAiFingerprint/v1": "fp-src/chat.ts-1-undeclared-vendor" });
    expect(second.locations[0].physicalLocation.artifactLocation.uri).toBe("src/odd%20path/%C3%A9.ts");
    // no file: anchored on the inventory
    expect(inventoryLevel.locations[0].physicalLocation.artifactLocation.uri).toBe(".github/ai-vendors.yml");
    expect(suppressed.suppressions).toEqual([{ kind: "inSource", justification: "baseline: accepted" }]);
  });

  it("each result carries its finding's identity; the fingerprint stays the location's only", () => {
    const log = JSON.parse(toSarif(sampleReport()));
    const [first] = log.runs[0].results;
    expect(first.properties.identity).toBe("id-undeclared-vendor-openai");
    expect(Object.keys(first.partialFingerprints)).toEqual(["shadowAiFingerprint/v1"]);
  });

  it("message text and suppression reasons are one line: a hostile file name cannot start a line with ::", () => {
    const name = "src/x\n::error file=evil.py,line=1::INJECTED\r\u202e.py";
    const report = sampleReport([
      finding({ file: name, line: 1, message: `OpenAI (openai) is used in ${name}.`, suppressed: { by: "inline", reason: "ok\n::add-mask::x" } }),
    ]);
    const text = toSarif(report);
    const result = JSON.parse(text).runs[0].results[0];
    expect(result.message.text).toBe("OpenAI (openai) is used in src/x\\n::error file=evil.py,line=1::INJECTED\\r\\u202e.py.");
    expect(result.suppressions[0].justification).toBe("inline: ok\\n::add-mask::x");
    // the URI percent-encodes what the name holds
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe("src/x%0A%3A%3Aerror%20file%3Devil.py%2Cline%3D1%3A%3AINJECTED%0D%E2%80%AE.py");
    expect(validate(text).filter((p) => p.level === "error")).toEqual([]);
  }, 60_000);

  it("a location in an inventory outside the root is an absolute file: URI without a base", () => {
    const report = sampleReport([
      finding({ rule: "review-overdue", severity: "warning", file: undefined, line: undefined, column: undefined, message: "overdue" }),
      finding({ rule: "missing-dpa", severity: "warning", file: "../policy/ai-vendors.yml", line: 7, message: "no DPA" }),
      finding({ rule: "unused-declaration", severity: "note", file: "/etc/acme/ai vendors.yml", line: 3, message: "unused" }),
    ]);
    report.inventory = { path: "../policy/ai-vendors.yml", external: { "../policy/ai-vendors.yml": "file:///home/acme/policy/ai-vendors.yml" } };
    const text = toSarif(report);
    const locs = JSON.parse(text).runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(locs).toEqual([
      { uri: "file:///home/acme/policy/ai-vendors.yml" },
      { uri: "file:///home/acme/policy/ai-vendors.yml" },
      { uri: "file:///etc/acme/ai%20vendors.yml" }, // absolute without an `external` entry (an older report): still no base
    ]);
    expect(validate(text).filter((p) => p.level === "error")).toEqual([]);
  }, 60_000);

  it("the old form, an absolute path under %SRCROOT%, is what the Multitool rejects (SARIF1004)", () => {
    const log = JSON.parse(toSarif(sampleReport()));
    log.runs[0].results[0].locations[0].physicalLocation.artifactLocation = { uri: "/home/acme/policy/ai-vendors.yml", uriBaseId: "%SRCROOT%" };
    expect(validate(JSON.stringify(log)).filter((p) => p.level === "error").map((p) => p.ruleId)).toEqual(["SARIF1004"]);
  }, 60_000);

  it("is deterministic", () => {
    expect(toSarif(sampleReport())).toBe(toSarif(sampleReport()));
  });
});
