import { readdirSync, readFileSync } from "node:fs";
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

describe("yarn.lock", () => {
  it("classic: entries by their key line, aliases resolved, local file: entries skipped; all transitive", async () => {
    expect(await evidenceOf(`${F}/yarn/classic/yarn.lock`)).toEqual([
      "5:2 npm:@anthropic-ai/sdk anthropic - transitive",
      "18:1 npm:ai - vercel-ai-sdk transitive",
      "26:1 npm:openai openai - transitive", // gpt@npm:openai@^4.28.0
    ]);
  });

  it("berry: the workspace entry's dependencies are direct; an optional peer with no entry is no evidence", async () => {
    const f = `${F}/yarn/berry/yarn.lock`;
    expect(await evidenceOf(f)).toEqual([
      "8:2 npm:@anthropic-ai/sdk anthropic - direct",
      "18:2 npm:@langchain/openai openai langchain transitive",
      "34:2 npm:langchain - langchain direct",
    ]);
    expect(lineOf(f, 41)).toBe("    openai: \"*\""); // langchain's optional peer, not installed
  });

  it("berry (metadata v6): alias and patch entries resolve to the real package; the aliased workspace dependency is direct", async () => {
    expect(await evidenceOf(`${F}/yarn/berry-v6/yarn.lock`)).toEqual(["16:2 npm:openai openai - direct"]);
  });

  it("corrupt: one diagnostic", async () => {
    const out = await scan(`${F}/yarn/broken/yarn.lock`);
    expect(out.evidence).toEqual([]);
    expect(out.diagnostics.map((d) => d.message)).toEqual(["could not parse yarn.lock: expected an entry 'name@range:' at line 6"]);
  });
});

describe("pnpm-lock.yaml", () => {
  it("v5.4: /name/version keys, peer suffixes stripped, top-level dependencies direct", async () => {
    expect(await evidenceOf(`${F}/pnpm/v5/pnpm-lock.yaml`)).toEqual([
      "23:3 npm:langchain - langchain direct", // /langchain/0.0.200_openai@4.28.0
      "45:3 npm:openai openai - direct", // the /openai/3.3.0 copy (line 39) is the same target
    ]);
  });

  it("v5.4: an optional peer named only in peerDependenciesMeta is no evidence", async () => {
    const out = await scan(`${F}/pnpm/v5/pnpm-lock.yaml`);
    expect(out.evidence.filter((e) => e.vendor === "anthropic")).toEqual([]);
  });

  it("v6: importers of a workspace, /name@version keys, an npm: alias resolving to /openai@4.28.0", async () => {
    expect(await evidenceOf(`${F}/pnpm/v6/pnpm-lock.yaml`)).toEqual([
      "35:3 npm:@anthropic-ai/sdk anthropic - direct",
      "58:3 npm:openai openai - direct",
    ]);
  });

  it("v9: packages (not snapshots) keys, importer versions with peer suffixes, transitive openai", async () => {
    expect(await evidenceOf(`${F}/pnpm/v9/pnpm-lock.yaml`)).toEqual([
      "24:4 npm:@langchain/core - langchain direct",
      "28:4 npm:@langchain/openai openai langchain direct",
      "41:3 npm:openai openai - transitive",
    ]);
    const out = await scan(`${F}/pnpm/v9/pnpm-lock.yaml`);
    expect(out.evidence.filter((e) => e.vendor === "anthropic")).toEqual([]); // optional peer + transitivePeerDependencies only
  });

  it("block scalars (pnpm's `deprecated: |-` messages, blank lines inside) are values, never entries, and lose nothing after them", async () => {
    const out = await scan(`${F}/pnpm/v9-deprecated/pnpm-lock.yaml`);
    expect(out.diagnostics).toEqual([]);
    expect(await evidenceOf(`${F}/pnpm/v9-deprecated/pnpm-lock.yaml`)).toEqual([
      "17:3 npm:openai openai - direct",
      // after both block scalars: still read (transitive: no importer names it)
      "29:3 npm:groq-sdk groq - transitive",
    ]);
  });

  it("corrupt: one diagnostic", async () => {
    const out = await scan(`${F}/pnpm/broken/pnpm-lock.yaml`);
    expect(out.evidence).toEqual([]);
    expect(out.diagnostics.map((d) => d.message)).toEqual(["could not parse pnpm-lock.yaml: unterminated quoted string at line 5"]);
  });

  it("a file without lockfileVersion is a diagnostic", async () => {
    const out = await scanText("pnpm-lock.yaml", "packages:\n\n  /openai@4.28.0:\n    dev: false\n");
    expect(out.evidence).toEqual([]);
    expect(out.diagnostics.map((d) => d.message)).toEqual(["could not parse pnpm-lock.yaml: no lockfileVersion"]);
  });
});

