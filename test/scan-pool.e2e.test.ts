import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workerCount } from "../src/scan/pool.js";
import { bundleCli } from "./helpers/cli-bundle.js";

describe("scan worker pool", () => {
  let bundle: Awaited<ReturnType<typeof bundleCli>>;
  beforeAll(async () => {
    bundle = await bundleCli("scan-pool");
  }, 120_000);
  afterAll(() => bundle?.remove());

  const scan = (workers: string, env: NodeJS.ProcessEnv = {}) => {
    const r = spawnSync(process.execPath, [bundle.cli, "scan", "fixtures", "--format", "json", "--no-baseline"], {
      encoding: "utf8",
      env: { ...process.env, SHADOW_AI_WORKERS: workers, ...env },
      maxBuffer: 1 << 28,
    });
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout) as { stats: { durationMs: number; files: number } };
    report.stats.durationMs = 0;
    return report;
  };

  it("gives the report the main thread gives, in the same order", () => {
    const alone = scan("0");
    expect(alone.stats.files).toBeGreaterThan(256); // more than one batch
    expect(scan("1")).toEqual(alone);
    expect(scan("2")).toEqual(alone);
    expect(JSON.stringify(scan("3"))).toBe(JSON.stringify(alone));
    // V8's own tiering (src/jit-tuning.ts) changes when code is optimised, never what it finds.
    expect(JSON.stringify(scan("1", { SHADOW_AI_V8_DEFAULTS: "1" }))).toBe(JSON.stringify(alone));
  }, 180_000);

  it("engages from 2,000 files unless forced", () => {
    expect(workerCount(100_000, { SHADOW_AI_WORKERS: "0" })).toBe(0);
    expect(workerCount(10, { SHADOW_AI_WORKERS: "3" })).toBe(3);
    expect(workerCount(10, {})).toBe(0);
    expect(workerCount(100_000, { SHADOW_AI_WORKERS: "lots" })).toBeLessThanOrEqual(3);
  });
});
