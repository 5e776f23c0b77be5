import { mdCell, mdCode, mdTable } from "../report/org-markdown.js";
import type { FindingRef, ReportDiff, ToolChange, VendorChange, VendorRef } from "./compare.js";

// A ReportDiff as text (terminal) and Markdown (job summary, a file for the
// auditor). JSON is the ReportDiff itself. Pure.

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function sideLine(s: ReportDiff["old"]): string {
  const what = s.kind === "org" ? `org ${s.subject}` : s.subject;
  const when = s.generatedAt ? `, ${s.generatedAt}` : s.commit ? `, commit ${s.commit.slice(0, 12)}` : "";
  return `${s.file} (${what}${when}; shadow-ai ${s.toolVersion}, catalog ${s.catalogVersion})`;
}

function vendorChange(c: VendorChange): string {
  const parts: string[] = [];
  if (c.status) parts.push(`status ${c.status.from} → ${c.status.to}`);
  if (c.direct) parts.push(c.direct.to ? "now used directly" : "now only transitive");
  const set = (label: string, s: { added: string[]; removed: string[] } | undefined) => {
    if (!s) return;
    parts.push(`${label} ${[...s.added.map((x) => `+${x}`), ...s.removed.map((x) => `-${x}`)].join(" ")}`);
  };
  set("regions", c.regions);
  set("models", c.models);
  return parts.join("; ");
}

const facts = (v: VendorRef) => [v.regions.length ? `regions ${v.regions.join(", ")}` : "", v.models.length ? `models ${v.models.join(", ")}` : ""].filter(Boolean).join("; ");
const toolChange = (c: ToolChange) => `status ${c.status.from ?? "unknown"} → ${c.status.to ?? "unknown"}`;
const where = (f: FindingRef) => (f.file ? `${f.file}${f.line ? `:${f.line}` : ""}` : "");
const counts = (d: ReportDiff) =>
  [
    `${plural(d.vendors.added.length, "vendor")} added, ${d.vendors.removed.length} removed, ${d.vendors.changed.length} changed`,
    `${plural(d.tools.added.length, "tool")} added, ${d.tools.removed.length} removed, ${d.tools.changed.length} changed`,
    `${plural(d.findings.new.length, "finding")} new, ${d.findings.resolved.length} resolved`,
    ...(d.old.kind === "org" ? [`${d.repositories.added.length} ${d.repositories.added.length === 1 ? "repository" : "repositories"} appeared, ${d.repositories.removed.length} disappeared`] : []),
  ].join(" · ");

export function diffToText(d: ReportDiff): string {
  const multi = d.old.kind === "org";
  const repo = (r: string) => (multi ? `${r}: ` : "");
  const out = [`shadow-ai diff`, `  old: ${sideLine(d.old)}`, `  new: ${sideLine(d.new)}`, ""];
  for (const n of d.notes) out.push(`NOTE: ${n}`, "");
  out.push(d.unchanged ? "No differences." : counts(d), "");
  if (d.unchanged) return out.join("\n");
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    out.push(`${title} (${lines.length})`, ...lines.map((l) => `  ${l}`), "");
  };
  section("Repositories that appeared", d.repositories.added.map((r) => `+ ${r}`));
  section("Repositories that disappeared", d.repositories.removed.map((r) => `- ${r}`));
  section("Repositories not scanned on one side (not compared)", d.repositories.unscanned.map((u) => `! ${u.repository} (${u.side}): ${u.reason}`));
  section("Vendors added", d.vendors.added.map((v) => `+ ${repo(v.repository)}${v.name} [${v.id}] — ${v.status}${facts(v) ? ` · ${facts(v)}` : ""}`));
  section("Vendors removed", d.vendors.removed.map((v) => `- ${repo(v.repository)}${v.name} [${v.id}] — was ${v.status}`));
  section("Vendors changed", d.vendors.changed.map((c) => `~ ${repo(c.repository)}${c.name} [${c.id}]: ${vendorChange(c)}`));
  section("Tools added", d.tools.added.map((t) => `+ ${repo(t.repository)}${t.name} [${t.id}]${t.status ? ` — ${t.status}` : ""}`));
  section("Tools removed", d.tools.removed.map((t) => `- ${repo(t.repository)}${t.name} [${t.id}]${t.status ? ` — was ${t.status}` : ""}`));
  section("Tools changed", d.tools.changed.map((c) => `~ ${repo(c.repository)}${c.name} [${c.id}]: ${toolChange(c)}`));
  const finding = (sign: string) => (f: FindingRef) =>
    `${sign} ${repo(f.repository)}${f.severity.padEnd(7)} ${f.rule}${f.vendor ? ` ${f.vendor}` : ""}${where(f) ? ` ${where(f)}` : ""}${f.blocking && sign === "+" ? " (blocking)" : ""}  ${f.message}`;
  section("Findings new", d.findings.new.map(finding("+")));
  section("Findings resolved", d.findings.resolved.map(finding("-")));
  return out.join("\n");
}

