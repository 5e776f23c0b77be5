import type { Evidence } from "../types.js";

// A vendor named only in a template (`.env.example`, `env.sample`,
// `config.example.yaml`) is often a stale leftover of a starter kit: reported,
// with `confidence: "low"`, and never blocking unless the policy says so
// (`policy.block-low-confidence`). Code, a dependency, a host, IaC or a workflow
// anywhere else makes it `high`.

/** A name part that marks a sample to copy (`.env.example`, `env.sample`, `settings.template.json`, `.env.dist`, `.env.tpl`; not a profile such as `application-default.yml`). */
const TEMPLATE_PART = /^(?:example|examples|sample|samples|template|templates|tpl|dist)$/i;

/** Whether a root-relative path is a template: a file whose name has a template part beside an env/config stem. */
export function isTemplatePath(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const parts = name.split(/[._-]+/).filter(Boolean);
  if (parts.length < 2) return false;
  // `example.py` is code, not a template; `.env.example`, `example.env`, `config.sample.yml` are.
  const stem = parts.some((p) => /^(?:env|envrc|config|settings|secrets|credentials|application|app|local|dev|prod|development|production|docker|compose)$/i.test(p));
  const ext = parts[parts.length - 1]!.toLowerCase();
  const configLike = /^(?:env|example|sample|template|tpl|dist|defaults?|ya?ml|json|toml|ini|cfg|conf|properties)$/.test(ext);
  return stem && configLike && parts.some((p) => TEMPLATE_PART.test(p));
}

/** `low` when every piece of evidence sits in a template; otherwise `high`. */
export function confidenceOf(evidence: Evidence[]): "high" | "low" {
  return evidence.length > 0 && evidence.every((e) => isTemplatePath(e.file)) ? "low" : "high";
}