describe("bun.lock", () => {
  it("JSONC with trailing commas; workspace dependencies direct, nested copies and optional peers are not", async () => {
    expect(await evidenceOf(`${F}/bun/text/bun.lock`)).toEqual([
      "16:6 npm:@langchain/openai openai langchain transitive",
      "20:6 npm:langchain - langchain direct",
      "22:6 npm:openai openai - direct",
    ]);
    const out = await scan(`${F}/bun/text/bun.lock`);
    expect(out.evidence.filter((e) => e.vendor === "anthropic")).toEqual([]); // optionalPeers only
  });

  it("comments are allowed and offsets stay those of the raw text", async () => {
    const text = '{\n  // generated\n  "lockfileVersion": 1, /* v1 */\n  "packages": {\n    "openai": ["openai@4.28.0", "", {}, "sha512-x"], // trailing\n  },\n}\n';
    const out = await scanText("bun.lock", text);
    expect(out.diagnostics).toEqual([]);
    expect(out.evidence.map(where)).toEqual(["5:6 npm:openai openai - transitive"]);
  });

  it("corrupt: one diagnostic; bun.lockb (binary) is skipped without one", async () => {
    const out = await scan(`${F}/bun/broken/bun.lock`);
    expect(out.evidence).toEqual([]);
    expect(out.diagnostics.map((d) => d.message)).toEqual(["could not parse bun.lock: expected ',' or '}' at line 5 column 5"]);
    expect(await scanText("app/bun.lockb", "\u0000bun-lockfile-format-v0\u0000openai")).toEqual({ evidence: [], literals: [], diagnostics: [] });
  });
});

describe("Python lockfiles", () => {
  it("poetry.lock 2.0: [[package]] name lines; optional (extras-only) still evidence; boto3 needs a literal, a directory source is local; all transitive", async () => {
    expect(await evidenceOf(`${F}/poetry/v2/poetry.lock`)).toEqual([
      "4:1 pypi:anthropic anthropic - transitive",
      "33:1 pypi:langchain-openai openai langchain transitive",
      "48:1 pypi:openai openai - transitive",
    ]);
  });

  it("poetry.lock 1.1: the package table, not the [metadata.files] key, locates the entry", async () => {
    expect(await evidenceOf(`${F}/poetry/v1/poetry.lock`)).toEqual(["2:1 pypi:openai openai - transitive"]);
  });

  it("uv.lock: the virtual root's and editable member's dependencies (and extras) are direct", async () => {
    expect(await evidenceOf(`${F}/uv/workspace/uv.lock`)).toEqual([
      "12:1 pypi:anthropic anthropic - direct", // support-bot[claude]
      "25:1 pypi:langchain-openai openai langchain direct", // support-worker
      "35:1 pypi:openai openai - transitive",
    ]);
  });

  it("Pipfile.lock: default and develop, editable path entries skipped; all transitive", async () => {
    expect(await evidenceOf(`${F}/pipfile/default/Pipfile.lock`)).toEqual([
      "19:10 pypi:openai openai - transitive",
      "39:10 pypi:anthropic anthropic - transitive",
    ]);
  });

  it("pdm.lock: a package locked with extras is one evidence", async () => {
    expect(await evidenceOf(`${F}/pdm/default/pdm.lock`)).toEqual(["14:1 pypi:anthropic anthropic - transitive"]);
  });

  it("corrupt poetry.lock, uv.lock, Pipfile.lock: one diagnostic each", async () => {
    for (const [f, what] of [
      [`${F}/poetry/broken/poetry.lock`, "poetry.lock"],
      [`${F}/uv/broken/uv.lock`, "uv.lock"],
      [`${F}/pipfile/broken/Pipfile.lock`, "Pipfile.lock"],
    ] as const) {
      const out = await scan(f);
      expect(out.evidence, f).toEqual([]);
      expect(out.diagnostics, f).toHaveLength(1);
      expect(out.diagnostics[0]!.message, f).toMatch(new RegExp(`^could not parse ${what.replace(".", "\\.")}: `));
    }
  });
});

