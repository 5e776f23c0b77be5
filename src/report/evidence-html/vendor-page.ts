import type { DeclaredVendor } from "../../inventory/types.js";
import { addInterval } from "../../evaluate/rules.js";
import { componentOf } from "../evidence.js";
import { flowSvg } from "./diagram.js";
import { escapeHtml, link } from "./escape.js";
import { flowOf, type Classify } from "./flow.js";
import { byString, plural, type RepoFinding, type VendorUse, type VendorView } from "./model.js";
import { riskSection } from "./risk.js";

// One vendor on one printed sheet: what is declared, what the code shows, the
// data-flow diagram, the risk assessment and the vendor's open findings.

const MAX_REPO_ROWS = 10;
const MAX_FINDINGS = 6;

export interface PageContext {
  /** YYYY-MM-DD (or ISO) the pack is produced: ages and due dates are counted to it. */
  producedAt: string;
  /** Several repositories in the pack: finding rows name theirs. */
  multi: boolean;
  classify?: Classify;
}

export function badge(status: string): string {
  return `<span class="badge status-${escapeHtml(status)}">${escapeHtml(status)}</span>`;
}

const day = (s: string) => Date.parse(`${s.slice(0, 10)}T00:00:00Z`);

/** Whole days from `date` to `today`, or undefined when either is not a date. */
export function ageInDays(date: string, today: string): number | undefined {
  const a = day(date);
  const b = day(today);
  return Number.isNaN(a) || Number.isNaN(b) ? undefined : Math.round((b - a) / 86_400_000);
}

/** A declared field across the repositories that use the vendor: one value, or each distinct value with its repositories. */
function across(uses: VendorUse[], pick: (u: VendorUse) => string | undefined): string {
  const groups = new Map<string, string[]>();
  for (const u of uses) {
    const value = pick(u) ?? "—";
    if (!groups.has(value)) groups.set(value, []);
    groups.get(value)!.push(u.repository);
  }
  if (groups.size === 1) return [...groups.keys()][0]!;
  return [...groups.entries()].map(([value, repos]) => `<div>${value} <span class="repos">(${repos.map(escapeHtml).join(", ")})</span></div>`).join("");
}

const text = (s: string | undefined) => (s ? escapeHtml(s) : undefined);
const words = (xs: string[] | undefined) => (xs?.length ? xs.map(escapeHtml).join(", ") : undefined);

function dpa(d: DeclaredVendor | undefined): string | undefined {
  if (!d?.dpa) return d ? `<span class="bad">none declared</span>` : undefined;
  const label = `signed ${d.dpa.signed}${d.dpa.expires ? `, expires ${d.dpa.expires}` : ""}`;
  return link(d.dpa.link, label);
}

function noTraining(d: DeclaredVendor | undefined): string | undefined {
  const n = d?.["no-training"];
  if (!n) return d ? `<span class="bad">not confirmed</span>` : undefined;
  return `confirmed ${escapeHtml(n.confirmed)}${n.evidence ? ` (${escapeHtml(n.evidence)})` : ""}`;
}

function attestations(d: DeclaredVendor | undefined, today: string): string | undefined {
  if (!d) return undefined;
  if (!d.attestations?.length) return `<span class="bad">none declared</span>`;
  return d.attestations
    .map((a) => {
      const age = ageInDays(a.date, today);
      return `${link(a.link, `${a.type} ${a.date}`)}${age !== undefined ? ` <span class="muted">(${age} days old)</span>` : ""}`;
    })
    .join("<br>");
}

function review(u: VendorUse, today: string): string | undefined {
  const d = u.declared;
  if (!d) return undefined;
  const last = d["last-review"];
  if (!last) return `<span class="bad">never reviewed</span>`;
  const interval = u.reviewInterval ?? "1y";
  let due: string;
  try {
    due = addInterval(last, interval);
  } catch {
    return `last ${escapeHtml(last)}`;
  }
  const overdue = day(today) > day(due);
  return `last ${escapeHtml(last)} · next due ${overdue ? `<span class="bad">${due} (overdue)</span>` : due} <span class="muted">(every ${escapeHtml(interval)})</span>`;
}

function kindCounts(u: VendorUse): string {
  const counts = new Map<string, number>();
  for (const e of u.usage.evidence) {
    const k = e.transitive ? "lockfile (transitive)" : e.kind;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => byString(a, b)).map(([k, n]) => `${escapeHtml(k)} ${n}`).join(" · ");
}

