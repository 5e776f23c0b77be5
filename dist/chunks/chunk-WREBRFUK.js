import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  DEFAULT_INVENTORY
} from "./chunk-72OWSLK5.js";

// src/report/sarif.ts
var RULES = {
  "undeclared-vendor": {
    name: "UndeclaredAiVendor",
    short: "AI vendor used but not declared in the inventory",
    full: "The code talks to an AI vendor (through an SDK import, a dependency, an API host, an environment variable or a key) that the AI vendor inventory does not name. Every vendor that receives company data must be declared, with an owner, a purpose and the data it receives, before it is used.",
    help: "Declare the vendor under `vendors:` in `.github/ai-vendors.yml` (status, owner, purpose, data classes), or remove the usage. `shadow-ai init` writes a starter entry.",
    level: "error",
    securitySeverity: "5.0",
    tags: ["security", "compliance", "ai-inventory"]
  },
  "prohibited-vendor": {
    name: "ProhibitedAiVendor",
    short: "AI vendor marked prohibited is used",
    full: "The inventory marks this AI vendor as prohibited, and the code uses it.",
    help: "Remove the usage, or ask the inventory's owners to change the vendor's status.",
    level: "error",
    securitySeverity: "7.0",
    tags: ["security", "compliance", "ai-inventory"]
  },
  "path-not-allowed": {
    name: "AiVendorOutsideAllowedPaths",
    short: "AI vendor used outside its allowed paths",
    full: "The inventory declares the vendor for some paths only, and this usage lies outside them.",
    help: "Move the usage under the declared `paths`, or widen them in the inventory with the owner's approval.",
    level: "error",
    securitySeverity: "5.0",
    tags: ["security", "compliance", "ai-inventory"]
  },
  "residency-violation": {
    name: "AiVendorResidencyViolation",
    short: "AI vendor region outside the declared residency",
    full: "A region named in code or infrastructure lies outside the geographies the inventory declares for this vendor (data residency).",
    help: "Use a region inside the declared `residency`, or update the residency once the vendor agreement covers it.",
    level: "error",
    securitySeverity: "6.0",
    tags: ["security", "compliance", "data-residency"]
  },
  "hardcoded-secret": {
    name: "HardcodedAiApiKey",
    short: "AI vendor API key committed",
    full: "An API key in a format the vendor issues is committed to the repository. Anyone with read access to the history can use it. The value is never shown in reports.",
    help: "Revoke the key with the vendor now (it stays in the git history), then load it from a secret store or an environment variable.",
    level: "error",
    securitySeverity: "9.0",
    tags: ["security", "secret"]
  },
  "unapproved-model": {
    name: "UnapprovedAiModel",
    short: "Model not among the vendor's declared models",
    full: "The code names a model that the inventory does not list among the vendor's allowed models.",
    help: "Use a declared model, or add this one to the vendor's `models` in the inventory.",
    level: "warning",
    tags: ["compliance", "ai-inventory"]
  },
  "review-overdue": {
    name: "AiVendorReviewOverdue",
    short: "Vendor review overdue",
    full: "The vendor's last review is older than the review interval the inventory's policy sets.",
    help: "Review the vendor and update its `last-review` date.",
    level: "warning",
    tags: ["compliance"]
  },
  "missing-dpa": {
    name: "AiVendorMissingDpa",
    short: "No signed DPA for a vendor that receives customer data",
    full: "The vendor receives customer data, and the inventory records no signed data processing agreement.",
    help: "Record the signed DPA (`dpa: { signed: YYYY-MM-DD }`).",
    level: "warning",
    tags: ["compliance"]
  },
  "missing-no-training": {
    name: "AiVendorMissingNoTraining",
    short: "No no-training confirmation for a vendor that receives customer data",
    full: "The vendor receives customer data, and the inventory records no confirmation that the vendor does not train on it.",
    help: "Record the confirmation (`no-training: { confirmed: YYYY-MM-DD, evidence: \u2026 }`).",
    level: "warning",
    tags: ["compliance"]
  },
  "unused-declaration": {
    name: "UnusedAiVendorDeclaration",
    short: "Declared vendor no longer used",
    full: "The inventory declares a vendor that the code no longer uses (inventory drift).",
    help: "Remove the vendor from the inventory if it is no longer used.",
    level: "note",
    tags: ["compliance", "ai-inventory"]
  }
};
function ruleDoc(id, f) {
  return RULES[id] ?? {
    name: id.replace(/(^|-)(\w)/g, (_, _d, c) => c.toUpperCase()),
    short: id,
    full: f?.message ?? id,
    help: "See the finding's message.",
    level: f?.severity ?? "warning",
    tags: ["ai-inventory"]
  };
}
function uri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function toSarif(report) {
  const ids = [.../* @__PURE__ */ new Set([...Object.keys(RULES), ...report.findings.map((f) => f.rule)])];
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const d = ruleDoc(id, report.findings.find((f) => f.rule === id));
    return {
      id,
      name: d.name,
      shortDescription: { text: d.short },
      fullDescription: { text: d.full },
      help: { text: d.help, markdown: `**${d.short}**

${d.full}

**Fix:** ${d.help}` },
      defaultConfiguration: { level: d.level },
      properties: { tags: d.tags, precision: "high", ...d.securitySeverity ? { "security-severity": d.securitySeverity } : {} }
    };
  });
  const anchor = report.inventory.path ?? DEFAULT_INVENTORY;
  const results = report.findings.map((f) => {
    const region = { startLine: f.line ?? 1 };
    if (f.column !== void 0) region.startColumn = f.column;
    return {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule),
      level: f.severity,
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(f.file ?? anchor), uriBaseId: "%SRCROOT%" }, region } }],
      partialFingerprints: { "shadowAiFingerprint/v1": f.fingerprint },
      ...f.suppressed ? { suppressions: [{ kind: "inSource", justification: `${f.suppressed.by}: ${f.suppressed.reason}` }] } : {},
      properties: {
        blocking: f.blocking,
        ...f.vendor ? { vendor: f.vendor } : {},
        ...f.introduced !== void 0 ? { introduced: f.introduced } : {}
      }
    };
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "shadow-ai",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules,
            properties: { catalogVersion: report.tool.catalogVersion }
          }
        },
        automationDetails: { id: "shadow-ai/" },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the scanned repository." } } },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/report/text.ts
