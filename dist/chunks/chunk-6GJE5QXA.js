import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  mdCode,
  mdFence,
  mdProse,
  mdText
} from "./chunk-4R5BKMKX.js";

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

// src/report/groups.ts
function groupFindings(findings, { blockingFirst = true } = {}) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = f.identity || `fp:${f.fingerprint}`;
    const g = groups.get(key);
    if (g) {
      g.findings.push(f);
      g.blocking ||= f.blocking;
    } else groups.set(key, { identity: key, first: f, findings: [f], blocking: f.blocking });
  }
  const list = [...groups.values()];
  return blockingFirst ? list.filter((g) => g.blocking).concat(list.filter((g) => !g.blocking)) : list;
}
function places(g) {
  const out = [];
  for (const f of g.findings) {
    if (!f.file) continue;
    const p = `${f.file}${f.line ? `:${f.line}` : ""}`;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}
function firstPlaces(g, n = 3) {
  const all = places(g);
  return { shown: all.slice(0, n), more: Math.max(0, all.length - n) };
}
var NOUN = {
  "undeclared-vendor": ["undeclared vendor", "undeclared vendors"],
  "prohibited-vendor": ["prohibited vendor", "prohibited vendors"],
  "hardcoded-secret": ["committed key", "committed keys"],
  "undeclared-tool": ["undeclared AI coding tool", "undeclared AI coding tools"],
  "prohibited-tool": ["prohibited AI coding tool", "prohibited AI coding tools"],
  "unapproved-model": ["unapproved model", "unapproved models"],
  "residency-violation": ["residency violation", "residency violations"],
  "path-not-allowed": ["vendor used outside its declared paths", "vendors used outside their declared paths"],
  "data-class-not-allowed": ["vendor not cleared for a path's data", "vendors not cleared for a path's data"],
  "unused-declaration": ["unused declaration", "unused declarations"]
};
var uses = (n) => `${n} use${n === 1 ? "" : "s"}`;
function ruleSummary(groups) {
  const byRule2 = /* @__PURE__ */ new Map();
  for (const g of groups) {
    const r = byRule2.get(g.first.rule) ?? { problems: 0, uses: 0 };
    r.problems++;
    r.uses += g.findings.length;
    byRule2.set(g.first.rule, r);
  }
  return [...byRule2].map(([rule, r]) => {
    const noun = NOUN[rule];
    const what = noun ? `${r.problems} ${r.problems === 1 ? noun[0] : noun[1]}` : `${r.problems} \xD7 ${rule}`;
    return r.uses > r.problems ? `${what} (${uses(r.uses)})` : what;
  });
}
function countPhrase(groups, adjective = "") {
  const n = groups.length;
  const total = groups.reduce((s, g) => s + g.findings.length, 0);
  const word = `${adjective ? `${adjective} ` : ""}finding${n === 1 ? "" : "s"}`;
  return `${n} ${word}${total > n ? ` (${uses(total)})` : ""}`;
}
function blockingPhrase(blocking, introduced) {
  const what = `${countPhrase(blocking, "blocking")}${introduced ? " introduced by this change" : ""}`;
  return blocking.length > 1 ? { what, detail: ruleSummary(blocking).join(", ") } : { what };
}

// src/report/fixes.ts
var DEFAULT_INVENTORY = ".github/ai-vendors.yml";
function yamlScalar(s) {
  return /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(s) ? s : JSON.stringify(s);
}
function inventorySnippet(vendor) {
  const lines = [
    "vendors:",
    `  ${yamlScalar(vendor.id)}:`,
    "    status: approved            # approved | restricted | prohibited",
    '    owner: "@your-org/your-team" # TODO: who answers for this vendor',
    "    purpose: TODO               # what the product sends it, in one line",
    "    data-classes: [internal]    # TODO: public | internal | customer-data | pii"
  ];
  if (vendor.regions?.length) lines.push(`    residency: [${vendor.regions.map(yamlScalar).join(", ")}]`);
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
  "data-class-not-allowed": (f, inv) => ({
    text: `Clear ${f.vendor} for this path's data classes (its \`data-classes\` in \`${inv}\`) once its agreements cover them, or move the usage out of \`${f.glob ?? "the classified path"}\`.`
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
  "attestation-expired": (f, inv) => ({
    text: `Obtain ${f.vendor}'s current report and add it under its \`attestations\` (type, date) in \`${inv}\`.`
  }),
  "missing-attestation": (f, inv) => ({
    text: `Record ${f.vendor}'s SOC 2 type 2 or ISO 27001 report (\`attestations: [{ type: soc2-type-2, date: YYYY-MM-DD }]\`) in \`${inv}\`.`
  }),
  "unused-declaration": (f, inv) => ({ text: `Remove ${f.vendor} from \`${inv}\` if it is no longer used.` }),
  "undeclared-tool": (f, inv) => ({
    text: `Declare the AI coding tool ${f.tool} under \`tools:\` in \`${inv}\` (approved, restricted or prohibited), or remove its configuration.`,
    yaml: ["tools:", `  ${yamlScalar(f.tool ?? "tool-id")}:`, "    status: approved            # approved | restricted | prohibited", '    owner: "@your-org/your-team" # TODO: who answers for this tool', "    purpose: TODO               # what engineers use it for"].join("\n")
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
function mergedEntries(findings, report) {
  const sections = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const yaml = fixFor(f, report).yaml;
    if (!yaml) continue;
    const [head, ...body] = yaml.split("\n");
    const id = body[0] ?? "";
    const section = sections.get(head) ?? sections.set(head, /* @__PURE__ */ new Map()).get(head);
    if (!section.has(id)) section.set(id, body);
  }
  if (sections.size === 0) return void 0;
  return [...sections].flatMap(([head, entries]) => [head, ...[...entries.values()].flat()]).join("\n");
}

// src/report/confidence.ts
var LOW_CONFIDENCE = "low confidence: only in env templates";
function lowConfidenceVendors(report) {
  return new Set(report.vendors.filter((v) => v.confidence === "low").map((v) => v.id));
}

// src/report/strength.ts
var STRENGTH = ["import", "dependency", "config", "host", "iac", "workflow", "secret", "env", "lockfile"];
function rank(e) {
  const r = STRENGTH.indexOf(e.kind);
  return (r < 0 ? STRENGTH.length : r) * 2 + (e.transitive ? 1 : 0);
}
function byStrength(evidence) {
  return evidence.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i).map((x) => x.e);
}
function matchOf(e) {
  return e.package ?? e.host ?? e.env ?? e.action ?? e.resource ?? e.model ?? e.secretRule ?? e.region ?? (e.snippet.trim() || e.kind);
}

// src/report/markdown.ts
var SUMMARY_MAX_BYTES = 1024 * 1024;
var cell = (s) => mdText(s);
var code = (s) => mdCode(s);
function where(f) {
  return f.file ? code(`${f.file}${f.line ? `:${f.line}` : ""}`) : "\u2014";
}
function groupWhere(g) {
  const { shown, more } = firstPlaces(g, 3);
  if (shown.length === 0) return "\u2014";
  return shown.map(code).join(", ") + (more > 0 ? ` +${more} more` : "");
}
var FINDING_HEADER = ["severity", "rule", "vendor", "uses", "where", "message"];
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
function findingRows(report, groups) {
  const low = lowConfidenceVendors(report);
  return groups.map((g) => {
    const f = g.first;
    const same = g.findings.every((x) => x.message === f.message);
    const text = same ? f.message : fixFor(f, report).text;
    return [
      `${ICON[f.severity] ?? ""} ${f.severity}${g.blocking ? " \xB7 **blocking**" : ""}`,
      code(f.rule),
      f.vendor || !f.tool ? vendorName(report, f.vendor) : `tool ${code(f.tool)}`,
      String(g.findings.length),
      groupWhere(g),
      cell(f.vendor && low.has(f.vendor) ? `${text} (${LOW_CONFIDENCE})` : text)
    ];
  });
}
function verdict(report, options = {}) {
  const groups = groupFindings(report.findings.filter(open));
  const blocking = groups.filter((g) => g.blocking);
  const pr = options.comparison !== void 0;
  if (blocking.length === 0) {
    if (groups.length === 0) return "\u2705 **shadow-ai: no findings.**";
    return pr ? `\u2705 **shadow-ai: nothing this change introduces blocks the merge** (${countPhrase(groups)} reported below).` : `\u2705 **shadow-ai: nothing blocks** (${countPhrase(groups)} reported below).`;
  }
  const phrase = blockingPhrase(blocking, pr);
  const what = phrase.what;
  const detail = phrase.detail ? `: ${mdProse(phrase.detail)}` : "";
  return options.block === false ? `\u26A0\uFE0F **shadow-ai: ${what}** \u2014 reporting only (\`block: false\`)${detail}.` : detail ? `\u274C **shadow-ai: ${what}**${detail}.` : `\u274C **shadow-ai: ${what}.**`;
}
function vendorRows(report, c) {
  return report.vendors.map((v) => {
    const first = byStrength(v.evidence)[0];
    const more = v.evidence.length > 1 ? ` (+${v.evidence.length - 1} more)` : "";
    const flags = [c?.newVendors.includes(v.id) ? "\u{1F195} new" : "", v.direct ? "" : "transitive only", v.confidence === "low" ? LOW_CONFIDENCE : ""].filter(Boolean).join(", ");
    return [`${cell(v.name)} (${code(v.id)})`, v.status, flags || "\u2014", first ? `${where(first)} ${first.kind} ${code(matchOf(first))}${more}` : "\u2014"];
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
    out.push(...resolvedLines(c));
  }
  const groups = groupFindings(introduced);
  out.push(`### ${c ? "Introduced by this change" : "Findings"} (${groups.length})`, "");
  if (introduced.length === 0) out.push(c ? "Nothing new." : "None.", "");
  else {
    if (groups.length > 1) out.push(mdProse(`${ruleSummary(groups).join(" \xB7 ")}.`), "");
    out.push(...table(FINDING_HEADER, findingRows(report, groups), max), "");
  }
  const fixes = groups.slice(0, max).map((g) => {
    const f = g.first;
    const who = f.vendor ? ` \u2014 ${vendorName(report, f.vendor)}` : f.tool ? ` \u2014 ${code(f.tool)}` : "";
    return `- **${cell(f.rule)}**${who} at ${where(f)}${g.findings.length > 1 ? ` and ${g.findings.length - 1} more` : ""}: ${mdProse(fixFor(f, report).text)}`;
  });
  if (groups.length > max) fixes.push(`- \u2026 ${groups.length - max} more (the JSON report lists all).`);
  const entries = mergedEntries(groups.map((g) => g.first), report);
  if (entries) fixes.push("", `Ready to paste into ${code(report.inventory.path ?? DEFAULT_INVENTORY)} (under its \`vendors:\` or \`tools:\` key; fill in the TODOs):`, "", ...mdFence(entries.split("\n"), "yaml"));
  if (fixes.length > 0) out.push("### How to fix", "", ...fixes, "");
  const partial = report.target.partial === true;
  out.push(`### AI vendors${partial ? " in the scanned files" : ""} (${report.vendors.length})`, "");
  if (report.vendors.length === 0) out.push(partial ? "None in the scanned files." : "No AI vendors found.", "");
  else out.push(...table(["vendor", "status", "", "strongest evidence"], vendorRows(report, c), max), "");
  if (report.tools?.length) {
    out.push(`### AI coding tools (${report.tools.length})`, "");
    out.push(...table(["tool", "sends code to", "status", "seen in", "MCP servers"], toolRows(report.tools), max), "");
  }
  if (c) {
    const baseGroups = groupFindings(onBase);
    out.push(`### Already on the base branch (${baseGroups.length})`, "");
    if (onBase.length === 0) out.push("Nothing.", "");
    else {
      out.push("<details><summary>Findings this change did not introduce (they do not block it)</summary>", "");
      out.push(...table(FINDING_HEADER, findingRows(report, baseGroups), max), "", "</details>", "");
    }
  }
  if (c?.inventory) {
    const inv = c.inventory;
    out.push(`### Inventory changes (${code(inv.path)}, ${inv.status})`, "");
    if (inv.summary?.length) out.push(...inv.summary.map((s2) => `- ${mdProse(s2)}`), "");
    if (inv.patch) {
      const lines = inv.patch.split("\n");
      const shown = lines.slice(0, 200);
      out.push(...mdFence(shown, "diff"));
      if (lines.length > shown.length) out.push(`\u2026 ${lines.length - shown.length} more lines of diff.`);
      out.push("");
    }
  }
  const suppressed = report.findings.length - findings.length;
  const notes = (c?.notes ?? []).map((n) => mdProse(n));
  if (suppressed > 0) notes.push(`${plural(suppressed, "finding")} suppressed (listed in the JSON report with the reason).`);
  if (report.diagnostics.length > 0) notes.push(`${plural(report.diagnostics.length, "file")} could not be fully read (diagnostics in the JSON report).`);
  const s = report.stats;
  notes.push(`Scanned ${plural(s.files, "file")} in ${(s.durationMs / 1e3).toFixed(2)} s; inventory: ${report.inventory.path ? code(report.inventory.path) : "none found"}; shadow-ai ${cell(report.tool.version)}.`);
  out.push("<sub>", "", ...notes.map((n) => `- ${n}`), "", "</sub>", "");
  return truncate(out.join("\n"), options.maxBytes ?? SUMMARY_MAX_BYTES, options.fullReportHint);
}
function truncate(md, maxBytes, hint = "the JSON and SARIF reports") {
  if (Buffer.byteLength(md, "utf8") <= maxBytes) return md;
  const note = `

---
**Truncated**: this report is longer than GitHub allows here; the full list is in ${hint}.
`;
  const closers = `
${"`".repeat(16)}
</details>
`;
  const budget = maxBytes - Buffer.byteLength(note + closers, "utf8");
  let cut = Buffer.from(md, "utf8").subarray(0, Math.max(0, budget)).toString("utf8");
  if (cut.endsWith("\uFFFD")) cut = cut.slice(0, -1);
  const nl = cut.lastIndexOf("\n");
  if (nl > 0) cut = cut.slice(0, nl);
  let fence;
  for (const m of cut.matchAll(/^ {0,3}(`{3,})/gm)) {
    if (fence === void 0) fence = m[1];
    else if (m[1].length >= fence.length) fence = void 0;
  }
  let tail = fence !== void 0 ? `
${fence}` : "";
  const opened = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  if (opened > 0) tail += "\n</details>";
  return `${cut}${tail}${note}`;
}
function resolvedLines(c) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of c.resolved ?? []) {
    const who = r.vendor ?? r.tool;
    const key = `${r.rule}\0${who ?? ""}`;
    const g = groups.get(key) ?? groups.set(key, { rule: r.rule, ...who ? { who } : {}, n: 0 }).get(key);
    g.n++;
  }
  if (groups.size === 0) return [];
  const MAX = 20;
  const items = [...groups.values()].slice(0, MAX).map((g) => `${mdCode(g.rule)}${g.who ? ` ${mdCode(g.who)}` : ""}${g.n > 1 ? ` (\xD7${g.n})` : ""}`);
  const more = groups.size > MAX ? ` and ${groups.size - MAX} more` : "";
  return [`Resolved by this change: ${items.join(", ")}${more}.`, ""];
}

export {
  toJson,
  DEFAULT_INVENTORY,
  fixFor,
  mergedEntries,
  LOW_CONFIDENCE,
  lowConfidenceVendors,
  groupFindings,
  places,
  firstPlaces,
  ruleSummary,
  countPhrase,
  blockingPhrase,
  byStrength,
  matchOf,
  SUMMARY_MAX_BYTES,
  toMarkdown,
  truncate
};
