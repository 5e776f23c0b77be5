import type { VendorSpec } from "../catalog/types.js";
import { ageOf, newestAttestations } from "../evaluate/attestations.js";
import { classesOf, dataClassesByComponent } from "../evaluate/classified-paths.js";
import type { DeclaredVendor } from "../inventory/types.js";
import { vendorHosts } from "../org/endpoints.js";
import type { OrgError } from "../org/types.js";
import type { Evidence, ScanReport, VendorStatus, VendorUsage } from "../types.js";
import { groupByIdentity, shownLocations } from "./evidence-findings.js";
import { toolRows } from "./evidence-tools.js";
import { mdCode, mdText, oneLine } from "./escape.js";
import { mdTable, STATUS_ICON } from "./org-markdown.js";
import { byString } from "../org/merge.js";

// The SOC 2 evidence pack: the AI vendor inventory an auditor asks for, where
// each vendor is used, a data-flow diagram per vendor, open findings and the
// scan's provenance. A pure function of reports (+ an inventory); Markdown out.

export interface EvidenceRepository {
  name: string;
  report: ScanReport;
  /** The inventory entries this repository was held against, when the input carried them. */
  declared?: Record<string, DeclaredVendor>;
}

export interface EvidenceInput {
  /** The organisation, for an org report. */
  org?: string;
  repositories: EvidenceRepository[];
  errors?: OrgError[];
  /** When the scan ran (an org report's generatedAt). */
  scannedAt?: string;
  /** When this pack is produced (YYYY-MM-DD or ISO): the caller's clock, so the writer stays pure. */
  producedAt: string;
  /** The tool producing the pack. */
  tool: { version: string };
  /** An inventory file given explicitly: its entries apply to every repository, over what reports carry. */
  inventory?: { path: string; vendors: Map<string, DeclaredVendor>; classifiedPaths?: Record<string, string[]> };
  /** Catalog knowledge (names, API hosts) by vendor id. */
  spec?: (id: string) => VendorSpec | undefined;
  /** Files listed per vendor and repository before "… N more". */
  maxFiles?: number;
}

const STATUS_ORDER: Record<string, number> = { prohibited: 0, undeclared: 1, restricted: 2, approved: 3 };
const plural = (n: number, word: string) => `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;

/**
 * Text for a Mermaid label inside `"…"`. Control and bidi characters are shown
 * escaped (`\n`, `\u202e`), as in every output; then Mermaid reads
 * `#<number>;` as a character code, so every character that could end the
 * string, start an entity, become HTML or a Markdown string, or end an edge
 * label is written that way. Nothing a scanned repository names can add a node,
 * a link or a `click` callback.
 */
