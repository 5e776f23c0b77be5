import type { Catalog, IacTarget } from "../../catalog/compile.js";
import type { Diagnostic, Evidence } from "../../types.js";
import type { Literal } from "../types.js";
import { blankComments, makeEvidence, modelAndRegion, modelLiteral, positions } from "./common.js";

// Azure Resource Manager: ARM JSON templates and Bicep. Resource types are the
// catalog's `iac.arm` entries (case-insensitive, as ARM compares them); `where`
// conditions read the resource's own properties (`kind`). The region is the
// resource's `location` (a literal, or a parameter's default), else its parent's.

interface AzureResource {
  type: string;
  props: Map<string, string | undefined>; // kind, location, model name: resolved strings
  parent?: AzureResource;
  line: number;
  column: number;
}

function evidenceFor(path: string, text: string, list: AzureResource[], catalog: Catalog) {
  const evidence: Evidence[] = [];
  const literals: Literal[] = [];
  const ok = (r: AzureResource, t: IacTarget) =>
    Object.entries(t.where ?? {}).every(([attr, allowed]) => {
      const v = r.props.get(attr);
      return v !== undefined && allowed.some((a) => a.toLowerCase() === v.toLowerCase());
    });
  for (const r of list) {
    const vendors = [...new Set(catalog.iac.lookupIac("arm", r.type).filter((t) => ok(r, t)).map((t) => t.vendor))];
    if (vendors.length === 0) continue;
    let region: string | undefined;
    for (let p: AzureResource | undefined = r; p && !region; p = p.parent) region = p.props.get("location");
    const model = modelAndRegion(r.props.get("model")).model;
    for (const vendor of vendors) evidence.push(makeEvidence("iac", path, text, { vendor, line: r.line, column: r.column, region, model, resource: r.type }));
    if (model) literals.push(modelLiteral(model, r.line, r.column));
  }
  return { evidence, literals };
}

// ---- ARM JSON ---------------------------------------------------------------

export function looksLikeArm(text: string): boolean {
  return /Microsoft\.[A-Za-z]+\//i.test(text) && text.includes('"resources"');
}

export function armEvidence(path: string, text: string, catalog: Catalog): { evidence: Evidence[]; literals: Literal[]; diagnostics: Diagnostic[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(blankComments(text, { slash: true, block: true, quotes: ['"'] }));
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [{ file: path, message: `could not parse: ${(err as Error).message}` }] };
  }
  if (!doc || typeof doc !== "object" || !Array.isArray((doc as { resources?: unknown }).resources)) {
    return { evidence: [], literals: [], diagnostics: [] };
  }
  const params = ((doc as { parameters?: Record<string, { defaultValue?: unknown }> }).parameters ?? {}) as Record<string, { defaultValue?: unknown }>;
  const resolve = (v: unknown): string | undefined => {
    if (typeof v !== "string") return undefined;
    const p = /^\[parameters\('([^']+)'\)\]$/.exec(v);
    if (p) {
      const d = params[p[1]!]?.defaultValue;
      return typeof d === "string" && !d.startsWith("[") ? d : undefined;
    }
    return v.startsWith("[") ? undefined : v;
  };
  const at = positions(text);
  let cursor = 0;
  const list: AzureResource[] = [];
  const walk = (resources: unknown[], parent: AzureResource | undefined) => {
    for (const raw of resources) {
      if (!raw || typeof raw !== "object") continue;
      const r = raw as { type?: unknown; kind?: unknown; location?: unknown; properties?: { model?: { name?: unknown } }; resources?: unknown };
      if (typeof r.type !== "string") continue;
      // A nested child may spell only its own segment (`deployments`).
      const type = parent && !r.type.includes("/") ? `${parent.type}/${r.type}` : r.type;
      const found = text.slice(cursor).search(new RegExp(`"type"\\s*:\\s*${JSON.stringify(r.type).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`));
      const offset = found >= 0 ? cursor + found : cursor;
      cursor = offset + 1;
      const res: AzureResource = {
        type,
        props: new Map([
          ["kind", resolve(r.kind)],
          ["location", resolve(r.location)],
          ["model", resolve(r.properties?.model?.name)],
        ]),
        ...at(offset),
      };
      if (parent) res.parent = parent;
      list.push(res);
      if (Array.isArray(r.resources)) walk(r.resources, res);
    }
  };
  walk((doc as { resources: unknown[] }).resources, undefined);
  return { ...evidenceFor(path, text, list, catalog), diagnostics: [] };
}