export function diffToMarkdown(d: ReportDiff, maxRows = 200): string {
  const multi = d.old.kind === "org";
  const out = [`## shadow-ai: what changed`, "", `- old: ${mdCell(sideLine(d.old))}`, `- new: ${mdCell(sideLine(d.new))}`, ""];
  for (const n of d.notes) out.push(`> [!NOTE]`, `> ${mdCell(n)}`, "");
  out.push(d.unchanged ? "**No differences.**" : mdCell(counts(d)), "");
  if (d.unchanged) return out.join("\n");
  const repoCol = (r: string) => (multi ? [mdCode(r)] : []);
  const repoHead = multi ? ["repository"] : [];
  const table = (title: string, header: string[], rows: string[][]) => {
    if (rows.length === 0) return;
    out.push(`### ${title} (${rows.length})`, "", ...mdTable(header, rows, maxRows, "`--format json`"), "");
  };
  table("Repositories that appeared", ["repository"], d.repositories.added.map((r) => [mdCode(r)]));
  table("Repositories that disappeared", ["repository"], d.repositories.removed.map((r) => [mdCode(r)]));
  table("Not scanned on one side (not compared)", ["repository", "side", "reason"], d.repositories.unscanned.map((u) => [mdCode(u.repository), u.side, mdCell(u.reason)]));
  table("Vendors added", [...repoHead, "vendor", "status", "regions, models"], d.vendors.added.map((v) => [...repoCol(v.repository), `${mdCell(v.name)} (${mdCode(v.id)})`, v.status, mdCell(facts(v)) || "—"]));
  table("Vendors removed", [...repoHead, "vendor", "was"], d.vendors.removed.map((v) => [...repoCol(v.repository), `${mdCell(v.name)} (${mdCode(v.id)})`, v.status]));
  table("Vendors changed", [...repoHead, "vendor", "change"], d.vendors.changed.map((c) => [...repoCol(c.repository), `${mdCell(c.name)} (${mdCode(c.id)})`, mdCell(vendorChange(c))]));
  table("Tools added", [...repoHead, "tool", "status"], d.tools.added.map((t) => [...repoCol(t.repository), `${mdCell(t.name)} (${mdCode(t.id)})`, t.status ?? "—"]));
  table("Tools removed", [...repoHead, "tool", "was"], d.tools.removed.map((t) => [...repoCol(t.repository), `${mdCell(t.name)} (${mdCode(t.id)})`, t.status ?? "—"]));
  table("Tools changed", [...repoHead, "tool", "change"], d.tools.changed.map((c) => [...repoCol(c.repository), `${mdCell(c.name)} (${mdCode(c.id)})`, mdCell(toolChange(c))]));
  const findingRow = (f: FindingRef) => [
    ...repoCol(f.repository),
    `${f.severity}${f.blocking ? " · **blocking**" : ""}`,
    mdCode(f.rule),
    f.vendor ? mdCode(f.vendor) : "—",
    where(f) ? mdCode(where(f)) : "—",
    mdCell(f.message),
  ];
  const fh = [...repoHead, "severity", "rule", "vendor", "where", "message"];
  table("Findings new", fh, d.findings.new.map(findingRow));
  table("Findings resolved", fh, d.findings.resolved.map(findingRow));
  return out.join("\n");
}
