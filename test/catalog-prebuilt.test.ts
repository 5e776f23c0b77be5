// The bundle's prebuilt catalog stands in for rules/ only when rules/ holds
// exactly the files it was built from (same sha256 over names and bytes): any
// edit on disk is read from disk.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { BuiltinCatalog } from "../src/catalog/builtin.js";
import { compileCatalog } from "../src/catalog/compile.js";
import { loadCatalog, prebuiltCatalog, prebuiltFor, readRuleFiles } from "../src/catalog/load.js";
import type { Ecosystem } from "../src/types.js";
import { packageRoot } from "../src/package-root.js";

// From src/ there is no built-in catalog: these tests give loadCatalog one, as the bundle does.
const builtin = vi.hoisted(() => ({ value: undefined as BuiltinCatalog | undefined }));
vi.mock("../src/catalog/builtin.js", () => ({
  get BUILTIN() {
    return builtin.value;
  },
}));

const rules = join(packageRoot(), "rules");
const pre = prebuiltCatalog(rules);
let dir: string | undefined;

/** A copy of rules/ with `edit` applied. */
function edited(edit: (copy: string) => void): string {
  dir = mkdtempSync(join(tmpdir(), "shadow-ai-rules-"));
  const copy = join(dir, "rules");
  cpSync(rules, copy, { recursive: true });
  edit(copy);
  return copy;
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("prebuilt catalog selection", () => {
  it("is used for the same rule files, also from another folder", () => {
    expect(prebuiltFor(pre, readRuleFiles(rules))).toBe(pre);
    expect(prebuiltFor(pre, readRuleFiles(edited(() => {})))).toBe(pre);
    expect(prebuiltFor(undefined, readRuleFiles(rules))).toBeUndefined();
  });

  it("is not used when any file's text, name or folder differs", () => {
    const openai = (copy: string) => join(copy, "vendors", "openai.yml");
    const cases: ((copy: string) => void)[] = [
      // One character more, and one changed in place (same length).
      (copy) => writeFileSync(openai(copy), `${readFileSync(openai(copy), "utf8")}\n`),
      (copy) => writeFileSync(openai(copy), readFileSync(openai(copy), "utf8").replace("api.openai.com", "api.openai.con")),
      (copy) => writeFileSync(join(copy, "vendors", "zz-new.yml"), "id: zz-new\n"),
      (copy) => rmSync(openai(copy)),
      (copy) => renameSync(openai(copy), join(copy, "vendors", "openai.yaml")),
      (copy) => renameSync(openai(copy), join(copy, "frameworks", "openai.yml")),
    ];
    for (const edit of cases) expect(prebuiltFor(pre, readRuleFiles(edited(edit)))).toBeUndefined();
  });

  it("loadCatalog takes an edit on disk from disk, and the unedited rules from the built-in catalog", () => {
    // A built-in catalog whose source is marked: loadCatalog used it if the mark shows.
    const marked = structuredClone(pre);
    marked.source.vendors.find((v) => v.id === "openai")!.env!.push("MARKED_BUILTIN_KEY");
    builtin.value = marked;
    try {
      expect(loadCatalog(edited(() => {})).lookupEnv("MARKED_BUILTIN_KEY")).toBe("openai");
      const copy = edited((c) => {
        const file = join(c, "vendors", "openai.yml");
        writeFileSync(file, readFileSync(file, "utf8").replace(/^env:\n/m, "env:\n  - EDITED_ON_DISK_KEY\n"));
      });
      const catalog = loadCatalog(copy);
      expect(catalog.lookupEnv("EDITED_ON_DISK_KEY")).toBe("openai");
      expect(catalog.lookupEnv("MARKED_BUILTIN_KEY")).toBeUndefined();
    } finally {
      builtin.value = undefined;
    }
  });

  it("a catalog compiled with the prebuilt prefilter (no token collection) looks up what a full compile does", () => {
    const full = compileCatalog(pre.source, pre.version);
    const fast = compileCatalog(pre.source, pre.version, pre.prefilter);
    expect(fast.prefilter.source).toBe(full.prefilter.source);
    const all = [...pre.source.vendors, ...pre.source.frameworks, ...pre.source.frameworks.flatMap((f) => f.providers ?? [])];
    let n = 0;
    for (const e of all) {
      for (const [eco, list] of Object.entries(e.packages ?? {}) as [Ecosystem, (string | { name: string })[]][]) {
        for (const spec of list) {
          const name = (typeof spec === "string" ? spec : spec.name).replace(/\*$/, "x");
          expect(fast.lookupPackage(eco, name)).toEqual(full.lookupPackage(eco, name));
          n++;
        }
      }
      for (const [lang, roots] of Object.entries(e.imports ?? {})) {
        for (const root of roots as string[]) expect(fast.lookupImport(lang as never, `${root}.sub`)).toEqual(full.lookupImport(lang as never, `${root}.sub`));
      }
    }
    expect(n).toBeGreaterThan(100);
    expect(fast.tools.matchPath(".claude/settings.json")).toEqual(full.tools.matchPath(".claude/settings.json"));
  });
});
