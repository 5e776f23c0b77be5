import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog, readCatalogSource } from "../src/catalog/load.js";
import { packageRoot } from "../src/package-root.js";

const rules = join(packageRoot(), "rules");

describe("catalog", () => {
  it("every rules file validates against the schema and compiles", () => {
    const source = readCatalogSource(rules);
    expect(source.vendors.length).toBeGreaterThan(0);
    expect(() => loadCatalog(rules)).not.toThrow();
  });

  it("every entry names its sources", () => {
    const source = readCatalogSource(rules);
    for (const entry of [...source.vendors, ...source.frameworks]) expect(entry.sources.length, entry.id).toBeGreaterThan(0);
  });

  it("no package, env name or host belongs to two vendors", () => {
    const source = readCatalogSource(rules);
    const seen = new Map<string, string>();
    for (const v of source.vendors) {
      const keys = [
        ...Object.entries(v.packages ?? {}).flatMap(([eco, list]) => list.map((p) => `${eco}:${typeof p === "string" ? p : p.name}`)),
        ...(v.env ?? []).map((e) => `env:${e}`),
        ...(v.hosts ?? []).map((h) => `host:${typeof h === "string" ? h : h.host + (h.path ?? "")}`),
      ];
      for (const k of keys) {
        // A package may legitimately serve two vendors only when versions split it.
        const owner = seen.get(k);
        expect(owner === undefined || owner === v.id, `${k} in ${owner} and ${v.id}`).toBe(true);
        seen.set(k, v.id);
      }
    }
  });

  it("resolves packages, imports, hosts and env names", () => {
    const c = loadCatalog(rules);
    expect(c.lookupPackage("npm", "openai").map((t) => t.vendor)).toEqual(["openai"]);
    expect(c.lookupPackage("npm", "openapi")).toEqual([]);
    expect(c.lookupImport("js", "openai/resources/chat").map((t) => t.vendor)).toEqual(["openai"]);
    expect(c.lookupImport("python", "openai.types").map((t) => t.vendor)).toEqual(["openai"]);
    expect(c.lookupPackage("go", "github.com/openai/openai-go/v3/option").map((t) => t.vendor)).toEqual(["openai"]);
    expect(c.lookupPackage("go", "github.com/openai/openai-gopher")).toEqual([]);
    expect(c.matchHost("eu.api.openai.com")).toMatchObject({ vendor: "openai", region: "eu" });
    expect(c.matchHost("api.openai.com.evil.example")).toBeUndefined();
    expect(c.lookupEnv("OPENAI_API_KEY")).toBe("openai");
    expect(c.matchesModel("openai", "gpt-4o-mini")).toBe(true);
    expect(c.matchesModel("openai", "claude-3-haiku")).toBe(false);
  });
});
