import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  DEFAULT_INVENTORY,
  LOW_CONFIDENCE,
  byStrength,
  countPhrase,
  firstPlaces,
  groupFindings,
  lowConfidenceVendors,
  matchOf,
  mergedEntries,
  ruleSummary
} from "./chunk-6GJE5QXA.js";
import {
  logLine,
  oneLine
} from "./chunk-4R5BKMKX.js";

// src/report/sarif.ts
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
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
  "data-class-not-allowed": {
    name: "AiVendorNotClearedForDataClass",
    short: "AI vendor used in a path whose data it is not cleared for",
    full: "The inventory's classified-paths says which data classes this path handles (the union over every glob it lies under), and the vendor's declared data-classes do not include all of them. An undeclared vendor is cleared for none.",
    help: "Clear the vendor for those classes (`data-classes`) in the inventory once its agreements cover them, or move the usage out of the classified path.",
    level: "error",
    securitySeverity: "6.0",
    tags: ["security", "compliance", "data-classification"]
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
  "attestation-expired": {
    name: "AiVendorAttestationExpired",
    short: "Vendor attestation older than the policy allows",
    full: "The vendor's newest attestation of a kind (SOC 2 type 2, ISO 27001, \u2026) is older than policy.attestation-max-age (default 12 months).",
    help: "Obtain the vendor's current report and record it under `attestations` (type, date).",
    level: "warning",
    tags: ["compliance"]
  },
  "missing-attestation": {
    name: "AiVendorMissingAttestation",
    short: "No attestation for a vendor that receives customer data",
    full: "The vendor receives customer data, PII, PHI or card data, and the inventory records no attestation (SOC 2 type 2, ISO 27001, \u2026).",
    help: "Record the vendor's report (`attestations: [{ type: soc2-type-2, date: YYYY-MM-DD }]`).",
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
function artifactLocation(report, file) {
  const external = report.inventory.external?.[file];
  if (external) return { uri: external };
  return isAbsolute(file) ? { uri: pathToFileURL(file).href } : { uri: uri(file), uriBaseId: "%SRCROOT%" };
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
  const low = lowConfidenceVendors(report);
  const results = report.findings.map((f) => {
    const weak = f.vendor !== void 0 && low.has(f.vendor);
    const region = { startLine: f.line ?? 1 };
    if (f.column !== void 0) region.startColumn = f.column;
    return {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule),
      level: f.severity,
      // The message holds names from the scanned tree: one line, controls shown escaped.
      message: { text: oneLine(weak ? `${f.message} (${LOW_CONFIDENCE})` : f.message, Number.POSITIVE_INFINITY) },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(report, f.file ?? anchor), region } }],
      // The location's fingerprint only: the identity as a key would let code
      // scanning merge one identity's locations, and re-key every existing alert.
      partialFingerprints: { "shadowAiFingerprint/v1": f.fingerprint },
      ...f.suppressed ? { suppressions: [{ kind: "inSource", justification: oneLine(`${f.suppressed.by}: ${f.suppressed.reason}`) }] } : {},
      properties: {
        identity: f.identity,
        blocking: f.blocking,
        ...f.vendor ? { vendor: f.vendor } : {},
        ...weak ? { confidence: "low" } : {},
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
var o = (s) => oneLine(s ?? "");
function where(e) {
  return `${o(e.file)}:${e.line}:${e.column}`;
}
function what(e) {
  const via = e.via ? ` (${o(e.via)} SDK aimed at this vendor)` : "";
  const trans = e.transitive ? " (transitive)" : "";
  return `${o(matchOf(e))}${trans}${via}`;
}
function toolPlace(e) {
  if (e.kind === "commit") return `${e.commits} commit${e.commits === 1 ? "" : "s"}, last ${o(e.last)}`;
  const at = `${o(e.file)}${e.line ? `:${e.line}` : ""}`;
  return e.action || e.package ? `${at}  ${o(e.action ?? e.package)}` : at;
}
function toolLines(tools, max) {
  const out = [`AI coding tools (${tools.length}) \u2014 the engineers' tools, kept apart from the vendors above`];
  for (const t of tools) {
    const to = t.vendor ? `sends code to ${o(t.vendor)}` : "bring your own model";
    out.push(`  ${o(t.name)} [${o(t.id)}] \u2014 ${t.status} \xB7 ${to}`);
    const shown = max > 0 ? t.evidence.slice(0, max) : t.evidence;
    for (const e of shown) out.push(`      ${e.kind.padEnd(10)} ${toolPlace(e)}`);
    if (shown.length < t.evidence.length) out.push(`      \u2026 ${t.evidence.length - shown.length} more (--format json lists all)`);
    for (const s of t.mcpServers ?? []) out.push(`      ${"mcp".padEnd(10)} ${o(s.name)} (${s.transport}) ${o(s.command ?? s.url)}  ${o(s.file)}:${s.line}`);
  }
  return out;
}
function subject(report, g) {
  const f = g.first;
  if (f.vendor) {
    const v = report.vendors.find((x) => x.id === f.vendor);
    return v ? `${o(v.name)} [${o(v.id)}]` : `[${o(f.vendor)}]`;
  }
  return f.tool ? `tool [${o(f.tool)}]` : "";
}
function findingLine(report, g, low, maxPlaces) {
  const f = g.first;
  const weak = f.vendor && low.has(f.vendor) ? ` (${LOW_CONFIDENCE})` : "";
  const tail = `${weak}${g.blocking ? "" : " (not blocking)"}`;
  const head = `  ${f.severity.padEnd(7)} ${o(f.rule).padEnd(20)} `;
  if (g.findings.length === 1) return `${head}${f.file ? `${o(f.file)}${f.line ? `:${f.line}` : ""}  ` : ""}${o(f.message)}${tail}`;
  const { shown, more } = firstPlaces(g, maxPlaces);
  const at = shown.map(o).join(", ") + (more > 0 ? `, +${more} more` : "");
  const same = g.findings.every((x) => x.message === f.message);
  return `${head}${subject(report, g)} \u2014 ${g.findings.length} uses${at ? `: ${at}` : ""}${same ? `  ${o(f.message)}` : ""}${tail}`;
}
function formatBytes(n) {
  return n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}
function toText(report, options = {}) {
  const max = options.maxEvidence ?? 8;
  const lines = [];
  const s = report.stats;
  lines.push(
    `shadow-ai ${o(report.tool.version)}: ${o(report.target.root)} \u2014 ${s.files} files (${formatBytes(s.bytes)}) in ${(s.durationMs / 1e3).toFixed(2)} s, ${s.skipped} skipped`
  );
  lines.push(report.inventory.path ? `inventory: ${o(report.inventory.path)}` : "inventory: none found (every vendor is listed as undeclared; `shadow-ai init` writes one)");
  lines.push("");
  const partial = report.target.partial === true;
  if (report.vendors.length === 0) {
    lines.push(partial ? "No AI vendors in the scanned files (a partial scan: only the files listed)." : "No AI vendors found.");
  } else {
    lines.push(`AI vendors${partial ? " in the scanned files" : ""} (${report.vendors.length})${partial ? " \u2014 a partial scan: only the files listed" : ""}`);
    for (const v of report.vendors) {
      const facts = [v.status, v.direct ? void 0 : "transitive only", v.confidence === "low" ? LOW_CONFIDENCE : void 0];
      if (v.regions.length) facts.push(`regions: ${v.regions.map(o).join(", ")}`);
      if (v.models.length) facts.push(`models: ${v.models.map(o).join(", ")}`);
      if (v.frameworks.length) facts.push(`via ${v.frameworks.map(o).join(", ")}`);
      lines.push(`  ${o(v.name)} [${o(v.id)}] \u2014 ${facts.filter(Boolean).join(" \xB7 ")}`);
      const ordered = byStrength(v.evidence);
      const shown = max > 0 ? ordered.slice(0, max) : ordered;
      const width = Math.max(...shown.map((e) => where(e).length));
      for (const e of shown) lines.push(`      ${e.kind.padEnd(10)} ${where(e).padEnd(width)}  ${what(e)}`);
      if (shown.length < v.evidence.length) lines.push(`      \u2026 ${v.evidence.length - shown.length} more (--format json lists all)`);
    }
  }
  if (report.frameworks.length > 0) {
    lines.push("", `Frameworks (${report.frameworks.length})`);
    for (const f of report.frameworks) {
      const to = f.vendors.length ? ` \u2192 ${f.vendors.map(o).join(", ")}` : "";
      const first = f.evidence[0] ? `, first ${where(f.evidence[0])}` : "";
      lines.push(`  ${o(f.name)} [${o(f.id)}]${to} \u2014 ${f.evidence.length} place${f.evidence.length === 1 ? "" : "s"}${first}`);
    }
  }
  if (report.tools?.length) lines.push("", ...toolLines(report.tools, max));
  const open = report.findings.filter((f) => !f.suppressed);
  const suppressed = report.findings.length - open.length;
  const hidden = suppressed > 0 ? ` (${suppressed} suppressed: --format json lists them with the reason)` : "";
  const accepted = groupFindings(report.findings.filter((f) => f.suppressed)).map(
    (g) => `  accepted  ${o(g.first.rule)} ${o(g.first.vendor ?? g.first.tool ?? "")} \u2014 ${g.findings.length} place${g.findings.length === 1 ? "" : "s"}, by ${o(g.first.suppressed.by)}: ${o(g.first.suppressed.reason)}`
  );
  lines.push("");
  if (open.length === 0) {
    lines.push(`Findings: none.${hidden}`, ...max > 0 ? accepted.slice(0, max) : accepted);
  } else {
    const groups = groupFindings(open);
    const blocking = groups.filter((g) => g.blocking);
    lines.push(`Findings: ${countPhrase(groups)}, ${blocking.length} blocking \u2014 ${ruleSummary(groups).join(" \xB7 ")}${hidden}`);
    const low = lowConfidenceVendors(report);
    for (const g of groups) lines.push(findingLine(report, g, low, options.maxPlaces ?? 3));
    const entries = mergedEntries(groups.map((g) => g.first), report);
    if (entries) {
      lines.push("", `To declare them: add these entries to ${o(report.inventory.path ?? DEFAULT_INVENTORY)} (under its vendors: or tools: key) and fill in the TODOs:`);
      lines.push(...entries.split("\n").map((l) => `  ${o(l)}`));
    }
    if (accepted.length) lines.push("", "Accepted for now:", ...max > 0 ? accepted.slice(0, max) : accepted);
  }
  if (report.diagnostics.length > 0) {
    lines.push("", `Diagnostics (${report.diagnostics.length})`);
    for (const d of report.diagnostics.slice(0, 20)) lines.push(`  ${o(d.file)}: ${o(d.message)}`);
    if (report.diagnostics.length > 20) lines.push(`  \u2026 ${report.diagnostics.length - 20} more (--format json lists all)`);
  }
  return `${lines.map(logLine).join("\n")}
`;
}

export {
  toSarif,
  toText
};
