// Manifest detectors, one per format. Each emits `kind: "dependency"` evidence
// for catalog packages only; `literals` is always empty.

export { detectPackageJson, npmAlias, npmMajor } from "./package-json.js";
export { detectRequirements, parseRequirementsFile } from "./requirements.js";
export { detectPipfile, detectPyproject } from "./pyproject.js";
export { parseRequirement, pep440Major, constraintMajor } from "./pep508.js";
