import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  STATUS_ICON,
  byString,
  isOrgReport,
  isScanReport,
  mdTable,
  writeAtomic
} from "./chunk-SA3F3MM6.js";
import {
  reportContext
} from "./chunk-2MI22D4T.js";
import {
  vendorHosts
} from "./chunk-P7DHUSXG.js";
import {
  groupFindings,
  places
} from "./chunk-6GJE5QXA.js";
import {
  MAX_PRINTED,
  html,
  mdCode,
  mdText,
  oneLine
} from "./chunk-4R5BKMKX.js";
import {
  RISK_TOPICS
} from "./chunk-JICWNY26.js";
import {
  addInterval,
  ageOf,
  classesOf,
  dataClassesByComponent,
  extendCatalog,
  loadInventory,
  newestAttestations
} from "./chunk-TVG7CJUS.js";
import "./chunk-OLPSZWNW.js";
import {
  loadCatalog
} from "./chunk-2YU2PO3X.js";
import {
  UsageError
} from "./chunk-4CIJ6FWP.js";
import "./chunk-6S6EOD3A.js";
import {
  packageVersion
} from "./chunk-YJ6TIQPF.js";
import "./chunk-EUDNGKAI.js";

// src/commands/evidence.ts
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/report/evidence-findings.ts
var LOCATIONS_SHOWN = 3;
var RANK = { error: 0, warning: 1, note: 2 };
function groupByIdentity(list2) {
  const byRepo = /* @__PURE__ */ new Map();
  for (const { repository, finding } of list2) {
    const fs = byRepo.get(repository);
    if (fs) fs.push(finding);
    else byRepo.set(repository, [finding]);
  }
  return [...byRepo].flatMap(
    ([repository, findings2]) => groupFindings(findings2, { blockingFirst: false }).map((g) => {
      const f = g.first;
      const severity = g.findings.reduce((s, x) => (RANK[x.severity] ?? 9) < (RANK[s] ?? 9) ? x.severity : s, f.severity);
      return {
        repository,
        rule: f.rule,
        severity,
        blocking: g.blocking,
        ...f.vendor ? { vendor: f.vendor } : {},
        ...f.tool ? { tool: f.tool } : {},
        message: f.message,
        locations: places(g),
        count: g.findings.length
      };
    })
  );
}
function shownLocations(g, max = LOCATIONS_SHOWN) {
  return { shown: g.locations.slice(0, max), more: Math.max(0, g.locations.length - max) };
}

// src/report/evidence-tools.ts
var str = (x) => typeof x === "string" && x !== "" ? x : void 0;
function evidenceText(e) {
  const file = str(e.file);
  const at = file ? `${file}${typeof e.line === "number" ? `:${e.line}` : ""}` : void 0;
  const what = str(e.action) ?? str(e.package);
  if (e.kind === "commit") return `commits: ${typeof e.commits === "number" ? e.commits : "?"}${str(e.last) ? `, last ${str(e.last)}` : ""}`;
  return [at ?? str(e.kind) ?? "evidence", what ? `(${what})` : ""].filter(Boolean).join(" ");
}
function serverText(s) {
  if (typeof s === "string") return s;
  if (!s || typeof s !== "object") return String(s);
  const o = s;
  const name = str(o.name) ?? str(o.id) ?? "server";
  const target = [str(o.url), str(o.command), str(o.package)].filter((x) => !!x);
  const transport = str(o.transport);
  const where = str(o.file) ? ` (${str(o.file)}${typeof o.line === "number" ? `:${o.line}` : ""})` : "";
  return `${name}${transport ? ` [${transport}]` : ""}${target.length ? ` \u2014 ${target.join(" ")}` : ""}${where}`;
}
function toolsOf(report) {
  const t = report.tools;
  return Array.isArray(t) ? t : void 0;
}
function toolRows(repos) {
  const rows = [];
  let reported = false;
  for (const r of repos) {
    const tools = toolsOf(r.report);
    if (!tools) continue;
    reported = true;
    const entries = tools.filter((t) => !!t && typeof t === "object" && typeof t.id === "string");
    for (const t of entries.sort((a, b) => byString(a.id, b.id))) {
      const vendor = str(t.vendor);
      rows.push({
        repository: r.name,
        id: t.id,
        name: str(t.name) ?? t.id,
        status: str(t.status) ?? "unknown",
        ...vendor ? { vendor } : {},
        evidence: (Array.isArray(t.evidence) ? t.evidence : []).filter((e) => !!e && typeof e === "object").map(evidenceText),
        mcpServers: (Array.isArray(t.mcpServers) ? t.mcpServers : []).map(serverText)
      });
    }
  }
  return { reported, rows };
}

