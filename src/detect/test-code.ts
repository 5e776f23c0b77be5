import type { Evidence } from "../types.js";
import type { Mention } from "./analyze.js";

// Test code holds fixtures: mocked responses, fake keys in a patched environment,
// a host a mock server answers for, model ids a stub echoes back. Those strings say
// what the test pretends, not what the software talks to. In a test file only its
// imports and dependencies are evidence on their own; a host or env name found in
// its literals counts only where the same file imports that vendor's SDK (a real
// integration test configuring the client it uses), and model/region arguments never
// do (a mocked Bedrock client's `region_name="us-east-1"` is no residency fact).
// Committed keys are reported wherever they are: a leaked key is leaked in a test too.

/** Folders of test data: fixtures, mocks, recordings — other projects' files, kept for tests to read. */
const TEST_DATA_DIRS = new Set(["__mocks__", "mocks", "__fixtures__", "fixtures", "testdata", "test-data", "test_data", "cassettes", "__snapshots__"]);
/** Folders whose contents are tests, mocks or recorded fixtures. */
const TEST_DIRS = new Set(["test", "tests", "__tests__", "__test__", "spec", "specs", ...TEST_DATA_DIRS]);
/** `x.test.ts`, `x.spec.js`, `x_test.go`, `test_x.py`, `x_test.py`, `conftest.py`, `XTest.java`, `XTests.cs`. */
const TEST_FILE = /(?:^|[._-])(?:test|spec)s?\.[a-z0-9]+$|^test_[^/]+\.py$|^conftest\.py$|^[A-Z][A-Za-z0-9]*Tests?\.(?:java|kt|cs|scala|groovy)$/;

/** A folder of `folders` anywhere in an ASCII path (a folder is followed by `/`); `i`: ASCII case folding, as toLowerCase does for ASCII. */
const folderIn = (folders: Set<string>) => new RegExp(`(?:^|/)(?:${[...folders].join("|")})/`, "i");
const TEST_DIR_IN = folderIn(TEST_DIRS);
const TEST_DATA_DIR_IN = folderIn(TEST_DATA_DIRS);
const ASCII = /^[\x00-\x7f]*$/;

// Both run on every file of a tree (tools, evidence): for ASCII paths one regex
// test instead of a split and a lowercased copy per folder; other paths take the
// plain form (toLowerCase folds some non-ASCII letters to ASCII ones, `i` does not).

/** Whether a root-relative path is test code or test data. */
export function isTestPath(path: string): boolean {
  if (ASCII.test(path)) return TEST_FILE.test(path.slice(path.lastIndexOf("/") + 1)) || TEST_DIR_IN.test(path);
  return isTestPathPlain(path);
}

/** isTestPath by its definition: the file name, or any folder. */
export function isTestPathPlain(path: string): boolean {
  const parts = path.split("/");
  const name = parts.pop()!;
  return TEST_FILE.test(name) || parts.some((p) => TEST_DIRS.has(p.toLowerCase()));
}

/**
 * Whether a path lies in a test-data folder. A manifest, lockfile or import
 * there belongs to the fixture project a test reads (a bundler's sample app, a
 * mocked SDK), not to this one: only committed keys count there.
 */
export function isTestDataPath(path: string): boolean {
  return ASCII.test(path) ? TEST_DATA_DIR_IN.test(path) : isTestDataPathPlain(path);
}

/** isTestDataPath by its definition: any folder, lowercased. */
export function isTestDataPathPlain(path: string): boolean {
  const parts = path.split("/");
  parts.pop();
  return parts.some((p) => TEST_DATA_DIRS.has(p.toLowerCase()));
}

/**
 * What a test file's literals may contribute: host and env evidence for vendors the
 * file imports, nothing else. `fromCode` is the file's import/dependency evidence.
 */
export function testLiterals(
  fromCode: Evidence[],
  fromLiterals: Evidence[],
): { evidence: Evidence[]; mentions: Mention[] } {
  const imported = new Set(fromCode.flatMap((e) => (e.kind === "import" && e.vendor ? [e.vendor] : [])));
  return { evidence: fromLiterals.filter((e) => e.vendor !== undefined && imported.has(e.vendor)), mentions: [] };
}