// ---- Bicep --------------------------------------------------------------------

const BICEP_RESOURCE = /\bresource\s+([A-Za-z_]\w*)\s+'([^'@]+)@[^']*'\s+(existing\s+)?=\s*(?:\[\s*for\b[^\n]*?:\s*)?(?:if\s*\([^\n]*?\)\s*)?\{/g;

export function bicepEvidence(path: string, text: string, catalog: Catalog): { evidence: Evidence[]; literals: Literal[]; diagnostics: Diagnostic[] } {
  const clean = blankComments(text, { slash: true, block: true, quotes: ["'"] });
  const params = new Map<string, string>();
  for (const m of clean.matchAll(/^\s*(?:param|var)\s+([A-Za-z_]\w*)\s+(?:\w+\s+)?=\s*'([^'$]*)'\s*$/gm)) params.set(m[1]!, m[2]!);
  const value = (body: string, key: string): string | undefined => {
    const m = new RegExp(`^\\s*${key}\\s*:\\s*(?:'([^'$]*)'|([A-Za-z_]\\w*))\\s*$`, "m").exec(body);
    if (!m) return undefined;
    return m[1] ?? params.get(m[2]!);
  };
  const at = positions(text);
  const bySymbol = new Map<string, AzureResource>();
  const spans: { start: number; end: number; res: AzureResource }[] = [];
  const list: AzureResource[] = [];
  for (const m of clean.matchAll(BICEP_RESOURCE)) {
    const open = m.index! + m[0].length - 1;
    const end = matchBrace(clean, open);
    const body = topLevel(clean.slice(open + 1, end));
    // A resource declared inside another's body is its child: relative type, same place.
    const outer = spans.filter((s) => s.start < m.index! && m.index! < s.end).pop();
    const parentSym = /^\s*parent\s*:\s*([A-Za-z_]\w*)\s*$/m.exec(body)?.[1];
    const parent = outer?.res ?? (parentSym ? bySymbol.get(parentSym) : undefined);
    const type = outer && !m[2]!.includes(".") ? `${outer.res.type}/${m[2]}` : m[2]!;
    const modelBlock = /\bmodel\s*:\s*\{([^{}]*)\}/.exec(clean.slice(open + 1, end))?.[1] ?? "";
    const res: AzureResource = {
      type,
      props: new Map([
        ["kind", value(body, "kind")],
        ["location", value(body, "location")],
        ["model", value(modelBlock, "name")],
      ]),
      ...at(m.index!),
    };
    if (parent) res.parent = parent;
    bySymbol.set(m[1]!, res);
    spans.push({ start: open, end, res });
    // `existing` references a resource provisioned elsewhere: its kind is not stated here.
    if (!m[3]) list.push(res);
  }
  return { ...evidenceFor(path, text, list, catalog), diagnostics: [] };
}

/** Index of the `}` matching the `{` at `open` (quotes skipped), or the text end. */
function matchBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") {
      const j = text.indexOf("'", i + 1);
      if (j < 0) return text.length;
      i = j;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return text.length;
}

/** The body with nested `{…}` blanked, so `kind:` / `location:` are read at the top level only. */
function topLevel(body: string): string {
  let depth = 0;
  let out = "";
  for (const c of body) {
    if (c === "{") depth++;
    out += depth > 0 && c !== "\n" ? " " : c;
    if (c === "}") depth--;
  }
  return out;
}
