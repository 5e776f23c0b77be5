import { spawnSync } from "node:child_process";
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toSarif } from "../../src/report/sarif.js";
import { sampleReport } from "./fixture.js";

// Microsoft's SARIF Multitool with GitHub code scanning's ingestion rules
// ("Gh") and the SARIF rules. The npm wrapper runs the binary through a shell,
// which splits "Gh;Sarif" at the semicolon, so the binary is called directly.
const multitool = createRequire(import.meta.url)("@microsoft/sarif-multitool") as string;
try {
  accessSync(multitool, constants.X_OK);
} catch {
  chmodSync(multitool, 0o755); // its postinstall does this; npm may not have run it
}

const dir = mkdtempSync(join(tmpdir(), "shadow-ai-sarif-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(text: string): { level: string; ruleId: string; text: string }[] {
  const input = join(dir, `in-${Math.random().toString(36).slice(2)}.sarif`);
  const output = `${input}.validation.sarif`;
  writeFileSync(input, text);
  const res = spawnSync(multitool, ["validate", "--rule-kind", "Gh;Sarif", "--output", output, input], { encoding: "utf8" });
  if (res.error) throw res.error;
  const log = JSON.parse(readFileSync(output, "utf8"));
  return (log.runs[0].results ?? []).map((r: { level?: string; ruleId: string; message: { text?: string; id?: string } }) => ({
    level: r.level ?? "warning",
    ruleId: r.ruleId,
    text: r.message.text ?? r.message.id ?? "",
  }));
}

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

  it("is deterministic", () => {
    expect(toSarif(sampleReport())).toBe(toSarif(sampleReport()));
  });
});
