import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  byString,
  mdCell,
  mdCode,
  mdTable,
  writeAtomic
} from "./chunk-SA3F3MM6.js";
import "./chunk-P7DHUSXG.js";
import "./chunk-6GJE5QXA.js";
import "./chunk-4R5BKMKX.js";
import "./chunk-2YU2PO3X.js";
import {
  UsageError
} from "./chunk-4CIJ6FWP.js";
import "./chunk-YJ6TIQPF.js";
import "./chunk-EUDNGKAI.js";

// src/commands/diff.ts
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/diff/compare.ts
function isOrgLike(v) {
  const o = v;
  return typeof o === "object" && o !== null && Array.isArray(o.repositories) && Array.isArray(o.errors);
}
function isScanLike(v) {
  const o = v;
  return typeof o === "object" && o !== null && Array.isArray(o.vendors) && Array.isArray(o.findings) && typeof o.target === "object" && o.target !== null;
}
var DiffInputError = class extends Error {
};
function normalise(file, value, singleName) {
  if (isOrgLike(value)) {
    return {
      side: {
        file,
        kind: "org",
        subject: value.org ?? "(merged reports)",
        toolVersion: value.tool?.version ?? "unknown",
        catalogVersion: value.tool?.catalogVersion ?? "unknown",
        ...value.generatedAt ? { generatedAt: value.generatedAt } : {}
      },
      repos: new Map(value.repositories.map((r) => [r.name, r.report])),
      errors: new Map(value.errors.map((e) => [e.repository, e.reason]))
    };
  }
  if (isScanLike(value)) {
    return {
      side: {
        file,
        kind: "scan",
        subject: value.target.root,
        toolVersion: value.tool?.version ?? "unknown",
        catalogVersion: value.tool?.catalogVersion ?? "unknown",
        commit: value.target.commit ?? null
      },
      repos: /* @__PURE__ */ new Map([[singleName, value]]),
      errors: /* @__PURE__ */ new Map()
    };
  }
  throw new DiffInputError(`${file}: not a shadow-ai report (a scan or org report with schemaVersion 1)`);
}
function setDiff(a, b) {
  return { added: b.filter((x) => !a.includes(x)).sort(byString), removed: a.filter((x) => !b.includes(x)).sort(byString) };
}
var findingRef = (repository, f) => ({
  repository,
  rule: f.rule,
  severity: f.severity,
  ...f.vendor ? { vendor: f.vendor } : {},
  ...f.file ? { file: f.file } : {},
  ...f.line ? { line: f.line } : {},
  message: f.message,
  fingerprint: f.fingerprint,
  ...f.identity ? { identity: f.identity } : {},
  blocking: f.blocking
});
function compareFindings(repository, olds, news, key) {
  const group = (fs) => {
    const m = /* @__PURE__ */ new Map();
    for (const f of fs.filter((f2) => !f2.suppressed)) m.set(key(f), [...m.get(key(f)) ?? [], f]);
    return m;
  };
  const o = group(olds);
  const n = group(news);
  const added = [];
  const resolved = [];
  for (const k of /* @__PURE__ */ new Set([...o.keys(), ...n.keys()])) {
    const left = [...o.get(k) ?? []];
    const right = [...n.get(k) ?? []];
    for (let i = right.length - 1; i >= 0; i--) {
      const j = left.findIndex((f) => f.fingerprint === right[i].fingerprint);
      if (j >= 0) {
        left.splice(j, 1);
        right.splice(i, 1);
      }
    }
    const paired = Math.min(left.length, right.length);
    for (const f of right.slice(paired)) added.push(findingRef(repository, f));
    for (const f of left.slice(paired)) resolved.push(findingRef(repository, f));
  }
  return { new: added, resolved };
}
var vendorRef = (repository, v) => ({
  repository,
  id: v.id,
  name: v.name,
  status: v.status,
  regions: [...v.regions ?? []],
  models: [...v.models ?? []]
});
var toolRef = (repository, t) => ({
  repository,
  id: t.id,
  name: t.name ?? t.id,
  ...t.status ? { status: t.status } : {},
  ...t.vendor !== void 0 ? { vendor: t.vendor } : {}
});
function compareRepository(name, a, b, out) {
  const oldVendors = new Map(a.vendors.map((v) => [v.id, v]));
  const newVendors = new Map(b.vendors.map((v) => [v.id, v]));
  for (const [id, v] of newVendors) if (!oldVendors.has(id)) out.vendors.added.push(vendorRef(name, v));
  for (const [id, v] of oldVendors) if (!newVendors.has(id)) out.vendors.removed.push(vendorRef(name, v));
  for (const [id, nv] of newVendors) {
    const ov = oldVendors.get(id);
    if (!ov) continue;
    const change = { repository: name, id, name: nv.name };
    if (ov.status !== nv.status) change.status = { from: ov.status, to: nv.status };
    if (ov.direct !== nv.direct) change.direct = { from: ov.direct, to: nv.direct };
    const regions = setDiff(ov.regions ?? [], nv.regions ?? []);
    if (regions.added.length || regions.removed.length) change.regions = regions;
    const models = setDiff(ov.models ?? [], nv.models ?? []);
    if (models.added.length || models.removed.length) change.models = models;
    if (Object.keys(change).length > 3) out.vendors.changed.push(change);
  }
  const oldTools = new Map((a.tools ?? []).map((t) => [t.id, t]));
  const newTools = new Map((b.tools ?? []).map((t) => [t.id, t]));
  for (const [id, t] of newTools) if (!oldTools.has(id)) out.tools.added.push(toolRef(name, t));
  for (const [id, t] of oldTools) if (!newTools.has(id)) out.tools.removed.push(toolRef(name, t));
  for (const [id, t] of newTools) {
    const o = oldTools.get(id);
    if (o && o.status !== t.status) out.tools.changed.push({ repository: name, id, name: t.name ?? id, status: { from: o.status, to: t.status } });
  }
  const key = out.matchedBy === "identity" ? (f2) => f2.identity : (f2) => f2.fingerprint;
  const f = compareFindings(name, a.findings, b.findings, key);
  out.findings.new.push(...f.new);
  out.findings.resolved.push(...f.resolved);
}
var compareFindingRefs = (x, y) => byString(x.repository, y.repository) || byString(x.rule, y.rule) || byString(x.vendor ?? "", y.vendor ?? "") || byString(x.file ?? "", y.file ?? "") || (x.line ?? 0) - (y.line ?? 0) || byString(x.fingerprint, y.fingerprint);
var compareRefs = (x, y) => byString(x.repository, y.repository) || byString(x.id, y.id);
function diffReports(oldFile, oldValue, newFile, newValue) {
  const versionOf = (file, v) => {
    const s = v?.schemaVersion;
    if (typeof v !== "object" || v === null || s === void 0) throw new DiffInputError(`${file}: not a shadow-ai report (no schemaVersion)`);
    return s;
  };
  const [sa, sb] = [versionOf(oldFile, oldValue), versionOf(newFile, newValue)];
  if (sa !== sb) throw new DiffInputError(`${oldFile} has schemaVersion ${JSON.stringify(sa)} and ${newFile} ${JSON.stringify(sb)}: reports of different schema versions cannot be compared`);
  if (sa !== 1) throw new DiffInputError(`schemaVersion ${JSON.stringify(sa)} is not one this shadow-ai reads (1)`);
  const single = isScanLike(newValue) ? newValue.target.root : "";
  const a = normalise(oldFile, oldValue, single);
  const b = normalise(newFile, newValue, single);
  if (a.side.kind !== b.side.kind) {
    throw new DiffInputError(`${oldFile} is ${a.side.kind === "org" ? "an org report" : "a single-repository report"} and ${newFile} is not: compare reports of the same kind`);
  }
  const notes = [];
  const catalogChanged = a.side.catalogVersion !== b.side.catalogVersion;
  if (catalogChanged) {
    notes.push(
      `Detection itself changed: the catalog went from ${a.side.catalogVersion} to ${b.side.catalogVersion}. Vendors or findings that appear or disappear may come from what shadow-ai recognises, not from a change in the code.`
    );
  }
  if (a.side.toolVersion !== b.side.toolVersion) notes.push(`The reports come from different shadow-ai versions (${a.side.toolVersion} \u2192 ${b.side.toolVersion}).`);
  const allFindings = [...a.repos.values(), ...b.repos.values()].flatMap((r) => r.findings);
  const matchedBy = allFindings.length > 0 && allFindings.every((f) => typeof f.identity === "string" && f.identity !== "") ? "identity" : "fingerprint";
  const names = (n) => [.../* @__PURE__ */ new Set([...n.repos.keys(), ...n.errors.keys()])];
  const repos = setDiff(names(a), names(b));
  const out = {
    kind: "shadow-ai-diff",
    schemaVersion: 1,
    old: a.side,
    new: b.side,
    notes,
    catalogChanged,
    matchedBy,
    repositories: { ...repos, unscanned: [] },
    vendors: { added: [], removed: [], changed: [] },
    tools: { added: [], removed: [], changed: [] },
    findings: { new: [], resolved: [] },
    unchanged: false
  };
  const empty = (r) => ({ ...r, vendors: [], tools: [], findings: [] });
  for (const name of [.../* @__PURE__ */ new Set([...names(a), ...names(b)])].sort(byString)) {
    const ra = a.repos.get(name);
    const rb = b.repos.get(name);
    const ea = a.errors.get(name);
    const eb = b.errors.get(name);
    if (ea && !ra && b.repos.has(name)) out.repositories.unscanned.push({ repository: name, side: "old", reason: ea });
    if (eb && !rb && a.repos.has(name)) out.repositories.unscanned.push({ repository: name, side: "new", reason: eb });
    if (ra && rb) compareRepository(name, ra, rb, out);
    else if (rb && !ea) compareRepository(name, empty(rb), rb, out);
    else if (ra && !eb) compareRepository(name, ra, empty(ra), out);
  }
  out.vendors.added.sort(compareRefs);
  out.vendors.removed.sort(compareRefs);
  out.vendors.changed.sort(compareRefs);
  out.tools.added.sort(compareRefs);
  out.tools.removed.sort(compareRefs);
  out.tools.changed.sort(compareRefs);
  out.findings.new.sort(compareFindingRefs);
  out.findings.resolved.sort(compareFindingRefs);
  out.unchanged = [
    out.repositories.added,
    out.repositories.removed,
    out.repositories.unscanned,
    out.vendors.added,
    out.vendors.removed,
    out.vendors.changed,
    out.tools.added,
    out.tools.removed,
    out.tools.changed,
    out.findings.new,
    out.findings.resolved
  ].every((l) => l.length === 0);
  return out;
}

