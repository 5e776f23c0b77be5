// Import detectors for the languages beyond JS and Python, one per file kind.

import type { FileKind } from "../../types.js";
import type { Detector } from "../types.js";
import { detectDart } from "./dart.js";
import { detectDotnet } from "./dotnet.js";
import { detectElixir } from "./elixir.js";
import { detectGo } from "./go.js";
import { detectJvm } from "./jvm.js";
import { detectPhp } from "./php.js";
import { detectRuby } from "./ruby.js";
import { detectRust } from "./rust.js";
import { detectSwift } from "./swift.js";

export const LANGUAGE_DETECTORS: Partial<Record<FileKind, Detector>> = {
  go: detectGo,
  jvm: detectJvm,
  csharp: detectDotnet,
  ruby: detectRuby,
  php: detectPhp,
  rust: detectRust,
  swift: detectSwift,
  elixir: detectElixir,
  dart: detectDart,
};

export { detectDart, detectDotnet, detectElixir, detectGo, detectJvm, detectPhp, detectRuby, detectRust, detectSwift };
export { maskCode, maskLangForPath, type Masked, type MaskLang } from "./mask.js";
