import { globToRegExp } from "../catalog/patterns.js";
import type { Mention } from "../detect/analyze.js";
import type { DeclaredVendor, Inventory } from "../inventory/types.js";
import { didYouMean } from "../inventory/suggest.js";
import type { Evidence, Finding, ToolUsage, VendorUsage } from "../types.js";
import { attestationFindings } from "./attestations.js";
import { dataClassFindings, matchesPath } from "./classified-paths.js";
import { compareFindings, DEFAULT_BLOCK_ON, FindingBuilder, secretFindings, SEVERITY } from "./evaluate.js";
import { addInterval, isoDate } from "./interval.js";
import { loadRegions, placesOf, withinResidency, type RegionTable } from "./regions.js";
import { MARKER, type SuppressionMarker } from "./suppress.js";
import { toolFindings, withToolStatus } from "./tools.js";

export { addInterval, isoDate };

export interface Baseline {
  /** As shown in suppression reasons. */
  path: string;
  /** The file's format: 2 lists identities, 1 (older) fingerprints. */
  version: 1 | 2;
  /** Version 1: accepted locations. */
  fingerprints: Set<string>;
  /** Version 2: accepted problems, wherever they sit (Finding.identity). */
  identities: Set<string>;
}

export interface EvaluateInput {
  vendors: VendorUsage[];
  /** No inventory: vendors stay undeclared and only inventory-free rules run (committed keys). */
  inventory?: Inventory;
  /** "Today" for review dates, DPA and exception expiry. Injected so the result is reproducible. */
  now: Date;
  /** Model ids and regions named in code, for anchoring model and residency findings on a line. */
  mentions?: Mention[];
  markers?: SuppressionMarker[];
  baseline?: Baseline;
  /** Every vendor id the catalog knows (to check what inline markers name). */
  knownVendors?: Iterable<string>;
  /** AI coding tools found (rules/tools), for undeclared-tool / prohibited-tool. */
  tools?: ToolUsage[];
  /** Every tool id the catalog knows (inline markers may name one). */
  knownTools?: Iterable<string>;
  regions?: RegionTable;
  /**
   * The vendors come from some of the repository's files only (a pull request's
   * changed files): rules that need the whole repository (unused-declaration) do not run.
   */
  partial?: boolean;
}

export interface Evaluation {
  /** The input vendors with `declared` and `status` set from the inventory. */
  vendors: VendorUsage[];
  /** Sorted; suppressed findings included (marked, never blocking). */
  findings: Finding[];
  /** The input tools with `status` set from the inventory's `tools:`. */
  tools: ToolUsage[];
}

/** Data classes that make a vendor need a signed DPA and a no-training confirmation. */
export const SENSITIVE_DATA_CLASSES = ["customer-data", "pii", "phi", "pci", "financial", "employee-data"];

/** Evidence of use (as opposed to a dependency declared somewhere) for the path rule. */
const USE_KINDS = new Set<Evidence["kind"]>(["import", "env", "host", "secret", "iac", "workflow", "config"]);

/** The first piece of evidence in each file, in file order. */
function firstPerFile(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => !seen.has(e.file) && seen.add(e.file));
}

function count(evidence: Evidence[], file: string): string {
  const n = evidence.filter((e) => e.file === file).length;
  return n > 1 ? ` (${n} places in this file)` : "";
}

/**
 * Usage + inventory → findings. Pure: the same input gives the same, sorted
 * findings. Rules (DESIGN.md "Findings"):
 * undeclared-vendor, prohibited-vendor, path-not-allowed, residency-violation,
 * unapproved-model, data-class-not-allowed (anchored on the lines that use the
 * vendor, one finding per file or per region/model and file), hardcoded-secret (per key), review-overdue,
 * missing-dpa, missing-no-training, attestation-expired, missing-attestation,
 * unused-declaration, expired-exception
 * (anchored on the inventory entry), invalid-suppression (on the comment).
 * A vendor seen only through transitive lockfile entries raises nothing but
 * committed keys.
 */