// src/report/evidence.ts
var STATUS_ORDER = { prohibited: 0, undeclared: 1, restricted: 2, approved: 3 };
var plural = (n, word) => `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;
function mermaidText(s) {
  return oneLine(s).replace(/["#<>`&|%;{}[\]()\\]/g, (c) => `#${c.charCodeAt(0)};`);
}
function vendorsOf(repos) {
  const map = /* @__PURE__ */ new Map();
  for (const r of repos) {
    for (const v of r.report.vendors) {
      let row = map.get(v.id);
      if (!row) map.set(v.id, row = { id: v.id, name: v.name, category: v.category, uses: [] });
      row.uses.push({ repository: r.name, usage: v });
    }
  }
  const worst = (row) => Math.min(...row.uses.map((u) => STATUS_ORDER[u.usage.status] ?? 9));
  return [...map.values()].sort((a, b) => worst(a) - worst(b) || byString(a.id, b.id));
}
function dateOf(d, key) {
  if (!d) return "\u2014";
  const v = d[key];
  return v ? `${key} ${v}${d.expires ? `, expires ${d.expires}` : ""}` : "\u2014";
}
function attestationCell(d, today) {
  const newest = newestAttestations(d);
  if (newest.length === 0) return "none on file";
  return newest.map((a) => `${mdText(a.type)} ${mdText(a.date)} (${mdText(ageOf(a.date, today))}${a.date > today ? "" : " old"})`).join(", ");
}
function declarationCells(d, today) {
  if (!d) return ["\u2014", "\u2014", "\u2014", "\u2014", "\u2014", "\u2014", "\u2014", "\u2014"];
  const list2 = (xs) => xs?.length ? xs.map((x) => mdText(x)).join(", ") : "\u2014";
  return [
    d.owner ? mdText(d.owner) : "\u2014",
    d.purpose ? mdText(d.purpose) : "\u2014",
    list2(d["data-classes"]),
    mdText(dateOf(d.dpa, "signed")),
    d["no-training"] ? `${mdText(dateOf(d["no-training"], "confirmed"))}${d["no-training"].evidence ? ` (${mdText(d["no-training"].evidence)})` : ""}` : "\u2014",
    list2(d.residency),
    d["last-review"] ? mdText(d["last-review"]) : "\u2014",
    attestationCell(d, today)
  ];
}
function classifiedPathsOf(input) {
  return (name) => input.inventory?.classifiedPaths ?? input.repositories.find((r) => r.name === name)?.report.inventory.classifiedPaths;
}
function classifierOf(input) {
  const of = classifiedPathsOf(input);
  return (repository, file) => classesOf(file, of(repository)).classes;
}
function componentOf(file) {
  const parts = file.split("/").slice(0, -1);
  return parts.length === 0 ? "(root)" : parts.slice(0, 2).join("/");
}
function vendorFlowchart(row, hosts, residency, classifiedOf = () => void 0) {
  const lines = ["flowchart LR"];
  const regions = [...new Set(row.uses.flatMap((u) => u.usage.regions))].sort(byString);
  const where = regions.length ? `region: ${regions.join(", ")}` : residency.length ? `declared residency: ${residency.join(", ")}` : "region: not stated in code";
  const endpoint = [row.name, ...hosts.length ? hosts : ["endpoint not named in code"], where].map(mermaidText).join("<br/>");
  lines.push(`  v0["${endpoint}"]`);
  let n = 0;
  row.uses.forEach((u, i) => {
    const direct = u.usage.evidence.filter((e) => !e.transitive);
    const used = direct.length > 0 ? direct : u.usage.evidence;
    const comps = /* @__PURE__ */ new Map();
    for (const e of used) {
      const c = componentOf(e.file);
      if (!comps.has(c)) comps.set(c, /* @__PURE__ */ new Set());
      comps.get(c).add(e.transitive ? "lockfile (transitive)" : e.kind);
    }
    const classes = dataClassesByComponent({ evidence: used }, classifiedOf(u.repository), componentOf);
    lines.push(`  subgraph r${i}["${mermaidText(u.repository)}"]`);
    const ids = [];
    for (const [c, kinds] of [...comps.entries()].sort(([a], [b]) => byString(a, b))) {
      const id = `c${n++}`;
      lines.push(`    ${id}["${mermaidText(c)}"]`);
      const data = classes.get(c);
      ids.push([id, `${[...kinds].sort(byString).join(", ")}${data ? ` \xB7 data: ${data.join(", ")}` : ""}`]);
    }
    lines.push("  end");
    for (const [id, kinds] of ids) lines.push(`  ${id} -->|"${mermaidText(kinds)}"| v0`);
  });
  return lines.join("\n");
}
function evidenceLine(e) {
  const what = e.package ?? e.host ?? e.env ?? e.secretRule ?? e.model ?? "";
  return `${mdCode(`${e.file}:${e.line}`)} ${mdText(e.kind)}${what ? ` ${mdCode(what)}` : ""}${e.transitive ? " (transitive)" : ""}`;
}
function toEvidence(input) {
  const maxFiles = input.maxFiles ?? 20;
  const repos = [...input.repositories].sort((a, b) => byString(a.name, b.name));
  const errors = input.errors ?? [];
  const vendors = vendorsOf(repos);
  const single = repos.length === 1 && !input.org ? repos[0] : void 0;
  const subject = input.org ? `organisation ${input.org}` : single ? single.name : `${plural(repos.length, "repository")}`;
  const declOf = (repo, id) => input.inventory?.vendors.get(id) ?? repo.declared?.[id];
  const out = [`# AI vendor evidence pack \u2014 ${mdText(subject)}`, ""];
  const today = input.producedAt.slice(0, 10);
  out.push(
    `Produced ${mdText(input.producedAt)} by shadow-ai ${mdText(input.tool.version)}${input.scannedAt ? ` from a scan run ${mdText(input.scannedAt)}` : ""}. ${plural(repos.length, "repository")} scanned${errors.length ? `, ${errors.length} could not be scanned (listed below)` : ""}; ${plural(vendors.length, "AI vendor")} in use. ` + (input.inventory ? `Declarations: ${mdCode(input.inventory.path)}.` : repos.some((r) => r.declared) ? "Declarations: each repository's inventory as the scan applied it." : "Declarations: not in the input (pass `--inventory` to fill in owner, purpose, DPA and review dates)."),
    ""
  );
  out.push("## 1. AI vendor inventory", "");
  const invRows = [];
  for (const v of vendors) {
    const groups2 = /* @__PURE__ */ new Map();
    for (const u of v.uses) {
      const repo = repos.find((r) => r.name === u.repository);
      const d = declOf(repo, v.id);
      const key = `${u.usage.status}\0${JSON.stringify(d ?? null)}`;
      if (!groups2.has(key)) groups2.set(key, { d, status: u.usage.status, repos: [] });
      groups2.get(key).repos.push(u.repository);
    }
    for (const g of [...groups2.values()].sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9))) {
      invRows.push([
        `${mdText(v.name)} (${mdCode(v.id)})`,
        `${STATUS_ICON[g.status] ?? ""} ${mdText(g.status)}`,
        ...declarationCells(g.d, today),
        single ? String(v.uses.length ? "yes" : "no") : g.repos.map((x) => mdCode(x)).join(", ")
      ]);
    }
  }
  for (const [id, d] of [...(input.inventory?.vendors ?? /* @__PURE__ */ new Map()).entries()].sort(([a], [b]) => byString(a, b))) {
    if (vendors.some((v) => v.id === id)) continue;
    const name = input.spec?.(id)?.name ?? id;
    invRows.push([`${mdText(name)} (${mdCode(id)})`, `${mdText(d.status)} \xB7 not used`, ...declarationCells(d, today), "\u2014"]);
  }
  const header = ["vendor", "status", "owner", "purpose", "data classes", "DPA", "no-training", "residency", "last review", "attestations", single ? "used" : "repositories"];
  if (invRows.length === 0) out.push("No AI vendor is used or declared.", "");
  else out.push(...mdTable(header, invRows, Number.MAX_SAFE_INTEGER), "");
  out.push("## 2. Where each vendor is used", "");
  if (vendors.length === 0) out.push("Nowhere.", "");
  for (const v of vendors) {
    out.push(`### ${mdText(v.name)} (${mdCode(v.id)})`, "");
    for (const u of v.uses) {
      const byFile = /* @__PURE__ */ new Map();
      for (const e of u.usage.evidence) {
        if (!byFile.has(e.file)) byFile.set(e.file, []);
        byFile.get(e.file).push(e);
      }
      const facts = [
        u.usage.status,
        u.usage.direct ? u.usage.confidence === "low" ? "low confidence: only in env templates" : "" : "transitive only",
        u.usage.regions.length ? `regions ${u.usage.regions.join(", ")}` : "",
        u.usage.models.length ? `models ${u.usage.models.join(", ")}` : "",
        u.usage.frameworks.length ? `through ${u.usage.frameworks.join(", ")}` : ""
      ].filter(Boolean);
      out.push(`- ${mdCode(u.repository)} \u2014 ${mdText(facts.join("; "))}`);
      const files = [...byFile.entries()];
      for (const [, list2] of files.slice(0, maxFiles)) out.push(`  - ${list2.slice(0, 5).map(evidenceLine).join("; ")}${list2.length > 5 ? ` (+${list2.length - 5} more)` : ""}`);
      if (files.length > maxFiles) out.push(`  - \u2026 ${files.length - maxFiles} more files (the JSON report lists all)`);
    }
    out.push("");
  }
  out.push("## 3. Data flows", "", "Components (folders) of each repository \u2192 the vendor's endpoint, labelled with how the code reaches it and, where the inventory classifies the path (`classified-paths`), the data classes that flow.", "");
  if (vendors.length === 0) out.push("None.", "");
  for (const v of vendors) {
    const usage = {
      evidence: v.uses.flatMap((u) => u.usage.evidence),
      regions: [...new Set(v.uses.flatMap((u) => u.usage.regions))]
    };
    const residency = [
      ...new Set(v.uses.flatMap((u) => declOf(repos.find((r) => r.name === u.repository), v.id)?.residency ?? []))
    ].sort(byString);
    const classifiedOf = classifiedPathsOf(input);
    out.push(`### ${mdText(v.name)} (${mdCode(v.id)})`, "", "```mermaid", vendorFlowchart(v, vendorHosts(usage, input.spec?.(v.id)), residency, classifiedOf), "```", "");
  }
  const findings2 = repos.flatMap((r) => r.report.findings.filter((f) => !f.suppressed).map((finding) => ({ repository: r.name, finding })));
  const groups = groupByIdentity(findings2);
  const suppressed = repos.reduce((n, r) => n + r.report.findings.filter((f) => f.suppressed).length, 0);
  out.push(`## 4. Open findings (${groups.length})`, "");
  if (groups.length === 0) out.push("None.", "");
  else {
    if (findings2.length !== groups.length) out.push(`${plural(groups.length, "problem")} at ${findings2.length} locations: findings that share an identity (rule and vendor or tool, with the region, model or path scope that sets them apart) are one row; the JSON report lists every location.`, "");
    const rows2 = groups.map((g) => {
      const { shown, more } = shownLocations(g);
      return [
        ...single ? [] : [mdCode(g.repository)],
        `${mdText(g.severity)}${g.blocking ? " \xB7 **blocking**" : ""}`,
        mdCode(g.rule),
        g.vendor ? mdCode(g.vendor) : g.tool ? `${mdCode(g.tool)} (tool)` : "\u2014",
        String(g.count),
        shown.length ? `${shown.map((l) => mdCode(l)).join(", ")}${more ? ` +${more} more` : ""}` : "\u2014",
        mdText(g.message)
      ];
    });
    out.push(...mdTable([...single ? [] : ["repository"], "severity", "rule", "vendor or tool", "uses", "where", "message"], rows2, Number.MAX_SAFE_INTEGER), "");
  }
  if (suppressed > 0) out.push(`${plural(suppressed, "finding")} suppressed with a recorded reason (see the JSON report).`, "");
  if (errors.length > 0) {
    out.push(`### Not scanned (${errors.length})`, "");
    out.push(...mdTable(["repository", "reason"], errors.map((e) => [mdCode(e.repository), mdText(e.reason)]), Number.MAX_SAFE_INTEGER), "");
  }
  const tools = toolRows(repos);
  let section = 5;
  if (tools.reported) {
    out.push(`## ${section++}. AI tools and MCP servers`, "");
    if (tools.rows.length === 0) out.push("None found: no AI coding tool configuration, workflow or commit trailer.", "");
    else {
      const rows2 = tools.rows.map((t) => [
        ...single ? [] : [mdCode(t.repository)],
        `${mdText(t.name)} (${mdCode(t.id)})`,
        `${STATUS_ICON[t.status] ?? ""} ${mdText(t.status)}`.trim(),
        t.vendor ? mdCode(t.vendor) : "user's choice",
        t.evidence.length ? `${t.evidence.slice(0, 4).map((e) => mdCode(e)).join(", ")}${t.evidence.length > 4 ? ` +${t.evidence.length - 4} more` : ""}` : "\u2014",
        t.mcpServers.length ? t.mcpServers.map((m) => mdCode(m)).join(", ") : "\u2014"
      ]);
      out.push(...mdTable([...single ? [] : ["repository"], "tool", "status", "code goes to", "seen in", "MCP servers"], rows2, Number.MAX_SAFE_INTEGER), "");
    }
  }
  out.push(`## ${section}. Provenance`, "");
  const rows = repos.map((r) => [
    mdCode(r.name),
    r.report.target.commit ? mdCode(r.report.target.commit) : "unknown",
    r.report.inventory.path ? mdCode(r.report.inventory.path) : "none",
    mdText(`shadow-ai ${r.report.tool.version}`),
    mdText(r.report.tool.catalogVersion),
    String(r.report.stats.files)
  ]);
  out.push(...mdTable(["repository", "commit", "inventory", "tool", "catalog", "files scanned"], rows, Number.MAX_SAFE_INTEGER), "");
  out.push(`Scan date: ${input.scannedAt ? mdText(input.scannedAt) : "not recorded in the report"}. Pack produced: ${mdText(input.producedAt)}.`, "");
  return out.join("\n");
}

