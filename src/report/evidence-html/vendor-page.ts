import type { DeclaredVendor } from "../../inventory/types.js";
import { addInterval } from "../../evaluate/rules.js";
import { componentOf } from "../evidence.js";
import { flowSvg } from "./diagram.js";
import { esc } from "./esc.js";
import { link } from "./link.js";
import { flowOf, type Classify } from "./flow.js";
import { groupByIdentity, shownLocations, type FindingGroup } from "../evidence-findings.js";
import { byString, plural, type VendorUse, type VendorView } from "./model.js";
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
  return `<span class="badge status-${esc(status)}">${esc(status)}</span>`;
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
  return [...groups.entries()].map(([value, repos]) => `<div>${value} <span class="repos">(${repos.map((s) => esc(s)).join(", ")})</span></div>`).join("");
}

const text = (s: string | undefined) => (s ? esc(s) : undefined);
const words = (xs: string[] | undefined) => (xs?.length ? xs.map((s) => esc(s)).join(", ") : undefined);

function dpa(d: DeclaredVendor | undefined): string | undefined {
  if (!d?.dpa) return d ? `<span class="bad">none declared</span>` : undefined;
  const label = `signed ${d.dpa.signed}${d.dpa.expires ? `, expires ${d.dpa.expires}` : ""}`;
  return link(d.dpa.link, label);
}

function noTraining(d: DeclaredVendor | undefined): string | undefined {
  const n = d?.["no-training"];
  if (!n) return d ? `<span class="bad">not confirmed</span>` : undefined;
  return `confirmed ${esc(n.confirmed)}${n.evidence ? ` (${esc(n.evidence)})` : ""}`;
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
    return `last ${esc(last)}`;
  }
  const overdue = day(today) > day(due);
  return `last ${esc(last)} · next due ${overdue ? `<span class="bad">${esc(due)} (overdue)</span>` : esc(due)} <span class="muted">(every ${esc(interval)})</span>`;
}

function kindCounts(u: VendorUse): string {
  const counts = new Map<string, number>();
  for (const e of u.usage.evidence) {
    const k = e.transitive ? "lockfile (transitive)" : e.kind;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => byString(a, b)).map(([k, n]) => `${esc(k)} ${n}`).join(" · ");
}

function whereUsed(v: VendorView): string {
  const rows = v.uses.slice(0, MAX_REPO_ROWS).map((u) => {
    const comps = [...new Set(u.usage.evidence.filter((e) => !e.transitive).map((e) => componentOf(e.file)))].sort(byString);
    const shown = comps.slice(0, 4).map((c) => `<code>${esc(c)}</code>`).join(", ") + (comps.length > 4 ? ` +${comps.length - 4}` : "");
    return `<tr><td><code>${esc(u.repository)}</code></td><td>${badge(u.usage.status)}</td><td>${shown || "—"}</td><td>${kindCounts(u)}</td></tr>`;
  });
  const more = v.uses.length > MAX_REPO_ROWS ? `<p class="note">… ${v.uses.length - MAX_REPO_ROWS} more repositories: see the vendor × repository matrix.</p>` : "";
  return `<table class="where"><thead><tr><th>repository</th><th>status</th><th>components</th><th>evidence by kind</th></tr></thead><tbody>${rows.join("")}</tbody></table>${more}`;
}

/** One problem: its rule, what it is about, how many places and the first of them. */
export function findingRow(g: FindingGroup, withRepo: boolean): string {
  const { shown, more } = shownLocations(g);
  const about = g.vendor ? `<code>${esc(g.vendor)}</code>` : g.tool ? `<code>${esc(g.tool)}</code> <span class="muted">(tool)</span>` : "—";
  const where = shown.length ? `${shown.map((l) => `<code>${esc(l)}</code>`).join("<br>")}${more ? `<br><span class="muted">+${more} more</span>` : ""}` : "—";
  return (
    `<tr class="sev-${esc(g.severity)}">` +
    (withRepo ? `<td><code>${esc(g.repository)}</code></td>` : "") +
    `<td class="nowrap">${esc(g.severity)}${g.blocking ? "<br><strong>blocking</strong>" : ""}</td>` +
    `<td><code>${esc(g.rule)}</code></td>` +
    `<td>${about}</td>` +
    `<td class="num">${g.count}</td>` +
    `<td>${where}</td>` +
    `<td>${esc(g.message)}</td></tr>`
  );
}

export const FINDINGS_HEAD = (multi: boolean) =>
  `<thead><tr>${multi ? "<th>repository</th>" : ""}<th>severity</th><th>rule</th><th>vendor or tool</th><th>uses</th><th>where</th><th>message</th></tr></thead>`;

/** "2" or "2 · 7 locations": problems, and the places they were seen when more. */
export function findingCount(groups: FindingGroup[]): string {
  const at = groups.reduce((n, g) => n + g.count, 0);
  return `${groups.length}${at !== groups.length ? ` · ${at} locations` : ""}`;
}

function findings(v: VendorView, multi: boolean): string {
  const groups = groupByIdentity(v.findings);
  if (groups.length === 0) return `<p>None.</p>`;
  const rows = groups.slice(0, MAX_FINDINGS).map((g) => findingRow(g, multi));
  const more = groups.length > MAX_FINDINGS ? `<p class="note">… ${groups.length - MAX_FINDINGS} more in “Open findings”.</p>` : "";
  return `<table class="findings">${FINDINGS_HEAD(multi)}<tbody>${rows.join("")}</tbody></table>${more}`;
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
    ["Residency", `<div>declared: ${residency}</div><div>seen in code: ${v.regions.length ? v.regions.map((s) => esc(s)).join(", ") : "no region stated"}</div>`],
    ["Attestations", decl((d) => attestations(d, today))],
    ["Review", across(v.uses, (u) => review(u, today))],
    ["Models", `<div>declared: ${decl((d) => words(d?.models) ?? (d ? "any" : undefined))}</div><div>seen in code: ${models.length ? models.map((s) => esc(s)).join(", ") : "none named"}</div>`],
  ];
  const repos = new Set(v.uses.map((u) => u.repository)).size;
  const declared = v.uses.some((u) => u.declared);
  const flow = flowOf(v, ctx.classify);
  return [
    `<section class="page vendor" id="vendor-${esc(v.id)}">`,
    `<header><h2>${esc(v.name)} <code>${esc(v.id)}</code> ${badge(v.worst)}</h2>`,
    `<p class="sub">${esc(v.category)} · used in ${plural(repos, "repository")} · ${plural(flow.components.reduce((n, c) => n + (c.folded ?? 1), 0), "component")}${declared ? "" : " · <span class=\"bad\">not in the inventory</span>"}</p></header>`,
    `<dl class="facts">${facts.map(([k, val]) => `<dt>${k}</dt><dd>${val}</dd>`).join("")}</dl>`,
    `<h3>Where it is used</h3>`,
    whereUsed(v),
    `<h3>Data flow</h3>`,
    `<div class="diagram">${flowSvg(flow, v.worst, `flow-${index}`)}</div>`,
    riskSection(v),
    `<h3>Open findings (${findingCount(groupByIdentity(v.findings))})</h3>`,
    findings(v, ctx.multi),
    `</section>`,
  ].join("\n");
}
