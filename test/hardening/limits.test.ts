// Memory stays bounded: very many files, and one very large file, cost a
// generous but finite amount (the report itself aside). Ceilings are loose on
// purpose: they catch "holds every file's text" or "copies a line per literal",
// not a few megabytes of noise.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scan } from "../../src/scan/scan.js";

const MB = 1024 * 1024;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "shadow-ai-limits-"));
  // 20,000 small files in 200 folders, 1 in 1,000 using a vendor.
  for (let d = 0; d < 200; d++) {
    const dir = join(root, "many", `pkg${d}`);
    await mkdir(dir, { recursive: true });
    await Promise.all(
      Array.from({ length: 100 }, (_, i) => {
        const n = d * 100 + i;
        const text = n % 1000 === 0 ? `import OpenAI from "openai";\nexport const c${n} = new OpenAI();\n` : `export const v${n} = ${n};\n// nothing here\n`;
        return writeFile(join(dir, `f${i}.ts`), text);
      }),
    );
  }
  // Minified-style single lines full of strings: 8 MB (scanned under a raised
  // cap) and 24 MB (over the default cap: skipped).
  const chunk = 'x("https://example.com/a"),y("model"),';
  const line = (mb: number) => `import Anthropic from "@anthropic-ai/sdk";${chunk.repeat(Math.ceil((mb * MB) / chunk.length))}\n`;
  await mkdir(join(root, "big"), { recursive: true });
  await writeFile(join(root, "big", "bundle.js"), line(8));
  await mkdir(join(root, "huge"), { recursive: true });
  await writeFile(join(root, "huge", "bundle.js"), line(24));
  await writeFile(join(root, "huge", "app.py"), "import openai\n");
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe("bounded memory", () => {
  it("20,000 files: the heap does not grow with the tree", async () => {
    const before = process.memoryUsage().heapUsed;
    const report = await scan(join(root, "many"));
    const grown = process.memoryUsage().heapUsed - before;
    expect(report.stats.files).toBe(20_000);
    expect(report.vendors.map((v) => [v.id, v.evidence.length])).toEqual([["openai", 20]]);
    expect(grown).toBeLessThan(256 * MB);
  }, 120_000);

  it("an 8 MB single-line file under a raised cap is scanned within a finite heap", async () => {
    const before = process.memoryUsage().heapUsed;
    const report = await scan(join(root, "big"), { maxFileSize: 16 * MB });
    const grown = process.memoryUsage().heapUsed - before;
    expect(report.vendors.map((v) => v.id)).toEqual(["anthropic"]);
    expect(grown).toBeLessThan(512 * MB);
  }, 120_000);

  it("a 24 MB file over the default cap costs one diagnostic, and the rest of the scan is complete", async () => {
    const report = await scan(join(root, "huge"));
    expect(report.vendors.map((v) => v.id)).toEqual(["openai"]);
    expect(report.stats.skippedBy["too-large"]).toBe(1);
    expect(report.diagnostics.map((d) => d.file)).toEqual(["bundle.js"]);
  }, 120_000);
});
