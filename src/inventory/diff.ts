import type { DeclaredStatus, DeclaredVendor, Inventory } from "./types.js";

/** One change between two inventories; `loosened` marks what lets more through. */
export interface InventoryChange {
  /** A vendor id, or `policy` / `exceptions` / `classified-paths`. */
  subject: string;
  field: string;
  from?: unknown;
  to?: unknown;
  loosened: boolean;
  message: string;
}

export interface InventoryDiff {
  added: string[];
  removed: string[];
  changes: InventoryChange[];
  /** Whether anything lets more through than before (for reviewers: a compliance sign-off is due). */
  loosened: boolean;
}

const STRICTNESS: Record<DeclaredStatus, number> = { approved: 0, restricted: 1, prohibited: 2 };

const list = (v: string[] | undefined) => [...(v ?? [])].sort();
const days = (s: string | undefined) => (s ? Number(s.slice(0, -1)) * { d: 1, w: 7, m: 30, y: 365 }[s.slice(-1) as "d"] : Infinity);

/** classified-paths: a glob or class removed lets more data reach uncleared vendors (loosened); one added tightens. */
function classifiedChanges(a: Record<string, string[]>, b: Record<string, string[]>): InventoryChange[] {
  const out: InventoryChange[] = [];
  for (const glob of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const from = list(a[glob]);
    const to = list(b[glob]);
    if (same(from, to)) continue;
    const removed = from.filter((c) => !to.includes(c));
    const message = !a[glob] ? `classified-paths: '${glob}' classified ${to.join(", ")}` : !b[glob] ? `classified-paths: '${glob}' no longer classified (was ${from.join(", ")})` : `classified-paths: '${glob}' ${from.join(", ")} → ${to.join(", ")}`;
    out.push({ subject: "classified-paths", field: glob, from: a[glob], to: b[glob], loosened: removed.length > 0, message });
  }
  return out;
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A list field that restricts (residency, models, paths): absent means "anything",
 * so adding it narrows, removing it or adding entries widens.
 */
function restrictingList(id: string, field: string, from: string[] | undefined, to: string[] | undefined): InventoryChange | undefined {
  if (same(list(from), list(to)) && (from === undefined) === (to === undefined)) return undefined;
  const added = list(to).filter((x) => !(from ?? []).includes(x));
  const removed = list(from).filter((x) => !(to ?? []).includes(x));
  const loosened = from !== undefined && (to === undefined || added.length > 0);
  const what =
    to === undefined
      ? `no longer restricted (was ${list(from).join(", ")})`
      : from === undefined
        ? `now restricted to ${list(to).join(", ")}`
        : [added.length ? `widened by ${added.join(", ")}` : "", removed.length ? `narrowed by ${removed.join(", ")}` : ""].filter(Boolean).join("; ");
  return { subject: id, field, from, to, loosened, message: `${id}: ${field} ${what}` };
}

function vendorChanges(id: string, a: DeclaredVendor, b: DeclaredVendor): InventoryChange[] {
  const out: InventoryChange[] = [];
  if (a.status !== b.status) {
    const loosened = STRICTNESS[b.status] < STRICTNESS[a.status];
    out.push({ subject: id, field: "status", from: a.status, to: b.status, loosened, message: `${id}: status ${a.status} → ${b.status}${loosened ? " (loosened)" : ""}` });
  }
  for (const field of ["residency", "models", "paths"] as const) {
    const c = restrictingList(id, field, a[field], b[field]);
    if (c) out.push(c);
  }
  const from = a["last-review"];
  const to = b["last-review"];
  if (from !== to) {
    // Reported, not judged: a date moved forward is what a review does (and what hides a skipped one).
    const moved = from && to ? (to > from ? "moved forward" : "moved back") : to ? "added" : "removed";
    out.push({ subject: id, field: "last-review", from, to, loosened: false, message: `${id}: last-review ${moved} (${from ?? "none"} → ${to ?? "none"})` });
  }
  const sensitiveFrom = list(a["data-classes"]);
  const sensitiveTo = list(b["data-classes"]);
  if (!same(sensitiveFrom, sensitiveTo)) {
    const removed = sensitiveFrom.filter((x) => !sensitiveTo.includes(x));
    out.push({
      subject: id,
      field: "data-classes",
      from: a["data-classes"],
      to: b["data-classes"],
      // Declaring less data than before lifts DPA / no-training requirements.
      loosened: removed.length > 0,
      message: `${id}: data-classes ${sensitiveFrom.join(", ") || "none"} → ${sensitiveTo.join(", ") || "none"}`,
    });
  }
  for (const field of ["dpa", "no-training"] as const) {
    if (same(a[field], b[field])) continue;
    const loosened = a[field] !== undefined && b[field] === undefined;
    out.push({ subject: id, field, from: a[field], to: b[field], loosened, message: `${id}: ${field} ${b[field] === undefined ? "removed" : a[field] === undefined ? "added" : "changed"}` });
  }
  for (const field of ["owner", "purpose"] as const) {
    if (a[field] !== b[field]) out.push({ subject: id, field, from: a[field], to: b[field], loosened: false, message: `${id}: ${field} ${a[field] ?? "none"} → ${b[field] ?? "none"}` });
  }
  return out;
}

/**
 * What changed between a base and a head inventory (either may be missing):
 * vendors added and removed, statuses loosened (prohibited → restricted →
 * approved) or tightened, residency / models / paths widened, review dates
 * moved, DPA or no-training evidence dropped, policy relaxed, exceptions added.
 * Pure; the pull-request mode shows it to reviewers.
 */
export function diffInventories(base: Inventory | undefined, head: Inventory | undefined): InventoryDiff {
  const a = base?.vendors ?? new Map<string, DeclaredVendor>();
  const b = head?.vendors ?? new Map<string, DeclaredVendor>();
  const added = [...b.keys()].filter((id) => !a.has(id)).sort();
  const removed = [...a.keys()].filter((id) => !b.has(id)).sort();
  const changes: InventoryChange[] = [];
  for (const id of [...b.keys()].sort()) {
    const before = a.get(id);
    if (before) changes.push(...vendorChanges(id, before, b.get(id)!));
  }
  for (const id of added) {
    const v = b.get(id)!;
    changes.push({ subject: id, field: "status", to: v.status, loosened: v.status !== "prohibited", message: `${id}: declared ${v.status}` });
  }
  for (const id of removed) {
    const v = a.get(id)!;
    // Dropping a prohibition lets the vendor in as undeclared: still blocked by default, but weaker.
    changes.push({ subject: id, field: "status", from: v.status, loosened: v.status === "prohibited", message: `${id}: no longer declared (was ${v.status})` });
  }

  const pa = base?.policy ?? {};
  const pb = head?.policy ?? {};
  const blockFrom = pa["block-on"];
  const blockTo = pb["block-on"];
  if (!same(blockFrom, blockTo)) {
    const dropped = (blockFrom ?? []).filter((r) => !(blockTo ?? []).includes(r));
    changes.push({
      subject: "policy",
      field: "block-on",
      from: blockFrom,
      to: blockTo,
      loosened: blockTo !== undefined && (blockFrom === undefined || dropped.length > 0),
      message: `policy: block-on ${list(blockFrom).join(", ") || "default"} → ${list(blockTo).join(", ") || "default"}`,
    });
  }
  if (pa["review-interval"] !== pb["review-interval"]) {
    changes.push({
      subject: "policy",
      field: "review-interval",
      from: pa["review-interval"],
      to: pb["review-interval"],
      loosened: days(pb["review-interval"]) > days(pa["review-interval"]),
      message: `policy: review-interval ${pa["review-interval"] ?? "none"} → ${pb["review-interval"] ?? "none"}`,
    });
  }
  const newIgnores = list(pb.ignore).filter((g) => !(pa.ignore ?? []).includes(g));
  if (newIgnores.length > 0) changes.push({ subject: "policy", field: "ignore", from: pa.ignore, to: pb.ignore, loosened: true, message: `policy: now ignores ${newIgnores.join(", ")}` });
  if (pa["attestation-max-age"] !== pb["attestation-max-age"]) {
    const from = pa["attestation-max-age"] ?? "12m";
    const to = pb["attestation-max-age"] ?? "12m";
    if (from !== to) {
      changes.push({ subject: "policy", field: "attestation-max-age", from, to, loosened: days(to) > days(from), message: `policy: attestation-max-age ${from} → ${to}` });
    }
  }
  changes.push(...classifiedChanges(base?.classifiedPaths ?? {}, head?.classifiedPaths ?? {}));
  const key = (x: object) => JSON.stringify(x);
  const oldExceptions = new Set((base?.exceptions ?? []).map(key));
  for (const x of head?.exceptions ?? []) {
    if (oldExceptions.has(key(x))) continue;
    const what = [x.rule, x.vendor, x.fingerprint].filter(Boolean).join(" / ");
    changes.push({ subject: "exceptions", field: "exception", to: x, loosened: true, message: `exceptions: ${what} excepted until ${x.expires} (approved by ${x.approver})` });
  }
  return { added, removed, changes, loosened: changes.some((c) => c.loosened) };
}
