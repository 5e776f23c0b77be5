// Lockfile detectors, one module per format, behind one `Detector` that picks
// the format by file name. Each emits `kind: "lockfile"` evidence for catalog
// packages only, at the line of the entry in the raw text, with `transitive`
// saying whether the lockfile itself records the project naming the package.
// Entries a lockfile records as not installed (npm's version-less peer/optional
// placeholders, go.sum `/go.mod`-only versions) are no evidence. `literals` is
// always empty: a lockfile's strings are registry URLs and hashes.

import type { DetectOutput, Detector } from "../types.js";
import { detectBunLock } from "./bun.js";
import { detectCargoLock } from "./cargo.js";
import { detectComposerLock } from "./composer.js";
import { detectGemfileLock } from "./gemfile.js";
import { detectGoSum } from "./gosum.js";
import { detectGradleLockfile } from "./gradle.js";
import { detectMixLock } from "./mix.js";
import { detectPackageLock } from "./npm.js";
import { detectNugetLock } from "./nuget.js";
import { detectPdmLock } from "./pdm.js";
import { detectPipfileLock } from "./pipfile.js";
import { detectPnpmLock } from "./pnpm.js";
import { detectPoetryLock } from "./poetry.js";
import { detectPubspecLock } from "./pubspec.js";
import { detectPackageResolved } from "./swiftpm.js";
import { detectUvLock } from "./uv.js";
import { detectYarnLock } from "./yarn.js";

/** Lower-case file name → parser. */
export const LOCKFILE_PARSERS: Readonly<Record<string, Detector>> = {
  "package-lock.json": detectPackageLock,
  "npm-shrinkwrap.json": detectPackageLock,
  "yarn.lock": detectYarnLock,
  "pnpm-lock.yaml": detectPnpmLock,
  "bun.lock": detectBunLock,
  "poetry.lock": detectPoetryLock,
  "uv.lock": detectUvLock,
  "pipfile.lock": detectPipfileLock,
  "pdm.lock": detectPdmLock,
  "cargo.lock": detectCargoLock,
  "gemfile.lock": detectGemfileLock,
  "composer.lock": detectComposerLock,
  "go.sum": detectGoSum,
  "packages.lock.json": detectNugetLock,
  "gradle.lockfile": detectGradleLockfile,
  "mix.lock": detectMixLock,
  "pubspec.lock": detectPubspecLock,
  "package.resolved": detectPackageResolved,
};

const none = (): DetectOutput => ({ evidence: [], literals: [], diagnostics: [] });

/**
 * The lockfile detector. Formats without a parser (bun.lockb is binary;
 * Podfile.lock names no catalog ecosystem) yield nothing
 * and no diagnostic.
 */
export const detectLockfile: Detector = (input) => {
  const base = input.file.path.slice(input.file.path.lastIndexOf("/") + 1).toLowerCase();
  const parser = LOCKFILE_PARSERS[base];
  return parser ? parser(input) : none();
};

export {
  detectBunLock,
  detectCargoLock,
  detectComposerLock,
  detectGemfileLock,
  detectGoSum,
  detectGradleLockfile,
  detectMixLock,
  detectNugetLock,
  detectPackageLock,
  detectPackageResolved,
  detectPdmLock,
  detectPipfileLock,
  detectPnpmLock,
  detectPoetryLock,
  detectPubspecLock,
  detectUvLock,
  detectYarnLock,
};
