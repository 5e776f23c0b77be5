// Shared by the manifest detectors: catalog targets → dependency evidence at
// an offset, and the literals every manifest hands the generic analyzers
// (the same values the generic config reader gave these files before).

import type { Catalog } from "../../catalog/compile.js";
import type { Ecosystem, Evidence } from "../../types.js";
import { configLiterals } from "../config.js";
import { manifestTargets, targetEvidence } from "./evidence.js";
import { lineStarts, locate } from "../python/lexer.js";
import type { Literal } from "../types.js";
import { snippetFromStarts } from "../languages/common.js";

export class EvidenceSink {
  readonly evidence: Evidence[] = [];
  private readonly starts: number[];
  constructor(
    private readonly path: string,
    private readonly text: string,
    private readonly catalog: Catalog,
  ) {
    this.starts = lineStarts(text);
  }

  /** Evidence for every catalog target `name` stands for, at `offset`. */
  add(ecosystem: Ecosystem, name: string, offset: number, version?: string, extra: Partial<Evidence> = {}): void {
    if (!name) return;
    const pos = locate(this.starts, Math.max(0, Math.min(offset, this.text.length)));
    for (const target of manifestTargets(this.catalog.lookupPackage(ecosystem, name, version))) {
      this.evidence.push({ ...targetEvidence("dependency", this.path, pos, ecosystem, target, snippetFromStarts(this.text, this.starts, pos.line)), ...extra });
    }
  }
}

export function fileLiterals(path: string, text: string): Literal[] {
  try {
    return configLiterals(path, text);
  } catch {
    return [];
  }
}

/** The first major version number in a version or range (`v3.1.0` → 3, `[10.0,)` → 10, `~> 1.2` → 1). */
export function firstMajor(version: string | undefined): string | undefined {
  if (!version) return undefined;
  const m = /\d+/.exec(version);
  return m ? String(Number(m[0])) : undefined;
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
