import { configLiterals } from "../config.js";
import type { Detector } from "../types.js";
import { armEvidence, bicepEvidence, looksLikeArm } from "./azure.js";
import { cloudFormationEvidence, looksLikeCloudFormation } from "./cloudformation.js";
import { imageEvidence, yamlEnvEvidence } from "./containers.js";
import { frameworkConfigEvidence, isFrameworkConfig } from "../framework-config.js";

// `config` files: the generic values (hosts, env names, models) every config file
// yields, plus, where the file is one, a CloudFormation / SAM / CDK template, an ARM
// template, Bicep, or YAML that runs AI runtime images (Kubernetes, Helm values) or
// sets catalog env names as keys; and Spring / Quarkus / Micronaut application
// configuration (../framework-config.ts). Ordinary config files cost a few substring tests.

export const detectIacConfig: Detector = ({ file, text, catalog }) => {
  const path = file.path;
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  if (ext === "bicep") {
    const out = bicepEvidence(path, text, catalog);
    return { evidence: out.evidence, literals: [...configLiterals(path, text), ...out.literals], diagnostics: out.diagnostics };
  }
  let literals = configLiterals(path, text);
  const evidence = [];
  if (isFrameworkConfig(path)) {
    // Spring / Quarkus / Micronaut keys: the framework's provider prefixes name the vendor.
    const out = frameworkConfigEvidence(path, text, catalog);
    evidence.push(...out.evidence);
    const lines = new Set(out.literals.map((l) => l.line));
    literals = [...literals.filter((l) => !lines.has(l.line)), ...out.literals];
  }
  const yaml = ext === "yml" || ext === "yaml";
  const json = ext === "json" || ext === "jsonc";
  if (!yaml && !json) return { evidence, literals, diagnostics: [] };

  const diagnostics = [];
  if (looksLikeCloudFormation(text)) {
    const out = cloudFormationEvidence(path, text, catalog);
    evidence.push(...out.evidence);
    literals.push(...out.literals);
    diagnostics.push(...out.diagnostics);
  } else if (json && looksLikeArm(text)) {
    const out = armEvidence(path, text, catalog);
    evidence.push(...out.evidence);
    literals.push(...out.literals);
    diagnostics.push(...out.diagnostics);
  }
  if (yaml) {
    evidence.push(...imageEvidence(path, text, literals, catalog));
    const env = yamlEnvEvidence(path, text, literals, catalog);
    evidence.push(...env.evidence);
    literals = env.literals;
  }
  return { evidence, literals, diagnostics };
};
