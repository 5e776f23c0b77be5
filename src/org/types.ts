import type { DeclaredVendor } from "../inventory/types.js";
import type { ScanReport, VendorStatus } from "../types.js";

// The org report: many repositories' ScanReports, the repositories that could
// not be scanned, and a vendors × repositories roll-up. Plain data.

export interface OrgRepository {
  /** `owner/name` for a GitHub repository; any stable label for a merged local report. */
  name: string;
  report: ScanReport;
  /**
   * The inventory entries this repository was held against (its own file, else
   * the central one), so an evidence pack made from the org report alone can
   * show owner, purpose, DPA… Absent when no inventory applied or the input
   * report did not carry it.
   */
  declared?: Record<string, DeclaredVendor>;
}

export interface OrgError {
  repository: string;
  reason: string;
}

export interface RollupCell {
  repository: string;
  status: VendorStatus;
  direct: boolean;
  evidence: number;
  /** Open (unsuppressed) findings about this vendor in this repository. */
  findings: number;
  blocking: number;
}

export interface RollupVendor {
  id: string;
  name: string;
  category: string;
  /** The most severe status across repositories (prohibited > undeclared > restricted > approved). */
  worst: VendorStatus;
  repositories: RollupCell[];
}

/** An AI coding tool in one repository (its report's `tools` entry, counted). */
export interface RollupToolCell {
  repository: string;
  status: VendorStatus;
  /** Pieces of evidence: configuration files, workflow steps, commit counts. */
  evidence: number;
  /** MCP servers configured for it there. */
  mcpServers: number;
  /** Open (unsuppressed) findings about this tool in this repository. */
  findings: number;
  blocking: number;
}

export interface RollupTool {
  id: string;
  name: string;
  /** The catalog vendor that receives the code; null for bring-your-own-model tools. */
  vendor: string | null;
  worst: VendorStatus;
  repositories: RollupToolCell[];
}

export interface OrgRollup {
  repositories: { total: number; scanned: number; errors: number; withVendors: number; blocking: number };
  vendors: RollupVendor[];
  /**
   * AI coding tools and agents across repositories, from each report's `tools`
   * (additive; reports written before tools existed add nothing): most severe
   * first, each with the repositories that show it.
   */
  tools: RollupTool[];
}

export interface OrgReport {
  schemaVersion: 1;
  kind: "org";
  tool: { name: "shadow-ai"; version: string; catalogVersion: string };
  /** The organisation scanned, when one was. */
  org?: string;
  /** When the scan ran (ISO 8601); absent to keep output byte-identical. */
  generatedAt?: string;
  repositories: OrgRepository[];
  errors: OrgError[];
  /** Listed but left out by the filters (archived, forks, visibility, topics, names), with why. */
  skipped?: OrgError[];
  rollup: OrgRollup;
}
