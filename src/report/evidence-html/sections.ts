import type { DeclaredVendor } from "../../inventory/types.js";
import type { VendorStatus } from "../../types.js";
import type { EvidenceInput } from "../evidence.js";
import { esc } from "./esc.js";
import { link } from "./link.js";
import { byString, plural, STATUS_ORDER, type PackModel } from "./model.js";
import { groupByIdentity } from "../evidence-findings.js";
import { badge, FINDINGS_HEAD, findingCount, findingRow } from "./vendor-page.js";

// The fixed sections around the vendor pages: cover, inventory (with the
// vendor × repository matrix of an org pack), open findings, provenance.

const MATRIX_MAX_COLUMNS = 10;

export function cover(m: PackModel, input: EvidenceInput, hasTools: boolean): string {
  const catalogs = [...new Set(m.repositories.map((r) => r.report.tool.catalogVersion))].sort(byString);
  const commits = m.repositories.map((r) => r.report.target.commit).filter((c): c is string => !!c);
  const groups = groupByIdentity(m.findings);
  const blocking = groups.filter((g) => g.blocking).length;
  const at = groups.reduce((n, g) => n + g.count, 0);
  const rows: [string, string][] = [
    [m.org ? "Organisation" : m.single ? "Repository" : "Repositories", esc(m.org ?? (m.single ? m.subject : m.repositories.map((r) => r.name).join(", ")))],
    ["Produced", esc(input.producedAt)],
    ["Scan run", input.scannedAt ? esc(input.scannedAt) : "not recorded in the report"],
    [
      "Scope",
      `${plural(m.repositories.length, "repository")} scanned${m.errors.length ? `, ${m.errors.length} could not be scanned` : ""}; ` +
        `${plural(m.vendors.length, "AI vendor")} in use; ${plural(groups.length, "open finding")}${at !== groups.length ? ` at ${at} locations` : ""} (${blocking} blocking)`,
    ],
    ["Tool", `shadow-ai ${esc(input.tool.version)} · catalog ${catalogs.map((s) => esc(s)).join(", ") || "—"}`],
    [
      commits.length > 1 ? "Commits" : "Commit",
      m.single ? (commits[0] ? `<code>${esc(commits[0])}</code>` : "unknown") : `${commits.length} of ${m.repositories.length} recorded (see Provenance)`,
    ],
    ["Declarations", esc(m.declarations)],
  ];
  const toc = [
    `<li><a href="#inventory">AI vendor inventory</a></li>`,
    ...m.vendors.map((v) => `<li><a href="#vendor-${esc(v.id)}">${esc(v.name)}</a> ${badge(v.worst)}</li>`),
    ...(hasTools ? [`<li><a href="#tools">AI tools and MCP servers</a></li>`] : []),
    `<li><a href="#findings">Open findings</a></li>`,
    `<li><a href="#provenance">Provenance</a></li>`,
  ];
  return (
    `<section class="page cover"><p class="kicker">AI vendor evidence pack</p><h1>${esc(m.subject)}</h1>` +
    `<dl class="facts">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>` +
    `<h3>Contents</h3><ol class="toc">${toc.join("")}</ol></section>`
  );
}

function declCells(d: DeclaredVendor | undefined): string {
  if (!d) return `<td colspan="8" class="muted">not declared</td>`;
  const t = (s: string | undefined) => (s ? esc(s) : "—");
  const nw = (s: string) => `<span class="nowrap">${esc(s)}</span>`;
  const l = (xs: string[] | undefined) => (xs?.length ? xs.map((s) => esc(s)).join(", ") : "—");
  return [
    t(d.owner),
    t(d.purpose),
    l(d["data-classes"]),
    d.dpa ? `<span class="nowrap">${link(d.dpa.link, `signed ${d.dpa.signed}${d.dpa.expires ? `, expires ${d.dpa.expires}` : ""}`)}</span>` : "—",
    d["no-training"] ? `confirmed ${nw(d["no-training"].confirmed)}` : "—",
    l(d.residency),
    d["last-review"] ? nw(d["last-review"]) : "—",
    d.attestations?.length ? d.attestations.map((a) => link(a.link, `${a.type} ${a.date}`)).join(", ") : "—",
  ]
    .map((c) => `<td>${c}</td>`)
    .join("");
}

function matrix(m: PackModel): string {
  const repos = m.repositories.map((r) => r.name);
  const cell = (vendorId: string, repo: string) => {
    const u = m.vendors.find((v) => v.id === vendorId)!.uses.find((x) => x.repository === repo);
    return u ? `${badge(u.usage.status)} <span class="muted">${u.usage.evidence.length}</span>` : `<span class="muted">—</span>`;
  };
  if (repos.length <= MATRIX_MAX_COLUMNS) {
    const head = `<tr><th>vendor</th>${repos.map((r) => `<th><code>${esc(r)}</code></th>`).join("")}</tr>`;
    const body = m.vendors.map((v) => `<tr><th>${esc(v.name)}</th>${repos.map((r) => `<td>${cell(v.id, r)}</td>`).join("")}</tr>`);
    return `<table class="matrix"><thead>${head}</thead><tbody>${body.join("")}</tbody></table>`;
  }
  // Many repositories: one row each, vendors as columns (vendors are the fewer).
  const head = `<tr><th>repository</th>${m.vendors.map((v) => `<th>${esc(v.name)}</th>`).join("")}</tr>`;
  const body = repos.map((r) => `<tr><th><code>${esc(r)}</code></th>${m.vendors.map((v) => `<td>${cell(v.id, r)}</td>`).join("")}</tr>`);
  return `<table class="matrix"><thead>${head}</thead><tbody>${body.join("")}</tbody></table>`;
}

