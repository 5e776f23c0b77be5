import type { DeclaredStatus, DeclaredTool, DeclaredVendor, Inventory } from "./types.js";

const STRICTNESS: Record<DeclaredStatus, number> = { approved: 0, restricted: 1, prohibited: 2 };

/**
 * Precedence: built-in catalog < organisation inventory < repository inventory.
 *
 * - vendors: a vendor declared in either is declared. Where both declare it, the
 *   repository's fields replace the organisation's field by field, except
 *   `status`, which is the stricter of the two: a repository may narrow what the
 *   organisation allows (approved → restricted → prohibited), never widen it; an
 *   attempt is ignored and reported as a warning (a diagnostic).
 * - policy: the repository's `block-on` and `review-interval` replace the
 *   organisation's when given; `ignore` globs add up.
 * - exceptions add up; custom-vendors merge by id, the repository's entry
 *   replacing the organisation's fields.
 * - classified-paths: the organisation's classification can only be widened.
 *   Every organisation glob stays with all its classes; the repository adds
 *   globs, and classes to a glob both name (the union). A repository entry
 *   that leaves out some of the organisation's classes for the same glob
 *   changes nothing and is reported as a warning.
 * - unused-declaration applies only to vendors the repository itself declares.
 * - tools: as vendors (fields replaced, status only ever stricter).
 */
export function mergeInventories(org: Inventory, repo: Inventory): Inventory {
  const vendors = new Map<string, DeclaredVendor>(org.vendors);
  const origins = new Map(org.origins.vendors);
  const warnings = [...org.warnings, ...repo.warnings];
  for (const [id, entry] of repo.vendors) {
    const base = org.vendors.get(id);
    let merged: DeclaredVendor = base ? { ...base, ...entry } : entry;
    if (base && STRICTNESS[entry.status] < STRICTNESS[base.status]) {
      merged = { ...merged, status: base.status };
      warnings.push(`${repo.path}: vendors.${id}: status '${entry.status}' cannot widen the organisation inventory's '${base.status}' (${org.path}); '${base.status}' applies`);
    }
    vendors.set(id, merged);
    origins.set(id, repo.origins.vendors.get(id)!);
  }
  const tools = new Map<string, DeclaredTool>(org.tools ?? []);
  const toolOrigins = new Map(org.origins.tools ?? []);
  for (const [id, entry] of repo.tools ?? []) {
    const base = org.tools?.get(id);
    let merged: DeclaredTool = base ? { ...base, ...entry } : entry;
    if (base && STRICTNESS[entry.status] < STRICTNESS[base.status]) {
      merged = { ...merged, status: base.status };
      warnings.push(`${repo.path}: tools.${id}: status '${entry.status}' cannot widen the organisation inventory's '${base.status}' (${org.path}); '${base.status}' applies`);
    }
    tools.set(id, merged);
    const at = repo.origins.tools?.get(id);
    if (at) toolOrigins.set(id, at);
  }
  const customVendors = new Map(org.customVendors);
  for (const [id, spec] of repo.customVendors) customVendors.set(id, { ...customVendors.get(id), ...spec });
  const policy = {
    ...org.policy,
    ...repo.policy,
    ignore: [...(org.policy.ignore ?? []), ...(repo.policy.ignore ?? [])],
  };
  const classifiedPaths = mergeClassified(org, repo, warnings);
  return {
    path: repo.path,
    policy,
    ...(classifiedPaths ? { classifiedPaths } : {}),
    vendors: new Map([...vendors].sort(([a], [b]) => a.localeCompare(b))),
    exceptions: [...org.exceptions, ...repo.exceptions],
    customVendors: new Map([...customVendors].sort(([a], [b]) => a.localeCompare(b))),
    tools: new Map([...tools].sort(([a], [b]) => a.localeCompare(b))),
    origins: { vendors: origins, exceptions: [...org.origins.exceptions, ...repo.origins.exceptions], tools: toolOrigins },
    local: new Set(repo.local),
    warnings,
  };
}

function mergeClassified(org: Inventory, repo: Inventory, warnings: string[]): Record<string, string[]> | undefined {
  if (!org.classifiedPaths && !repo.classifiedPaths) return undefined;
  // Organisation globs first, then the repository's new ones, each in the order written.
  const merged: Record<string, string[]> = { ...org.classifiedPaths };
  for (const [glob, classes] of Object.entries(repo.classifiedPaths ?? {})) {
    const base = org.classifiedPaths?.[glob] ?? [];
    const dropped = base.filter((c) => !classes.includes(c));
    if (dropped.length > 0) {
      warnings.push(
        `${repo.path}: classified-paths.'${glob}': cannot remove ${dropped.join(", ")} that the organisation inventory (${org.path}) classifies it as; classes only add up`,
      );
    }
    merged[glob] = [...base, ...classes.filter((c) => !base.includes(c))];
  }
  return merged;
}
