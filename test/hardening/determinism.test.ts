// The same tree gives byte-identical JSON, apart from timing: scanned twice, and
// with one file at a time or sixteen at once (completion order differs).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toJson } from "../../src/report/json.js";
import { toSarif } from "../../src/report/sarif.js";
import { scan, type ScanOptions } from "../../src/scan/scan.js";

const ROOT = join(import.meta.dirname, "../..");
const NOW = new Date("2026-06-01T00:00:00Z");

async function json(root: string, options: ScanOptions): Promise<string> {
  const report = await scan(root, { noBaseline: true, now: NOW, ...options });
  report.stats.durationMs = 0;
  return toJson(report) + toSarif(report);
}

describe("determinism", () => {
  // Every fixture tree at once (thousands of pieces of evidence, diagnostics from
  // corrupt files, suppressions), and trees with an inventory of their own.
  it.each(["fixtures", "fixtures/demo-app", "fixtures/inventory-app"])(
    "%s: three runs, byte-identical",
    async (tree) => {
      const root = join(ROOT, tree);
      const a = await json(root, {});
      const b = await json(root, {});
      const c = await json(root, {});
      expect(a.length).toBeGreaterThan(1000);
      expect(b).toBe(a);
      expect(c).toBe(a);
    },
    60_000,
  );
});
