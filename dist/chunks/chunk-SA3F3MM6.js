import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  createdTime,
  toOrgSpdx
} from "./chunk-P7DHUSXG.js";
import {
  SUMMARY_MAX_BYTES,
  toJson,
  truncate
} from "./chunk-6GJE5QXA.js";
import {
  csvCell,
  mdCode,
  mdText
} from "./chunk-4R5BKMKX.js";
import {
  loadCatalog
} from "./chunk-2YU2PO3X.js";

// src/org/merge.ts
var STATUS_RANK = { prohibited: 0, undeclared: 1, restricted: 2, approved: 3 };
function byString(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function isOrgReport(value) {
  const v = value;
  return typeof v === "object" && v !== null && v.schemaVersion === 1 && Array.isArray(v.repositories) && Array.isArray(v.errors);
}
function isScanReport(value) {
  const v = value;
  return typeof v === "object" && v !== null && v.schemaVersion === 1 && Array.isArray(v.vendors) && Array.isArray(v.findings) && !!v.target;
}
var open = (f) => !f.suppressed;
function rollup(repositories, errors) {
  const vendors = /* @__PURE__ */ new Map();
  let withVendors = 0;
  let blocking = 0;
  for (const { name, report } of repositories) {
    if (report.vendors.length > 0) withVendors++;
    if (report.findings.some((f) => open(f) && f.blocking)) blocking++;
    for (const v of report.vendors) {
      let row = vendors.get(v.id);
      if (!row) vendors.set(v.id, row = { id: v.id, name: v.name, category: v.category, worst: v.status, repositories: [] });
      if (STATUS_RANK[v.status] < STATUS_RANK[row.worst]) row.worst = v.status;
      const about = report.findings.filter((f) => open(f) && f.vendor === v.id);
      row.repositories.push({
        repository: name,
        status: v.status,
        direct: v.direct,
        evidence: v.evidence.length,
        findings: about.length,
        blocking: about.filter((f) => f.blocking).length
      });
    }
  }
  const list = [...vendors.values()].sort((a, b) => STATUS_RANK[a.worst] - STATUS_RANK[b.worst] || byString(a.id, b.id));
  for (const v of list) v.repositories.sort((a, b) => byString(a.repository, b.repository));
  return {
    repositories: { total: repositories.length + errors.length, scanned: repositories.length, errors: errors.length, withVendors, blocking },
    vendors: list,
    tools: toolRollup(repositories)
  };
}
var rank = (s) => STATUS_RANK[s] ?? 9;
function toolRollup(repositories) {
  const tools = /* @__PURE__ */ new Map();
  for (const { name, report } of repositories) {
    const list2 = report.tools;
    if (!Array.isArray(list2)) continue;
    for (const t of list2) {
      if (!t || typeof t.id !== "string") continue;
      const status = t.status ?? "undeclared";
      let row = tools.get(t.id);
      if (!row) tools.set(t.id, row = { id: t.id, name: t.name ?? t.id, vendor: t.vendor ?? null, worst: status, repositories: [] });
      if (rank(status) < rank(row.worst)) row.worst = status;
      const about = report.findings.filter((f) => open(f) && f.tool === t.id);
      row.repositories.push({
        repository: name,
        status,
        evidence: Array.isArray(t.evidence) ? t.evidence.length : 0,
        mcpServers: Array.isArray(t.mcpServers) ? t.mcpServers.length : 0,
        findings: about.length,
        blocking: about.filter((f) => f.blocking).length
      });
    }
  }
  const list = [...tools.values()].sort((a, b) => rank(a.worst) - rank(b.worst) || byString(a.id, b.id));
  for (const t of list) t.repositories.sort((a, b) => byString(a.repository, b.repository));
  return list;
}
function buildOrgReport(input) {
  const repos = /* @__PURE__ */ new Map();
  for (const r of input.repositories) if (!repos.has(r.name)) repos.set(r.name, r);
  const errs = /* @__PURE__ */ new Map();
  for (const e of input.errors) if (!repos.has(e.repository) && !errs.has(e.repository)) errs.set(e.repository, e);
  const repositories = [...repos.values()].sort((a, b) => byString(a.name, b.name));
  const errors = [...errs.values()].sort((a, b) => byString(a.repository, b.repository));
  const skip = /* @__PURE__ */ new Map();
  for (const x of input.skipped ?? []) if (!repos.has(x.repository) && !errs.has(x.repository) && !skip.has(x.repository)) skip.set(x.repository, x);
  const skipped = [...skip.values()].sort((a, b) => byString(a.repository, b.repository));
  return {
    schemaVersion: 1,
    kind: "org",
    tool: input.tool,
    ...input.org ? { org: input.org } : {},
    ...input.generatedAt ? { generatedAt: input.generatedAt } : {},
    repositories,
    errors,
    ...skipped.length ? { skipped } : {},
    rollup: rollup(repositories, errors)
  };
}
function nameOf(report, source) {
  const root = report.target.root.replace(/\\/g, "/").replace(/(?<!\/)\/+$/, "");
  if (root && root !== ".") return root;
  return source.replace(/\\/g, "/").replace(/^.*\//, "").replace(/\.json$/i, "");
}
function mergeReports(sources, tool, expected = []) {
  const repositories = [];
  const errors = [];
  const skipped = [];
  const catalogs = /* @__PURE__ */ new Set();
  const orgs = /* @__PURE__ */ new Set();
  let generatedAt;
  for (const { source, value } of sources) {
    if (isOrgReport(value)) {
      repositories.push(...value.repositories);
      errors.push(...value.errors);
      skipped.push(...value.skipped ?? []);
      if (value.org) orgs.add(value.org);
      if (value.generatedAt && (!generatedAt || value.generatedAt > generatedAt)) generatedAt = value.generatedAt;
      if (value.tool?.catalogVersion) catalogs.add(value.tool.catalogVersion);
      for (const r of value.repositories) catalogs.add(r.report.tool.catalogVersion);
    } else if (isScanReport(value)) {
      repositories.push({ name: nameOf(value, source), report: value });
      catalogs.add(value.tool.catalogVersion);
    } else {
      throw new Error(`${source}: not a shadow-ai report (expected a ScanReport or an org report with schemaVersion 1)`);
    }
  }
  const seen = /* @__PURE__ */ new Set([...repositories.map((r) => r.name), ...errors.map((e) => e.repository)]);
  for (const name of expected) if (!seen.has(name)) errors.push({ repository: name, reason: "no report: the shard that held it did not finish" });
  return buildOrgReport({
    tool: { name: "shadow-ai", version: tool.version, catalogVersion: [...catalogs].sort(byString).join(", ") },
    ...orgs.size === 1 ? { org: [...orgs][0] } : {},
    ...generatedAt ? { generatedAt } : {},
    repositories,
    errors,
    skipped
  });
}
function orgJson(report, scanJson) {
  const view = {
    schemaVersion: report.schemaVersion,
    kind: report.kind,
    tool: { name: report.tool.name, version: report.tool.version, catalogVersion: report.tool.catalogVersion },
    ...report.org ? { org: report.org } : {},
    ...report.generatedAt ? { generatedAt: report.generatedAt } : {},
    repositories: report.repositories.map((r) => ({
      name: r.name,
      report: JSON.parse(scanJson(r.report)),
      ...r.declared ? { declared: r.declared } : {}
    })),
    errors: report.errors.map((e) => ({ repository: e.repository, reason: e.reason })),
    ...report.skipped?.length ? { skipped: report.skipped.map((e) => ({ repository: e.repository, reason: e.reason })) } : {},
    rollup: report.rollup
  };
  return `${JSON.stringify(view, null, 2)}
`;
}

// src/org/output.ts
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/report/csv.ts
var CSV_HEADER = [
  "repository",
  "vendor",
  "vendor_name",
  "category",
  "status",
  "direct",
  "regions",
  "models",
  "frameworks",
  "evidence",
  "first_seen",
  "open_findings",
  "blocking_findings",
  "owner",
  "purpose",
  "data_classes",
  "dpa_signed",
  "no_training_confirmed",
  "residency",
  "last_review",
  "note"
];
function csvRow(cells) {
  return `${cells.map((c) => csvCell(c)).join(",")}\r
`;
}
function toCsv(org) {
  const rows = [];
  const blank = (n) => new Array(n).fill("");
  for (const { name, report, declared } of org.repositories) {
    if (report.vendors.length === 0) {
      rows.push([name, csvRow([name, ...blank(CSV_HEADER.length - 2), "no AI vendor found"])]);
      continue;
    }
    for (const v of report.vendors) {
      const d = declared?.[v.id];
      const first = v.evidence[0];
      const about = report.findings.filter((f) => !f.suppressed && f.vendor === v.id);
      rows.push([
        name,
        csvRow([
          name,
          v.id,
          v.name,
          v.category,
          v.status,
          v.direct ? v.confidence === "low" ? "yes (low confidence: only in env templates)" : "yes" : "no (transitive only)",
          v.regions.join("; "),
          v.models.join("; "),
          v.frameworks.join("; "),
          v.evidence.length,
          first ? `${first.file}:${first.line}` : "",
          about.length,
          about.filter((f) => f.blocking).length,
          d?.owner,
          d?.purpose,
          d?.["data-classes"]?.join("; "),
          d?.dpa?.signed,
          d?.["no-training"]?.confirmed,
          d?.residency?.join("; "),
          d?.["last-review"],
          ""
        ])
      ]);
    }
  }
  for (const e of org.errors) rows.push([e.repository, csvRow([e.repository, ...blank(CSV_HEADER.length - 2), `not scanned: ${e.reason}`])]);
  rows.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return csvRow([...CSV_HEADER]) + rows.map(([, r]) => r).join("");
}

// src/report/org-markdown.ts
var mdCell = (s) => mdText(s);
var mdCode2 = (s) => mdCode(s);
var STATUS_ICON = { prohibited: "\u26D4", undeclared: "\u{1F534}", restricted: "\u{1F7E1}", approved: "\u{1F7E2}" };
function mdTable(header, rows, max, hint = "the JSON report") {
  const out = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (const r of rows.slice(0, max)) out.push(`| ${r.join(" | ")} |`);
  if (rows.length > max) out.push("", `\u2026 ${rows.length - max} more (${hint} lists all).`);
  return out;
}
var plural = (n, word) => `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;
function toOrgMarkdown(org, options = {}) {
  const max = options.maxRows ?? 200;
  const r = org.rollup;
  const out = [`## shadow-ai \u2014 organisation report${org.org ? `: ${mdCell(org.org)}` : ""}`, ""];
  const concern = r.vendors.flatMap(
    (v) => v.repositories.filter((c) => c.status === "prohibited" || c.status === "undeclared").map((c) => ({ v, c }))
  );
  const verdict = r.repositories.blocking > 0 ? `\u274C **${plural(r.repositories.blocking, "repository")} with blocking findings**` : "\u2705 **nothing blocks**";
  out.push(
    `${verdict} \xB7 ${plural(r.repositories.scanned, "repository")} scanned${r.repositories.errors ? ` \xB7 \u26A0\uFE0F **${r.repositories.errors} not scanned**` : ""} \xB7 ${r.repositories.withVendors} use AI vendors \xB7 ${plural(r.vendors.length, "vendor")}.`,
    ""
  );
  out.push(`### Undeclared and prohibited usage (${concern.length})`, "");
  if (concern.length === 0) out.push("None.", "");
  else {
    const rows = concern.map(({ v, c }) => {
      const report = org.repositories.find((x) => x.name === c.repository)?.report;
      const first = report?.vendors.find((x) => x.id === v.id)?.evidence.find((e) => !e.transitive);
      return [
        `${STATUS_ICON[c.status]} ${c.status}`,
        `${mdCell(v.name)} (${mdCode2(v.id)})`,
        mdCode2(c.repository),
        first ? mdCode2(`${first.file}:${first.line}`) : "\u2014",
        String(c.blocking)
      ];
    });
    out.push(...mdTable(["status", "vendor", "repository", "first seen", "blocking findings"], rows, max), "");
  }
  out.push(`### Repositories \xD7 vendors`, "");
  const using = org.repositories.filter((x) => x.report.vendors.length > 0);
  if (using.length === 0) out.push("No repository uses an AI vendor.", "");
  else {
    out.push(...matrix(r.vendors, using.map((x) => x.name), max), "");
    out.push(
      `<sub>${["prohibited", "undeclared", "restricted", "approved"].map((s) => `${STATUS_ICON[s]} ${s}`).join(" \xB7 ")} \xB7 *(t)*: only a lockfile pulls it in \xB7 \u2014: not used</sub>`,
      ""
    );
  }
  out.push(`### Vendors (${r.vendors.length})`, "");
  if (r.vendors.length > 0) {
    const rows = r.vendors.map((v) => {
      const by = (s) => v.repositories.filter((c) => c.status === s).length;
      return [
        `${mdCell(v.name)} (${mdCode2(v.id)})`,
        mdCell(v.category),
        `${STATUS_ICON[v.worst]} ${v.worst}`,
        String(v.repositories.length),
        ["prohibited", "undeclared", "restricted", "approved"].filter((s) => by(s) > 0).map((s) => `${by(s)} ${s}`).join(", ")
      ];
    });
    out.push(...mdTable(["vendor", "category", "worst status", "repositories", "by status"], rows, max), "");
  } else out.push("None.", "");
  out.push(`### Not scanned (${org.errors.length})`, "");
  if (org.errors.length === 0) out.push("Every repository was scanned.", "");
  else out.push(...mdTable(["repository", "reason"], org.errors.map((e) => [mdCode2(e.repository), mdCell(e.reason)]), max), "");
  if (org.skipped?.length) {
    out.push(`<details><summary>Left out by the filters (${org.skipped.length})</summary>`, "");
    out.push(...mdTable(["repository", "why"], org.skipped.map((e) => [mdCode2(e.repository), mdCell(e.reason)]), max), "", "</details>", "");
  }
  const catalog = org.tool.catalogVersion ? `, catalog ${mdCell(org.tool.catalogVersion)}` : "";
  out.push(`<sub>shadow-ai ${mdCell(org.tool.version)}${catalog}${org.generatedAt ? ` \xB7 ${mdCell(org.generatedAt)}` : ""}</sub>`, "");
  return truncate(out.join("\n"), options.maxBytes ?? SUMMARY_MAX_BYTES, options.fullReportHint ?? "the JSON report");
}
function matrix(vendors, repos, max) {
  const rank2 = (name) => {
    let worst = 4;
    for (const v of vendors) {
      const c = v.repositories.find((x) => x.repository === name);
      if (c) worst = Math.min(worst, { prohibited: 0, undeclared: 1, restricted: 2, approved: 3 }[c.status]);
    }
    return worst;
  };
  const ordered = repos.map((name) => ({ name, rank: rank2(name) })).sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const header = ["repository", ...vendors.map((v) => mdCode2(v.id))];
  const rows = ordered.map(({ name }) => [
    mdCode2(name),
    ...vendors.map((v) => {
      const c = v.repositories.find((x) => x.repository === name);
      return c ? `${STATUS_ICON[c.status]}${c.direct ? "" : " *(t)*"}` : "\u2014";
    })
  ]);
  return mdTable(header, rows, max);
}

// src/org/output.ts
var ORG_FORMATS = {
  json: (r) => orgJson(r, toJson),
  markdown: (r) => toOrgMarkdown(r),
  csv: (r) => toCsv(r),
  // --created wins over generatedAt here: an org report has no one commit time, and generatedAt is only when it ran.
  spdx: (r, o) => toOrgSpdx(r, { created: createdTime(void 0, o?.created ?? r.generatedAt), spec: (id) => loadCatalog().vendors.get(id) })
};
async function writeAtomic(path, text) {
  const target = resolve(path);
  await mkdir(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

export {
  byString,
  isOrgReport,
  isScanReport,
  buildOrgReport,
  mergeReports,
  mdCell,
  mdCode2 as mdCode,
  STATUS_ICON,
  mdTable,
  ORG_FORMATS,
  writeAtomic
};