export function evaluate(input: EvaluateInput): Evaluation {
  const inv = input.inventory;
  const today = isoDate(input.now);
  const regions = input.regions ?? loadRegions();
  const blockOn = new Set(inv?.policy["block-on"] ?? DEFAULT_BLOCK_ON);
  const b = new FindingBuilder({ blockOn });
  const invName = inv?.path ?? "";

  const vendors = input.vendors.map((v): VendorUsage => {
    const d = inv?.vendors.get(v.id);
    return { ...v, declared: d !== undefined, status: d?.status ?? "undeclared" };
  });

  const tools = withToolStatus(input.tools ?? [], inv);
  secretFindings(vendors, b);

  const vendorFiles = new Map(vendors.map((v) => [v.id, new Set(v.evidence.map((e) => e.file))]));
  /** Where a region or model of a vendor is named: evidence carrying it, else mentions in the vendor's files. */
  const sitesOf = (v: VendorUsage, kind: "region" | "model", value: string): { file: string; line: number; column: number; snippet?: string }[] => {
    const onEvidence = v.evidence.filter((e) => !e.transitive && e[kind] === value);
    const files = vendorFiles.get(v.id)!;
    const mentioned = (input.mentions ?? [])
      .filter((m) => m.kind === kind && m.value === value && files.has(m.file) && !onEvidence.some((e) => e.file === m.file))
      .map((m) => ({ file: m.file, line: m.line, column: 1 }));
    const all = [...onEvidence, ...mentioned].sort((a, c) => a.file.localeCompare(c.file) || a.line - c.line || a.column - c.column);
    const seen = new Set<string>();
    return all.filter((s) => !seen.has(s.file) && seen.add(s.file));
  };

  if (inv) {
    for (const v of vendors) {
      const direct = v.evidence.filter((e) => !e.transitive);
      if (direct.length === 0) continue;
      const d = inv.vendors.get(v.id);
      if (!d) {
        for (const e of firstPerFile(direct)) {
          b.add(
            "undeclared-vendor",
            `${v.name} (${v.id}) is used here${count(direct, e.file)} but ${invName} does not declare it: add it under vendors: with its status, owner and purpose, or remove this use.`,
            { vendor: v.id, evidence: e, key: "" },
          );
        }
        continue;
      }
      if (d.status === "prohibited") {
        for (const e of firstPerFile(direct)) {
          b.add("prohibited-vendor", `${v.name} (${v.id}) is prohibited by ${invName} but used here${count(direct, e.file)}.`, {
            vendor: v.id,
            evidence: e,
            key: "",
          });
        }
        continue;
      }
      if (d.paths?.length) {
        const uses = direct.filter((e) => USE_KINDS.has(e.kind) && !matchesPath(e.file, d.paths!));
        for (const e of firstPerFile(uses)) {
          b.add("path-not-allowed", `${v.name} (${v.id}) is declared for ${d.paths.join(", ")} only, but used in ${e.file}${count(uses, e.file)}.`, {
            vendor: v.id,
            evidence: e,
            key: "",
            scope: [...d.paths].sort().join("\u0000"),
          });
        }
      }
      if (d.residency?.length) {
        for (const region of v.regions) {
          if (withinResidency(region, d.residency, regions)) continue;
          const places = placesOf(region, regions);
          const geo = places ? `region '${region}' (${places.slice(1).join(", ") || region})` : `region '${region}' (no known geography)`;
          const message = `${v.name} (${v.id}) processes in ${geo}, outside its declared residency [${d.residency.join(", ")}].`;
          const sites = sitesOf(v, "region", region);
          if (sites.length === 0) b.add("residency-violation", message, { vendor: v.id, location: inv.origins.vendors.get(v.id), key: region, scope: region });
          for (const s of sites) b.add("residency-violation", message, { vendor: v.id, location: s, key: region, scope: region });
        }
      }
      if (d.models?.length) {
        const allowed = d.models.map((g) => globToRegExp(g));
        for (const model of v.models) {
          if (allowed.some((r) => r.test(model))) continue;
          const message = `${v.name} model '${model}' is not among the models declared for ${v.id} (${d.models.join(", ")}).`;
          const sites = sitesOf(v, "model", model);
          if (sites.length === 0) b.add("unapproved-model", message, { vendor: v.id, location: inv.origins.vendors.get(v.id), key: model, scope: model });
          for (const s of sites) b.add("unapproved-model", message, { vendor: v.id, location: s, key: model, scope: model });
        }
      }
    }

    dataClassFindings(vendors, inv, b);

    const used = new Set(vendors.map((v) => v.id));
    for (const [id, d] of inv.vendors) {
      if (!inv.local.has(id) && !used.has(id)) continue; // an organisation's entry this repository never touches
      declarationFindings(id, d, inv, today, input.partial ? undefined : used.has(id), b);
    }
    toolFindings(tools, inv, b);
    inv.exceptions.forEach((x, i) => {
      if (x.expires > today) return;
      const what = [x.rule, x.vendor, x.fingerprint].filter(Boolean).join(" / ");
      b.add("expired-exception", `The exception for ${what} (approved by ${x.approver}) expired on ${x.expires}; it no longer suppresses anything.`, {
        ...(x.vendor ? { vendor: x.vendor } : {}),
        location: inv.origins.exceptions[i],
        key: `${what}\u0000${x.expires}`,
        scope: `${what}\u0000${x.expires}`,
      });
    });
  }

  const known = new Set([...Object.keys(SEVERITY), "invalid-suppression", "expired-exception", ...(input.knownVendors ?? []), ...(input.knownTools ?? []), ...(inv?.customVendors.keys() ?? [])]);
  for (const m of input.markers ?? []) {
    const location = { file: m.file, line: m.line, column: m.column };
    if (m.targets.length === 0 || !m.reason) {
      const missing = m.targets.length === 0 ? "names no rule or vendor" : "gives no reason";
      b.add("invalid-suppression", `This ${MARKER} ${missing}, so it suppresses nothing: write \`${MARKER} <rule|vendor>: <reason>\`.`, { location, key: `${m.targets.join(",")}`, scope: `${m.file}\u0000${m.targets.join(",")}` });
      continue;
    }
    for (const t of m.targets.filter((t) => !known.has(t))) {
      b.add("invalid-suppression", `This ${MARKER} names '${t}', which is neither a rule nor a vendor id${didYouMean(t, known)}.`, { location, key: t, scope: `${m.file}\u0000${t}` });
    }
  }

  // A vendor seen only in env templates is reported but does not block unless the
  // policy asks (policy.block-low-confidence); a committed key blocks wherever it is.
  const low = inv?.policy["block-low-confidence"] ? new Set<string>() : new Set(vendors.filter((v) => v.confidence === "low").map((v) => v.id));
  const findings = b.findings
    .map((f) => (f.blocking && f.vendor && low.has(f.vendor) && f.rule !== "hardcoded-secret" ? { ...f, blocking: false } : f))
    .map((f) => suppress(f, input, today));
  return { vendors, findings: findings.sort(compareFindings), tools };
}