// src/diff/render.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function sideLine(s) {
  const what = s.kind === "org" ? `org ${s.subject}` : s.subject;
  const when = s.generatedAt ? `, ${s.generatedAt}` : s.commit ? `, commit ${s.commit.slice(0, 12)}` : "";
  return `${s.file} (${what}${when}; shadow-ai ${s.toolVersion}, catalog ${s.catalogVersion})`;
}
function vendorChange(c) {
  const parts = [];
  if (c.status) parts.push(`status ${c.status.from} \u2192 ${c.status.to}`);
  if (c.direct) parts.push(c.direct.to ? "now used directly" : "now only transitive");
  const set = (label, s) => {
    if (!s) return;
    parts.push(`${label} ${[...s.added.map((x) => `+${x}`), ...s.removed.map((x) => `-${x}`)].join(" ")}`);
  };
  set("regions", c.regions);
  set("models", c.models);
  return parts.join("; ");
}
var facts = (v) => [v.regions.length ? `regions ${v.regions.join(", ")}` : "", v.models.length ? `models ${v.models.join(", ")}` : ""].filter(Boolean).join("; ");
var toolChange = (c) => `status ${c.status.from ?? "unknown"} \u2192 ${c.status.to ?? "unknown"}`;
var where = (f) => f.file ? `${f.file}${f.line ? `:${f.line}` : ""}` : "";
var counts = (d) => [
  `${plural(d.vendors.added.length, "vendor")} added, ${d.vendors.removed.length} removed, ${d.vendors.changed.length} changed`,
  `${plural(d.tools.added.length, "tool")} added, ${d.tools.removed.length} removed, ${d.tools.changed.length} changed`,
  `${plural(d.findings.new.length, "finding")} new, ${d.findings.resolved.length} resolved`,
  ...d.old.kind === "org" ? [`${d.repositories.added.length} ${d.repositories.added.length === 1 ? "repository" : "repositories"} appeared, ${d.repositories.removed.length} disappeared`] : []
].join(" \xB7 ");
function diffToText(d) {
  const multi = d.old.kind === "org";
  const repo = (r) => multi ? `${r}: ` : "";
  const out = [`shadow-ai diff`, `  old: ${sideLine(d.old)}`, `  new: ${sideLine(d.new)}`, ""];
  for (const n of d.notes) out.push(`NOTE: ${n}`, "");
  out.push(d.unchanged ? "No differences." : counts(d), "");
  if (d.unchanged) return out.join("\n");
  const section = (title, lines) => {
    if (lines.length === 0) return;
    out.push(`${title} (${lines.length})`, ...lines.map((l) => `  ${l}`), "");
  };
  section("Repositories that appeared", d.repositories.added.map((r) => `+ ${r}`));
  section("Repositories that disappeared", d.repositories.removed.map((r) => `- ${r}`));
  section("Repositories not scanned on one side (not compared)", d.repositories.unscanned.map((u) => `! ${u.repository} (${u.side}): ${u.reason}`));
  section("Vendors added", d.vendors.added.map((v) => `+ ${repo(v.repository)}${v.name} [${v.id}] \u2014 ${v.status}${facts(v) ? ` \xB7 ${facts(v)}` : ""}`));
  section("Vendors removed", d.vendors.removed.map((v) => `- ${repo(v.repository)}${v.name} [${v.id}] \u2014 was ${v.status}`));
  section("Vendors changed", d.vendors.changed.map((c) => `~ ${repo(c.repository)}${c.name} [${c.id}]: ${vendorChange(c)}`));
  section("Tools added", d.tools.added.map((t) => `+ ${repo(t.repository)}${t.name} [${t.id}]${t.status ? ` \u2014 ${t.status}` : ""}`));
  section("Tools removed", d.tools.removed.map((t) => `- ${repo(t.repository)}${t.name} [${t.id}]${t.status ? ` \u2014 was ${t.status}` : ""}`));
  section("Tools changed", d.tools.changed.map((c) => `~ ${repo(c.repository)}${c.name} [${c.id}]: ${toolChange(c)}`));
  const finding = (sign) => (f) => `${sign} ${repo(f.repository)}${f.severity.padEnd(7)} ${f.rule}${f.vendor ? ` ${f.vendor}` : ""}${where(f) ? ` ${where(f)}` : ""}${f.blocking && sign === "+" ? " (blocking)" : ""}  ${f.message}`;
  section("Findings new", d.findings.new.map(finding("+")));
  section("Findings resolved", d.findings.resolved.map(finding("-")));
  return out.join("\n");
}
function diffToMarkdown(d, maxRows = 200) {
  const multi = d.old.kind === "org";
  const out = [`## shadow-ai: what changed`, "", `- old: ${mdCell(sideLine(d.old))}`, `- new: ${mdCell(sideLine(d.new))}`, ""];
  for (const n of d.notes) out.push(`> [!NOTE]`, `> ${mdCell(n)}`, "");
  out.push(d.unchanged ? "**No differences.**" : mdCell(counts(d)), "");
  if (d.unchanged) return out.join("\n");
  const repoCol = (r) => multi ? [mdCode(r)] : [];
  const repoHead = multi ? ["repository"] : [];
  const table = (title, header, rows) => {
    if (rows.length === 0) return;
    out.push(`### ${title} (${rows.length})`, "", ...mdTable(header, rows, maxRows, "`--format json`"), "");
  };
  table("Repositories that appeared", ["repository"], d.repositories.added.map((r) => [mdCode(r)]));
  table("Repositories that disappeared", ["repository"], d.repositories.removed.map((r) => [mdCode(r)]));
  table("Not scanned on one side (not compared)", ["repository", "side", "reason"], d.repositories.unscanned.map((u) => [mdCode(u.repository), u.side, mdCell(u.reason)]));
  table("Vendors added", [...repoHead, "vendor", "status", "regions, models"], d.vendors.added.map((v) => [...repoCol(v.repository), `${mdCell(v.name)} (${mdCode(v.id)})`, v.status, mdCell(facts(v)) || "\u2014"]));
  table("Vendors removed", [...repoHead, "vendor", "was"], d.vendors.removed.map((v) => [...repoCol(v.repository), `${mdCell(v.name)} (${mdCode(v.id)})`, v.status]));
  table("Vendors changed", [...repoHead, "vendor", "change"], d.vendors.changed.map((c) => [...repoCol(c.repository), `${mdCell(c.name)} (${mdCode(c.id)})`, mdCell(vendorChange(c))]));
  table("Tools added", [...repoHead, "tool", "status"], d.tools.added.map((t) => [...repoCol(t.repository), `${mdCell(t.name)} (${mdCode(t.id)})`, t.status ?? "\u2014"]));
  table("Tools removed", [...repoHead, "tool", "was"], d.tools.removed.map((t) => [...repoCol(t.repository), `${mdCell(t.name)} (${mdCode(t.id)})`, t.status ?? "\u2014"]));
  table("Tools changed", [...repoHead, "tool", "change"], d.tools.changed.map((c) => [...repoCol(c.repository), `${mdCell(c.name)} (${mdCode(c.id)})`, mdCell(toolChange(c))]));
  const findingRow = (f) => [
    ...repoCol(f.repository),
    `${f.severity}${f.blocking ? " \xB7 **blocking**" : ""}`,
    mdCode(f.rule),
    f.vendor ? mdCode(f.vendor) : "\u2014",
    where(f) ? mdCode(where(f)) : "\u2014",
    mdCell(f.message)
  ];
  const fh = [...repoHead, "severity", "rule", "vendor", "where", "message"];
  table("Findings new", fh, d.findings.new.map(findingRow));
  table("Findings resolved", fh, d.findings.resolved.map(findingRow));
  return out.join("\n");
}

