// Swift Package Manager (issue 14 §6): Package.swift `.package(url:|id:)`
// dependencies and Package.resolved pins (v1 `repositoryURL`, v2/v3
// `location`), keyed by the repository normalised. Traps: a dependency in a
// line or block comment, one quoted inside another string, a look-alike
// repository (someone/openai-mock), a local `path:` package named like a
// catalog module, a fileSystem pin; in an Xcode project, a commented-out
// package reference and a local one.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { swiftpmIdentity } from "../../src/catalog/compile.js";
import { fileKind } from "../../src/discover/kind.js";
import { scan } from "../../src/scan/scan.js";
import type { ScanReport } from "../../src/types.js";

const ROOT = join(import.meta.dirname, "..", "..", "fixtures", "swiftpm");
const run = (dir: string) => scan(join(ROOT, dir), { noInventory: true, noBaseline: true });

function evidence(report: ScanReport): string[] {
  return report.vendors.flatMap((v) => v.evidence.map((e) => `${v.id} ${e.kind} ${e.file}:${e.line} ${e.package ?? e.host ?? e.env ?? ""}${e.transitive ? " (transitive)" : ""}`));
}

describe("Package.swift and Package.resolved (fixtures/swiftpm/package-app)", () => {
  it("reads the dependencies the manifest declares and the pins the lock records, nothing from comments, strings or look-alikes", async () => {
    const report = await run("package-app");
    expect(report.diagnostics).toEqual([]);
    expect(evidence(report)).toEqual([
      "google-gemini lockfile Package.resolved:7 github.com/google-gemini/generative-ai-swift (transitive)",
      "google-gemini dependency Package.swift:17 github.com/google-gemini/generative-ai-swift",
      "openai lockfile Package.resolved:16 github.com/MacPaw/OpenAI (transitive)",
      // A pin Package.swift no longer names: transitive, like every Package.resolved entry.
      "openai lockfile Package.resolved:25 github.com/dylanshine/openai-kit (transitive)",
      "openai dependency Package.swift:14 github.com/MacPaw/OpenAI",
    ]);
    expect(report.vendors.map((v) => [v.id, v.direct])).toEqual([["google-gemini", true], ["openai", true]]);
    // Lines 5-7 (comments) and 8 (a string) name SwiftOpenAI, generative-ai-swift and OpenAISwift.
    const lines = report.vendors.flatMap((v) => v.evidence).filter((e) => e.file === "Package.swift").map((e) => e.line);
    expect(lines.every((l) => l >= 14)).toBe(true);
  });
});

describe("a lock only (fixtures/swiftpm/xcode-lock-only)", () => {
  it("reads a v1 Package.resolved inside an Xcode project; a vendor only the lock names is not direct", async () => {
    const report = await run("xcode-lock-only");
    expect(report.diagnostics).toEqual([]);
    expect(evidence(report)).toEqual([
      "google-gemini lockfile Chat.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved:6 github.com/google/generative-ai-swift (transitive)",
    ]);
    expect(report.vendors[0]!.direct).toBe(false);
    expect(report.findings.filter((f) => f.rule === "undeclared-vendor")).toEqual([]);
  });
});

describe("an Xcode project's package references (fixtures/swiftpm/xcode-app)", () => {
  it("reads XCRemoteSwiftPackageReference repositoryURLs, not a commented-out one, a local package or a look-alike", async () => {
    const report = await run("xcode-app");
    expect(report.diagnostics).toEqual([]);
    // Line 60: a commented-out generative-ai-swift reference; someone/openai-mock: a look-alike;
    // OpenAIKit: a local package.
    expect(evidence(report)).toEqual(["openai dependency ChatApp.xcodeproj/project.pbxproj:46 github.com/MacPaw/OpenAI"]);
  });
});

describe("swiftpm identities and file kinds", () => {
  it("normalises repository URLs to host/owner/repo, lowercased, without .git", () => {
    for (const url of [
      "https://github.com/MacPaw/OpenAI.git",
      "https://github.com/MacPaw/OpenAI",
      "git@github.com:MacPaw/OpenAI.git",
      "ssh://git@github.com/MacPaw/OpenAI.git",
      "https://github.com/macpaw/openai/",
    ]) expect(swiftpmIdentity(url), url).toBe("github.com/macpaw/openai");
    expect(swiftpmIdentity("https://github.com/someone/openai-mock.git")).toBe("github.com/someone/openai-mock");
    expect(swiftpmIdentity("Apple.Swift-Collections")).toBe("apple.swift-collections");
  });

  it("Package.swift and its version-specific variants are manifests, Package.resolved a lockfile", () => {
    expect(fileKind("Package.swift")).toBe("swiftpm-manifest");
    expect(fileKind("pkg/Package@swift-5.9.swift")).toBe("swiftpm-manifest");
    expect(fileKind("App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved")).toBe("lockfile");
    expect(fileKind("Sources/App/Package.swift.bak")).toBeUndefined();
    expect(fileKind("ios/Chat.xcodeproj/project.pbxproj")).toBe("swiftpm-manifest");
    expect(fileKind("notes/project.pbxproj")).toBeUndefined();
    expect(fileKind("Sources/App/main.swift")).toBe("swift");
  });
});