describe("Cargo.lock, Gemfile.lock, composer.lock, go.sum, packages.lock.json, gradle.lockfile", () => {
  it("Cargo.lock: the source-less workspace crate's dependencies are direct; look-alike crates are not evidence", async () => {
    expect(await evidenceOf(`${F}/cargo/v4/Cargo.lock`)).toEqual(["6:1 cargo:async-openai openai - direct"]);
  });

  it("Gemfile.lock: four-space specs from GIT and GEM; DEPENDENCIES and the PATH gemspec's requirements are direct; six-space requirements are not gems", async () => {
    const f = `${F}/gemfile/default/Gemfile.lock`;
    expect(await evidenceOf(f)).toEqual([
      "6:5 rubygems:ruby-openai openai - direct",
      "20:5 rubygems:anthropic anthropic - direct",
      "30:5 rubygems:langchainrb - langchainrb direct", // the Langchain.rb framework (rules/frameworks/langchainrb.yml)
    ]);
    expect(lineOf(f, 31)).toBe("      openai (~> 0.1)"); // a requirement of langchainrb, not a resolved gem
  });

  it("composer.lock: package names only (not suggest/require/authors); path packages are local", async () => {
    expect(await evidenceOf(`${F}/composer/default/composer.lock`)).toEqual(["10:22 composer:openai-php/client openai - transitive"]);
  });

  it("go.sum: module versions with a content hash; a /go.mod-only version is not built, so no evidence; /vN majors resolve", async () => {
    const f = `${F}/gosum/default/go.sum`;
    expect(await evidenceOf(f)).toEqual([
      "4:1 go:github.com/openai/openai-go openai - transitive",
      "6:1 go:github.com/sashabaranov/go-openai openai - transitive",
    ]);
    expect(lineOf(f, 1)).toMatch(/^github\.com\/anthropics\/anthropic-sdk-go v\S+\/go\.mod /);
  });

  it("packages.lock.json: Direct vs Transitive, Project references skipped, one evidence across target frameworks", async () => {
    expect(await evidenceOf(`${F}/nuget/default/packages.lock.json`)).toEqual([
      "5:8 nuget:OpenAI openai - direct",
      "14:8 nuget:Azure.AI.OpenAI azure-openai - transitive",
    ]);
  });

  it("gradle.lockfile: group:artifact coordinates, all transitive", async () => {
    expect(await evidenceOf(`${F}/gradle/default/gradle.lockfile`)).toEqual([
      "4:1 maven:com.anthropic:anthropic-java-core anthropic - transitive",
      "5:1 maven:com.anthropic:anthropic-java anthropic - transitive",
      "7:1 maven:com.openai:openai-java openai - transitive",
    ]);
  });

  it("corrupt files: one diagnostic each", async () => {
    for (const f of ["cargo/broken/Cargo.lock", "gemfile/broken/Gemfile.lock", "composer/broken/composer.lock", "gosum/broken/go.sum", "nuget/broken/packages.lock.json"]) {
      const out = await scan(`${F}/${f}`);
      expect(out.evidence, f).toEqual([]);
      expect(out.diagnostics, f).toHaveLength(1);
      expect(out.diagnostics[0]!.message, f).toMatch(/^could not parse /);
    }
  });
});

describe("every fixture", () => {
  it("has no evidence for the look-alike traps, and every evidence line names its package", async () => {
    const files = (readdirSync(join(packageRoot(), F), { recursive: true }) as string[])
      .map((p) => `${F}/${p.split("\\").join("/")}`)
      .filter((p) => p.split("/").length === 5 && !p.includes("/broken/"));
    expect(files.length).toBe(23);
    for (const f of files) {
      const out = await scan(f);
      for (const e of out.evidence) {
        expect(e.package, f).not.toMatch(/openapi|openai-fake|openai-stub|boto3/);
        const line = lineOf(f, e.line);
        expect(line.trim().startsWith(e.snippet.replace(/…$/, "")), `${f}:${e.line} snippet`).toBe(true);
        const bare = e.package!.replace(/\*$/, "").replace(/^github\.com\/openai\/openai-go$/, "openai-go");
        // An npm alias's key is the alias; its descriptor's next line names the real package.
        const entry = `${line}\n${lineOf(f, e.line + 1)}`;
        expect(entry.toLowerCase(), `${f}:${e.line}`).toContain(bare.toLowerCase());
      }
    }
  });
});