// src/report/evidence-html/esc.ts
var esc = (s) => html(s, MAX_PRINTED);

// src/report/evidence-html/model.ts
var STATUS_ORDER2 = { prohibited: 0, undeclared: 1, restricted: 2, approved: 3 };
var plural2 = (n, word) => `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;
function declarationOf(input, repo, id) {
  return input.inventory?.vendors.get(id) ?? repo.declared?.[id] ?? repo.report.inventory.vendors?.[id];
}
function buildModel(input) {
  const repos = [...input.repositories].sort((a, b) => byString(a.name, b.name));
  const byName = new Map(repos.map((r) => [r.name, r]));
  const single = repos.length === 1 && !input.org;
  const findings2 = repos.flatMap((r) => r.report.findings.filter((f) => !f.suppressed).map((finding) => ({ repository: r.name, finding })));
  const vendors = vendorsOf(repos).map((row) => {
    const uses = row.uses.map((u) => {
      const repo = byName.get(u.repository);
      const declared = declarationOf(input, repo, row.id);
      const reviewInterval = repo.report.inventory.reviewInterval;
      return { repository: u.repository, usage: u.usage, ...declared ? { declared } : {}, ...reviewInterval ? { reviewInterval } : {} };
    });
    const regions = [...new Set(uses.flatMap((u) => u.usage.regions))].sort(byString);
    const evidence = uses.flatMap((u) => u.usage.evidence);
    return {
      id: row.id,
      name: row.name,
      category: row.category,
      worst: uses.map((u) => u.usage.status).sort((a, b) => STATUS_ORDER2[a] - STATUS_ORDER2[b])[0],
      uses,
      hosts: vendorHosts({ evidence, regions }, input.spec?.(row.id)),
      regions,
      findings: findings2.filter((f) => f.finding.vendor === row.id)
    };
  });
  const used = new Set(vendors.map((v) => v.id));
  const only = single ? repos[0] : void 0;
  const declaredAll = input.inventory?.vendors ?? new Map(Object.entries(only ? only.declared ?? only.report.inventory.vendors ?? {} : {}));
  const unused = [...declaredAll.entries()].filter(([id]) => !used.has(id)).sort(([a], [b]) => byString(a, b)).map(([id, declared]) => ({ id, name: input.spec?.(id)?.name ?? id, declared }));
  const carried = repos.some((r) => r.declared || r.report.inventory.vendors);
  return {
    subject: input.org ? `organisation ${input.org}` : single ? repos[0].name : plural2(repos.length, "repository"),
    ...input.org ? { org: input.org } : {},
    single,
    repositories: repos,
    vendors,
    unused,
    findings: findings2,
    suppressed: repos.reduce((n, r) => n + r.report.findings.filter((f) => f.suppressed).length, 0),
    errors: input.errors ?? [],
    declarations: input.inventory ? `the inventory ${input.inventory.path}` : carried ? single && repos[0].report.inventory.path ? `the inventory the scan applied (${repos[0].report.inventory.path}), as the report carries it` : "the inventory each repository was scanned against, as the report carries it" : "none in the input (pass --inventory to fill in owner, purpose, DPA and review dates)"
  };
}

// src/report/evidence-html/link.ts
function link(url, text2) {
  if (!url) return esc(text2);
  let ok = false;
  try {
    const u = new URL(url);
    ok = (u.protocol === "https:" || u.protocol === "http:") && !/[\s"'<>]/.test(url) && oneLine(url, Number.POSITIVE_INFINITY) === url;
  } catch {
    ok = false;
  }
  return ok ? `<a href="${html(url)}">${esc(text2)}</a>` : `${esc(text2)} <span class="muted">(${esc(url)})</span>`;
}

// src/report/evidence-html/diagram.ts
var SPLIT_AT = 12;
var FONT = 10;
var ADVANCE = 0.58;
var STATUS_COLOUR = { prohibited: "#b42318", undeclared: "#c4320a", restricted: "#b54708", approved: "#067647" };
function geometry(split) {
  return split ? { width: 900, box: 200, row: 24, boxH: 18, label: 120, endpoint: { x: 330, w: 240 }, columns: [{ x: 4, side: "left" }, { x: 696, side: "right" }] } : { width: 760, box: 230, row: 30, boxH: 22, label: 270, endpoint: { x: 512, w: 244 }, columns: [{ x: 4, side: "left" }] };
}
function fit(text2, px, size = FONT, keep = "start") {
  const max = Math.max(4, Math.floor(px / (size * ADVANCE)));
  const flat = text2.replace(/[\r\n\t]+/g, " ");
  if (flat.length <= max) return flat;
  return keep === "start" ? `${flat.slice(0, max - 1)}\u2026` : `\u2026${flat.slice(flat.length - max + 1)}`;
}
function itemsOf(components, headers) {
  const out = [];
  let last;
  for (const c of components) {
    if (headers && c.repository !== last && !c.folded) out.push({ kind: "header", text: c.repository });
    last = c.repository;
    out.push({ kind: "component", c });
  }
  return out;
}
var HEADER = 16;
var heightOf = (items, g) => items.reduce((h, i) => h + (i.kind === "header" ? HEADER : g.row), 0);
function edgeLabel(c) {
  return [c.reach.join(", "), c.dataClasses.length ? `data: ${c.dataClasses.join(", ")}` : ""].filter(Boolean).join(" \xB7 ");
}
function flowSvg(flow, status, id) {
  const n = flow.components.length;
  const split = n > SPLIT_AT;
  const g = geometry(split);
  const headers = flow.repositories.length > 1;
  const half = split ? Math.ceil(n / 2) : n;
  const cols = split ? [flow.components.slice(0, half), flow.components.slice(half)] : [flow.components];
  const items = cols.map((c) => itemsOf(c, headers));
  const hosts = flow.hosts.length ? flow.hosts.slice(0, 3) : ["endpoint not named in code"];
  const endLines = [flow.vendor, ...hosts, ...flow.hosts.length > 3 ? [`+${flow.hosts.length - 3} more hosts`] : [], flow.where];
  const endH = 14 + endLines.length * 15;
  const pad = 8;
  const height = Math.max(endH, ...items.map((i) => heightOf(i, g)), g.row) + 2 * pad;
  const ey = Math.round((height - endH) / 2);
  const ecy = Math.round(height / 2);
  const colour = STATUS_COLOUR[status];
  const out = [];
  const title = `Data flow: ${n === 0 ? "no component" : `${n} component${n === 1 ? "" : "s"}`} \u2192 ${flow.vendor}`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="flow" id="${id}" viewBox="0 0 ${g.width} ${height}" width="${g.width}" height="${height}" role="img" aria-labelledby="${id}-t" font-family="Helvetica, Arial, sans-serif" font-size="${FONT}">`,
    `<title id="${id}-t">${esc(title)}</title>`
  );
  const edges = [];
  const boxes = [];
  items.forEach((list2, ci) => {
    const col = g.columns[ci];
    const colH = heightOf(list2, g);
    let y = pad + Math.round((height - 2 * pad - colH) / 2);
    for (const item of list2) {
      if (item.kind === "header") {
        const tx = col.side === "left" ? col.x + 2 : col.x + g.box - 2;
        boxes.push(`<text class="repo" x="${tx}" y="${y + 12}" text-anchor="${col.side === "left" ? "start" : "end"}" font-weight="bold" fill="#475467">${esc(fit(item.text, g.box))}<title>${esc(item.text)}</title></text>`);
        y += HEADER;
        continue;
      }
      const c = item.c;
      const by = y + Math.round((g.row - g.boxH) / 2);
      const cy = by + g.boxH / 2;
      const x0 = col.side === "left" ? col.x + g.box : col.x;
      const x1 = col.side === "left" ? g.endpoint.x : g.endpoint.x + g.endpoint.w;
      const mid = Math.round((x0 + x1) / 2);
      edges.push(`<path d="M${x0} ${cy} C${mid} ${cy} ${mid} ${ecy} ${x1} ${ecy}" fill="none" stroke="#98a2b3" stroke-width="1.2"/>`);
      const label = edgeLabel(c);
      if (label) {
        const shown = fit(label, g.label - 8, 9);
        const w = Math.ceil(shown.length * 9 * ADVANCE) + 6;
        const lx = col.side === "left" ? x0 + 4 : x0 - 4 - w;
        edges.push(
          `<g class="edge-label"><rect x="${lx}" y="${cy - 13}" width="${w}" height="12" rx="2" fill="#ffffff" fill-opacity="0.9"/><text x="${lx + 3}" y="${cy - 4}" font-size="9" fill="#344054">${esc(shown)}<title>${esc(label)}</title></text></g>`
        );
      }
      boxes.push(
        `<g class="component"><rect x="${col.x}" y="${by}" width="${g.box}" height="${g.boxH}" rx="3" fill="${c.folded ? "#eef2f6" : "#f8fafc"}" stroke="#667085" stroke-dasharray="${c.folded ? "3 2" : "none"}"/><text x="${col.x + 6}" y="${by + g.boxH / 2 + 3.5}" fill="#101828">${esc(fit(c.name, g.box - 12, FONT, c.folded ? "start" : "end"))}<title>${esc(c.repository ? `${c.repository}: ${c.name}` : c.name)} (${c.evidence} evidence)</title></text></g>`
      );
      y += g.row;
    }
  });
  out.push(...edges, ...boxes);
  const ex = g.endpoint.x;
  out.push(`<g class="endpoint"><rect x="${ex}" y="${ey}" width="${g.endpoint.w}" height="${endH}" rx="6" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`);
  endLines.forEach((line, i) => {
    const size = i === 0 ? 11 : 9;
    const attrs = i === 0 ? ` font-weight="bold" font-size="11"` : ` font-size="9"${i === endLines.length - 1 ? ` fill="#475467"` : ""}`;
    out.push(`<text x="${ex + 8}" y="${ey + 18 + i * 15}"${attrs}>${esc(fit(line, g.endpoint.w - 16, size))}<title>${esc(line)}</title></text>`);
  });
  out.push("</g>", "</svg>");
  return out.join("\n");
}