export function mermaidText(s: string): string {
  return oneLine(s).replace(/["#<>`&|%;{}[\]()\\]/g, (c) => `#${c.charCodeAt(0)};`);
}

export interface VendorRow {
  id: string;
  name: string;
  category: string;
  /** Per repository: the status it was held at there. */
  uses: { repository: string; usage: VendorUsage }[];
}

/** Every vendor used anywhere, most severe status first. */
export function vendorsOf(repos: EvidenceRepository[]): VendorRow[] {
  const map = new Map<string, VendorRow>();
  for (const r of repos) {
    for (const v of r.report.vendors) {
      let row = map.get(v.id);
      if (!row) map.set(v.id, (row = { id: v.id, name: v.name, category: v.category, uses: [] }));
      row.uses.push({ repository: r.name, usage: v });
    }
  }
  const worst = (row: VendorRow) => Math.min(...row.uses.map((u) => STATUS_ORDER[u.usage.status] ?? 9));
  return [...map.values()].sort((a, b) => worst(a) - worst(b) || byString(a.id, b.id));
}

function dateOf(d: { signed?: string; confirmed?: string; expires?: string } | undefined, key: "signed" | "confirmed"): string {
  if (!d) return "—";
  const v = d[key];
  return v ? `${key} ${v}${d.expires ? `, expires ${d.expires}` : ""}` : "—";
}

/** The newest attestation of each kind with its age on the pack's date: `soc2-type-2 2026-01-15 (10 months old)`. */
function attestationCell(d: DeclaredVendor, today: string): string {
  const newest = newestAttestations(d);
  if (newest.length === 0) return "none on file";
  return newest.map((a) => `${mdText(a.type)} ${mdText(a.date)} (${mdText(ageOf(a.date, today))}${a.date > today ? "" : " old"})`).join(", ");
}

function declarationCells(d: DeclaredVendor | undefined, today: string): string[] {
  if (!d) return ["—", "—", "—", "—", "—", "—", "—", "—"];
  const list = (xs: string[] | undefined) => (xs?.length ? xs.map((x) => mdText(x)).join(", ") : "—");
  return [
    d.owner ? mdText(d.owner) : "—",
    d.purpose ? mdText(d.purpose) : "—",
    list(d["data-classes"]),
    mdText(dateOf(d.dpa, "signed")),
    d["no-training"] ? `${mdText(dateOf(d["no-training"], "confirmed"))}${d["no-training"].evidence ? ` (${mdText(d["no-training"].evidence)})` : ""}` : "—",
    list(d.residency),
    d["last-review"] ? mdText(d["last-review"]) : "—",
    attestationCell(d, today),
  ];
}

/** Each repository's classified-paths: an explicit `--inventory`'s, else what its report carries. */
export function classifiedPathsOf(input: Pick<EvidenceInput, "inventory" | "repositories">): (repository: string) => Record<string, string[]> | undefined {
  return (name) => input.inventory?.classifiedPaths ?? input.repositories.find((r) => r.name === name)?.report.inventory.classifiedPaths;
}

/** The data classes of a file in a repository (the HTML pack's diagram edges). */
export function classifierOf(input: Pick<EvidenceInput, "inventory" | "repositories">): (repository: string, file: string) => string[] {
  const of = classifiedPathsOf(input);
  return (repository, file) => classesOf(file, of(repository)).classes;
}

/** The component a file belongs to: its folder, two levels deep (`services/support`), or the repository root. */
export function componentOf(file: string): string {
  const parts = file.split("/").slice(0, -1);
  return parts.length === 0 ? "(root)" : parts.slice(0, 2).join("/");
}

/**
 * One flowchart per vendor: each repository a subgraph of its components,
 * each component linked to the vendor's endpoint(s) by the kinds of evidence
 * that tie them and the data classes of those files (inventory
 * `classified-paths`, per repository); the endpoint node names the region(s)
 * found (or declared).
 */
export function vendorFlowchart(
  row: VendorRow,
  hosts: string[],
  residency: string[],
  classifiedOf: (repository: string) => Record<string, string[]> | undefined = () => undefined,
): string {
  const lines = ["flowchart LR"];
  const regions = [...new Set(row.uses.flatMap((u) => u.usage.regions))].sort(byString);
  const where = regions.length ? `region: ${regions.join(", ")}` : residency.length ? `declared residency: ${residency.join(", ")}` : "region: not stated in code";
  const endpoint = [row.name, ...(hosts.length ? hosts : ["endpoint not named in code"]), where].map(mermaidText).join("<br/>");
  lines.push(`  v0["${endpoint}"]`);
  let n = 0;
  row.uses.forEach((u, i) => {
    const direct = u.usage.evidence.filter((e) => !e.transitive);
    const used = direct.length > 0 ? direct : u.usage.evidence;
    const comps = new Map<string, Set<string>>();
    for (const e of used) {
      const c = componentOf(e.file);
      if (!comps.has(c)) comps.set(c, new Set());
      comps.get(c)!.add(e.transitive ? "lockfile (transitive)" : e.kind);
    }
    const classes = dataClassesByComponent({ evidence: used }, classifiedOf(u.repository), componentOf);
    lines.push(`  subgraph r${i}["${mermaidText(u.repository)}"]`);
    const ids: [string, string][] = [];
    for (const [c, kinds] of [...comps.entries()].sort(([a], [b]) => byString(a, b))) {
      const id = `c${n++}`;
      lines.push(`    ${id}["${mermaidText(c)}"]`);
      const data = classes.get(c);
      ids.push([id, `${[...kinds].sort(byString).join(", ")}${data ? ` · data: ${data.join(", ")}` : ""}`]);
    }
    lines.push("  end");
    for (const [id, kinds] of ids) lines.push(`  ${id} -->|"${mermaidText(kinds)}"| v0`);
  });
  return lines.join("\n");
}

function evidenceLine(e: Evidence): string {
  const what = e.package ?? e.host ?? e.env ?? e.secretRule ?? e.model ?? "";
  return `${mdCode(`${e.file}:${e.line}`)} ${mdText(e.kind)}${what ? ` ${mdCode(what)}` : ""}${e.transitive ? " (transitive)" : ""}`;
}

export function toEvidence(input: EvidenceInput): string {
  const maxFiles = input.maxFiles ?? 20;
  const repos = [...input.repositories].sort((a, b) => byString(a.name, b.name));
  const errors = input.errors ?? [];
  const vendors = vendorsOf(repos);
  const single = repos.length === 1 && !input.org ? repos[0] : undefined;
  const subject = input.org ? `organisation ${input.org}` : single ? single.name : `${plural(repos.length, "repository")}`;
  const declOf = (repo: EvidenceRepository, id: string): DeclaredVendor | undefined => input.inventory?.vendors.get(id) ?? repo.declared?.[id];
  const out: string[] = [`# AI vendor evidence pack — ${mdText(subject)}`, ""];
  const today = input.producedAt.slice(0, 10);

  out.push(
    `Produced ${mdText(input.producedAt)} by shadow-ai ${mdText(input.tool.version)}${input.scannedAt ? ` from a scan run ${mdText(input.scannedAt)}` : ""}. ` +
      `${plural(repos.length, "repository")} scanned${errors.length ? `, ${errors.length} could not be scanned (listed below)` : ""}; ` +
      `${plural(vendors.length, "AI vendor")} in use. ` +
      (input.inventory
        ? `Declarations: ${mdCode(input.inventory.path)}.`
        : repos.some((r) => r.declared)
          ? "Declarations: each repository's inventory as the scan applied it."
          : "Declarations: not in the input (pass `--inventory` to fill in owner, purpose, DPA and review dates)."),
    "",
  );

  // 1. Inventory: one row per vendor and distinct declaration (repositories may hold their own inventories).
  out.push("## 1. AI vendor inventory", "");
  const invRows: string[][] = [];
  for (const v of vendors) {
    const groups = new Map<string, { d: DeclaredVendor | undefined; status: VendorStatus; repos: string[] }>();
    for (const u of v.uses) {
      const repo = repos.find((r) => r.name === u.repository)!;
      const d = declOf(repo, v.id);
      const key = `${u.usage.status}\u0000${JSON.stringify(d ?? null)}`;
      if (!groups.has(key)) groups.set(key, { d, status: u.usage.status, repos: [] });
      groups.get(key)!.repos.push(u.repository);
    }
    for (const g of [...groups.values()].sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9))) {
      invRows.push([
        `${mdText(v.name)} (${mdCode(v.id)})`,
        `${STATUS_ICON[g.status] ?? ""} ${mdText(g.status)}`,
        ...declarationCells(g.d, today),
        single ? String(v.uses.length ? "yes" : "no") : g.repos.map((x) => mdCode(x)).join(", "),
      ]);
    }
  }
  // Declared in the given inventory but used nowhere: still part of the inventory an auditor reviews.
  for (const [id, d] of [...(input.inventory?.vendors ?? new Map<string, DeclaredVendor>()).entries()].sort(([a], [b]) => byString(a, b))) {
    if (vendors.some((v) => v.id === id)) continue;
    const name = input.spec?.(id)?.name ?? id;
    invRows.push([`${mdText(name)} (${mdCode(id)})`, `${mdText(d.status)} · not used`, ...declarationCells(d, today), "—"]);
  }
  const header = ["vendor", "status", "owner", "purpose", "data classes", "DPA", "no-training", "residency", "last review", "attestations", single ? "used" : "repositories"];
  if (invRows.length === 0) out.push("No AI vendor is used or declared.", "");
  else out.push(...mdTable(header, invRows, Number.MAX_SAFE_INTEGER), "");

  // 2. Where each vendor is used.
  out.push("## 2. Where each vendor is used", "");
  if (vendors.length === 0) out.push("Nowhere.", "");
  for (const v of vendors) {
    out.push(`### ${mdText(v.name)} (${mdCode(v.id)})`, "");
    for (const u of v.uses) {
      const byFile = new Map<string, Evidence[]>();
      for (const e of u.usage.evidence) {
        if (!byFile.has(e.file)) byFile.set(e.file, []);
        byFile.get(e.file)!.push(e);
      }
      const facts = [
        u.usage.status,
        u.usage.direct ? (u.usage.confidence === "low" ? "low confidence: only in env templates" : "") : "transitive only",
        u.usage.regions.length ? `regions ${u.usage.regions.join(", ")}` : "",
        u.usage.models.length ? `models ${u.usage.models.join(", ")}` : "",
        u.usage.frameworks.length ? `through ${u.usage.frameworks.join(", ")}` : "",
      ].filter(Boolean);
      out.push(`- ${mdCode(u.repository)} — ${mdText(facts.join("; "))}`);
      const files = [...byFile.entries()];
      for (const [, list] of files.slice(0, maxFiles)) out.push(`  - ${list.slice(0, 5).map(evidenceLine).join("; ")}${list.length > 5 ? ` (+${list.length - 5} more)` : ""}`);
      if (files.length > maxFiles) out.push(`  - … ${files.length - maxFiles} more files (the JSON report lists all)`);
    }
    out.push("");
  }

  // 3. Data flows.
  out.push("## 3. Data flows", "", "Components (folders) of each repository → the vendor's endpoint, labelled with how the code reaches it and, where the inventory classifies the path (`classified-paths`), the data classes that flow.", "");
  if (vendors.length === 0) out.push("None.", "");
  for (const v of vendors) {
    const usage: Pick<VendorUsage, "evidence" | "regions"> = {
      evidence: v.uses.flatMap((u) => u.usage.evidence),
      regions: [...new Set(v.uses.flatMap((u) => u.usage.regions))],
    };
    const residency = [
      ...new Set(v.uses.flatMap((u) => declOf(repos.find((r) => r.name === u.repository)!, v.id)?.residency ?? [])),
    ].sort(byString);
    const classifiedOf = classifiedPathsOf(input);
    out.push(`### ${mdText(v.name)} (${mdCode(v.id)})`, "", "```mermaid", vendorFlowchart(v, vendorHosts(usage, input.spec?.(v.id)), residency, classifiedOf), "```", "");
  }

  // 4. Open findings: one row per problem (repository + identity), its count and first locations.
  const findings = repos.flatMap((r) => r.report.findings.filter((f) => !f.suppressed).map((finding) => ({ repository: r.name, finding })));
  const groups = groupByIdentity(findings);
  const suppressed = repos.reduce((n, r) => n + r.report.findings.filter((f) => f.suppressed).length, 0);
  out.push(`## 4. Open findings (${groups.length})`, "");
  if (groups.length === 0) out.push("None.", "");
  else {
    if (findings.length !== groups.length) out.push(`${plural(groups.length, "problem")} at ${findings.length} locations: findings that share an identity (rule and vendor or tool, with the region, model or path scope that sets them apart) are one row; the JSON report lists every location.`, "");
    const rows = groups.map((g) => {
      const { shown, more } = shownLocations(g);
      return [
        ...(single ? [] : [mdCode(g.repository)]),
        `${mdText(g.severity)}${g.blocking ? " · **blocking**" : ""}`,
        mdCode(g.rule),
        g.vendor ? mdCode(g.vendor) : g.tool ? `${mdCode(g.tool)} (tool)` : "—",
        String(g.count),
        shown.length ? `${shown.map((l) => mdCode(l)).join(", ")}${more ? ` +${more} more` : ""}` : "—",
        mdText(g.message),
      ];
    });
    out.push(...mdTable([...(single ? [] : ["repository"]), "severity", "rule", "vendor or tool", "uses", "where", "message"], rows, Number.MAX_SAFE_INTEGER), "");
  }
  if (suppressed > 0) out.push(`${plural(suppressed, "finding")} suppressed with a recorded reason (see the JSON report).`, "");
  if (errors.length > 0) {
    out.push(`### Not scanned (${errors.length})`, "");
    out.push(...mdTable(["repository", "reason"], errors.map((e) => [mdCode(e.repository), mdText(e.reason)]), Number.MAX_SAFE_INTEGER), "");
  }

  // 5. AI tools, when the reports have them (per repository).
  const tools = toolRows(repos);
  let section = 5;
  if (tools.reported) {
    out.push(`## ${section++}. AI tools and MCP servers`, "");
    if (tools.rows.length === 0) out.push("None found: no AI coding tool configuration, workflow or commit trailer.", "");
    else {
      const rows = tools.rows.map((t) => [
        ...(single ? [] : [mdCode(t.repository)]),
        `${mdText(t.name)} (${mdCode(t.id)})`,
        `${STATUS_ICON[t.status as VendorStatus] ?? ""} ${mdText(t.status)}`.trim(),
        t.vendor ? mdCode(t.vendor) : "user's choice",
        t.evidence.length ? `${t.evidence.slice(0, 4).map((e) => mdCode(e)).join(", ")}${t.evidence.length > 4 ? ` +${t.evidence.length - 4} more` : ""}` : "—",
        t.mcpServers.length ? t.mcpServers.map((m) => mdCode(m)).join(", ") : "—",
      ]);
      out.push(...mdTable([...(single ? [] : ["repository"]), "tool", "status", "code goes to", "seen in", "MCP servers"], rows, Number.MAX_SAFE_INTEGER), "");
    }
  }

  // Provenance.
  out.push(`## ${section}. Provenance`, "");
  const rows = repos.map((r) => [
    mdCode(r.name),
    r.report.target.commit ? mdCode(r.report.target.commit) : "unknown",
    r.report.inventory.path ? mdCode(r.report.inventory.path) : "none",
    mdText(`shadow-ai ${r.report.tool.version}`),
    mdText(r.report.tool.catalogVersion),
    String(r.report.stats.files),
  ]);
  out.push(...mdTable(["repository", "commit", "inventory", "tool", "catalog", "files scanned"], rows, Number.MAX_SAFE_INTEGER), "");
  out.push(`Scan date: ${input.scannedAt ? mdText(input.scannedAt) : "not recorded in the report"}. Pack produced: ${mdText(input.producedAt)}.`, "");
  return out.join("\n");
}
