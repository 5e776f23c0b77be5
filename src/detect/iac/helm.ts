import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Evidence } from "../../types.js";
import type { Detector } from "../types.js";
import { snippetAt } from "../types.js";
import { detectIacConfig } from "./config.js";

// Helm: a chart's `dependencies:` (Chart.yaml, and the resolved Chart.lock)
// that name a catalog chart — an `ollama` or `litellm` subchart deploys that
// runtime or gateway with the release. Matched by chart name, exactly: the
// `alias:` a parent gives a subchart is only its values key. A dependency
// switched off by `condition:` / `tags:` is still shipped with the chart, so
// it counts. The file's values (repository URLs) go through the generic
// config reading as well, like any YAML.

export const detectHelmChart: Detector = async (input) => {
  const { file, text, catalog } = input;
  const base = await detectIacConfig(input);
  const evidence: Evidence[] = [...base.evidence];
  const diagnostics = [...base.diagnostics];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (doc.errors.length > 0) {
    diagnostics.push({ file: file.path, message: `could not parse ${file.path.slice(file.path.lastIndexOf("/") + 1)}: ${doc.errors[0]!.message.split("\n")[0]}` });
    return { evidence, literals: base.literals, diagnostics };
  }
  const deps = isMap(doc.contents) ? doc.contents.get("dependencies", true) : undefined;
  if (!isSeq(deps)) return { evidence, literals: base.literals, diagnostics };
  const lock = /chart\.lock$/i.test(file.path);
  for (const item of deps.items) {
    if (!isMap(item)) continue;
    const name = item.get("name", true);
    if (!isScalar(name) || typeof name.value !== "string" || !name.range) continue;
    const hit = catalog.iac.lookupHelmChart(name.value);
    if (!hit) continue;
    const pos = lineCounter.linePos(name.range[0]);
    const e: Evidence = { kind: lock ? "lockfile" : "iac", file: file.path, line: pos.line, column: pos.col, package: name.value, snippet: snippetAt(text, pos.line) };
    if (hit.vendor) e.vendor = hit.vendor;
    if (hit.framework) e.framework = hit.framework;
    evidence.push(e);
  }
  return { evidence, literals: base.literals, diagnostics };
};