function where(e) {
  return `${e.file}:${e.line}:${e.column}`;
}
function what(e) {
  const name = e.package ?? e.host ?? e.env ?? e.secretRule ?? "";
  const via = e.via ? ` (${e.via} SDK aimed at this vendor)` : "";
  const trans = e.transitive ? " (transitive)" : "";
  return `${name}${trans}${via}`;
}
function toolPlace(e) {
  if (e.kind === "commit") return `${e.commits} commit${e.commits === 1 ? "" : "s"}, last ${e.last}`;
  const at = `${e.file}${e.line ? `:${e.line}` : ""}`;
  return e.action || e.package ? `${at}  ${e.action ?? e.package}` : at;
}
function toolLines(tools, max) {
  const out = [`AI coding tools (${tools.length}) \u2014 the engineers' tools, kept apart from the vendors above`];
  for (const t of tools) {
    const to = t.vendor ? `sends code to ${t.vendor}` : "bring your own model";
    out.push(`  ${t.name} [${t.id}] \u2014 ${t.status} \xB7 ${to}`);
    const shown = max > 0 ? t.evidence.slice(0, max) : t.evidence;
    for (const e of shown) out.push(`      ${e.kind.padEnd(10)} ${toolPlace(e)}`);
    if (shown.length < t.evidence.length) out.push(`      \u2026 ${t.evidence.length - shown.length} more (--format json lists all)`);
    for (const s of t.mcpServers ?? []) out.push(`      ${"mcp".padEnd(10)} ${s.name} (${s.transport}) ${s.command ?? s.url ?? ""}  ${s.file}:${s.line}`);
  }
  return out;
}
function formatBytes(n) {
  return n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}
