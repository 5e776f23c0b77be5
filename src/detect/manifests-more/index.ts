// Manifest detectors for the ecosystems beyond npm and PyPI's requirements /
// pyproject / Pipfile, one per file kind (a kind covering several formats
// dispatches on the file name inside).

import type { FileKind } from "../../types.js";
import type { Detector } from "../types.js";
import { detectCargo } from "./cargo.js";
import { detectComposer } from "./composer.js";
import { detectDotnetProject } from "./dotnet.js";
import { detectGemfile } from "./gemfile.js";
import { detectGoMod } from "./go-mod.js";
import { detectGradle } from "./gradle.js";
import { detectMix } from "./mix.js";
import { detectPom } from "./pom.js";
import { detectPubspec } from "./pubspec.js";
import { detectPythonSetup } from "./python-setup.js";

export const MANIFEST_DETECTORS: Partial<Record<FileKind, Detector>> = {
  "go-mod": detectGoMod,
  "maven-pom": detectPom,
  gradle: detectGradle,
  "dotnet-project": detectDotnetProject,
  gemfile: detectGemfile,
  "cargo-manifest": detectCargo,
  "composer-manifest": detectComposer,
  "python-setup": detectPythonSetup,
  "mix-manifest": detectMix,
  pubspec: detectPubspec,
};

export { detectCargo, detectComposer, detectDotnetProject, detectGemfile, detectGoMod, detectGradle, detectMix, detectPom, detectPubspec, detectPythonSetup };