// src/commands/diff.ts
var FORMATS = {
  text: diffToText,
  markdown: diffToMarkdown,
  json: (d) => `${JSON.stringify(d, null, 2)}
`
};
var diffCommand = {
  summary: "what changed between two JSON reports (vendors, tools, findings, repositories)",
  usage: `shadow-ai diff <old.json> <new.json> [options]

Compares two reports of the same kind: two single-repository reports
(shadow-ai scan --format json) or two org reports (shadow-ai org / merge
--format json). Prints vendors and AI coding tools added or removed; status,
region and model changes; findings new and resolved (open findings, matched by
their identity when both reports carry one, else by fingerprint); and, for org
reports, repositories that appeared or disappeared. Reports from different
catalog versions are compared, with a note that detection itself changed.

Options:
  -f, --format <${Object.keys(FORMATS).join("|")}>  output format (default: text)
  -o, --output <file>             write to a file (atomically) instead of stdout

Exit codes: 0 compared (whatever changed) \xB7 2 unreadable input, not a report,
reports of different schemaVersions or of different kinds.
`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        output: { type: "string", short: "o" }
      }
    });
    if (positionals.length !== 2) throw new UsageError("diff takes two report files: <old.json> <new.json>");
    const render = FORMATS[values.format];
    if (!render) throw new UsageError(`unknown format '${values.format}' (one of: ${Object.keys(FORMATS).join(", ")})`);
    const [oldFile, newFile] = positionals;
    const read = async (file) => {
      try {
        return JSON.parse(await readFile(file, "utf8"));
      } catch (err) {
        throw new UsageError(`${file}: cannot read a JSON report: ${err.code ?? err.message}`);
      }
    };
    let diff;
    try {
      diff = diffReports(oldFile, await read(oldFile), newFile, await read(newFile));
    } catch (err) {
      if (err instanceof DiffInputError) throw new UsageError(err.message);
      throw err;
    }
    const rendered = render(diff);
    const out = rendered.endsWith("\n") ? rendered : `${rendered}
`;
    if (values.output) await writeAtomic(values.output, out);
    else io.stdout(out);
    return 0;
  }
};
export {
  diffCommand
};
