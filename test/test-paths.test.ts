// isTestPath / isTestDataPath run on every file of a tree: their regex form must
// decide what the definition (split, lowercase, look up each folder) decides.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isTestDataPath, isTestDataPathPlain, isTestPath, isTestPathPlain } from "../src/detect/test-code.js";
import { discover } from "../src/discover/walk.js";
import { packageRoot } from "../src/package-root.js";

const EDGES = [
  "fixtures/a.ts", "a/fixtures", "a/fixtures.ts", "a/FIXTURES/b.py", "a/Mocks/b.go", "a/mocksy/b.go", "a/xmocks/b.go",
  "src/test/x.ts", "src/tests", "src/testing/x.ts", "src/test-data/x.json", "src/test_data/x", "src/__snapshots__/a.snap",
  "a.test.ts", "a_test.go", "test_a.py", "conftest.py", "FooTest.java", "FooTests.cs", "foo.spec.js", "latest.ts", "contest.py",
  "src/spec/x.rb", "src/specs.ts", "src/Cassettes/x.yml", "moc\u212As/x.ts", "fi\u0130xtures/a.ts", "t\u00e9st/a.ts", "a/ßpec/b", "",
  "/abs/fixtures/x", "a//fixtures/x", "test/", "a/b/c/d/e/f/g/__mocks__/h.js",
];

describe("test paths", () => {
  it("the regex form decides what the definition decides, on every fixture path and the edge cases", async () => {
    const { files } = await discover(join(packageRoot(), "fixtures"), { sizeAtRead: true });
    const paths = [...files.map((f) => f.path), ...EDGES];
    expect(paths.filter(isTestPath).length).toBeGreaterThan(10);
    expect(paths.filter(isTestDataPath).length).toBeGreaterThan(5);
    for (const p of paths) {
      expect([p, isTestPath(p)]).toEqual([p, isTestPathPlain(p)]);
      expect([p, isTestDataPath(p)]).toEqual([p, isTestDataPathPlain(p)]);
    }
  });

  it("reads folders, not names or look-alikes", () => {
    expect(isTestDataPath("a/FIXTURES/b.py")).toBe(true);
    expect(isTestDataPath("a/fixtures.ts")).toBe(false);
    expect(isTestDataPath("a/xmocks/b.go")).toBe(false);
    expect(isTestPath("src/testing/x.ts")).toBe(false);
    expect(isTestPath("latest.ts")).toBe(false);
    // U+212A (Kelvin) lowercases to an ASCII k: the plain form's answer.
    expect(isTestDataPath("moc\u212As/x.ts")).toBe(true);
  });
});
