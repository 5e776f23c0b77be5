// pubspec.yaml (Dart, Flutter): the keys of `dependencies`, `dev_dependencies`
// and `dependency_overrides`. Each entry is `name: ^1.2.0`, `name: any`, or a
// map (`sdk: flutter`, `git:`, `path:`, `hosted:` with `version:`). Read line by
// line on the YAML's indentation: a commented entry is no entry, and nothing
// outside those three sections (a `flutter:` asset list, a description naming
// a package) is a dependency.

import { configLiterals } from "../../config.js";
import type { Detector, DetectOutput } from "../../types.js";
import { EvidenceSink, firstMajor } from "../common.js";

const SECTIONS = new Set(["dependencies", "dev_dependencies", "dependency_overrides"]);

export const detectPubspec: Detector = ({ file, text, catalog }): DetectOutput => {
  const sink = new EvidenceSink(file.path, text, catalog);
  const lines = text.split("\n");
  let offset = 0;
  let inSection = false;
  let childIndent: number | undefined;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, "");
    const start = offset;
    offset += raw.length + 1;
    if (/^\s*(?:#|$)/.test(line)) continue;
    const indent = /^ */.exec(line)![0].length;
    if (indent === 0) {
      const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
      inSection = key !== undefined && SECTIONS.has(key);
      childIndent = undefined;
      continue;
    }
    if (!inSection) continue;
    childIndent ??= indent;
    if (indent !== childIndent) continue; // a map entry's own keys (version:, git:)
    const m = /^ *([a-z_][a-z0-9_]*)\s*:\s*(?:(["']?)([^"'#\s][^"'#]*?)\2)?\s*(?:#.*)?$/.exec(line);
    if (!m) continue;
    sink.add("pub", m[1]!, start + indent, firstMajor(m[3]));
  }
  let literals: DetectOutput["literals"] = [];
  try {
    literals = configLiterals(file.path, text);
  } catch {
    literals = [];
  }
  return { evidence: sink.evidence, literals, diagnostics: [] };
};
