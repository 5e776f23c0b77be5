import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type { Finding, ScanReport } from "../types.js";
import { DEFAULT_INVENTORY } from "./fixes.js";
import { LOW_CONFIDENCE, lowConfidenceVendors } from "./confidence.js";
import { oneLine } from "./escape.js";

// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif):
// one run, rule metadata with full description and help, relative URIs under
// %SRCROOT%, partialFingerprints from the finding's fingerprint.
//
// One result per location (docs/action.md, "SARIF"): findings sharing an
// identity stay separate results, each with its own location fingerprint, and
// carry the identity in properties. A location outside the scanned root (an
// organisation inventory) is an absolute file: URI with no uriBaseId.

interface RuleDoc {
  name: string;
  short: string;
  full: string;
  help: string;
  level: "error" | "warning" | "note";
  /** GitHub code scanning's 0–10 severity for security rules. */
  securitySeverity?: string;
  tags: string[];
}

export const RULES: Record<string, RuleDoc> = {
  "undeclared-vendor": {
    name: "UndeclaredAiVendor",
    short: "AI vendor used but not declared in the inventory",
    full: "The code talks to an AI vendor (through an SDK import, a dependency, an API host, an environment variable or a key) that the AI vendor inventory does not name. Every vendor that receives company data must be declared, with an owner, a purpose and the data it receives, before it is used.",
    help: "Declare the vendor under `vendors:` in `.github/ai-vendors.yml` (status, owner, purpose, data classes), or remove the usage. `shadow-ai init` writes a starter entry.",
    level: "error",
    securitySeverity: "5.0",
    tags: ["security", "compliance", "ai-inventory"],
  },
  "prohibited-vendor": {
    name: "ProhibitedAiVendor",
    short: "AI vendor marked prohibited is used",
    full: "The inventory marks this AI vendor as prohibited, and the code uses it.",
    help: "Remove the usage, or ask the inventory's owners to change the vendor's status.",
    level: "error",
    securitySeverity: "7.0",
    tags: ["security", "compliance", "ai-inventory"],
  },
  "path-not-allowed": {
    name: "AiVendorOutsideAllowedPaths",
    short: "AI vendor used outside its allowed paths",
    full: "The inventory declares the vendor for some paths only, and this usage lies outside them.",
    help: "Move the usage under the declared `paths`, or widen them in the inventory with the owner's approval.",
    level: "error",
    securitySeverity: "5.0",
    tags: ["security", "compliance", "ai-inventory"],
  },
  "residency-violation": {
    name: "AiVendorResidencyViolation",
    short: "AI vendor region outside the declared residency",
    full: "A region named in code or infrastructure lies outside the geographies the inventory declares for this vendor (data residency).",
    help: "Use a region inside the declared `residency`, or update the residency once the vendor agreement covers it.",
    level: "error",
    securitySeverity: "6.0",
    tags: ["security", "compliance", "data-residency"],
  },
  "hardcoded-secret": {
    name: "HardcodedAiApiKey",
    short: "AI vendor API key committed",
    full: "An API key in a format the vendor issues is committed to the repository. Anyone with read access to the history can use it. The value is never shown in reports.",
    help: "Revoke the key with the vendor now (it stays in the git history), then load it from a secret store or an environment variable.",
    level: "error",
    securitySeverity: "9.0",
    tags: ["security", "secret"],
  },
  "data-class-not-allowed": {
    name: "AiVendorNotClearedForDataClass",
    short: "AI vendor used in a path whose data it is not cleared for",
    full: "The inventory's classified-paths says which data classes this path handles (the union over every glob it lies under), and the vendor's declared data-classes do not include all of them. An undeclared vendor is cleared for none.",
    help: "Clear the vendor for those classes (`data-classes`) in the inventory once its agreements cover them, or move the usage out of the classified path.",
    level: "error",
    securitySeverity: "6.0",
    tags: ["security", "compliance", "data-classification"],
  },
  "unapproved-model": {
    name: "UnapprovedAiModel",
    short: "Model not among the vendor's declared models",
    full: "The code names a model that the inventory does not list among the vendor's allowed models.",
    help: "Use a declared model, or add this one to the vendor's `models` in the inventory.",
    level: "warning",
    tags: ["compliance", "ai-inventory"],
  },
  "review-overdue": {
    name: "AiVendorReviewOverdue",
    short: "Vendor review overdue",
    full: "The vendor's last review is older than the review interval the inventory's policy sets.",
    help: "Review the vendor and update its `last-review` date.",
    level: "warning",
    tags: ["compliance"],
  },
  "missing-dpa": {
    name: "AiVendorMissingDpa",
    short: "No signed DPA for a vendor that receives customer data",
    full: "The vendor receives customer data, and the inventory records no signed data processing agreement.",
    help: "Record the signed DPA (`dpa: { signed: YYYY-MM-DD }`).",
    level: "warning",
    tags: ["compliance"],
  },
  "missing-no-training": {
    name: "AiVendorMissingNoTraining",
    short: "No no-training confirmation for a vendor that receives customer data",
    full: "The vendor receives customer data, and the inventory records no confirmation that the vendor does not train on it.",
    help: "Record the confirmation (`no-training: { confirmed: YYYY-MM-DD, evidence: … }`).",
    level: "warning",
    tags: ["compliance"],
  },
  "attestation-expired": {
    name: "AiVendorAttestationExpired",
    short: "Vendor attestation older than the policy allows",
    full: "The vendor's newest attestation of a kind (SOC 2 type 2, ISO 27001, …) is older than policy.attestation-max-age (default 12 months).",
    help: "Obtain the vendor's current report and record it under `attestations` (type, date).",
    level: "warning",
    tags: ["compliance"],
  },
  "missing-attestation": {
    name: "AiVendorMissingAttestation",
    short: "No attestation for a vendor that receives customer data",
    full: "The vendor receives customer data, PII, PHI or card data, and the inventory records no attestation (SOC 2 type 2, ISO 27001, …).",
    help: "Record the vendor's report (`attestations: [{ type: soc2-type-2, date: YYYY-MM-DD }]`).",
    level: "warning",
    tags: ["compliance"],
  },
  "unused-declaration": {
    name: "UnusedAiVendorDeclaration",
    short: "Declared vendor no longer used",
    full: "The inventory declares a vendor that the code no longer uses (inventory drift).",
    help: "Remove the vendor from the inventory if it is no longer used.",
    level: "note",
    tags: ["compliance", "ai-inventory"],
  },
};

