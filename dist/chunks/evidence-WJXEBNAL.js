import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  vendorHosts
} from "./chunk-RFWCHL7E.js";
import {
  extendCatalog,
  loadCatalog,
  loadInventory
} from "./chunk-EHHV3TZP.js";
import "./chunk-6S6EOD3A.js";
import {
  STATUS_ICON,
  isOrgReport,
  isScanReport,
  mdCell,
  mdCode,
  mdTable,
  writeAtomic
} from "./chunk-KSUOBORP.js";
import "./chunk-72OWSLK5.js";
import {
  UsageError
} from "./chunk-4CIJ6FWP.js";
import {
  packageVersion
} from "./chunk-YJ6TIQPF.js";
import "./chunk-EUDNGKAI.js";

// src/commands/evidence.ts
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/report/evidence.ts
var STATUS_ORDER = { prohibited: 0, undeclared: 1, restricted: 2, approved: 3 };
var byString = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var plural = (n, word) => `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;
function mermaidText(s) {
  return s.replace(/[\r\n\t]+/g, " ").replace(/["#<>`&|%;{}[\]()\\]/g, (c) => `#${c.charCodeAt(0)};`);
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
function declarationCells(d) {
  if (!d) return ["\u2014", "\u2014", "\u2014", "\u2014", "\u2014", "\u2014", "\u2014", "\u2014"];
  const list = (xs) => xs?.length ? xs.map(mdCell).join(", ") : "\u2014";
  return [
    d.owner ? mdCell(d.owner) : "\u2014",
    d.purpose ? mdCell(d.purpose) : "\u2014",
    list(d["data-classes"]),
    mdCell(dateOf(d.dpa, "signed")),
    d["no-training"] ? `${mdCell(dateOf(d["no-training"], "confirmed"))}${d["no-training"].evidence ? ` (${mdCell(d["no-training"].evidence)})` : ""}` : "\u2014",
    list(d.residency),
    d["last-review"] ? mdCell(d["last-review"]) : "\u2014",
    d.attestations?.length ? d.attestations.map((a) => `${mdCell(a.type)} ${mdCell(a.date)}`).join(", ") : "\u2014"
  ];
}
function componentOf(file) {
  const parts = file.split("/").slice(0, -1);
  return parts.length === 0 ? "(root)" : parts.slice(0, 2).join("/");
}
function vendorFlowchart(row, hosts, residency) {
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
    lines.push(`  subgraph r${i}["${mermaidText(u.repository)}"]`);
    const ids = [];
    for (const [c, kinds] of [...comps.entries()].sort(([a], [b]) => byString(a, b))) {
      const id = `c${n++}`;
      lines.push(`    ${id}["${mermaidText(c)}"]`);
      ids.push([id, [...kinds].sort(byString).join(", ")]);
    }
    lines.push("  end");
    for (const [id, kinds] of ids) lines.push(`  ${id} -->|"${mermaidText(kinds)}"| v0`);
  });
  return lines.join("\n");
}
function evidenceLine(e) {
  const what = e.package ?? e.host ?? e.env ?? e.secretRule ?? e.model ?? "";
  return `${mdCode(`${e.file}:${e.line}`)} ${e.kind}${what ? ` ${mdCode(what)}` : ""}${e.transitive ? " (transitive)" : ""}`;
}
function toEvidence(input) {
  const maxFiles = input.maxFiles ?? 20;
  const repos = [...input.repositories].sort((a, b) => byString(a.name, b.name));
  const errors = input.errors ?? [];
  const vendors = vendorsOf(repos);
  const single = repos.length === 1 && !input.org ? repos[0] : void 0;
  const subject = input.org ? `organisation ${input.org}` : single ? single.name : `${plural(repos.length, "repository")}`;
  const declOf = (repo, id) => input.inventory?.vendors.get(id) ?? repo.declared?.[id];
  const out = [`# AI vendor evidence pack \u2014 ${mdCell(subject)}`, ""];
  out.push(
    `Produced ${mdCell(input.producedAt)} by shadow-ai ${mdCell(input.tool.version)}${input.scannedAt ? ` from a scan run ${mdCell(input.scannedAt)}` : ""}. ${plural(repos.length, "repository")} scanned${errors.length ? `, ${errors.length} could not be scanned (listed below)` : ""}; ${plural(vendors.length, "AI vendor")} in use. ` + (input.inventory ? `Declarations: ${mdCode(input.inventory.path)}.` : repos.some((r) => r.declared) ? "Declarations: each repository's inventory as the scan applied it." : "Declarations: not in the input (pass `--inventory` to fill in owner, purpose, DPA and review dates)."),
    ""
  );
  out.push("## 1. AI vendor inventory", "");
  const invRows = [];
  for (const v of vendors) {
    const groups = /* @__PURE__ */ new Map();
    for (const u of v.uses) {
      const repo = repos.find((r) => r.name === u.repository);
      const d = declOf(repo, v.id);
      const key = `${u.usage.status}\0${JSON.stringify(d ?? null)}`;
      if (!groups.has(key)) groups.set(key, { d, status: u.usage.status, repos: [] });
      groups.get(key).repos.push(u.repository);
    }
    for (const g of [...groups.values()].sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9))) {
      invRows.push([
        `${mdCell(v.name)} (${mdCode(v.id)})`,
        `${STATUS_ICON[g.status]} ${g.status}`,
        ...declarationCells(g.d),
        single ? String(v.uses.length ? "yes" : "no") : g.repos.map(mdCode).join(", ")
      ]);
    }
  }
  for (const [id, d] of [...(input.inventory?.vendors ?? /* @__PURE__ */ new Map()).entries()].sort(([a], [b]) => byString(a, b))) {
    if (vendors.some((v) => v.id === id)) continue;
    const name = input.spec?.(id)?.name ?? id;
    invRows.push([`${mdCell(name)} (${mdCode(id)})`, `${d.status} \xB7 not used`, ...declarationCells(d), "\u2014"]);
  }
  const header = ["vendor", "status", "owner", "purpose", "data classes", "DPA", "no-training", "residency", "last review", "attestations", single ? "used" : "repositories"];
  if (invRows.length === 0) out.push("No AI vendor is used or declared.", "");
  else out.push(...mdTable(header, invRows, Number.MAX_SAFE_INTEGER), "");
  out.push("## 2. Where each vendor is used", "");
  if (vendors.length === 0) out.push("Nowhere.", "");
  for (const v of vendors) {
    out.push(`### ${mdCell(v.name)} (${mdCode(v.id)})`, "");
    for (const u of v.uses) {
      const byFile = /* @__PURE__ */ new Map();
      for (const e of u.usage.evidence) {
        if (!byFile.has(e.file)) byFile.set(e.file, []);
        byFile.get(e.file).push(e);
      }
      const facts = [
        u.usage.status,
        u.usage.direct ? "" : "transitive only",
        u.usage.regions.length ? `regions ${u.usage.regions.join(", ")}` : "",
        u.usage.models.length ? `models ${u.usage.models.join(", ")}` : "",
        u.usage.frameworks.length ? `through ${u.usage.frameworks.join(", ")}` : ""
      ].filter(Boolean);
      out.push(`- ${mdCode(u.repository)} \u2014 ${mdCell(facts.join("; "))}`);
      const files = [...byFile.entries()];
      for (const [, list] of files.slice(0, maxFiles)) out.push(`  - ${list.slice(0, 5).map(evidenceLine).join("; ")}${list.length > 5 ? ` (+${list.length - 5} more)` : ""}`);
      if (files.length > maxFiles) out.push(`  - \u2026 ${files.length - maxFiles} more files (the JSON report lists all)`);
    }
    out.push("");
  }
  out.push("## 3. Data flows", "", "Components (folders) of each repository \u2192 the vendor's endpoint, labelled with how the code reaches it.", "");
  if (vendors.length === 0) out.push("None.", "");
  for (const v of vendors) {
    const usage = {
      evidence: v.uses.flatMap((u) => u.usage.evidence),
      regions: [...new Set(v.uses.flatMap((u) => u.usage.regions))]
    };
    const residency = [
      ...new Set(v.uses.flatMap((u) => declOf(repos.find((r) => r.name === u.repository), v.id)?.residency ?? []))
    ].sort(byString);
    out.push(`### ${mdCell(v.name)} (${mdCode(v.id)})`, "", "```mermaid", vendorFlowchart(v, vendorHosts(usage, input.spec?.(v.id)), residency), "```", "");
  }
  const findings = repos.flatMap((r) => r.report.findings.filter((f) => !f.suppressed).map((f) => ({ r, f })));
  const suppressed = repos.reduce((n, r) => n + r.report.findings.filter((f) => f.suppressed).length, 0);
  out.push(`## 4. Open findings (${findings.length})`, "");
  if (findings.length === 0) out.push("None.", "");
  else {
    const rows2 = findings.map(({ r, f }) => [
      ...single ? [] : [mdCode(r.name)],
      `${f.severity}${f.blocking ? " \xB7 **blocking**" : ""}`,
      mdCode(f.rule),
      f.vendor ? mdCode(f.vendor) : "\u2014",
      f.file ? mdCode(`${f.file}${f.line ? `:${f.line}` : ""}`) : "\u2014",
      mdCell(f.message)
    ]);
    out.push(...mdTable([...single ? [] : ["repository"], "severity", "rule", "vendor", "where", "message"], rows2, Number.MAX_SAFE_INTEGER), "");
  }
  if (suppressed > 0) out.push(`${plural(suppressed, "finding")} suppressed with a recorded reason (see the JSON report).`, "");
  if (errors.length > 0) {
    out.push(`### Not scanned (${errors.length})`, "");
    out.push(...mdTable(["repository", "reason"], errors.map((e) => [mdCode(e.repository), mdCell(e.reason)]), Number.MAX_SAFE_INTEGER), "");
  }
  out.push("## 5. Provenance", "");
  const rows = repos.map((r) => [
    mdCode(r.name),
    r.report.target.commit ? mdCode(r.report.target.commit) : "unknown",
    r.report.inventory.path ? mdCode(r.report.inventory.path) : "none",
    mdCell(`shadow-ai ${r.report.tool.version}`),
    mdCell(r.report.tool.catalogVersion),
    String(r.report.stats.files)
  ]);
  out.push(...mdTable(["repository", "commit", "inventory", "tool", "catalog", "files scanned"], rows, Number.MAX_SAFE_INTEGER), "");
  out.push(`Scan date: ${input.scannedAt ? mdCell(input.scannedAt) : "not recorded in the report"}. Pack produced: ${mdCell(input.producedAt)}.`, "");
  return out.join("\n");
}

