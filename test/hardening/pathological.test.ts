// Hostile and strange files through the whole scan(): each costs at most one
// diagnostic, none stops the scan, and a known-good file's evidence is still there.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InventoryError } from "../../src/inventory/errors.js";
import { scan } from "../../src/scan/scan.js";
import type { ScanReport } from "../../src/types.js";

const dirs: string[] = [];
function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "shadow-ai-patho-"));
  dirs.push(dir);
  for (const [p, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), body);
  }
  return dir;
}
afterAll(() => {
  for (const d of dirs) {
    try {
      chmodSync(join(d, "locked.py"), 0o644);
    } catch {
      /* not there */
    }
    rmSync(d, { recursive: true, force: true });
  }
});

const evidenceOf = (r: ScanReport, file: string) => r.vendors.flatMap((v) => v.evidence.filter((e) => e.file === file).map((e) => ({ vendor: v.id, line: e.line, kind: e.kind })));
const vendorsIn = (r: ScanReport, file: string) => [...new Set(evidenceOf(r, file).map((e) => e.vendor))].sort();

function atMostOneDiagnosticPerFile(r: ScanReport): void {
  const count = new Map<string, number>();
  for (const d of r.diagnostics) count.set(d.file, (count.get(d.file) ?? 0) + 1);
  expect([...count].filter(([, n]) => n > 1)).toEqual([]);
}

/** A YAML billion-laughs: 9 levels of 9 aliases each (9^9 nodes when expanded). */
function aliasBomb(top: string): string {
  const lines = [`a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
  for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(",")}]`);
  return `${top}\n${lines.join("\n")}\nbomb: *a8\n`;
}

const utf16 = (s: string, be: boolean) => {
  const le = Buffer.from(s, "utf16le");
  if (!be) return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const out = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [out[i], out[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), out]);
};

const CAP = 512 * 1024;

