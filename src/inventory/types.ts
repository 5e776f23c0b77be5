import type { VendorSpec } from "../catalog/types.js";

// The inventory as written in ai-vendors.yml (after schema validation).

export type DeclaredStatus = "approved" | "restricted" | "prohibited";

export interface DeclaredVendor {
  status: DeclaredStatus;
  owner?: string;
  purpose?: string;
  "data-classes"?: string[];
  dpa?: { signed: string; expires?: string; link?: string };
  "no-training"?: { confirmed: string; evidence?: string };
  residency?: string[];
  models?: string[];
  paths?: string[];
  "last-review"?: string;
  attestations?: { type: string; date: string; link?: string }[];
  "risk-assessment"?: RiskAssessment;
  notes?: string;
}

/** The five topics of an AI-specific risk assessment, in the order a pack shows them. */
export const RISK_TOPICS = ["hallucination", "prompt-injection", "data-leakage", "bias", "fine-tuning"] as const;
export type RiskTopic = (typeof RISK_TOPICS)[number];

export interface RiskEntry {
  risk: string;
  mitigation?: string;
  owner?: string;
  reviewed?: string;
}

export type RiskAssessment = Partial<Record<RiskTopic, RiskEntry>>;

/** An AI coding tool or agent the company has decided on (rules/tools id). */
export interface DeclaredTool {
  status: DeclaredStatus;
  owner?: string;
  purpose?: string;
  notes?: string;
}

export interface InventoryException {
  rule?: string;
  vendor?: string;
  paths?: string[];
  fingerprint?: string;
  reason: string;
  approver: string;
  expires: string;
}

export interface InventoryPolicy {
  "block-on"?: string[];
  "review-interval"?: string;
  /** How old the newest attestation of a kind may be (default 12m). */
  "attestation-max-age"?: string;
  ignore?: string[];
  /** Whether findings about a vendor seen only in env templates (`confidence: low`) may block. Default false. */
  "block-low-confidence"?: boolean;
}

export type CustomVendor = Partial<Omit<VendorSpec, "id">>;

export interface InventoryFile {
  version: 1;
  policy?: InventoryPolicy;
  vendors?: Record<string, DeclaredVendor>;
  /** glob → the data classes of the files under it. */
  "classified-paths"?: Record<string, string[]>;
  exceptions?: InventoryException[];
  "custom-vendors"?: Record<string, CustomVendor>;
  tools?: Record<string, DeclaredTool>;
}

/** Where something was declared: for findings and messages that point into the inventory. */
export interface Origin {
  /** The inventory file relative to the scanned root; absent when the file lies outside it. */
  file?: string;
  line: number;
  column: number;
}

/** A loaded inventory (one file, or an organisation inventory merged with a repository one). */
export interface Inventory {
  /** The file (or files, org first) it was read from, as displayed. */
  path: string;
  policy: InventoryPolicy;
  vendors: Map<string, DeclaredVendor>;
  /** glob → data classes, in the order written (organisation first); absent when no file classifies any path. */
  classifiedPaths?: Record<string, string[]>;
  exceptions: InventoryException[];
  customVendors: Map<string, CustomVendor>;
  /** AI coding tools by rules/tools id (empty when the file has no `tools:`). */
  tools?: Map<string, DeclaredTool>;
  /** Where each vendor entry / exception / tool entry sits, for findings anchored in the inventory. */
  origins: { vendors: Map<string, Origin>; exceptions: Origin[]; tools?: Map<string, Origin> };
  /** Vendors declared by the repository's own file (unused-declaration applies only to these). */
  local: Set<string>;
  /** Problems that are not errors (a repository trying to widen an organisation's prohibition). */
  warnings: string[];
}