// src/commands/evidence.ts
var evidenceCommand = {
  summary: "write the SOC 2 evidence pack (Markdown) from a scan or org JSON report",
  usage: `shadow-ai evidence <report.json> [options]

The input is a single-repository report (shadow-ai scan --format json) or an
org report (shadow-ai org / merge --format json). The pack lists the AI vendor
inventory (status, owner, purpose, data classes, DPA, no-training, residency,
last review, attestations), where each vendor is used, a Mermaid data-flow
diagram per vendor, open findings and the scan's provenance.

Options:
  -i, --inventory <file>   take declarations from this inventory (default: what the
                           report carries; an org report carries each repository's)
  -o, --output <file>      write to a file (atomically) instead of stdout
      --date <YYYY-MM-DD>  the date the pack is produced (default: today, UTC)
`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        inventory: { type: "string", short: "i" },
        output: { type: "string", short: "o" },
        date: { type: "string" }
      }
    });
    if (positionals.length !== 1) throw new UsageError("evidence takes one report file");
    const file = positionals[0];
    if (values.date !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError("--date takes YYYY-MM-DD");
    let value;
    try {
      value = JSON.parse(await readFile(file, "utf8"));
    } catch (err) {
      throw new UsageError(`${file}: cannot read a JSON report: ${err.code ?? err.message}`);
    }
    let catalog = loadCatalog();
    let inventory;
    if (values.inventory) {
      const inv = await loadInventory(values.inventory, { file: values.inventory, catalog });
      catalog = extendCatalog(catalog, inv.customVendors);
      inventory = { path: values.inventory, vendors: inv.vendors };
    }
    const common = {
      producedAt: values.date ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
      tool: { version: packageVersion() },
      inventory,
      spec: (id) => catalog.vendors.get(id)
    };
    let input;
    if (isOrgReport(value)) {
      input = { ...common, org: value.org, repositories: value.repositories, errors: value.errors, scannedAt: value.generatedAt };
    } else if (isScanReport(value)) {
      input = { ...common, repositories: [{ name: value.target.root, report: value }] };
    } else throw new UsageError(`${file}: not a shadow-ai report (expected a ScanReport or an org report with schemaVersion 1)`);
    const out = toEvidence(input);
    if (values.output) await writeAtomic(values.output, out);
    else io.stdout(out);
    return 0;
  }
};
export {
  evidenceCommand
};