describe("pathological files through scan()", () => {
  let root: string;
  let outside: string;
  let report: ScanReport;
  const asRoot = process.getuid?.() === 0;

  beforeAll(async () => {
    outside = tree({ "secret.py": "import replicate\n", "sub/x.py": "import replicate\n" });
    root = tree({
      "good.py": "import os\nimport openai\n",
      "huge.py": "import anthropic\n" + "# padding\n".repeat(CAP / 5),
      "binary.py": Buffer.concat([Buffer.from("import cohere\n"), Buffer.from([0, 1, 2, 0, 255]), Buffer.from("import cohere\n")]),
      "image.ts": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      "latin1.py": Buffer.concat([Buffer.from("# caf"), Buffer.from([0xe9, 0xc3, 0x28, 0xa0, 0xa1]), Buffer.from("\nimport anthropic\n")]),
      "utf16le.py": utf16("# -*- coding: utf-16 -*-\r\nimport cohere\r\n", false),
      "utf16be.py": utf16("# -*- coding: utf-16 -*-\nimport mistralai\n", true),
      "crlf.py": "x = 1\r\n\r\nimport groq\r\n",
      "crlf.ts": '// a\r\n// b\r\n\r\nimport Anthropic from "@anthropic-ai/sdk";\r\n',
      "deep.json": '{"url": "https://api.openai.com/v1", "x": ' + "[".repeat(100_000) + "]".repeat(100_000) + "}\n",
      "deep-open.json": '{"url": "https://api.openai.com/v1", "x": ' + "[".repeat(100_000) + "\n",
      "deep.yaml": "url: https://api.openai.com/v1\nx: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n",
      "deep-block.yaml": "url: https://api.openai.com/v1\n" + Array.from({ length: 2000 }, (_, i) => " ".repeat(i) + "k:").join("\n") + "\n",
      "package.json": '{"dependencies": {"openai": "4"}, "x": ' + "[".repeat(100_000) + "]".repeat(100_000) + "}\n",
      "notebook.ipynb": '{"cells": [{"cell_type": "code", "source": ["import openai"]}], "x": ' + "[".repeat(100_000) + "]".repeat(100_000) + "}\n",
      "bomb.yaml": aliasBomb("url: https://api.openai.com/v1"),
      "template.yaml": aliasBomb("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Agent:\n    Type: AWS::Bedrock::Agent"),
      "compose.yaml": aliasBomb("services:\n  app:\n    image: ollama/ollama\n    environment:\n      OPENAI_API_KEY: x"),
      "with space.py": "import groq\n",
      "new\nline.py": "import cohere\n",
      "ünïcødé 日本.py": "import mistralai\n",
      "locked.py": "import anthropic\n",
    });
    chmodSync(join(root, "locked.py"), 0o000);
    // A named pipe with a code extension: reading it would block forever.
    execFileSync("mkfifo", [join(root, "pipe.py")]);
    symlinkSync(".", join(root, "loop"));
    symlinkSync(join(root, "a-dir-link"), join(root, "a-dir-link-2"));
    symlinkSync(join(root, "a-dir-link-2"), join(root, "a-dir-link"));
    symlinkSync(outside, join(root, "outside-dir"));
    symlinkSync(join(outside, "secret.py"), join(root, "outside.py"));
    symlinkSync("../../../../../../../../../etc/passwd", join(root, "passwd.py"));
    report = await scan(root, { noBaseline: true, maxFileSize: CAP });
  }, 60_000);

  it("the known-good file's evidence is there: the rest of the scan is complete", () => {
    expect(evidenceOf(report, "good.py")).toEqual([{ vendor: "openai", line: 2, kind: "import" }]);
  });

  it("each bad file costs at most one diagnostic", () => {
    atMostOneDiagnosticPerFile(report);
  });

  it("a file over the size cap is skipped with a diagnostic", () => {
    expect(evidenceOf(report, "huge.py")).toEqual([]);
    expect(report.diagnostics.filter((d) => d.file === "huge.py").map((d) => d.message)).toEqual([expect.stringMatching(/size cap/)]);
  });

  it("binaries with text extensions are skipped, not decoded", () => {
    expect(evidenceOf(report, "binary.py")).toEqual([]);
    expect(evidenceOf(report, "image.ts")).toEqual([]);
    expect(report.stats.skippedBy.binary).toBeGreaterThanOrEqual(2);
  });

  it("invalid UTF-8 is decoded leniently and the file still scanned", () => {
    expect(evidenceOf(report, "latin1.py")).toEqual([{ vendor: "anthropic", line: 2, kind: "import" }]);
  });

  it("UTF-16 LE and BE with a BOM are decoded", () => {
    expect(evidenceOf(report, "utf16le.py")).toEqual([{ vendor: "cohere", line: 2, kind: "import" }]);
    expect(evidenceOf(report, "utf16be.py")).toEqual([{ vendor: "mistral", line: 2, kind: "import" }]);
  });

  it("CRLF line endings keep evidence line numbers right", () => {
    expect(evidenceOf(report, "crlf.py")).toEqual([{ vendor: "groq", line: 3, kind: "import" }]);
    expect(evidenceOf(report, "crlf.ts")).toEqual([{ vendor: "anthropic", line: 4, kind: "import" }]);
  });

  it("100k-deep JSON and YAML neither overflow the stack nor lose the file's other evidence", () => {
    for (const f of ["deep.json", "deep.yaml", "deep-open.json", "deep-block.yaml"]) {
      expect(report.diagnostics.filter((d) => d.file === f).length, f).toBeLessThanOrEqual(1);
    }
    // A manifest past the JSON reader's nesting limit is one diagnostic, said plainly.
    expect(report.diagnostics.filter((d) => d.file === "package.json").map((d) => d.message)).toEqual([expect.stringMatching(/nesting too deep/)]);
  });

  it("YAML alias bombs in scanned files are bounded", () => {
    for (const f of ["bomb.yaml", "template.yaml", "compose.yaml"]) {
      expect(report.diagnostics.filter((d) => d.file === f).length, f).toBeLessThanOrEqual(1);
    }
  });

  it("symbolic links are never followed: loops, links to folders and files outside the root", () => {
    const files = report.vendors.flatMap((v) => v.evidence.map((e) => e.file));
    expect(files.filter((f) => /loop|a-dir-link|outside|passwd/.test(f))).toEqual([]);
    expect(report.vendors.map((v) => v.id)).not.toContain("replicate");
    expect(report.stats.skippedBy.symlink).toBe(6);
  });

  it("a named pipe is not read (the scan above finished)", () => {
    expect(evidenceOf(report, "pipe.py")).toEqual([]);
  });

  it("file names with spaces, newlines and non-ASCII are reported exactly", () => {
    expect(vendorsIn(report, "with space.py")).toEqual(["groq"]);
    expect(vendorsIn(report, "new\nline.py")).toEqual(["cohere"]);
    expect(vendorsIn(report, "ünïcødé 日本.py")).toEqual(["mistral"]);
  });

  // root reads every file whatever its mode: the case cannot be made as root.
  it.skipIf(asRoot)("an unreadable file is one diagnostic", () => {
    expect(evidenceOf(report, "locked.py")).toEqual([]);
    expect(report.diagnostics.filter((d) => d.file === "locked.py").map((d) => d.message)).toEqual([expect.stringMatching(/EACCES/)]);
  });
});

describe("bounded work on huge inputs", () => {
  it("a single 5 MB line under a raised cap is scanned in bounded time", async () => {
    const line = 'x = ["https://api.openai.com/v1", "sk-", "gpt-4o", "AIza", "import openai"]';
    const root = tree({
      "good.py": "import openai\n",
      "one-line.py": "import anthropic; " + `${line} `.repeat(Math.ceil(5e6 / (line.length + 1))) + "\n",
      "one-line.json": '{"k": "' + "a".repeat(5e6) + '"}',
      "one-line.min.txt": "openai ".repeat(750_000),
    });
    const t0 = performance.now();
    const r = await scan(root, { noBaseline: true, maxFileSize: 8 * 1024 * 1024 });
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(evidenceOf(r, "good.py")).toEqual([{ vendor: "openai", line: 1, kind: "import" }]);
    atMostOneDiagnosticPerFile(r);
  }, 30_000);

  it("a YAML alias bomb in the inventory is a configuration error, not a hang or a crash", async () => {
    const root = tree({ "good.py": "import openai\n", ".github/ai-vendors.yml": aliasBomb("version: 1\nvendors:\n  openai:\n    status: approved") });
    const t0 = performance.now();
    const err = await scan(root, { noBaseline: true }).catch((e: unknown) => e);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(err).toBeInstanceOf(InventoryError);
    expect((err as Error).message).toMatch(/ai-vendors\.yml:\d+:\d+: .*alias/i);
  });
});
