import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../helpers/cli-bundle.js";

// What `npx shadow-ai` gets: the package as npm packs it, installed into an
// empty folder with an empty cache and --offline, so nothing but the tarball can
// arrive. The bundled dist/ needs no runtime dependency, and `files` must carry
// everything it reads (rules/, schema/, package.json): a scan of the demo app
// proves both.

const tmp = mkdtempSync(join(tmpdir(), "shadow-ai-pack-"));
const stage = join(tmp, "stage");
const app = join(tmp, "app");
const cache = join(tmp, "npm-cache");
/** npm with a private, empty cache and no network. */
const env = { ...process.env, npm_config_cache: cache, npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
let tarball = "";
let packed: string[] = [];

beforeAll(() => {
  // The working tree as git sees it (tracked and untracked, not ignored), so
  // `files` in package.json is the only filter; dist/ is rebuilt from it here,
  // not in the checkout, so a concurrent build cannot race this test.
  const list = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: REPO, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const rel of list) {
    const from = join(REPO, rel);
    if (!existsSync(from) || lstatSync(from).isDirectory()) continue; // deleted, or a submodule-like entry
    mkdirSync(dirname(join(stage, rel)), { recursive: true });
    copyFileSync(from, join(stage, rel));
  }
  symlinkSync(join(REPO, "node_modules"), join(stage, "node_modules"), "dir");
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: stage, stdio: "pipe" });
  const out = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", tmp], { cwd: stage, env, encoding: "utf8" })) as { filename: string; files: { path: string }[] }[];
  tarball = join(tmp, out[0]!.filename);
  packed = out[0]!.files.map((f) => f.path);

  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "empty-app", version: "1.0.0", private: true }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], { cwd: app, env, stdio: "pipe" });
}, 300_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the installed CLI the way a user does, through npx, without installing anything else. */
const npx = (args: string[], extraEnv: Record<string, string> = {}) =>
  spawnSync("npx", ["--no", "shadow-ai", ...args], { cwd: app, env: { ...env, ...extraEnv }, encoding: "utf8" });

describe("npm pack → install into an empty folder → npx shadow-ai", () => {
  it("the tarball holds the bundle, rules and schemas, and no sources, tests or fixtures", () => {
    expect(packed).toContain("package.json");
    expect(packed).toContain("dist/cli.js");
    expect(packed).toContain("schema/inventory.schema.json");
    expect(packed.some((p) => p.startsWith("rules/vendors/"))).toBe(true);
    expect(packed.filter((p) => /^(src|test|fixtures|scripts)\//.test(p))).toEqual([]);
  });

  it("installs shadow-ai alone: no runtime dependency is fetched", () => {
    const lock = JSON.parse(readFileSync(join(app, "package-lock.json"), "utf8")) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages).filter((p) => p !== "")).toEqual(["node_modules/shadow-ai"]);
    expect(readdirSync(join(app, "node_modules")).filter((n) => !n.startsWith("."))).toEqual(["shadow-ai"]);
  });

  it("scans a copy of the demo app with the demo's documented exit codes (0 with its baseline, 1 without: an undeclared vendor blocks)", () => {
    const demo = join(tmp, "demo-app");
    cpSync(join(REPO, "fixtures/demo-app"), demo, { recursive: true });
    const text = npx(["scan", demo]);
    expect(text.stderr).toBe("");
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("aws-bedrock");
    // the formats that read shipped files (schemas, catalog) work from the install too
    const sarif = npx(["scan", demo, "--no-baseline", "--format", "sarif"]);
    expect(sarif.status).toBe(1);
    expect(JSON.parse(sarif.stdout).runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain("undeclared-vendor");
    const init = npx(["init", demo, "-o", join(tmp, "starter.yml")]);
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    expect(readFileSync(join(tmp, "starter.yml"), "utf8")).toContain("aws-bedrock:");
  }, 120_000);

  it("evidence --format pdf without playwright-core (an optional peer) is a usage error that says how to install it", () => {
    const demo = join(tmp, "demo-pdf");
    cpSync(join(REPO, "fixtures/demo-app"), demo, { recursive: true });
    const json = npx(["scan", demo, "--format", "json"]);
    writeFileSync(join(tmp, "report.json"), json.stdout);
    // any executable stands in for the browser: the missing module is found first
    const pdf = npx(["evidence", join(tmp, "report.json"), "--format", "pdf", "-o", join(tmp, "pack.pdf")], { CHROME_PATH: process.execPath });
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toContain("playwright-core, an optional dependency that is not installed");
    expect(existsSync(join(tmp, "pack.pdf"))).toBe(false);
  }, 120_000);
});