function ruleDoc(id: string, f?: Finding): RuleDoc {
  return (
    RULES[id] ?? {
      name: id.replace(/(^|-)(\w)/g, (_, _d, c: string) => c.toUpperCase()),
      short: id,
      full: f?.message ?? id,
      help: "See the finding's message.",
      level: f?.severity ?? "warning",
      tags: ["ai-inventory"],
    }
  );
}

/** Percent-encodes a relative path for a URI, keeping `/`. */
function uri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

type ArtifactLocation = { uri: string; uriBaseId?: string };

/**
 * Where a finding sits: its file under %SRCROOT%, or the inventory for findings
 * without one. A file outside the root (an organisation inventory, `--inventory
 * ../policy/…`) is named in the report relative to the working directory, so
 * scan lists it in `inventory.external` with its file: URI. A base-relative URI
 * must not climb out of its base (SARIF1004) and code scanning could not place
 * it, so such a location is that absolute URI, without a uriBaseId.
 */
function artifactLocation(report: ScanReport, file: string): ArtifactLocation {
  const external = report.inventory.external?.[file];
  if (external) return { uri: external };
  return isAbsolute(file) ? { uri: pathToFileURL(file).href } : { uri: uri(file), uriBaseId: "%SRCROOT%" };
}

/** The report as a SARIF 2.1.0 log (one run). Findings without a file sit on the inventory file. */
export function toSarif(report: ScanReport): string {
  const ids = [...new Set([...Object.keys(RULES), ...report.findings.map((f) => f.rule)])];
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const d = ruleDoc(id, report.findings.find((f) => f.rule === id));
    return {
      id,
      name: d.name,
      shortDescription: { text: d.short },
      fullDescription: { text: d.full },
      help: { text: d.help, markdown: `**${d.short}**\n\n${d.full}\n\n**Fix:** ${d.help}` },
      defaultConfiguration: { level: d.level },
      properties: { tags: d.tags, precision: "high", ...(d.securitySeverity ? { "security-severity": d.securitySeverity } : {}) },
    };
  });
  const anchor = report.inventory.path ?? DEFAULT_INVENTORY;
  const low = lowConfidenceVendors(report);
  const results = report.findings.map((f) => {
    const weak = f.vendor !== undefined && low.has(f.vendor);
    const region: Record<string, number> = { startLine: f.line ?? 1 };
    if (f.column !== undefined) region.startColumn = f.column;
    return {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule)!,
      level: f.severity,
      // The message holds names from the scanned tree: one line, controls shown escaped.
      message: { text: oneLine(weak ? `${f.message} (${LOW_CONFIDENCE})` : f.message, Number.POSITIVE_INFINITY) },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(report, f.file ?? anchor), region } }],
      // The location's fingerprint only: the identity as a key would let code
      // scanning merge one identity's locations, and re-key every existing alert.
      partialFingerprints: { "shadowAiFingerprint/v1": f.fingerprint },
      ...(f.suppressed ? { suppressions: [{ kind: "inSource", justification: oneLine(`${f.suppressed.by}: ${f.suppressed.reason}`) }] } : {}),
      properties: {
        identity: f.identity,
        blocking: f.blocking,
        ...(f.vendor ? { vendor: f.vendor } : {}),
        ...(weak ? { confidence: "low" } : {}),
        ...(f.introduced !== undefined ? { introduced: f.introduced } : {}),
      },
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
            properties: { catalogVersion: report.tool.catalogVersion },
          },
        },
        automationDetails: { id: "shadow-ai/" },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the scanned repository." } } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
