import type { Evidence } from "../../types.js";
import { componentOf } from "../evidence.js";
import { byString, type VendorView } from "./model.js";

// What a vendor's data-flow diagram shows, before any geometry: the components
// (folders) that reach the vendor, how each reaches it, and, where the
// inventory classifies paths, which data classes travel. Beyond MAX_COMPONENTS
// the least-evidenced components fold into one summary box.

export const MAX_COMPONENTS = 40;

export interface FlowComponent {
  repository: string;
  name: string;
  /** How the code reaches the vendor: SDK, HTTP, gateway, configuration… */
  reach: string[];
  dataClasses: string[];
  evidence: number;
  /** Set on the summary box: how many components it stands for. */
  folded?: number;
}

export interface Flow {
  vendor: string;
  hosts: string[];
  /** "region: us-east-1", "declared residency: eu", or that code states none. */
  where: string;
  repositories: string[];
  components: FlowComponent[];
}

/** Data classes of a file in a repository (audit-paths' classified-paths); none until that is known. */
export type Classify = (repository: string, file: string) => string[];

/** How one piece of evidence reaches the vendor, in an auditor's words. */
export function reachOf(e: Evidence): string {
  if (e.via) return `gateway (${e.via} SDK)`;
  if (e.framework) return `framework (${e.framework})`;
  switch (e.kind) {
    case "import":
    case "dependency":
      return "SDK";
    case "lockfile":
      return e.transitive ? "SDK (transitive)" : "SDK";
    case "host":
      return e.role === "base-url" ? "HTTP (base URL)" : "HTTP";
    case "env":
    case "config":
      return "configuration";
    case "secret":
      return "API key";
    case "iac":
      return "infrastructure";
    case "workflow":
      return "CI workflow";
  }
}

export function flowOf(v: VendorView, classify?: Classify): Flow {
  const regions = v.regions;
  const residency = [...new Set(v.uses.flatMap((u) => u.declared?.residency ?? []))].sort(byString);
  const where = regions.length ? `region: ${regions.join(", ")}` : residency.length ? `declared residency: ${residency.join(", ")}` : "region: not stated in code";
  const all: FlowComponent[] = [];
  for (const u of v.uses) {
    const direct = u.usage.evidence.filter((e) => !e.transitive);
    const used = direct.length > 0 ? direct : u.usage.evidence;
    const comps = new Map<string, { reach: Set<string>; classes: Set<string>; n: number }>();
    for (const e of used) {
      const c = componentOf(e.file);
      let entry = comps.get(c);
      if (!entry) comps.set(c, (entry = { reach: new Set(), classes: new Set(), n: 0 }));
      entry.reach.add(reachOf(e));
      for (const d of classify?.(u.repository, e.file) ?? []) entry.classes.add(d);
      entry.n++;
    }
    for (const [name, c] of comps) {
      all.push({ repository: u.repository, name, reach: [...c.reach].sort(byString), dataClasses: [...c.classes].sort(byString), evidence: c.n });
    }
  }
  const order = (a: FlowComponent, b: FlowComponent) => byString(a.repository, b.repository) || byString(a.name, b.name);
  let components = all.sort(order);
  if (components.length > MAX_COMPONENTS) {
    // Keep the most-evidenced (ties by name), show them in name order, fold the rest.
    const kept = [...components].sort((a, b) => b.evidence - a.evidence || order(a, b)).slice(0, MAX_COMPONENTS - 1);
    const keep = new Set(kept);
    const rest = components.filter((c) => !keep.has(c));
    components = [
      ...kept.sort(order),
      {
        repository: "",
        name: `${rest.length} more components`,
        reach: [...new Set(rest.flatMap((c) => c.reach))].sort(byString),
        dataClasses: [...new Set(rest.flatMap((c) => c.dataClasses))].sort(byString),
        evidence: rest.reduce((n, c) => n + c.evidence, 0),
        folded: rest.length,
      },
    ];
  }
  return { vendor: v.name, hosts: v.hosts, where, repositories: [...new Set(v.uses.map((u) => u.repository))], components };
}
