import { isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import type { Catalog } from "../../catalog/compile.js";
import type { Diagnostic, Evidence } from "../../types.js";
import type { Literal } from "../types.js";
import { makeEvidence, modelAndRegion, modelLiteral } from "./common.js";

// CloudFormation / SAM templates and synthesized CDK output (YAML or JSON): every
// resource whose `Type` the catalog lists. Templates carry no region (it is chosen
// at deploy time) unless a model ARN spells one.

const MODEL_PROPS = ["FoundationModel", "ModelId", "BaseModelIdentifier", "ModelArn", "EmbeddingModelArn", "ModelSource"];

/** Cheap test before parsing: a CloudFormation template names its resource types `AWS::…`. */
export function looksLikeCloudFormation(text: string): boolean {
  return text.includes("AWS::") && (text.includes("Resources") || text.includes("AWSTemplateFormatVersion"));
}

export function cloudFormationEvidence(
  path: string,
  text: string,
  catalog: Catalog,
): { evidence: Evidence[]; literals: Literal[]; diagnostics: Diagnostic[] } {
  const evidence: Evidence[] = [];
  const literals: Literal[] = [];
  const lc = new LineCounter();
  let doc: Document.Parsed;
  try {
    // Short-form intrinsics (!Ref, !Sub, !GetAtt) are unknown tags: warnings, values kept.
    doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false });
  } catch (err) {
    return { evidence, literals, diagnostics: [{ file: path, message: `could not parse: ${(err as Error).message}` }] };
  }
  if (doc.errors.length > 0) {
    return { evidence, literals, diagnostics: [{ file: path, message: `could not parse: ${doc.errors[0]!.message.split("\n")[0]}` }] };
  }
  const resources = isMap(doc.contents) ? doc.contents.get("Resources", true) : undefined;
  if (!isMap(resources)) return { evidence, literals, diagnostics: [] };
  for (const pair of resources.items) {
    const body = pair.value;
    if (!isMap(body)) continue;
    const type = body.get("Type");
    if (typeof type !== "string") continue;
    const vendors = [...new Set(catalog.iac.lookupIac("cloudformation", type).map((t) => t.vendor))];
    if (vendors.length === 0) continue;
    const keyNode = isScalar(pair.key) ? pair.key : undefined;
    const { line, col } = lc.linePos(keyNode?.range?.[0] ?? 0);
    const props = body.get("Properties");
    let m: { region?: string; model?: string } = {};
    if (isMap(props)) {
      for (const name of MODEL_PROPS) {
        const v = props.get(name);
        m = modelAndRegion(typeof v === "string" ? v : undefined);
        if (m.model || m.region) break;
      }
    }
    for (const vendor of vendors) evidence.push(makeEvidence("iac", path, text, { vendor, line, column: col, region: m.region, model: m.model, resource: type }));
    if (m.model) literals.push(modelLiteral(m.model, line, col));
  }
  return { evidence, literals, diagnostics: [] };
}
