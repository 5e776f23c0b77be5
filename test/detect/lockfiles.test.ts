import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { detectLockfile } from "../../src/detect/lockfiles/index.js";
import type { DetectOutput } from "../../src/detect/types.js";
import { packageRoot } from "../../src/package-root.js";
import type { Evidence } from "../../src/types.js";

const catalog = loadCatalog();

async function scanText(path: string, text: string): Promise<DetectOutput> {
  return detectLockfile({ file: { path, kind: "lockfile", size: text.length }, text, catalog });
}

async function scan(path: string): Promise<DetectOutput> {
  return scanText(path, readFileSync(join(packageRoot(), path), "utf8"));
}

/** `line:column ecosystem:package vendor framework direct|transitive` */
const where = (e: Evidence) =>
  `${e.line}:${e.column} ${e.ecosystem}:${e.package} ${e.vendor ?? "-"} ${e.framework ?? "-"} ${e.transitive ? "transitive" : "direct"}`;

async function evidenceOf(path: string): Promise<string[]> {
  const out = await scan(path);
  expect(out.diagnostics).toEqual([]);
  expect(out.literals).toEqual([]);
  for (const e of out.evidence) {
    expect(e.kind).toBe("lockfile");
    expect(e.file).toBe(path);
  }
  return out.evidence.map(where);
}

/** The raw line an evidence points at, to prove it names the package there. */
function lineOf(path: string, line: number): string {
  return readFileSync(join(packageRoot(), path), "utf8").split("\n")[line - 1]!;
}

const F = "fixtures/lockfiles";

describe("package-lock.json / npm-shrinkwrap.json", () => {
  it("v1: walks the dependencies tree, nested entries included; all transitive (v1 records no root dependencies)", async () => {
    const f = `${F}/npm/v1/package-lock.json`;
    expect(await evidenceOf(f)).toEqual([
      "7:6 npm:@anthropic-ai/sdk anthropic - transitive",
      "27:6 npm:langchain - langchain transitive",
      "65:10 npm:@ai-sdk/openai openai vercel-ai-sdk transitive", // nested, optional: installed where it can be
    ]);
  });

  it("v1: a version-less optional peer placeholder is not installed, so no evidence", async () => {
    const f = `${F}/npm/v1/package-lock.json`;
    expect(lineOf(f, 41)).toBe('    "openai": {');
    const out = await scan(f);
    expect(out.evidence.filter((e) => e.package === "openai")).toEqual([]);
  });

  it("v2: reads packages (not the legacy dependencies), root-named entries direct, nested copies deduplicated", async () => {
    const f = `${F}/npm/v2/package-lock.json`;
    expect(await evidenceOf(f)).toEqual([
      "25:6 npm:@langchain/openai openai langchain transitive",
      "51:6 npm:langchain - langchain direct",
      "68:6 npm:openai openai - direct", // the nested 4.38.5 copy at line 37 is the same target
    ]);
    const out = await scan(f);
    expect(out.evidence.find((e) => e.package === "openai")!.snippet).toBe('"node_modules/openai": {');
  });

  it("v2: the optional peer placeholder and the legacy section's copy of it are no evidence", async () => {
    const f = `${F}/npm/v2/package-lock.json`;
    expect(lineOf(f, 20)).toBe('    "node_modules/@anthropic-ai/sdk": {');
    const out = await scan(f);
    expect(out.evidence.filter((e) => e.vendor === "anthropic")).toEqual([]);
  });

  it("v3 workspaces: a workspace's dependencies are direct, aliases resolve to the real name, peer and optional entries with a version are installed", async () => {
    const f = `${F}/npm/v3-workspaces/package-lock.json`;
    expect(await evidenceOf(f)).toEqual([
      "23:6 npm:@ai-sdk/openai openai vercel-ai-sdk transitive", // "peer": true, installed (npm 7+ installs peers)
      "32:6 npm:@anthropic-ai/sdk anthropic - direct", // hoisted, named by packages/api
      "81:6 npm:openai openai - direct", // packages/api/node_modules/llm → openai
    ]);
  });

  it("npm-shrinkwrap.json: same format, an aliased root dependency is direct", async () => {
    expect(await evidenceOf(`${F}/npm/shrinkwrap/npm-shrinkwrap.json`)).toEqual(["17:6 npm:openai openai - direct"]);
  });

  it("corrupt: one diagnostic, no evidence", async () => {
    const out = await scan(`${F}/npm/broken/package-lock.json`);
    expect(out.evidence).toEqual([]);
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]!.file).toBe(`${F}/npm/broken/package-lock.json`);
    expect(out.diagnostics[0]!.message).toMatch(/^could not parse npm lockfile: /);
  });
});
