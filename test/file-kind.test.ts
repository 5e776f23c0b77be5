// fileKind runs on every file the walk lists: its quick gates must never change a kind.
import { describe, expect, it } from "vitest";
import { fileKind } from "../src/discover/kind.js";

describe("fileKind", () => {
  it("decides by name, extension and the few folders that matter", () => {
    const cases: [string, string | undefined][] = [
      ["requirements.txt", "pip-requirements"], ["REQUIREMENTS-dev.txt", "pip-requirements"], ["a/Requirements/x.IN", "pip-requirements"],
      ["requirements.md", "prose"], ["x.in", undefined], ["docs/requirements.rst", "prose"],
      [".github/workflows/ci.yml", "workflow"], ["sub/.github/workflows/ci.yaml", "workflow"], [".github/workflows/sub/ci.yml", "config"],
      [".GITHUB/workflows/ci.yml", "config"], ["compose.yaml", "container"], ["docker-compose.prod.yml", "container"], ["Compose.YML", "container"],
      ["composer.yaml", "config"], ["x.Dockerfile", "container"], ["Dockerfile.dev", "container"], ["Package@swift-5.9.swift", "swiftpm-manifest"],
      ["App.xcodeproj/project.pbxproj", "swiftpm-manifest"], ["project.pbxproj", undefined], ["main.tf.json", "terraform"],
      ["a.min.js", undefined], ["A.MIN.MJS", undefined], ["a.min.json", "config"], ["a.minimal.js", "js"],
      ["constructor", undefined], ["__proto__", undefined], ["toString", undefined], ["hasownproperty", undefined], ["package.json", "npm-manifest"],
    ];
    for (const [path, kind] of cases) expect([path, fileKind(path)]).toEqual([path, kind]);
  });
});