/** `used` undefined: not known (a partial scan), so unused-declaration cannot be judged. */
function declarationFindings(id: string, d: DeclaredVendor, inv: Inventory, today: string, used: boolean | undefined, b: FindingBuilder): void {
  const location = inv.origins.vendors.get(id);
  const at = { vendor: id, location, key: "" };
  if (used === false && inv.local.has(id) && d.status !== "prohibited") {
    b.add("unused-declaration", `${inv.path} declares ${id}, but nothing in the code uses it any more: remove the entry or mark it prohibited.`, at);
  }
  if (d.status === "prohibited") return;
  const interval = inv.policy["review-interval"];
  const last = d["last-review"];
  if (last) {
    const due = addInterval(last, interval ?? "1y");
    // Keyed on the due date: a baseline accepts this overdue review, not every later one.
    if (today > due) b.add("review-overdue", `${id} was last reviewed on ${last}; the review interval (${interval ?? "1y"}) made the next one due on ${due}.`, { ...at, key: due });
  } else if (interval) {
    b.add("review-overdue", `${id} has no last-review date; the policy asks for a review every ${interval}.`, { ...at, key: "never" });
  }
  const sensitive = (d["data-classes"] ?? []).filter((c) => SENSITIVE_DATA_CLASSES.includes(c));
  if (sensitive.length > 0) {
    const classes = sensitive.join(", ");
    if (!d.dpa) b.add("missing-dpa", `${id} receives ${classes} but has no signed DPA (dpa: { signed: YYYY-MM-DD }).`, at);
    else if (d.dpa.expires && d.dpa.expires <= today) b.add("missing-dpa", `${id} receives ${classes} but its DPA expired on ${d.dpa.expires}.`, at);
    if (!d["no-training"]) b.add("missing-no-training", `${id} receives ${classes} but has no confirmation that it does not train on that data (no-training: { confirmed: YYYY-MM-DD, evidence: … }).`, at);
  }
  attestationFindings(id, d, inv.policy["attestation-max-age"], today, b, location);
}

/** Inline comment, then an inventory exception, then the baseline. A suppressed finding never blocks. */
function suppress(f: Finding, input: EvaluateInput, today: string): Finding {
  const by = (kind: string, reason: string): Finding => ({ ...f, blocking: false, suppressed: { by: kind, reason } });
  if (f.file && f.line && f.rule !== "invalid-suppression") {
    const m = (input.markers ?? []).find(
      (m) => m.file === f.file && (m.line === f.line || m.line === f.line! - 1) && m.reason && m.targets.some((t) => t === f.rule || t === f.vendor || t === f.tool),
    );
    if (m) return by("inline", m.reason);
  }
  const x = input.inventory?.exceptions.find(
    (x) =>
      x.expires > today &&
      (!x.rule || x.rule === f.rule) &&
      (!x.vendor || x.vendor === f.vendor) &&
      (!x.fingerprint || x.fingerprint === f.fingerprint) &&
      (!x.paths || (f.file !== undefined && matchesPath(f.file, x.paths))),
  );
  if (x && f.rule !== "expired-exception") return by("exception", `${x.reason} (approved by ${x.approver}, until ${x.expires})`);
  const b = input.baseline;
  if (b && (b.identities.has(f.identity) || b.fingerprints.has(f.fingerprint))) return by("baseline", `listed in ${b.path}`);
  return f;
}
