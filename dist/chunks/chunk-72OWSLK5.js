import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);

// src/report/json.ts
var EVIDENCE_KEYS = [
  "kind",
  "file",
  "line",
  "column",
  "vendor",
  "framework",
  "ecosystem",
  "package",
  "host",
  "env",
  "secretRule",
  "region",
  "model",
  "transitive",
  "role",
  "via",
  "snippet"
];
function orderEvidence(e, dropVendor) {
  const out = {};
  for (const k of EVIDENCE_KEYS) {
    if (dropVendor && k === "vendor") continue;
    if (e[k] !== void 0) out[k] = e[k];
  }
  return out;
}
function toJson(report) {
  const view = {
    ...report,
    vendors: report.vendors.map((v) => ({ ...v, evidence: v.evidence.map((e) => orderEvidence(e, true)) })),
    frameworks: report.frameworks.map((f) => ({ ...f, evidence: f.evidence.map((e) => orderEvidence(e, false)) }))
  };
  return `${JSON.stringify(view, null, 2)}
`;
}

// src/report/fixes.ts
var DEFAULT_INVENTORY = ".github/ai-vendors.yml";
function inventorySnippet(vendor) {
  const lines = [
    "vendors:",
    `  ${vendor.id}:`,
    "    status: approved            # approved | restricted | prohibited",
    '    owner: "@your-org/your-team" # TODO: who answers for this vendor',
    "    purpose: TODO               # what the product sends it, in one line",
    "    data-classes: [internal]    # TODO: public | internal | customer-data | pii"
  ];
  if (vendor.regions?.length) lines.push(`    residency: [${vendor.regions.join(", ")}]`);
  if (vendor.models?.length) lines.push(`    models: [${vendor.models.map((m) => JSON.stringify(m)).join(", ")}]`);
  lines.push(`    last-review: ${"TODO"}           # YYYY-MM-DD`);
  return lines.join("\n");
}
var byRule = {
  "undeclared-vendor": (f, inv, v) => ({
    text: `Declare ${v?.name ?? f.vendor} in \`${inv}\` (once the owner, purpose and data classes are known), or remove the usage.`,
    yaml: inventorySnippet(v ?? { id: f.vendor ?? "vendor-id" })
  }),
  "prohibited-vendor": (f, inv, v) => ({
    text: `${v?.name ?? f.vendor} is \`prohibited\` in \`${inv}\`: remove the usage, or ask the inventory's owners to change its status.`
  }),
  "path-not-allowed": (f, inv) => ({
    text: `Move the usage under one of the \`paths\` declared for ${f.vendor} in \`${inv}\`, or widen them there with the owner's approval.`
  }),
  "residency-violation": (f, inv) => ({
    text: `Use a region inside ${f.vendor}'s declared \`residency\` in \`${inv}\`, or update the residency there once the DPA covers it.`
  }),
  "hardcoded-secret": () => ({
    text: "Revoke the key with the vendor now (it is in the git history), then load it from a secret store or environment variable."
  }),
  "unapproved-model": (f, inv) => ({ text: `Use a model listed under ${f.vendor}'s \`models\` in \`${inv}\`, or add this one there.` }),
  "review-overdue": (f, inv) => ({ text: `Review ${f.vendor} and set its \`last-review\` date in \`${inv}\`.` }),
  "missing-dpa": (f, inv) => ({ text: `Record the signed DPA for ${f.vendor} (\`dpa: { signed: YYYY-MM-DD }\`) in \`${inv}\`.` }),
  "missing-no-training": (f, inv) => ({
    text: `Record the vendor's no-training confirmation for ${f.vendor} (\`no-training: { confirmed: YYYY-MM-DD, evidence: \u2026 }\`) in \`${inv}\`.`
  }),
  "unused-declaration": (f, inv) => ({ text: `Remove ${f.vendor} from \`${inv}\` if it is no longer used.` }),
  "undeclared-tool": (f, inv) => ({
    text: `Declare the AI coding tool ${f.tool} under \`tools:\` in \`${inv}\` (approved, restricted or prohibited), or remove its configuration.`,
    yaml: ["tools:", `  ${f.tool ?? "tool-id"}:`, "    status: approved            # approved | restricted | prohibited", '    owner: "@your-org/your-team" # TODO: who answers for this tool', "    purpose: TODO               # what engineers use it for"].join("\n")
  }),
  "prohibited-tool": (f, inv) => ({
    text: `${f.tool} is \`prohibited\` under \`tools:\` in \`${inv}\`: remove its configuration and stop using it here, or ask the inventory's owners to change its status.`
  })
};
function fixFor(finding, report) {
  const inv = report.inventory.path ?? DEFAULT_INVENTORY;
  const vendor = report.vendors.find((v) => v.id === finding.vendor);
  return byRule[finding.rule]?.(finding, inv, vendor) ?? { text: "See the finding's message." };
}