// src/report/evidence-html/flow.ts
var MAX_COMPONENTS = 40;
function reachOf(e) {
  if (e.via) return `gateway (${e.via} SDK)`;
  if (e.framework) return `framework (${e.framework})`;
  switch (e.kind) {
    case "import":
    case "dependency":
      return "SDK";
    case "lockfile":
      return e.transitive ? "SDK (transitive)" : "SDK";
    case "host":
      return e.role === "base-url" ? "HTTP (base URL)" : "HTTP";
    case "env":
    case "config":
      return "configuration";
    case "secret":
      return "API key";
    case "iac":
      return "infrastructure";
    case "workflow":
      return "CI workflow";
  }
}
function flowOf(v, classify) {
  const regions = v.regions;
  const residency = [...new Set(v.uses.flatMap((u) => u.declared?.residency ?? []))].sort(byString);
  const where = regions.length ? `region: ${regions.join(", ")}` : residency.length ? `declared residency: ${residency.join(", ")}` : "region: not stated in code";
  const all = [];
  for (const u of v.uses) {
    const direct = u.usage.evidence.filter((e) => !e.transitive);
    const used = direct.length > 0 ? direct : u.usage.evidence;
    const comps = /* @__PURE__ */ new Map();
    for (const e of used) {
      const c = componentOf(e.file);
      let entry = comps.get(c);
      if (!entry) comps.set(c, entry = { reach: /* @__PURE__ */ new Set(), classes: /* @__PURE__ */ new Set(), n: 0 });
      entry.reach.add(reachOf(e));
      for (const d of classify?.(u.repository, e.file) ?? []) entry.classes.add(d);
      entry.n++;
    }
    for (const [name, c] of comps) {
      all.push({ repository: u.repository, name, reach: [...c.reach].sort(byString), dataClasses: [...c.classes].sort(byString), evidence: c.n });
    }
  }
  const order = (a, b) => byString(a.repository, b.repository) || byString(a.name, b.name);
  let components = all.sort(order);
  if (components.length > MAX_COMPONENTS) {
    const kept = [...components].sort((a, b) => b.evidence - a.evidence || order(a, b)).slice(0, MAX_COMPONENTS - 1);
    const keep = new Set(kept);
    const rest = components.filter((c) => !keep.has(c));
    components = [
      ...kept.sort(order),
      {
        repository: "",
        name: `${rest.length} more components`,
        reach: [...new Set(rest.flatMap((c) => c.reach))].sort(byString),
        dataClasses: [...new Set(rest.flatMap((c) => c.dataClasses))].sort(byString),
        evidence: rest.reduce((n, c) => n + c.evidence, 0),
        folded: rest.length
      }
    ];
  }
  return { vendor: v.name, hosts: v.hosts, where, repositories: [...new Set(v.uses.map((u) => u.repository))], components };
}

