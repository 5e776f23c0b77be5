// Manifest detectors, one folder per ecosystem and one module per file format.
// Each emits `kind: "dependency"` evidence for catalog packages only; `literals`
// is always empty. A kind covering several formats dispatches on the file name
// inside its detector. Shared parsing helpers (evidence, json, xml, TOML
// locations, common) sit at the top of this folder.

import type { FileKind } from "../../types.js";
import type { Detector } from "../types.js";
import { detectCargo } from "./cargo/cargo.js";
import { detectComposer } from "./composer/composer.js";
import { detectGoMod } from "./go/go-mod.js";
import { detectMix } from "./hex/mix.js";
import { detectGradle } from "./maven/gradle.js";
import { detectPom } from "./maven/pom.js";
import { detectPackageJson } from "./npm/package-json.js";
import { detectDotnetProject } from "./nuget/dotnet.js";
import { detectPubspec } from "./pub/pubspec.js";
import { detectPipfile, detectPyproject } from "./pypi/pyproject.js";
import { detectPythonSetup } from "./pypi/python-setup.js";
import { detectRequirements } from "./pypi/requirements.js";
import { detectGemfile } from "./rubygems/gemfile.js";
import { detectPackageSwift } from "./swiftpm/package-swift.js";
import { detectXcodeProject } from "./swiftpm/xcode-project.js";

export const MANIFEST_DETECTORS: Partial<Record<FileKind, Detector>> = {
  "npm-manifest": detectPackageJson,
  "pip-requirements": detectRequirements,
  pyproject: detectPyproject,
  pipfile: detectPipfile,
  "python-setup": detectPythonSetup,
  "go-mod": detectGoMod,
  "maven-pom": detectPom,
  gradle: detectGradle,
  "dotnet-project": detectDotnetProject,
  gemfile: detectGemfile,
  "cargo-manifest": detectCargo,
  "composer-manifest": detectComposer,
  "mix-manifest": detectMix,
  pubspec: detectPubspec,
  // Package.swift, or an Xcode project's package references.
  "swiftpm-manifest": (input) => (/(^|\/)project\.pbxproj$/.test(input.file.path) ? detectXcodeProject : detectPackageSwift)(input),
};

export { detectCargo, detectComposer, detectDotnetProject, detectGemfile, detectGoMod, detectGradle, detectMix, detectPackageSwift, detectPom, detectXcodeProject, detectPubspec, detectPythonSetup };
export { detectPackageJson, detectPipfile, detectPyproject, detectRequirements };
export { npmAlias, npmMajor } from "./npm/package-json.js";
export { parseRequirementsFile } from "./pypi/requirements.js";
export { parseRequirement, pep440Major, constraintMajor } from "./pypi/pep508.js";
