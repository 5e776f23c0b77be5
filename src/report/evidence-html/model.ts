import type { DeclaredVendor } from "../../inventory/types.js";
import type { OrgError } from "../../org/types.js";
import { vendorHosts } from "../../org/endpoints.js";
import type { VendorStatus, VendorUsage } from "../../types.js";
import type { RepoFinding } from "../evidence-findings.js";
import { vendorsOf, type EvidenceInput, type EvidenceRepository } from "../evidence.js";
import { byString } from "../../org/merge.js";

// The evidence pack's view of its input: per vendor, where it is used and what
// each repository declared for it. Pure; the page modules only render this.

export interface VendorUse {
  repository: string;
  usage: VendorUsage;
  declared?: DeclaredVendor;
  /** The inventory policy's review interval in that repository, when the report carries it. */
  reviewInterval?: string;
}

export type { RepoFinding } from "../evidence-findings.js";

export interface VendorView {
  id: string;
  name: string;
  category: string;
  worst: VendorStatus;
  uses: VendorUse[];
  /** Where the code reaches it (named hosts, else the catalog's). */
  hosts: string[];
  regions: string[];
  findings: RepoFinding[];
}

export interface PackModel {
  /** "organisation acme", the repository's name, or "N repositories". */
  subject: string;
  org?: string;
  /** Set for a pack of one repository (not an org report). */
  single: boolean;
  repositories: EvidenceRepository[];
  vendors: VendorView[];
  /** Declared (explicit inventory, or a single repository's) but used nowhere. */
  unused: { id: string; name: string; declared: DeclaredVendor }[];
  findings: RepoFinding[];
  suppressed: number;
  errors: OrgError[];
  /** Where declarations came from, in words. */
  declarations: string;
}

export const STATUS_ORDER: Record<string, number> = { prohibited: 0, undeclared: 1, restricted: 2, approved: 3 };
export { byString };
export const plural = (n: number, word: string) => `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;

/** The declaration a repository was held against: an explicit inventory first, then what the input carries. */
export function declarationOf(input: EvidenceInput, repo: EvidenceRepository, id: string): DeclaredVendor | undefined {
  return input.inventory?.vendors.get(id) ?? repo.declared?.[id] ?? repo.report.inventory.vendors?.[id];
}

export function buildModel(input: EvidenceInput): PackModel {
  const repos = [...input.repositories].sort((a, b) => byString(a.name, b.name));
  const byName = new Map(repos.map((r) => [r.name, r]));
  const single = repos.length === 1 && !input.org;
  const findings = repos.flatMap((r) => r.report.findings.filter((f) => !f.suppressed).map((finding) => ({ repository: r.name, finding })));
  const vendors: VendorView[] = vendorsOf(repos).map((row) => {
    const uses = row.uses.map((u) => {
      const repo = byName.get(u.repository)!;
      const declared = declarationOf(input, repo, row.id);
      const reviewInterval = repo.report.inventory.reviewInterval;
      return { repository: u.repository, usage: u.usage, ...(declared ? { declared } : {}), ...(reviewInterval ? { reviewInterval } : {}) };
    });
    const regions = [...new Set(uses.flatMap((u) => u.usage.regions))].sort(byString);
    const evidence = uses.flatMap((u) => u.usage.evidence);
    return {
      id: row.id,
      name: row.name,
      category: row.category,
      worst: uses.map((u) => u.usage.status).sort((a, b) => STATUS_ORDER[a]! - STATUS_ORDER[b]!)[0]!,
      uses,
      hosts: vendorHosts({ evidence, regions }, input.spec?.(row.id)),
      regions,
      findings: findings.filter((f) => f.finding.vendor === row.id),
    };
  });
  const used = new Set(vendors.map((v) => v.id));
  // Declared but used nowhere: from an explicit inventory, or the one a single repository was scanned against.
  const only = single ? repos[0]! : undefined;
  const declaredAll = input.inventory?.vendors ?? new Map(Object.entries(only ? (only.declared ?? only.report.inventory.vendors ?? {}) : {}));
  const unused = [...declaredAll.entries()]
    .filter(([id]) => !used.has(id))
    .sort(([a], [b]) => byString(a, b))
    .map(([id, declared]) => ({ id, name: input.spec?.(id)?.name ?? id, declared }));
  const carried = repos.some((r) => r.declared || r.report.inventory.vendors);
  return {
    subject: input.org ? `organisation ${input.org}` : single ? repos[0]!.name : plural(repos.length, "repository"),
    ...(input.org ? { org: input.org } : {}),
    single,
    repositories: repos,
    vendors,
    unused,
    findings,
    suppressed: repos.reduce((n, r) => n + r.report.findings.filter((f) => f.suppressed).length, 0),
    errors: input.errors ?? [],
    declarations: input.inventory
      ? `the inventory ${input.inventory.path}`
      : carried
        ? single && repos[0]!.report.inventory.path
          ? `the inventory the scan applied (${repos[0]!.report.inventory.path}), as the report carries it`
          : "the inventory each repository was scanned against, as the report carries it"
        : "none in the input (pass --inventory to fill in owner, purpose, DPA and review dates)",
  };
}