export function inventory(m: PackModel): string {
  const rows: string[] = [];
  for (const v of m.vendors) {
    const groups = new Map<string, { d: DeclaredVendor | undefined; status: VendorStatus; repos: string[] }>();
    for (const u of v.uses) {
      const key = `${u.usage.status}\u0000${JSON.stringify(u.declared ?? null)}`;
      if (!groups.has(key)) groups.set(key, { d: u.declared, status: u.usage.status, repos: [] });
      groups.get(key)!.repos.push(u.repository);
    }
    for (const g of [...groups.values()].sort((a, b) => STATUS_ORDER[a.status]! - STATUS_ORDER[b.status]!)) {
      rows.push(
        `<tr><th><a href="#vendor-${esc(v.id)}">${esc(v.name)}</a></th><td>${badge(g.status)}</td>${declCells(g.d)}` +
          (m.single ? "" : `<td>${g.repos.map((r) => `<code>${esc(r)}</code>`).join(", ")}</td>`) +
          `</tr>`,
      );
    }
  }
  for (const u of m.unused) rows.push(`<tr><th>${esc(u.name)}</th><td>${badge(u.declared.status)} <span class="muted">not used</span></td>${declCells(u.declared)}${m.single ? "" : "<td>—</td>"}</tr>`);
  const head = ["vendor", "status", "owner", "purpose", "data classes", "DPA", "no-training", "residency", "last review", "attestations", ...(m.single ? [] : ["repositories"])];
  const table = rows.length ? `<table class="inventory"><thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>` : "<p>No AI vendor is used or declared.</p>";
  const orgPart = m.single ? "" : `<h3>Vendor × repository</h3><p class="note">Status in each repository and the number of pieces of evidence.</p>${matrix(m)}`;
  return `<section class="page" id="inventory"><h2>AI vendor inventory</h2><p class="note">Declarations: ${esc(m.declarations)}.</p>${table}${orgPart}</section>`;
}

export function findingsSection(m: PackModel): string {
  const multi = !m.single;
  const groups = groupByIdentity(m.findings);
  const table = groups.length
    ? `<table class="findings">${FINDINGS_HEAD(multi)}<tbody>${groups.map((g) => findingRow(g, multi)).join("")}</tbody></table>` +
      `<p class="note">One row per problem: findings that share an identity (rule and vendor or tool, with the region, model or path scope that sets them apart) are counted together; the JSON report lists every location.</p>`
    : "<p>None.</p>";
  const suppressed = m.suppressed ? `<p class="note">${plural(m.suppressed, "finding")} suppressed with a recorded reason (see the JSON report).</p>` : "";
  const errors = m.errors.length
    ? `<h3>Not scanned (${m.errors.length})</h3><table><thead><tr><th>repository</th><th>reason</th></tr></thead><tbody>${m.errors.map((e) => `<tr><td><code>${esc(e.repository)}</code></td><td>${esc(e.reason)}</td></tr>`).join("")}</tbody></table>`
    : "";
  return `<section class="page" id="findings"><h2>Open findings (${findingCount(groups)})</h2>${table}${suppressed}${errors}</section>`;
}

export function provenance(m: PackModel, input: EvidenceInput): string {
  const rows = m.repositories.map((r) => {
    const s = r.report.stats;
    return (
      `<tr><td><code>${esc(r.name)}</code>${r.report.target.partial ? ' <span class="muted">(partial)</span>' : ""}</td>` +
      `<td>${r.report.target.commit ? `<code>${esc(r.report.target.commit)}</code>` : "unknown"}</td>` +
      `<td>${r.report.inventory.path ? `<code>${esc(r.report.inventory.path)}</code>` : "none"}</td>` +
      `<td>shadow-ai ${esc(r.report.tool.version)}</td><td>${esc(r.report.tool.catalogVersion)}</td>` +
      `<td class="num">${s.files}</td><td class="num">${s.skipped}</td><td class="num">${r.report.diagnostics.length}</td></tr>`
    );
  });
  return (
    `<section class="page" id="provenance"><h2>Provenance</h2>` +
    `<table><thead><tr><th>repository</th><th>commit</th><th>inventory</th><th>tool</th><th>catalog</th><th>files scanned</th><th>skipped</th><th>diagnostics</th></tr></thead><tbody>${rows.join("")}</tbody></table>` +
    `<p>Scan date: ${input.scannedAt ? esc(input.scannedAt) : "not recorded in the report"}. Pack produced: ${esc(input.producedAt)} by shadow-ai ${esc(input.tool.version)}.</p>` +
    `<p class="note">Files scanned are the files the scanner read and matched against the catalog; skipped files (ignored, vendored, binary or over the size cap) are counted by reason in the JSON report. Every fact in this pack comes from the report(s) named above and the declarations they carry.</p></section>`
  );
}
