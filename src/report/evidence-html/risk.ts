import { RISK_TOPICS, type RiskAssessment, type RiskTopic } from "../../inventory/types.js";
import { componentOf } from "../evidence.js";
import { esc } from "./esc.js";
import { byString, type VendorView } from "./model.js";

// The AI-specific risk assessment of one vendor: what the inventory declares
// (risk-assessment:), or, where it declares none, a page that says so and
// pre-fills what the code shows.

const TOPIC_TITLE: Record<RiskTopic, string> = {
  hallucination: "Hallucination",
  "prompt-injection": "Prompt injection",
  "data-leakage": "Data leakage through outputs",
  bias: "Bias in decisions",
  "fine-tuning": "Customer data used for fine-tuning",
};

/** Evidence that code calls the vendor itself (an SDK import, an API host in source), not only configuration. */
const CALL_KINDS = new Set(["import", "host"]);

export interface CodeFacts {
  /** Components (repository: folder) with any direct evidence. */
  components: string[];
  /** Components whose source code calls the vendor: model output returns to them. */
  callers: string[];
}

/**
 * The heuristic behind the pre-fill, stated on the page: a component that
 * imports the vendor's SDK or names its API host in code receives the model's
 * output in-process, so output flows back into the product there. Whether it is
 * shown to users or acted on is beyond what a scan can tell.
 */
export function codeFacts(v: VendorView): CodeFacts {
  const comps = new Set<string>();
  const callers = new Set<string>();
  const multi = new Set(v.uses.map((u) => u.repository)).size > 1;
  for (const u of v.uses) {
    for (const e of u.usage.evidence) {
      if (e.transitive) continue;
      const name = multi ? `${u.repository}: ${componentOf(e.file)}` : componentOf(e.file);
      comps.add(name);
      if (CALL_KINDS.has(e.kind)) callers.add(name);
    }
  }
  return { components: [...comps].sort(byString), callers: [...callers].sort(byString) };
}

const list = (xs: string[], max = 8) => (xs.length ? `${xs.slice(0, max).map((x) => `<code>${esc(x)}</code>`).join(", ")}${xs.length > max ? ` and ${xs.length - max} more` : ""}` : "none");

function assessed(a: RiskAssessment): string {
  const rows = RISK_TOPICS.map((t) => {
    const e = a[t];
    if (!e) return `<tr class="missing"><th>${TOPIC_TITLE[t]}</th><td colspan="4">not assessed</td></tr>`;
    const level = /^(low|medium|high)$/i.test(e.risk) ? ` class="level level-${e.risk.toLowerCase()}"` : "";
    return `<tr><th>${TOPIC_TITLE[t]}</th><td${level}>${esc(e.risk)}</td><td>${esc(e.mitigation ?? "—")}</td><td>${esc(e.owner ?? "—")}</td><td>${esc(e.reviewed ?? "—")}</td></tr>`;
  });
  return `<table class="risk"><thead><tr><th>topic</th><th>risk</th><th>mitigation</th><th>owner</th><th>reviewed</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function prefill(v: VendorView): string {
  const facts = codeFacts(v);
  const d = v.uses.find((u) => u.declared)?.declared;
  const classes = d?.["data-classes"]?.length ? d["data-classes"].join(", ") : "not declared";
  const training = d?.["no-training"] ? `no-training confirmed ${d["no-training"].confirmed}` : "no no-training confirmation declared";
  const flowsBack = facts.callers.length
    ? `yes — code calls it in ${list(facts.callers)}, so model output returns to the product there`
    : "not shown — only manifests or configuration name it";
  return (
    `<p class="warn">No risk assessment in the inventory for this vendor. Add <code>risk-assessment:</code> with ${RISK_TOPICS.map((t) => `<code>${t}</code>`).join(", ")} (each <code>{ risk, mitigation, owner, reviewed }</code>).</p>` +
    `<table class="risk prefill"><tbody>` +
    `<tr><th>Components calling it</th><td>${list(facts.components)}</td></tr>` +
    `<tr><th>Model output flows back</th><td>${flowsBack}</td></tr>` +
    `<tr><th>Data sent (declared)</th><td>${esc(classes)}</td></tr>` +
    `<tr><th>Fine-tuning</th><td>${esc(training)}</td></tr>` +
    `</tbody></table>` +
    `<p class="note">Pre-filled from the scan by a heuristic: a component that imports the vendor's SDK or names its API host in code receives model output; whether that output reaches users or decisions is for the owner to assess.</p>`
  );
}

export function riskSection(v: VendorView): string {
  const groups = new Map<string, { a: RiskAssessment; repos: string[] }>();
  for (const u of v.uses) {
    const a = u.declared?.["risk-assessment"];
    if (!a) continue;
    const key = JSON.stringify(a);
    if (!groups.has(key)) groups.set(key, { a, repos: [] });
    groups.get(key)!.repos.push(u.repository);
  }
  const head = `<h3>AI risk assessment</h3>`;
  if (groups.size === 0) return `<section class="risk-assessment">${head}${prefill(v)}</section>`;
  const multi = groups.size > 1 || groups.values().next().value!.repos.length < v.uses.length;
  const body = [...groups.values()].map((g) => `${multi ? `<p class="repos">${g.repos.map((r) => `<code>${esc(r)}</code>`).join(", ")}</p>` : ""}${assessed(g.a)}`).join("");
  const missing = v.uses.filter((u) => !u.declared?.["risk-assessment"]).map((u) => u.repository);
  return `<section class="risk-assessment">${head}${body}${missing.length ? `<p class="warn">Not assessed for ${list(missing)}.</p>` : ""}</section>`;
}