// src/report/evidence-html/risk.ts
var TOPIC_TITLE = {
  hallucination: "Hallucination",
  "prompt-injection": "Prompt injection",
  "data-leakage": "Data leakage through outputs",
  bias: "Bias in decisions",
  "fine-tuning": "Customer data used for fine-tuning"
};
var CALL_KINDS = /* @__PURE__ */ new Set(["import", "host"]);
function codeFacts(v) {
  const comps = /* @__PURE__ */ new Set();
  const callers = /* @__PURE__ */ new Set();
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
var list = (xs, max = 8) => xs.length ? `${xs.slice(0, max).map((x) => `<code>${esc(x)}</code>`).join(", ")}${xs.length > max ? ` and ${xs.length - max} more` : ""}` : "none";
function assessed(a) {
  const rows = RISK_TOPICS.map((t) => {
    const e = a[t];
    if (!e) return `<tr class="missing"><th>${TOPIC_TITLE[t]}</th><td colspan="4">not assessed</td></tr>`;
    const level = /^(low|medium|high)$/i.test(e.risk) ? ` class="level level-${e.risk.toLowerCase()}"` : "";
    return `<tr><th>${TOPIC_TITLE[t]}</th><td${level}>${esc(e.risk)}</td><td>${esc(e.mitigation ?? "\u2014")}</td><td>${esc(e.owner ?? "\u2014")}</td><td>${esc(e.reviewed ?? "\u2014")}</td></tr>`;
  });
  return `<table class="risk"><thead><tr><th>topic</th><th>risk</th><th>mitigation</th><th>owner</th><th>reviewed</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function prefill(v) {
  const facts = codeFacts(v);
  const d = v.uses.find((u) => u.declared)?.declared;
  const classes = d?.["data-classes"]?.length ? d["data-classes"].join(", ") : "not declared";
  const training = d?.["no-training"] ? `no-training confirmed ${d["no-training"].confirmed}` : "no no-training confirmation declared";
  const flowsBack = facts.callers.length ? `yes \u2014 code calls it in ${list(facts.callers)}, so model output returns to the product there` : "not shown \u2014 only manifests or configuration name it";
  return `<p class="warn">No risk assessment in the inventory for this vendor. Add <code>risk-assessment:</code> with ${RISK_TOPICS.map((t) => `<code>${t}</code>`).join(", ")} (each <code>{ risk, mitigation, owner, reviewed }</code>).</p><table class="risk prefill"><tbody><tr><th>Components calling it</th><td>${list(facts.components)}</td></tr><tr><th>Model output flows back</th><td>${flowsBack}</td></tr><tr><th>Data sent (declared)</th><td>${esc(classes)}</td></tr><tr><th>Fine-tuning</th><td>${esc(training)}</td></tr></tbody></table><p class="note">Pre-filled from the scan by a heuristic: a component that imports the vendor's SDK or names its API host in code receives model output; whether that output reaches users or decisions is for the owner to assess.</p>`;
}
function riskSection(v) {
  const groups = /* @__PURE__ */ new Map();
  for (const u of v.uses) {
    const a = u.declared?.["risk-assessment"];
    if (!a) continue;
    const key = JSON.stringify(a);
    if (!groups.has(key)) groups.set(key, { a, repos: [] });
    groups.get(key).repos.push(u.repository);
  }
  const head = `<h3>AI risk assessment</h3>`;
  if (groups.size === 0) return `<section class="risk-assessment">${head}${prefill(v)}</section>`;
  const multi = groups.size > 1 || groups.values().next().value.repos.length < v.uses.length;
  const body = [...groups.values()].map((g) => `${multi ? `<p class="repos">${g.repos.map((r) => `<code>${esc(r)}</code>`).join(", ")}</p>` : ""}${assessed(g.a)}`).join("");
  const missing = v.uses.filter((u) => !u.declared?.["risk-assessment"]).map((u) => u.repository);
  return `<section class="risk-assessment">${head}${body}${missing.length ? `<p class="warn">Not assessed for ${list(missing)}.</p>` : ""}</section>`;
}

// src/report/evidence-html/vendor-page.ts
var MAX_REPO_ROWS = 10;
var MAX_FINDINGS = 6;
function badge(status) {
  return `<span class="badge status-${esc(status)}">${esc(status)}</span>`;
}
var day = (s) => Date.parse(`${s.slice(0, 10)}T00:00:00Z`);
function ageInDays(date, today) {
  const a = day(date);
  const b = day(today);
  return Number.isNaN(a) || Number.isNaN(b) ? void 0 : Math.round((b - a) / 864e5);
}
function across(uses, pick) {
  const groups = /* @__PURE__ */ new Map();
  for (const u of uses) {
    const value = pick(u) ?? "\u2014";
    if (!groups.has(value)) groups.set(value, []);
    groups.get(value).push(u.repository);
  }
  if (groups.size === 1) return [...groups.keys()][0];
  return [...groups.entries()].map(([value, repos]) => `<div>${value} <span class="repos">(${repos.map((s) => esc(s)).join(", ")})</span></div>`).join("");
}
var text = (s) => s ? esc(s) : void 0;
var words = (xs) => xs?.length ? xs.map((s) => esc(s)).join(", ") : void 0;
function dpa(d) {
  if (!d?.dpa) return d ? `<span class="bad">none declared</span>` : void 0;
  const label = `signed ${d.dpa.signed}${d.dpa.expires ? `, expires ${d.dpa.expires}` : ""}`;
  return link(d.dpa.link, label);
}
function noTraining(d) {
  const n = d?.["no-training"];
  if (!n) return d ? `<span class="bad">not confirmed</span>` : void 0;
  return `confirmed ${esc(n.confirmed)}${n.evidence ? ` (${esc(n.evidence)})` : ""}`;
}
function attestations(d, today) {
  if (!d) return void 0;
  if (!d.attestations?.length) return `<span class="bad">none declared</span>`;
  return d.attestations.map((a) => {
    const age = ageInDays(a.date, today);
    return `${link(a.link, `${a.type} ${a.date}`)}${age !== void 0 ? ` <span class="muted">(${age} days old)</span>` : ""}`;
  }).join("<br>");
}
function review(u, today) {
  const d = u.declared;
  if (!d) return void 0;
  const last = d["last-review"];
  if (!last) return `<span class="bad">never reviewed</span>`;
  const interval = u.reviewInterval ?? "1y";
  let due;
  try {
    due = addInterval(last, interval);
  } catch {
    return `last ${esc(last)}`;
  }
  const overdue = day(today) > day(due);
  return `last ${esc(last)} \xB7 next due ${overdue ? `<span class="bad">${esc(due)} (overdue)</span>` : esc(due)} <span class="muted">(every ${esc(interval)})</span>`;
}
function kindCounts(u) {
  const counts = /* @__PURE__ */ new Map();
  for (const e of u.usage.evidence) {
    const k = e.transitive ? "lockfile (transitive)" : e.kind;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => byString(a, b)).map(([k, n]) => `${esc(k)} ${n}`).join(" \xB7 ");
}
function whereUsed(v) {
  const rows = v.uses.slice(0, MAX_REPO_ROWS).map((u) => {
    const comps = [...new Set(u.usage.evidence.filter((e) => !e.transitive).map((e) => componentOf(e.file)))].sort(byString);
    const shown = comps.slice(0, 4).map((c) => `<code>${esc(c)}</code>`).join(", ") + (comps.length > 4 ? ` +${comps.length - 4}` : "");
    return `<tr><td><code>${esc(u.repository)}</code></td><td>${badge(u.usage.status)}</td><td>${shown || "\u2014"}</td><td>${kindCounts(u)}</td></tr>`;
  });
  const more = v.uses.length > MAX_REPO_ROWS ? `<p class="note">\u2026 ${v.uses.length - MAX_REPO_ROWS} more repositories: see the vendor \xD7 repository matrix.</p>` : "";
  return `<table class="where"><thead><tr><th>repository</th><th>status</th><th>components</th><th>evidence by kind</th></tr></thead><tbody>${rows.join("")}</tbody></table>${more}`;
}
function findingRow(g, withRepo) {
  const { shown, more } = shownLocations(g);
  const about = g.vendor ? `<code>${esc(g.vendor)}</code>` : g.tool ? `<code>${esc(g.tool)}</code> <span class="muted">(tool)</span>` : "\u2014";
  const where = shown.length ? `${shown.map((l) => `<code>${esc(l)}</code>`).join("<br>")}${more ? `<br><span class="muted">+${more} more</span>` : ""}` : "\u2014";
  return `<tr class="sev-${esc(g.severity)}">` + (withRepo ? `<td><code>${esc(g.repository)}</code></td>` : "") + `<td class="nowrap">${esc(g.severity)}${g.blocking ? "<br><strong>blocking</strong>" : ""}</td><td><code>${esc(g.rule)}</code></td><td>${about}</td><td class="num">${g.count}</td><td>${where}</td><td>${esc(g.message)}</td></tr>`;
}
var FINDINGS_HEAD = (multi) => `<thead><tr>${multi ? "<th>repository</th>" : ""}<th>severity</th><th>rule</th><th>vendor or tool</th><th>uses</th><th>where</th><th>message</th></tr></thead>`;
function findingCount(groups) {
  const at = groups.reduce((n, g) => n + g.count, 0);
  return `${groups.length}${at !== groups.length ? ` \xB7 ${at} locations` : ""}`;
}
function findings(v, multi) {
  const groups = groupByIdentity(v.findings);
  if (groups.length === 0) return `<p>None.</p>`;
  const rows = groups.slice(0, MAX_FINDINGS).map((g) => findingRow(g, multi));
  const more = groups.length > MAX_FINDINGS ? `<p class="note">\u2026 ${groups.length - MAX_FINDINGS} more in \u201COpen findings\u201D.</p>` : "";
  return `<table class="findings">${FINDINGS_HEAD(multi)}<tbody>${rows.join("")}</tbody></table>${more}`;
}
function vendorPage(v, index, ctx) {
  const today = ctx.producedAt;
  const decl = (f) => across(v.uses, (u) => f(u.declared));
  const models = [...new Set(v.uses.flatMap((u) => u.usage.models))].sort(byString);
  const residency = decl((d) => words(d?.residency) ?? (d ? "any (not restricted)" : void 0));
  const facts = [
    ["Status", across(v.uses, (u) => badge(u.usage.status))],
    ["Owner", decl((d) => text(d?.owner))],
    ["Purpose", decl((d) => text(d?.purpose))],
    ["Data classes", decl((d) => words(d?.["data-classes"]))],
    ["DPA", decl(dpa)],
    ["No-training", decl(noTraining)],
    ["Residency", `<div>declared: ${residency}</div><div>seen in code: ${v.regions.length ? v.regions.map((s) => esc(s)).join(", ") : "no region stated"}</div>`],
    ["Attestations", decl((d) => attestations(d, today))],
    ["Review", across(v.uses, (u) => review(u, today))],
    ["Models", `<div>declared: ${decl((d) => words(d?.models) ?? (d ? "any" : void 0))}</div><div>seen in code: ${models.length ? models.map((s) => esc(s)).join(", ") : "none named"}</div>`]
  ];
  const repos = new Set(v.uses.map((u) => u.repository)).size;
  const declared = v.uses.some((u) => u.declared);
  const flow = flowOf(v, ctx.classify);
  return [
    `<section class="page vendor" id="vendor-${esc(v.id)}">`,
    `<header><h2>${esc(v.name)} <code>${esc(v.id)}</code> ${badge(v.worst)}</h2>`,
    `<p class="sub">${esc(v.category)} \xB7 used in ${plural2(repos, "repository")} \xB7 ${plural2(flow.components.reduce((n, c) => n + (c.folded ?? 1), 0), "component")}${declared ? "" : ' \xB7 <span class="bad">not in the inventory</span>'}</p></header>`,
    `<dl class="facts">${facts.map(([k, val]) => `<dt>${k}</dt><dd>${val}</dd>`).join("")}</dl>`,
    `<h3>Where it is used</h3>`,
    whereUsed(v),
    `<h3>Data flow</h3>`,
    `<div class="diagram">${flowSvg(flow, v.worst, `flow-${index}`)}</div>`,
    riskSection(v),
    `<h3>Open findings (${findingCount(groupByIdentity(v.findings))})</h3>`,
    findings(v, ctx.multi),
    `</section>`
  ].join("\n");
}

// src/report/evidence-html/sections.ts
var MATRIX_MAX_COLUMNS = 10;
function cover(m, input, hasTools) {
  const catalogs = [...new Set(m.repositories.map((r) => r.report.tool.catalogVersion))].sort(byString);
  const commits = m.repositories.map((r) => r.report.target.commit).filter((c) => !!c);
  const groups = groupByIdentity(m.findings);
  const blocking = groups.filter((g) => g.blocking).length;
  const at = groups.reduce((n, g) => n + g.count, 0);
  const rows = [
    [m.org ? "Organisation" : m.single ? "Repository" : "Repositories", esc(m.org ?? (m.single ? m.subject : m.repositories.map((r) => r.name).join(", ")))],
    ["Produced", esc(input.producedAt)],
    ["Scan run", input.scannedAt ? esc(input.scannedAt) : "not recorded in the report"],
    [
      "Scope",
      `${plural2(m.repositories.length, "repository")} scanned${m.errors.length ? `, ${m.errors.length} could not be scanned` : ""}; ${plural2(m.vendors.length, "AI vendor")} in use; ${plural2(groups.length, "open finding")}${at !== groups.length ? ` at ${at} locations` : ""} (${blocking} blocking)`
    ],
    ["Tool", `shadow-ai ${esc(input.tool.version)} \xB7 catalog ${catalogs.map((s) => esc(s)).join(", ") || "\u2014"}`],
    [
      commits.length > 1 ? "Commits" : "Commit",
      m.single ? commits[0] ? `<code>${esc(commits[0])}</code>` : "unknown" : `${commits.length} of ${m.repositories.length} recorded (see Provenance)`
    ],
    ["Declarations", esc(m.declarations)]
  ];
  const toc = [
    `<li><a href="#inventory">AI vendor inventory</a></li>`,
    ...m.vendors.map((v) => `<li><a href="#vendor-${esc(v.id)}">${esc(v.name)}</a> ${badge(v.worst)}</li>`),
    ...hasTools ? [`<li><a href="#tools">AI tools and MCP servers</a></li>`] : [],
    `<li><a href="#findings">Open findings</a></li>`,
    `<li><a href="#provenance">Provenance</a></li>`
  ];
  return `<section class="page cover"><p class="kicker">AI vendor evidence pack</p><h1>${esc(m.subject)}</h1><dl class="facts">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl><h3>Contents</h3><ol class="toc">${toc.join("")}</ol></section>`;
}
function declCells(d) {
  if (!d) return `<td colspan="8" class="muted">not declared</td>`;
  const t = (s) => s ? esc(s) : "\u2014";
  const nw = (s) => `<span class="nowrap">${esc(s)}</span>`;
  const l = (xs) => xs?.length ? xs.map((s) => esc(s)).join(", ") : "\u2014";
  return [
    t(d.owner),
    t(d.purpose),
    l(d["data-classes"]),
    d.dpa ? `<span class="nowrap">${link(d.dpa.link, `signed ${d.dpa.signed}${d.dpa.expires ? `, expires ${d.dpa.expires}` : ""}`)}</span>` : "\u2014",
    d["no-training"] ? `confirmed ${nw(d["no-training"].confirmed)}` : "\u2014",
    l(d.residency),
    d["last-review"] ? nw(d["last-review"]) : "\u2014",
    d.attestations?.length ? d.attestations.map((a) => link(a.link, `${a.type} ${a.date}`)).join(", ") : "\u2014"
  ].map((c) => `<td>${c}</td>`).join("");
}
function matrix(m) {
  const repos = m.repositories.map((r) => r.name);
  const cell = (vendorId, repo) => {
    const u = m.vendors.find((v) => v.id === vendorId).uses.find((x) => x.repository === repo);
    return u ? `${badge(u.usage.status)} <span class="muted">${u.usage.evidence.length}</span>` : `<span class="muted">\u2014</span>`;
  };
  if (repos.length <= MATRIX_MAX_COLUMNS) {
    const head2 = `<tr><th>vendor</th>${repos.map((r) => `<th><code>${esc(r)}</code></th>`).join("")}</tr>`;
    const body2 = m.vendors.map((v) => `<tr><th>${esc(v.name)}</th>${repos.map((r) => `<td>${cell(v.id, r)}</td>`).join("")}</tr>`);
    return `<table class="matrix"><thead>${head2}</thead><tbody>${body2.join("")}</tbody></table>`;
  }
  const head = `<tr><th>repository</th>${m.vendors.map((v) => `<th>${esc(v.name)}</th>`).join("")}</tr>`;
  const body = repos.map((r) => `<tr><th><code>${esc(r)}</code></th>${m.vendors.map((v) => `<td>${cell(v.id, r)}</td>`).join("")}</tr>`);
  return `<table class="matrix"><thead>${head}</thead><tbody>${body.join("")}</tbody></table>`;
}
function inventory(m) {
  const rows = [];
  for (const v of m.vendors) {
    const groups = /* @__PURE__ */ new Map();
    for (const u of v.uses) {
      const key = `${u.usage.status}\0${JSON.stringify(u.declared ?? null)}`;
      if (!groups.has(key)) groups.set(key, { d: u.declared, status: u.usage.status, repos: [] });
      groups.get(key).repos.push(u.repository);
    }
    for (const g of [...groups.values()].sort((a, b) => STATUS_ORDER2[a.status] - STATUS_ORDER2[b.status])) {
      rows.push(
        `<tr><th><a href="#vendor-${esc(v.id)}">${esc(v.name)}</a></th><td>${badge(g.status)}</td>${declCells(g.d)}` + (m.single ? "" : `<td>${g.repos.map((r) => `<code>${esc(r)}</code>`).join(", ")}</td>`) + `</tr>`
      );
    }
  }
  for (const u of m.unused) rows.push(`<tr><th>${esc(u.name)}</th><td>${badge(u.declared.status)} <span class="muted">not used</span></td>${declCells(u.declared)}${m.single ? "" : "<td>\u2014</td>"}</tr>`);
  const head = ["vendor", "status", "owner", "purpose", "data classes", "DPA", "no-training", "residency", "last review", "attestations", ...m.single ? [] : ["repositories"]];
  const table = rows.length ? `<table class="inventory"><thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>` : "<p>No AI vendor is used or declared.</p>";
  const orgPart = m.single ? "" : `<h3>Vendor \xD7 repository</h3><p class="note">Status in each repository and the number of pieces of evidence.</p>${matrix(m)}`;
  return `<section class="page" id="inventory"><h2>AI vendor inventory</h2><p class="note">Declarations: ${esc(m.declarations)}.</p>${table}${orgPart}</section>`;
}
function findingsSection(m) {
  const multi = !m.single;
  const groups = groupByIdentity(m.findings);
  const table = groups.length ? `<table class="findings">${FINDINGS_HEAD(multi)}<tbody>${groups.map((g) => findingRow(g, multi)).join("")}</tbody></table><p class="note">One row per problem: findings that share an identity (rule and vendor or tool, with the region, model or path scope that sets them apart) are counted together; the JSON report lists every location.</p>` : "<p>None.</p>";
  const suppressed = m.suppressed ? `<p class="note">${plural2(m.suppressed, "finding")} suppressed with a recorded reason (see the JSON report).</p>` : "";
  const errors = m.errors.length ? `<h3>Not scanned (${m.errors.length})</h3><table><thead><tr><th>repository</th><th>reason</th></tr></thead><tbody>${m.errors.map((e) => `<tr><td><code>${esc(e.repository)}</code></td><td>${esc(e.reason)}</td></tr>`).join("")}</tbody></table>` : "";
  return `<section class="page" id="findings"><h2>Open findings (${findingCount(groups)})</h2>${table}${suppressed}${errors}</section>`;
}
function provenance(m, input) {
  const rows = m.repositories.map((r) => {
    const s = r.report.stats;
    return `<tr><td><code>${esc(r.name)}</code>${r.report.target.partial ? ' <span class="muted">(partial)</span>' : ""}</td><td>${r.report.target.commit ? `<code>${esc(r.report.target.commit)}</code>` : "unknown"}</td><td>${r.report.inventory.path ? `<code>${esc(r.report.inventory.path)}</code>` : "none"}</td><td>shadow-ai ${esc(r.report.tool.version)}</td><td>${esc(r.report.tool.catalogVersion)}</td><td class="num">${s.files}</td><td class="num">${s.skipped}</td><td class="num">${r.report.diagnostics.length}</td></tr>`;
  });
  return `<section class="page" id="provenance"><h2>Provenance</h2><table><thead><tr><th>repository</th><th>commit</th><th>inventory</th><th>tool</th><th>catalog</th><th>files scanned</th><th>skipped</th><th>diagnostics</th></tr></thead><tbody>${rows.join("")}</tbody></table><p>Scan date: ${input.scannedAt ? esc(input.scannedAt) : "not recorded in the report"}. Pack produced: ${esc(input.producedAt)} by shadow-ai ${esc(input.tool.version)}.</p><p class="note">Files scanned are the files the scanner read and matched against the catalog; skipped files (ignored, vendored, binary or over the size cap) are counted by reason in the JSON report. Every fact in this pack comes from the report(s) named above and the declarations they carry.</p></section>`;
}

// src/report/evidence-html/style.ts
var CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { background: #e4e7ec; }
body { margin: 0; font: 9pt/1.35 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #101828; }
.page { background: #fff; width: 210mm; min-height: 270mm; margin: 8mm auto; padding: 12mm 12mm; box-shadow: 0 1px 4px rgba(16,24,40,.2); overflow-wrap: break-word; }
h1 { font-size: 22pt; margin: 2mm 0 6mm; }
h2 { font-size: 14pt; margin: 0 0 2mm; }
h2 code { font-size: 10pt; color: #475467; font-weight: normal; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; color: #344054; }
.kicker { text-transform: uppercase; letter-spacing: .08em; color: #475467; margin: 20mm 0 0; }
.sub, .note, .muted, .repos { color: #475467; }
.note { font-size: 8pt; margin: 1mm 0; }
.sub { margin: 0 0 2mm; }
code { font: 8pt ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; white-space: pre-wrap; }
a { color: #175cd3; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }
th, td { text-align: left; vertical-align: top; padding: 1mm 1.5mm; border-bottom: 0.3mm solid #eaecf0; }
thead th { background: #f2f4f7; font-weight: 600; font-size: 8pt; }
td.num { text-align: right; }
.nowrap { white-space: nowrap; }
table.inventory { font-size: 8pt; }
table.findings td:nth-child(-n+3) code { white-space: nowrap; }
dl.facts { display: grid; grid-template-columns: 30mm 1fr; gap: 0.8mm 3mm; margin: 0 0 2mm; }
dl.facts dt { font-weight: 600; color: #344054; }
dl.facts dd { margin: 0; }
.badge { display: inline-block; padding: 0 1.5mm; border-radius: 2mm; font-size: 7.5pt; font-weight: 600; border: 0.3mm solid; white-space: nowrap; }
.status-approved { color: #067647; background: #ecfdf3; }
.status-restricted { color: #b54708; background: #fffaeb; }
.status-undeclared { color: #c4320a; background: #fff6ed; }
.status-prohibited { color: #b42318; background: #fef3f2; }
.bad { color: #b42318; font-weight: 600; }
.warn { background: #fffaeb; border-left: 1mm solid #f79009; padding: 1.5mm 2mm; margin: 1mm 0; }
.diagram svg { display: block; width: 100%; height: auto; max-height: 105mm; }
table.risk th { width: 38mm; }
table.risk thead th:nth-child(2) { width: 16mm; }
table.risk thead th:nth-child(4) { width: 26mm; }
table.risk thead th:nth-child(5) { width: 19mm; }
dd > div > div { margin-left: 3mm; }
.level-high { color: #b42318; font-weight: 600; }
.level-medium { color: #b54708; font-weight: 600; }
.level-low { color: #067647; font-weight: 600; }
tr.missing td { color: #b42318; }
tr.sev-error td:first-child, tr.sev-error td:nth-child(2) { color: #b42318; }
ol.toc li { margin: 0.5mm 0; }
@page { margin: 10mm; }
@media print {
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; break-after: page; }
  .page:last-child { break-after: auto; }
  .vendor { break-inside: avoid; }
  a { color: inherit; }
}
`;

// src/report/evidence-html/tools.ts
var MAX_EVIDENCE = 4;
function toolsSection(repos, single) {
  const { reported, rows } = toolRows(repos);
  if (!reported) return void 0;
  if (rows.length === 0) {
    return { html: `<section id="tools"><h2>AI tools and MCP servers</h2><p>None found: no AI coding tool configuration, workflow or commit trailer.</p></section>`, page: false };
  }
  const body = rows.map((t) => {
    const shown = t.evidence.slice(0, MAX_EVIDENCE).map((e) => `<code>${esc(e)}</code>`).join("<br>");
    const more = t.evidence.length > MAX_EVIDENCE ? `<br><span class="muted">+${t.evidence.length - MAX_EVIDENCE} more</span>` : "";
    return `<tr>${single ? "" : `<td><code>${esc(t.repository)}</code></td>`}<td>${esc(t.name)} <code>${esc(t.id)}</code></td><td>${badge(t.status)}</td><td>${t.vendor ? `<code>${esc(t.vendor)}</code>` : `<span class="muted">user's choice</span>`}</td><td>${shown || "\u2014"}${more}</td><td>${t.mcpServers.length ? t.mcpServers.map((s) => `<div>${esc(s)}</div>`).join("") : "\u2014"}</td></tr>`;
  });
  const table = `<table class="tools"><thead><tr>${single ? "" : "<th>repository</th>"}<th>tool</th><th>status</th><th>code goes to</th><th>seen in</th><th>MCP servers</th></tr></thead><tbody>${body.join("")}</tbody></table>`;
  return { html: `<section class="page" id="tools"><h2>AI tools and MCP servers</h2>${table}</section>`, page: true };
}

// src/report/evidence-html/index.ts
var CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
function toEvidenceHtml(input) {
  const m = buildModel(input);
  const classify = input.classify ?? classifierOf(input);
  const tools = toolsSection(m.repositories, m.single);
  const body = [
    cover(m, input, tools !== void 0),
    inventory(m),
    ...m.vendors.map((v, i) => vendorPage(v, i, { producedAt: input.producedAt, multi: !m.single, classify })),
    ...tools?.page ? [tools.html] : [],
    findingsSection(m),
    ...tools && !tools.page ? [tools.html] : [],
    provenance(m, input)
  ];
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>AI vendor evidence pack \u2014 ${esc(m.subject)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}

// src/commands/evidence.ts
var evidenceCommand = {
  summary: "write the SOC 2 evidence pack (Markdown, HTML or PDF) from a scan or org JSON report",
  usage: `shadow-ai evidence <report.json> [options]

The input is a single-repository report (shadow-ai scan --format json) or an
org report (shadow-ai org / merge --format json). The pack lists the AI vendor
inventory (status, owner, purpose, data classes, DPA, no-training, residency,
last review, attestations), where each vendor is used, a data-flow diagram
per vendor, open findings and the scan's provenance.

--format html writes one self-contained page (inline CSS and SVG, no script,
no network) with one printable sheet per vendor, including its AI risk
assessment. --format pdf prints that page through a Chromium or Chrome found on
this machine (CHROME_PATH, else chromium / google-chrome on PATH); it never
downloads one.

Options:
  -i, --inventory <file>   take declarations from this inventory (default: what the
                           report carries; an org report carries each repository's)
  -f, --format <fmt>       markdown (default), html or pdf (pdf needs -o)
  -o, --output <file>      write to a file (atomically) instead of stdout
      --paper <size>       a4 (default) or letter, for --format pdf
      --date <YYYY-MM-DD>  the date the pack is produced (default: today, UTC)
`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        inventory: { type: "string", short: "i" },
        output: { type: "string", short: "o" },
        format: { type: "string", short: "f", default: "markdown" },
        paper: { type: "string", default: "a4" },
        date: { type: "string" }
      }
    });
    if (positionals.length !== 1) throw new UsageError("evidence takes one report file");
    const file = positionals[0];
    if (values.date !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError("--date takes YYYY-MM-DD");
    const format = values.format;
    if (!["markdown", "md", "html", "pdf"].includes(format)) throw new UsageError(`--format takes markdown, html or pdf, not '${format}'`);
    const paper = values.paper.toLowerCase();
    if (paper !== "a4" && paper !== "letter") throw new UsageError("--paper takes a4 or letter");
    if (format === "pdf" && !values.output) throw new UsageError("--format pdf writes a file: give -o <file>.pdf");
    let browser;
    if (format === "pdf") {
      const { findBrowser, NO_BROWSER } = await import("./print-pdf-VLACD447.js");
      browser = findBrowser();
      if (!browser) throw new UsageError(NO_BROWSER);
    }
    let value;
    try {
      value = JSON.parse(await readFile(file, "utf8"));
    } catch (err) {
      throw new UsageError(`${file}: cannot read a JSON report: ${err.code ?? err.message}`);
    }
    let catalog = loadCatalog();
    let inventory2;
    if (values.inventory) {
      const inv = await loadInventory(values.inventory, { file: values.inventory, catalog });
      catalog = extendCatalog(catalog, inv.customVendors);
      inventory2 = { path: values.inventory, vendors: inv.vendors, ...inv.classifiedPaths ? { classifiedPaths: inv.classifiedPaths } : {} };
    }
    const common = {
      producedAt: values.date ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
      tool: { version: packageVersion() },
      inventory: inventory2,
      spec: (id) => catalog.vendors.get(id)
    };
    let input;
    if (isOrgReport(value)) {
      const repositories = value.repositories.map((r) => r.declared || !r.report.inventory.vendors ? r : { ...r, declared: r.report.inventory.vendors });
      input = { ...common, org: value.org, repositories, errors: value.errors, scannedAt: value.generatedAt };
    } else if (isScanReport(value)) {
      const declared = values.inventory ? void 0 : value.inventory.vendors ?? reportContext(value).declared;
      input = { ...common, repositories: [{ name: value.target.root, report: value, ...declared ? { declared } : {} }] };
    } else throw new UsageError(`${file}: not a shadow-ai report (expected a ScanReport or an org report with schemaVersion 1)`);
    if (format === "pdf") {
      const { printPdf } = await import("./print-pdf-VLACD447.js");
      await printPdf(toEvidenceHtml(input), values.output, { browser, paper: paper === "letter" ? "Letter" : "A4" });
      return 0;
    }
    const out = format === "html" ? toEvidenceHtml(input) : toEvidence(input);
    if (values.output) await writeAtomic(values.output, out);
    else io.stdout(out);
    return 0;
  }
};
export {
  evidenceCommand
};