describe("dispatch and size", () => {
  it("picks the parser by file name, case-insensitively, in any folder; unknown lockfiles yield nothing", async () => {
    const lock = '{"lockfileVersion": 3, "packages": {"node_modules/openai": {"version": "4.28.0"}}}';
    expect((await scanText("svc/a/PACKAGE-LOCK.JSON", lock)).evidence.map(where)).toEqual(["1:38 npm:openai openai - transitive"]);
    expect(await scanText("Podfile.lock", "PODS:\n  - OpenAI (0.2.0)\n")).toEqual({ evidence: [], literals: [], diagnostics: [] });
  });

  it("mix.lock: Hex entries, all transitive (mix.exs names the direct ones); git entries name no Hex package", async () => {
    const lock = '%{\n  "openai_ex": {:hex, :openai_ex, "0.9.18", "aa", [:mix], [], "hexpm", "bb"},\n  "lc": {:git, "https://github.com/brainlid/langchain.git", "abc", []},\n}\n';
    expect((await scanText("mix.lock", lock)).evidence.map(where)).toEqual(["2:24 hex:openai_ex openai - transitive"]);
  });

  it("pubspec.lock: direct main / direct dev are direct, transitive is not", async () => {
    const lock = 'packages:\n  dart_openai:\n    dependency: "direct main"\n    version: "5.1.0"\n  openai_dart:\n    dependency: transitive\n    version: "0.4.5"\nsdks:\n  dart: ">=3.3.0"\n';
    expect((await scanText("pubspec.lock", lock)).evidence.map(where)).toEqual(["2:3 pub:dart_openai openai - direct", "5:3 pub:openai_dart openai - transitive"]);
  });

  it("a 5 MB package-lock.json and a 5 MB pnpm-lock.yaml parse well under a second, located exactly", async () => {
    const pk: Record<string, unknown> = { "": { name: "big", dependencies: { openai: "^4" } } };
    for (let i = 0; i < 12000; i++) {
      pk[`node_modules/pkg-${i}/node_modules/dep-${i}`] = { version: "1.2.3", resolved: `https://registry.npmjs.org/pkg-${i}/-/pkg-${i}-1.2.3.tgz`, integrity: `sha512-${"A".repeat(86)}==`, dev: true, dependencies: { a: "^1", b: "^2", c: "^3" }, engines: { node: ">=14" } };
    }
    pk["node_modules/openai"] = { version: "4.28.0" };
    const npmText = JSON.stringify({ name: "big", lockfileVersion: 3, requires: true, packages: pk }, null, 2);
    expect(npmText.length).toBeGreaterThan(5_000_000);
    let t = performance.now();
    const npm = await scanText("package-lock.json", npmText);
    const npmMs = performance.now() - t;
    const npmLine = npmText.slice(0, npmText.indexOf('"node_modules/openai"')).split("\n").length;
    expect(npm.evidence.map(where)).toEqual([`${npmLine}:6 npm:openai openai - direct`]);

    let yml = "lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies:\n      openai:\n        specifier: ^4.0.0\n        version: 4.28.0\n\npackages:\n\n";
    const parts: string[] = [];
    for (let i = 0; i < 25000; i++) parts.push(`  pkg-${i}@1.2.${i}:\n    resolution: {integrity: sha512-${"A".repeat(86)}==}\n    engines: {node: '>=14'}\n\n`);
    parts.push("  openai@4.28.0:\n    resolution: {integrity: sha512-x}\n\nsnapshots:\n\n");
    for (let i = 0; i < 25000; i++) parts.push(`  pkg-${i}@1.2.${i}:\n    dependencies:\n      a: 1.0.0\n      b: 2.0.0(zod@3.22.4)\n\n`);
    yml += parts.join("");
    expect(yml.length).toBeGreaterThan(5_000_000);
    t = performance.now();
    const pnpm = await scanText("pnpm-lock.yaml", yml);
    const pnpmMs = performance.now() - t;
    const pnpmLine = yml.slice(0, yml.indexOf("  openai@4.28.0:")).split("\n").length;
    expect(pnpm.evidence.map(where)).toEqual([`${pnpmLine}:3 npm:openai openai - direct`]);
    // Typically ~0.2 s each; the bound leaves room for a slow CI machine.
    expect(npmMs).toBeLessThan(1000);
    expect(pnpmMs).toBeLessThan(1000);
  });
});
