// What a comparison (a pull request, a push) knows beyond one ScanReport: the
// reports render it; the action computes it. Plain data only.

export type ChangeStatus = "added" | "modified" | "deleted" | "renamed";

export interface ChangedFile {
  /** Path on the head side (for a deleted file: the path it had). */
  path: string;
  /** Path on the base side when it differs (renames). */
  oldPath?: string;
  status: ChangeStatus;
  /**
   * Inclusive [start, end] line ranges added or changed on the head side.
   * `null`: the lines are not known (no patch from the API: binary or too
   * large) and the whole file counts as changed.
   */
  lines: [number, number][] | null;
}

export interface InventoryChange {
  path: string;
  status: ChangeStatus;
  /** The file's text on each side ("" when it does not exist there). */
  base: string;
  head: string;
  /** Unified diff of the file, when known. */
  patch?: string;
  /** What changed, in words (vendors added or removed, status or residency loosened…), when the inventory engine can say. */
  summary?: string[];
}

/** What a pull request (or push) changes, as the reports show it. */
export interface Comparison {
  event: string;
  base: string;
  head: string;
  source: "git" | "api";
  changed: ChangedFile[];
  truncated: boolean;
  /** Vendors the head uses that the base did not. */
  newVendors: string[];
  /** Vendors the base used that the head no longer does. */
  removedVendors: string[];
  /**
   * Findings (one per identity) the base has and the head no longer does.
   * Empty when only the changed files were scanned: that happens only when both
   * sides of them hold the same identities.
   */
  resolved?: ResolvedFinding[];
  inventory?: InventoryChange;
  notes: string[];
}

/** A problem the base has and the head no longer does: what it was about, not where. */
export interface ResolvedFinding {
  identity: string;
  rule: string;
  vendor?: string;
  tool?: string;
}

/** The comparison as the JSON report carries it: the inventory's change in words, not both files' text. */
export function comparisonForJson(c: Comparison): ReportComparison {
  const { inventory, ...rest } = c;
  if (!inventory) return rest;
  return { ...rest, inventory: { path: inventory.path, status: inventory.status, summary: inventory.summary ?? [] } };
}

export type ReportComparison = Omit<Comparison, "inventory"> & {
  inventory?: { path: string; status: ChangeStatus; summary: string[] };
};
