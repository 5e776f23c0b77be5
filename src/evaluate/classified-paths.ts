import { minimatch } from "minimatch";
import type { Inventory } from "../inventory/types.js";
import type { Evidence, VendorUsage } from "../types.js";
import type { FindingBuilder } from "./evaluate.js";

// Which data each part of the code handles (inventory `classified-paths:`),
// and the rule that holds every vendor used there to its clearance
// (`vendors.<id>.data-classes`). Pure functions of plain data, also used by
// the evidence writers to label data flows.

/** gitignore-style: a glob without `/` matches the file's name at any depth. */
export function matchesPath(file: string, globs: string[]): boolean {
  return globs.some((g) => minimatch(file, g, { dot: true, matchBase: !g.includes("/") }));
}

export interface PathClasses {
  /** The union of the classes of every glob the file lies under, in first-seen order. */
  classes: string[];
  /** The globs the file lies under, in the map's order. */
  globs: string[];
}

/** The data classes of one file: the union over every `classified-paths` glob it lies under. */
export function classesOf(file: string, classified: Record<string, string[]> | undefined): PathClasses {
  const classes: string[] = [];
  const globs: string[] = [];
  for (const [glob, list] of Object.entries(classified ?? {})) {
    if (!matchesPath(file, [glob])) continue;
    globs.push(glob);
    for (const c of list) if (!classes.includes(c)) classes.push(c);
  }
  return { classes, globs };
}

/**
 * The data classes that flow to a vendor from each component of a repository,
 * from the files its (direct, else any) evidence sits in. `componentOf` groups
 * files (the evidence pack uses two folder levels). Components with no
 * classified file are absent. For the Markdown and HTML evidence packs.
 */
export function dataClassesByComponent(
  usage: Pick<VendorUsage, "evidence">,
  classified: Record<string, string[]> | undefined,
  componentOf: (file: string) => string,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!classified || Object.keys(classified).length === 0) return out;
  const direct = usage.evidence.filter((e) => !e.transitive);
  for (const e of direct.length > 0 ? direct : usage.evidence) {
    const { classes } = classesOf(e.file, classified);
    if (classes.length === 0) continue;
    const c = componentOf(e.file);
    const list = out.get(c) ?? [];
    for (const x of classes) if (!list.includes(x)) list.push(x);
    out.set(c, list);
  }
  for (const list of out.values()) list.sort();
  return out;
}

/** Every data class a vendor's (direct) use reaches, sorted: the union over its files. */
export function dataClassesOfVendor(usage: Pick<VendorUsage, "evidence">, classified: Record<string, string[]> | undefined): string[] {
  return [...new Set([...dataClassesByComponent(usage, classified, () => "").values()].flat())].sort();
}

/**
 * Evidence that the vendor's code sits in a path: everything a project names
 * itself (imports, manifests beside the code, hosts, env, keys, IaC,
 * workflows), not what only a lockfile pulls in.
 */
const placesOfUse = (evidence: Evidence[]) => evidence.filter((e) => !e.transitive && e.kind !== "lockfile");

/**
 * data-class-not-allowed: a vendor used in a file whose classes (the union of
 * its globs) are not all among the vendor's declared `data-classes`. An
 * undeclared vendor is cleared for nothing. One finding per vendor and file,
 * anchored on the file's first use; its `glob` names the globs that bring the
 * uncleared classes (sorted, joined by ", "): with rule and vendor, what
 * identifies it across moves of code within the path.
 */
export function dataClassFindings(vendors: VendorUsage[], inv: Inventory, b: FindingBuilder): void {
  const classified = inv.classifiedPaths;
  if (!classified || Object.keys(classified).length === 0) return;
  for (const v of vendors) {
    const declared = inv.vendors.get(v.id);
    const clearance = declared?.["data-classes"] ?? [];
    const seen = new Set<string>();
    for (const e of placesOfUse(v.evidence)) {
      if (seen.has(e.file)) continue;
      seen.add(e.file);
      const { classes, globs } = classesOf(e.file, classified);
      const missing = classes.filter((c) => !clearance.includes(c));
      if (missing.length === 0) continue;
      const culprits = globs.filter((g) => classified[g]!.some((c) => missing.includes(c))).sort();
      const glob = culprits.join(", ");
      const cleared = !declared
        ? "is not declared, so it is cleared for no data class"
        : clearance.length
          ? `is cleared for [${clearance.join(", ")}] only`
          : "declares no data-classes, so it is cleared for none";
      const message =
        `${v.name} (${v.id}) is used in ${e.file}, which handles [${classes.join(", ")}] (classified-paths ${culprits.map((g) => `'${g}'`).join(", ")}), ` +
        `but ${v.id} ${cleared}: not cleared for ${missing.join(", ")}. ` +
        (declared ? "Clear it for that data in the inventory (data-classes), or move the use out of this path." : "Declare it with the data-classes it may receive, or move the use out of this path.");
      const f = b.add("data-class-not-allowed", message, { vendor: v.id, evidence: e, key: `${glob}\u0000${missing.join(",")}`, scope: glob });
      f.glob = glob;
    }
  }
}