function whereUsed(v: VendorView): string {
  const rows = v.uses.slice(0, MAX_REPO_ROWS).map((u) => {
    const comps = [...new Set(u.usage.evidence.filter((e) => !e.transitive).map((e) => componentOf(e.file)))].sort(byString);
    const shown = comps.slice(0, 4).map((c) => `<code>${escapeHtml(c)}</code>`).join(", ") + (comps.length > 4 ? ` +${comps.length - 4}` : "");
    return `<tr><td><code>${escapeHtml(u.repository)}</code></td><td>${badge(u.usage.status)}</td><td>${shown || "—"}</td><td>${kindCounts(u)}</td></tr>`;
  });
  const more = v.uses.length > MAX_REPO_ROWS ? `<p class="note">… ${v.uses.length - MAX_REPO_ROWS} more repositories: see the vendor × repository matrix.</p>` : "";
  return `<table class="where"><thead><tr><th>repository</th><th>status</th><th>components</th><th>evidence by kind</th></tr></thead><tbody>${rows.join("")}</tbody></table>${more}`;
}

export function findingRow(f: RepoFinding, withRepo: boolean): string {
  const where = f.finding.file ? `${f.finding.file}${f.finding.line ? `:${f.finding.line}` : ""}` : "";
  return (
    `<tr class="sev-${escapeHtml(f.finding.severity)}">` +
    (withRepo ? `<td><code>${escapeHtml(f.repository)}</code></td>` : "") +
    `<td class="nowrap">${escapeHtml(f.finding.severity)}${f.finding.blocking ? "<br><strong>blocking</strong>" : ""}</td>` +
    `<td><code>${escapeHtml(f.finding.rule)}</code></td>` +
    `<td>${where ? `<code>${escapeHtml(where)}</code>` : "—"}</td>` +
    `<td>${escapeHtml(f.finding.message)}</td></tr>`
  );
}

function findings(v: VendorView, multi: boolean): string {
  if (v.findings.length === 0) return `<p>None.</p>`;
  const rows = v.findings.slice(0, MAX_FINDINGS).map((f) => findingRow(f, multi));
  const more = v.findings.length > MAX_FINDINGS ? `<p class="note">… ${v.findings.length - MAX_FINDINGS} more in “Open findings”.</p>` : "";
  return `<table class="findings"><thead><tr>${multi ? "<th>repository</th>" : ""}<th>severity</th><th>rule</th><th>where</th><th>message</th></tr></thead><tbody>${rows.join("")}</tbody></table>${more}`;
}

export function vendorPage(v: VendorView, index: number, ctx: PageContext): string {
  const today = ctx.producedAt;
  const decl = (f: (d: DeclaredVendor | undefined) => string | undefined) => across(v.uses, (u) => f(u.declared));
  const models = [...new Set(v.uses.flatMap((u) => u.usage.models))].sort(byString);
  const residency = decl((d) => words(d?.residency) ?? (d ? "any (not restricted)" : undefined));
  const facts: [string, string][] = [
    ["Status", across(v.uses, (u) => badge(u.usage.status))],
    ["Owner", decl((d) => text(d?.owner))],
    ["Purpose", decl((d) => text(d?.purpose))],
    ["Data classes", decl((d) => words(d?.["data-classes"]))],
    ["DPA", decl(dpa)],
    ["No-training", decl(noTraining)],
    ["Residency", `<div>declared: ${residency}</div><div>seen in code: ${v.regions.length ? v.regions.map(escapeHtml).join(", ") : "no region stated"}</div>`],
    ["Attestations", decl((d) => attestations(d, today))],
    ["Review", across(v.uses, (u) => review(u, today))],
    ["Models", `<div>declared: ${decl((d) => words(d?.models) ?? (d ? "any" : undefined))}</div><div>seen in code: ${models.length ? models.map(escapeHtml).join(", ") : "none named"}</div>`],
  ];
  const repos = new Set(v.uses.map((u) => u.repository)).size;
  const declared = v.uses.some((u) => u.declared);
  const flow = flowOf(v, ctx.classify);
  return [
    `<section class="page vendor" id="vendor-${escapeHtml(v.id)}">`,
    `<header><h2>${escapeHtml(v.name)} <code>${escapeHtml(v.id)}</code> ${badge(v.worst)}</h2>`,
    `<p class="sub">${escapeHtml(v.category)} · used in ${plural(repos, "repository")} · ${plural(flow.components.reduce((n, c) => n + (c.folded ?? 1), 0), "component")}${declared ? "" : " · <span class=\"bad\">not in the inventory</span>"}</p></header>`,
    `<dl class="facts">${facts.map(([k, val]) => `<dt>${k}</dt><dd>${val}</dd>`).join("")}</dl>`,
    `<h3>Where it is used</h3>`,
    whereUsed(v),
    `<h3>Data flow</h3>`,
    `<div class="diagram">${flowSvg(flow, v.worst, `flow-${index}`)}</div>`,
    riskSection(v),
    `<h3>Open findings (${v.findings.length})</h3>`,
    findings(v, ctx.multi),
    `</section>`,
  ].join("\n");
}
