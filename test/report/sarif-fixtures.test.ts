import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INVENTORY_LOCATIONS } from "../../src/inventory/find.js";
import { toSarif } from "../../src/report/sarif.js";
import { scan } from "../../src/scan/scan.js";
import { bundleCli, REPO } from "../helpers/cli-bundle.js";
import { validateSarif } from "../helpers/sarif-validate.js";

// The SARIF of every fixture tree passes the Multitool's GitHub and SARIF rules,
// and what one result per location means for code scanning's alerts.

const FIXTURES = join(REPO, "fixtures");
const NOW = new Date("2026-09-01T00:00:00Z");

/** Every top-level fixture tree, plus every folder below that has its own inventory (it scans differently as a root). */
function fixtureTrees(): string[] {
  const trees = new Set<string>();
  const walk = (rel: string, depth: number) => {
    for (const e of readdirSync(join(FIXTURES, rel), { withFileTypes: true })) {
      if (!e.isDirectory() || e.name === "node_modules" || e.name === ".github") continue;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (depth === 0 || INVENTORY_LOCATIONS.some((l) => existsSync(join(FIXTURES, child, l)))) trees.add(child);
      if (depth < 4) walk(child, depth + 1);
    }
  };
  walk("", 0);
  return [...trees].sort();
}

interface Result {
  ruleId: string;
  partialFingerprints: Record<string, string>;
  properties: { identity: string; vendor?: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }[];
}
const results = (sarif: string): Result[] => JSON.parse(sarif).runs[0].results;

/**
 * What code scanning keeps as alerts from one analysis: results are the same
 * alert when their rule and partial fingerprints match (it deduplicates on them).
 */
const alerts = (rs: Result[]) => new Set(rs.map((r) => `${r.ruleId}\u0000${JSON.stringify(Object.entries(r.partialFingerprints).sort())}`));

describe("SARIF of every fixture tree", () => {
  let cli: Awaited<ReturnType<typeof bundleCli>>;
  const tmp = mkdtempSync(join(tmpdir(), "shadow-ai-sarif-fixtures-"));
  beforeAll(async () => {
    cli = await bundleCli("sarif-fixtures");
  }, 120_000);
  afterAll(async () => {
    await cli?.remove();
    rmSync(tmp, { recursive: true, force: true });
  });

  const runCli = (cwd: string, args: string[]) => spawnSync(process.execPath, [cli.cli, ...args], { cwd, encoding: "utf8" });

  it("passes the Multitool with no error, in-root and with an inventory outside the root", async () => {
    const trees = fixtureTrees();
    expect(trees).toContain("demo-app");
    expect(trees).toContain("org/acme/api"); // has its own inventory
    const logs: Record<string, string> = {};
    for (const t of trees) logs[t] = toSarif(await scan(join(FIXTURES, t), { displayRoot: t, now: NOW }));

    // The organisation inventory outside each repository, both ways its path
    // reaches the report: through the CLI as `--inventory ../../inventory.yml`
    // from inside the repository, and as an org inventory named relative to the
    // working directory (`fixtures/org/inventory.yml`, not the scanned root).
    const external: Record<string, string> = {};
    for (const repo of readdirSync(join(FIXTURES, "org/acme"))) {
      const res = runCli(join(FIXTURES, "org/acme", repo), ["scan", ".", "--inventory", "../../inventory.yml", "--format", "sarif", "--no-baseline"]);
      expect(res.stderr).toBe("");
      logs[`org/${repo} --inventory ../../inventory.yml`] = external[repo] = res.stdout;
      logs[`org/${repo} orgInventory`] = external[`${repo} org`] = toSarif(await scan(join(FIXTURES, "org/acme", repo), { orgInventory: "fixtures/org/inventory.yml", now: NOW }));
    }
    // the external case is exercised: findings sit on the organisation inventory, by absolute URI, with no base
    const inventoryUri = pathToFileURL(join(FIXTURES, "org/inventory.yml")).href;
    const locs = (keys: string[]) =>
      keys.flatMap((k) => results(external[k]!)).map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    for (const keys of [Object.keys(external).filter((k) => !k.endsWith(" org")), Object.keys(external).filter((k) => k.endsWith(" org"))]) {
      const onInventory = locs(keys).filter((l) => l.uri === inventoryUri);
      expect(onInventory.length).toBeGreaterThan(0);
      expect(onInventory.every((l) => l.uriBaseId === undefined)).toBe(true);
      // and nothing else climbs out of %SRCROOT%
      expect(locs(keys).filter((l) => l.uriBaseId !== undefined && (l.uri.startsWith("/") || l.uri.startsWith("..") || l.uri.startsWith("fixtures/")))).toEqual([]);
    }

    // not vacuous: the logs hold results of many rules
    const rules = new Set(Object.values(logs).flatMap((l) => results(l).map((r) => r.ruleId)));
    expect(rules.size).toBeGreaterThanOrEqual(5);

    const problems = validateSarif(logs);
    const errors = Object.entries(problems).flatMap(([name, ps]) => ps.filter((p) => p.level === "error").map((p) => `${name}: ${p.ruleId} ${p.text}`));
    expect(errors).toEqual([]);
    expect(Object.keys(problems)).toHaveLength(Object.keys(logs).length);
  }, 300_000);

  describe("one result per location: what code scanning makes of it", () => {
    const tree = join(FIXTURES, "sarif-identity");
    const cohere = (rs: Result[]) => rs.filter((r) => r.ruleId === "undeclared-vendor" && r.properties.vendor === "cohere");

    it("three uses of one undeclared vendor are three results with one identity and three alerts", async () => {
      const rs = cohere(results(toSarif(await scan(tree, { now: NOW }))));
      expect(rs.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(["src/jobs/rerank.py", "src/rank.py", "src/summary.py"]);
      expect(new Set(rs.map((r) => r.properties.identity)).size).toBe(1);
      // the same line text (`import cohere`) in two files does not merge them
      expect(alerts(rs).size).toBe(3);
    });

    it("moving lines keeps the alert; moving a file makes a new alert at the new place, under the same identity", async () => {
      const copy = join(tmp, "moved");
      cpSync(tree, copy, { recursive: true });
      const before = cohere(results(toSarif(await scan(copy, { now: NOW }))));
      // two lines inserted above the use: same fingerprint, same alert
      const rank = join(copy, "src/rank.py");
      writeFileSync(rank, `"""Ranking."""\n\n${readFileSync(rank, "utf8")}`);
      // a file moved: the alert at the old place closes, one opens at the new place
      mkdirSync(join(copy, "src/legacy"));
      renameSync(join(copy, "src/jobs/rerank.py"), join(copy, "src/legacy/rerank.py"));
      const after = cohere(results(toSarif(await scan(copy, { now: NOW }))));

      const at = (rs: Result[], uri: string) => rs.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === uri)!;
      expect(at(after, "src/rank.py").locations[0]!.physicalLocation.region.startLine).toBe(3);
      expect(at(after, "src/rank.py").partialFingerprints).toEqual(at(before, "src/rank.py").partialFingerprints);
      expect(at(after, "src/legacy/rerank.py").partialFingerprints).not.toEqual(at(before, "src/jobs/rerank.py").partialFingerprints);
      expect(new Set([...before, ...after].map((r) => r.properties.identity)).size).toBe(1);
      const kept = [...alerts(after)].filter((a) => alerts(before).has(a));
      expect(kept).toHaveLength(2);
    });
  });
});
