// Python source and Jupyter notebook detectors.

export { detectPython, resolveImports } from "./python.js";
export { detectNotebook } from "./notebook.js";
export { analyzePython } from "./analyze.js";
export { lexPython } from "./lexer.js";
export { pipInstallRequirements } from "./pip-magic.js";
