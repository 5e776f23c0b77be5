// The README's evidence-pack commands on the demo app, through the bundled CLI
// and a shell, as a new user types them, chained with `&&` as issue 16 gives
// them. The demo uses Amazon Bedrock undeclared; its baseline
// (fixtures/demo-app/.github/shadow-ai-baseline.json) accepts that for now, so
// the scan passes while the report still shows Bedrock undeclared and its
// finding as suppressed by the baseline. Without the baseline the gate fails.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleCli, REPO } from "../helpers/cli-bundle.js";

let bundle: Awaited<ReturnType<typeof bundleCli>>;
const work = mkdtempSync(join(tmpdir(), "shadow-ai-demo-pack-"));

function sh(script: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("sh", ["-c", script], { cwd: REPO, env: { ...process.env, CLI: bundle.cli, WORK: work }, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  bundle = await bundleCli("shadow-ai-demo-pack");
}, 60_000);
afterAll(async () => {
  await bundle?.remove();
});

/** The facts list of one vendor's page: `dt` → text of its `dd`. */
function facts(page: string, id: string): Record<string, string> {
  const start = page.indexOf(`id="vendor-${id}"`);
  const section = page.slice(start, page.indexOf("</section>", start));
  const dl = section.slice(section.indexOf('<dl class="facts">'), section.indexOf("</dl>"));
  const out: Record<string, string> = {};
  for (const m of dl.matchAll(/<dt>([^<]+)<\/dt><dd>(.*?)<\/dd>/g)) out[m[1]!] = m[2]!.replace(/<title>.*?<\/title>/g, "").replace(/<[^>]+>/g, "");
  return out;
}

describe("the README's evidence pack of the demo app (bundled CLI)", () => {
  it("scan && evidence: the scan passes (Bedrock accepted by the demo's baseline) and the pack shows the declarations", async () => {
    const r = await sh(
      'node "$CLI" scan fixtures/demo-app --format json > "$WORK/r.json" && node "$CLI" evidence "$WORK/r.json" --format html -o "$WORK/pack.html" --date 2026-10-02; echo "rc=$?"',
    );
    expect(r.stdout).toBe("rc=0\n");
    const report = JSON.parse(readFileSync(join(work, "r.json"), "utf8")) as {
      vendors: { id: string; status: string }[];
      findings: { rule: string; vendor?: string; blocking: boolean; suppressed?: { by: string } }[];
    };
    expect(report.findings.filter((f) => f.blocking)).toEqual([]);
    expect(report.findings.map((f) => `${f.rule}:${f.vendor}:${f.suppressed?.by}`)).toEqual(["undeclared-vendor:aws-bedrock:baseline"]);
    expect(report.vendors.find((v) => v.id === "aws-bedrock")?.status).toBe("undeclared");
    const page = readFileSync(join(work, "pack.html"), "utf8");
    // The declared vendors show real values, never "—", without --inventory.
    for (const id of ["openai", "anthropic"]) {
      const f = facts(page, id);
      expect(Object.keys(f)).toEqual(["Status", "Owner", "Purpose", "Data classes", "DPA", "No-training", "Residency", "Attestations", "Review", "Models"]);
      for (const [k, v] of Object.entries(f)) expect(`${k}: ${v}`).not.toContain("—");
      expect(f.Owner).toBe("@acme/support-platform");
    }
    const inventoryRow = (name: string) => page.slice(page.indexOf(`<a href="#vendor-${name}">`), page.indexOf("</tr>", page.indexOf(`<a href="#vendor-${name}">`)));
    expect(inventoryRow("openai")).not.toContain("—");
    expect(inventoryRow("anthropic")).not.toContain("—");
    // Bedrock is shown, undeclared, not hidden.
    expect(page).toContain('id="vendor-aws-bedrock"');
  });

  it("without the baseline the gate fails on the undeclared Bedrock, whatever the format", async () => {
    const r = await sh('node "$CLI" scan fixtures/demo-app --no-baseline --format json > "$WORK/r2.json"; echo "rc=$?"');
    expect(r.stdout).toBe("rc=1\n");
    const report = JSON.parse(readFileSync(join(work, "r2.json"), "utf8")) as { findings: { rule: string; vendor?: string; blocking: boolean }[] };
    expect(report.findings.filter((f) => f.blocking).map((f) => `${f.rule}:${f.vendor}`)).toEqual(["undeclared-vendor:aws-bedrock"]);
  });
});