function toText(report, options = {}) {
  const max = options.maxEvidence ?? 8;
  const lines = [];
  const s = report.stats;
  lines.push(
    `shadow-ai ${report.tool.version}: ${report.target.root} \u2014 ${s.files} files (${formatBytes(s.bytes)}) in ${(s.durationMs / 1e3).toFixed(2)} s, ${s.skipped} skipped`
  );
  lines.push(report.inventory.path ? `inventory: ${report.inventory.path}` : "inventory: none found (every vendor is listed as undeclared; `shadow-ai init` writes one)");
  lines.push("");
  const partial = report.target.partial === true;
  if (report.vendors.length === 0) {
    lines.push(partial ? "No AI vendors in the scanned files (a partial scan: only the files listed)." : "No AI vendors found.");
  } else {
    lines.push(`AI vendors${partial ? " in the scanned files" : ""} (${report.vendors.length})${partial ? " \u2014 a partial scan: only the files listed" : ""}`);
    for (const v of report.vendors) {
      const facts = [v.status, v.direct ? void 0 : "transitive only"];
      if (v.regions.length) facts.push(`regions: ${v.regions.join(", ")}`);
      if (v.models.length) facts.push(`models: ${v.models.join(", ")}`);
      if (v.frameworks.length) facts.push(`via ${v.frameworks.join(", ")}`);
      lines.push(`  ${v.name} [${v.id}] \u2014 ${facts.filter(Boolean).join(" \xB7 ")}`);
      const shown = max > 0 ? v.evidence.slice(0, max) : v.evidence;
      const width = Math.max(...shown.map((e) => where(e).length));
      for (const e of shown) lines.push(`      ${e.kind.padEnd(10)} ${where(e).padEnd(width)}  ${what(e)}`);
      if (shown.length < v.evidence.length) lines.push(`      \u2026 ${v.evidence.length - shown.length} more (--format json lists all)`);
    }
  }
  if (report.frameworks.length > 0) {
    lines.push("", `Frameworks (${report.frameworks.length})`);
    for (const f of report.frameworks) {
      const to = f.vendors.length ? ` \u2192 ${f.vendors.join(", ")}` : "";
      lines.push(`  ${f.name} [${f.id}]${to} \u2014 ${f.evidence.length} place${f.evidence.length === 1 ? "" : "s"}, first ${where(f.evidence[0])}`);
    }
  }
  if (report.tools?.length) lines.push("", ...toolLines(report.tools, max));
  const open = report.findings.filter((f) => !f.suppressed);
  const suppressed = report.findings.length - open.length;
  const hidden = suppressed > 0 ? ` (${suppressed} suppressed: --format json lists them with the reason)` : "";
  lines.push("");
  if (open.length === 0) {
    lines.push(`Findings: none.${hidden}`);
  } else {
    lines.push(`Findings (${open.length}, ${open.filter((f) => f.blocking).length} blocking)${hidden}`);
    for (const f of open) {
      const loc = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}  ` : "";
      lines.push(`  ${f.severity.padEnd(7)} ${f.rule.padEnd(20)} ${loc}${f.message}${f.blocking ? "" : " (not blocking)"}`);
    }
  }
  if (report.diagnostics.length > 0) {
    lines.push("", `Diagnostics (${report.diagnostics.length})`);
    for (const d of report.diagnostics.slice(0, 20)) lines.push(`  ${d.file}: ${d.message}`);
    if (report.diagnostics.length > 20) lines.push(`  \u2026 ${report.diagnostics.length - 20} more (--format json lists all)`);
  }
  return `${lines.join("\n")}
`;
}

export {
  toSarif,
  toText
};