// src/report/markdown.ts
var SUMMARY_MAX_BYTES = 1024 * 1024;
function cell(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function code(s) {
  const t = s.replace(/\r?\n/g, " ");
  const fence = t.includes("`") ? "``" : "`";
  return `${fence}${t.includes("`") ? ` ${t} ` : t}${fence}`;
}
function where(f) {
  return f.file ? code(`${f.file}${f.line ? `:${f.line}` : ""}`) : "\u2014";
}
var ICON = { error: "\u{1F534}", warning: "\u{1F7E1}", note: "\u{1F535}" };
var open = (f) => !f.suppressed;
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function vendorName(report, id) {
  if (!id) return "\u2014";
  const v = report.vendors.find((x) => x.id === id);
  return v ? `${cell(v.name)} (${code(v.id)})` : code(id);
}
function table(header, rows, max) {
  const out = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (const r of rows.slice(0, max)) out.push(`| ${r.join(" | ")} |`);
  if (rows.length > max) out.push("", `\u2026 ${rows.length - max} more (the JSON and SARIF reports list all).`);
  return out;
}
function findingRows(report, list) {
  return list.map((f) => [
    `${ICON[f.severity] ?? ""} ${f.severity}${f.blocking ? " \xB7 **blocking**" : ""}`,
    code(f.rule),
    f.vendor || !f.tool ? vendorName(report, f.vendor) : `tool ${code(f.tool)}`,
    where(f),
    cell(f.message)
  ]);
}
function verdict(report, options = {}) {
  const blocking = report.findings.filter((f) => open(f) && f.blocking).length;
  const pr = options.comparison !== void 0;
  if (blocking === 0) {
    const found = report.findings.filter(open).length;
    if (found === 0) return "\u2705 **shadow-ai: no findings.**";
    return pr ? `\u2705 **shadow-ai: nothing this change introduces blocks the merge** (${plural(found, "finding")} reported below).` : `\u2705 **shadow-ai: nothing blocks** (${plural(found, "finding")} reported below).`;
  }
  const what = `${plural(blocking, "blocking finding")}${pr ? " introduced by this change" : ""}`;
  return options.block === false ? `\u26A0\uFE0F **shadow-ai: ${what}** \u2014 reporting only (\`block: false\`).` : `\u274C **shadow-ai: ${what}.**`;
}
function vendorRows(report, c) {
  return report.vendors.map((v) => {
    const first = v.evidence[0];
    const more = v.evidence.length > 1 ? ` (+${v.evidence.length - 1} more)` : "";
    const flags = [c?.newVendors.includes(v.id) ? "\u{1F195} new" : "", v.direct ? "" : "transitive only"].filter(Boolean).join(", ");
    return [`${cell(v.name)} (${code(v.id)})`, v.status, flags || "\u2014", first ? `${where(first)}${more}` : "\u2014"];
  });
}
function toolRows(tools) {
  return tools.map((t) => {
    const first = t.evidence[0];
    const seen = first.kind === "commit" ? `${first.commits} commit${first.commits === 1 ? "" : "s"} (last ${first.last})` : where(first);
    const more = t.evidence.length > 1 ? ` (+${t.evidence.length - 1} more)` : "";
    const mcp = (t.mcpServers ?? []).map((s) => `${code(s.name)} (${s.transport})`).join(", ");
    return [`${cell(t.name)} (${code(t.id)})`, t.vendor ? code(t.vendor) : "its user's model provider", t.status, `${seen}${more}`, mcp || "\u2014"];
  });
}
function toMarkdown(report, options = {}) {
  const c = options.comparison;
  const max = options.maxRows ?? 50;
  const out = [`## shadow-ai`, "", verdict(report, options), ""];
  const findings = report.findings.filter(open);
  const introduced = c ? findings.filter((f) => f.introduced !== false) : findings;
  const onBase = c ? findings.filter((f) => f.introduced === false) : [];
  if (c) {
    const changed = c.changed.length;
    out.push(
      `Compared \`${c.head.slice(0, 7)}\` with \`${c.base.slice(0, 7)}\` (${c.event}, ${plural(changed, "changed file")}${c.truncated ? ", list truncated by the API" : ""}).` + (c.newVendors.length ? ` New AI vendors: ${c.newVendors.map(code).join(", ")}.` : "") + (c.removedVendors.length ? ` No longer used: ${c.removedVendors.map(code).join(", ")}.` : ""),
      ""
    );
  }
  out.push(`### ${c ? "Introduced by this change" : "Findings"} (${introduced.length})`, "");
  if (introduced.length === 0) out.push(c ? "Nothing new." : "None.", "");
  else out.push(...table(["severity", "rule", "vendor", "where", "message"], findingRows(report, introduced), max), "");
  const seen = /* @__PURE__ */ new Set();
  const fixes = [];
  for (const f of introduced) {
    const key = `${f.rule}\0${f.vendor ?? ""}\0${f.tool ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fix = fixFor(f, report);
    fixes.push(`- **${cell(f.rule)}**${f.vendor ? ` \u2014 ${vendorName(report, f.vendor)}` : f.tool ? ` \u2014 ${code(f.tool)}` : ""} at ${where(f)}: ${fix.text}`);
    if (fix.yaml) fixes.push("", "  ```yaml", ...fix.yaml.split("\n").map((l) => `  ${l}`), "  ```", "");
  }
  if (fixes.length > 0) out.push("### How to fix", "", ...fixes, "");
  const partial = report.target.partial === true;
  out.push(`### AI vendors${partial ? " in the scanned files" : ""} (${report.vendors.length})`, "");
  if (report.vendors.length === 0) out.push(partial ? "None in the scanned files." : "No AI vendors found.", "");
  else out.push(...table(["vendor", "status", "", "first seen"], vendorRows(report, c), max), "");
  if (report.tools?.length) {
    out.push(`### AI coding tools (${report.tools.length})`, "");
    out.push(...table(["tool", "sends code to", "status", "seen in", "MCP servers"], toolRows(report.tools), max), "");
  }
  if (c) {
    out.push(`### Already on the base branch (${onBase.length})`, "");
    if (onBase.length === 0) out.push("Nothing.", "");
    else {
      out.push("<details><summary>Findings this change did not introduce (they do not block it)</summary>", "");
      out.push(...table(["severity", "rule", "vendor", "where", "message"], findingRows(report, onBase), max), "", "</details>", "");
    }
  }
  if (c?.inventory) {
    const inv = c.inventory;
    out.push(`### Inventory changes (${code(inv.path)}, ${inv.status})`, "");
    if (inv.summary?.length) out.push(...inv.summary.map((s2) => `- ${cell(s2)}`), "");
    if (inv.patch) {
      const lines = inv.patch.split("\n");
      const shown = lines.slice(0, 200);
      out.push("```diff", ...shown.map((l) => l.replace(/```/g, "`\u200B``")), "```");
      if (lines.length > shown.length) out.push(`\u2026 ${lines.length - shown.length} more lines of diff.`);
      out.push("");
    }
  }
  const suppressed = report.findings.length - findings.length;
  const notes = [...c?.notes ?? []];
  if (suppressed > 0) notes.push(`${plural(suppressed, "finding")} suppressed (listed in the JSON report with the reason).`);
  if (report.diagnostics.length > 0) notes.push(`${plural(report.diagnostics.length, "file")} could not be fully read (diagnostics in the JSON report).`);
  const s = report.stats;
  notes.push(`Scanned ${plural(s.files, "file")} in ${(s.durationMs / 1e3).toFixed(2)} s; inventory: ${report.inventory.path ? code(report.inventory.path) : "none found"}; shadow-ai ${report.tool.version}.`);
  out.push("<sub>", "", ...notes.map((n) => `- ${n}`), "", "</sub>", "");
  return truncate(out.join("\n"), options.maxBytes ?? SUMMARY_MAX_BYTES, options.fullReportHint);
}
function truncate(md, maxBytes, hint = "the JSON and SARIF reports") {
  if (Buffer.byteLength(md, "utf8") <= maxBytes) return md;
  const note = `

---
**Truncated**: this report is longer than GitHub allows here; the full list is in ${hint}.
`;
  const closers = "\n```\n</details>\n";
  const budget = maxBytes - Buffer.byteLength(note + closers, "utf8");
  let cut = Buffer.from(md, "utf8").subarray(0, Math.max(0, budget)).toString("utf8");
  if (cut.endsWith("\uFFFD")) cut = cut.slice(0, -1);
  const nl = cut.lastIndexOf("\n");
  if (nl > 0) cut = cut.slice(0, nl);
  const fences = (cut.match(/^\s*```/gm) ?? []).length;
  let tail = fences % 2 === 1 ? "\n```" : "";
  const opened = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  if (opened > 0) tail += "\n</details>";
  return `${cut}${tail}${note}`;
}

export {
  toJson,
  DEFAULT_INVENTORY,
  fixFor,
  SUMMARY_MAX_BYTES,
  toMarkdown,
  truncate
};
