import type { Catalog, IacTarget } from "../../catalog/compile.js";
import type { Evidence } from "../../types.js";
import { configLiterals } from "../config.js";
import type { Detector, Literal } from "../types.js";
import { makeEvidence, modelAndRegion, modelLiteral, positions } from "./common.js";
import { parseHcl, plainString, type HclBlock } from "./hcl.js";

// Terraform / OpenTofu (.tf, .tf.json): resources and data sources whose type the
// catalog lists, with the region from the resource (`location`, `region`), from a
// resource it references (a deployment's account), or from its provider block.

/** One resource/data/provider/variable/locals block, whatever the syntax it came from. */
interface TfBlock {
  type: string; // resource | data | provider | variable | locals | module ...
  labels: string[];
  /** Attribute expressions: HCL source text, or for .tf.json the JSON value as HCL-ish text. */
  attrs: Map<string, string>;
  blocks: TfBlock[];
  line: number;
  column: number;
}

const REGION_ATTRS = ["location", "region"];
const MODEL_ATTRS = ["model_id", "foundation_model", "base_model_identifier", "model_arn", "model_name"];

export const detectTerraform: Detector = ({ file, text, catalog, module }) => {
  const literals = configLiterals(file.path, text);
  let blocks: TfBlock[];
  try {
    blocks = parseBlocks(file.path, text);
  } catch (err) {
    return { evidence: [], literals, diagnostics: [{ file: file.path, message: `could not parse: ${(err as Error).message}` }] };
  }
  // The module's other files (providers.tf, variables.tf, locals) resolve this
  // file's references; a sibling that does not parse is its own diagnostic.
  const context = (module ?? []).flatMap((m) => {
    try {
      return parseBlocks(m.path, m.text);
    } catch {
      return [];
    }
  });
  const out = terraformEvidence(file.path, text, blocks, catalog, context);
  return { evidence: out.evidence, literals: [...literals, ...out.literals], diagnostics: [] };
};

// One parse per text: each file of a module is context for every other.
const parsed = new Map<string, TfBlock[]>();
function parseBlocks(path: string, text: string): TfBlock[] {
  const key = `${path}\u0000${text.length}\u0000${text}`;
  let blocks = parsed.get(key);
  if (!blocks) {
    blocks = path.toLowerCase().endsWith(".json") ? fromJson(text) : fromHcl(text);
    if (parsed.size > 256) parsed.clear();
    parsed.set(key, blocks);
  }
  return blocks;
}

function fromHcl(text: string): TfBlock[] {
  const at = positions(text);
  const convert = (b: HclBlock): TfBlock => ({
    type: b.type,
    labels: b.labels,
    attrs: new Map([...b.attrs].map(([k, a]) => [k, a.expr])),
    blocks: b.blocks.map(convert),
    ...at(b.offset),
  });
  return parseHcl(text).map(convert);
}

/** `.tf.json`: `{"resource": {"<type>": {"<name>": {…}}}}`; lines found by searching the text in order. */
function fromJson(text: string): TfBlock[] {
  const doc = JSON.parse(text) as Record<string, unknown>;
  const at = positions(text);
  let cursor = 0;
  const lineOf = (key: string) => {
    const i = text.indexOf(JSON.stringify(key), cursor);
    if (i >= 0) cursor = i;
    return at(i >= 0 ? i : 0);
  };
  const body = (value: unknown, type: string, labels: string[]): TfBlock => {
    const block: TfBlock = { type, labels, attrs: new Map(), blocks: [], line: 0, column: 0 };
    const obj = Array.isArray(value) ? value[0] : value;
    if (obj && typeof obj === "object") {
      for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
        if (typeof v === "string") {
          const ref = /^\$\{([\w.-]+)\}$/.exec(v);
          block.attrs.set(k, ref ? ref[1]! : JSON.stringify(v));
        } else if (v && typeof v === "object") {
          for (const item of Array.isArray(v) ? v : [v]) block.blocks.push(body(item, k, []));
        }
      }
    }
    return block;
  };
  const out: TfBlock[] = [];
  const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
  for (const kind of ["resource", "data"]) {
    const byType = doc[kind];
    if (!isObj(byType)) continue;
    for (const [type, byName] of Object.entries(byType)) {
      if (!isObj(byName)) continue;
      for (const [name, value] of Object.entries(byName)) {
        lineOf(type);
        const pos = lineOf(name);
        out.push({ ...body(value, kind, [type, name]), ...pos });
      }
    }
  }
  if (isObj(doc.provider)) {
    for (const [name, value] of Object.entries(doc.provider)) {
      for (const item of Array.isArray(value) ? value : [value]) out.push(body(item, "provider", [name]));
    }
  }
  if (isObj(doc.variable)) {
    for (const [name, value] of Object.entries(doc.variable)) out.push(body(value, "variable", [name]));
  }
  if (isObj(doc.locals)) out.push(body(doc.locals, "locals", []));
  return out;
}

export function terraformEvidence(
  path: string,
  text: string,
  blocks: TfBlock[],
  catalog: Catalog,
  context: TfBlock[] = [],
): { evidence: Evidence[]; literals: Literal[] } {
  const variables = new Map<string, string>();
  const locals = new Map<string, string>();
  const resources = new Map<string, TfBlock>(); // "type.name" and "data.type.name"
  const providers = new Map<string, TfBlock>(); // "aws" and "aws.<alias>"
  // The module's other files first, so this file's own declarations win.
  for (const b of [...context, ...blocks]) {
    if (b.type === "variable" && b.labels[0]) {
      const d = b.attrs.get("default");
      if (d) variables.set(b.labels[0], d);
    } else if (b.type === "locals") {
      for (const [k, v] of b.attrs) locals.set(k, v);
    } else if ((b.type === "resource" || b.type === "data") && b.labels.length >= 2) {
      resources.set(`${b.type === "data" ? "data." : ""}${b.labels[0]}.${b.labels[1]}`, b);
    } else if (b.type === "provider" && b.labels[0]) {
      const alias = plainString(b.attrs.get("alias") ?? "");
      providers.set(alias ? `${b.labels[0]}.${alias}` : b.labels[0], b);
    }
  }

  /** A plain string, or a reference to one (variable default, local, another resource's attribute). */
  const resolve = (expr: string | undefined, depth = 0): string | undefined => {
    if (!expr || depth > 6) return undefined;
    const s = plainString(expr);
    if (s !== undefined) return s;
    const ref = /^(var|local)\.([\w-]+)$/.exec(expr);
    if (ref) return resolve((ref[1] === "var" ? variables : locals).get(ref[2]!), depth + 1);
    const attr = /^((?:data\.)?[\w-]+\.[\w-]+)\.([\w-]+)$/.exec(expr);
    if (attr) return resolve(resources.get(attr[1]!)?.attrs.get(attr[2]!), depth + 1);
    return undefined;
  };

  const matches = (b: TfBlock, target: IacTarget) =>
    Object.entries(target.where ?? {}).every(([attr, allowed]) => {
      const value = resolve(b.attrs.get(attr));
      return value !== undefined && allowed.some((a) => a.toLowerCase() === value.toLowerCase());
    });

  const providerRegion = (b: TfBlock): string | undefined => {
    const explicit = b.attrs.get("provider");
    const name = explicit && /^[\w-]+(?:\.[\w-]+)?$/.test(explicit) ? explicit : b.labels[0]!.split("_")[0]!;
    const p = providers.get(name) ?? providers.get(name.replace(/-beta$/, ""));
    return resolve(p?.attrs.get("region"));
  };

  const regionCache = new Map<TfBlock, string | undefined>();
  const regionOf = (b: TfBlock, depth = 0): string | undefined => {
    if (regionCache.has(b)) return regionCache.get(b);
    let region: string | undefined;
    for (const a of REGION_ATTRS) region ??= resolve(b.attrs.get(a));
    // A child resource (a deployment) is where its parent account is.
    if (!region && depth < 3) {
      for (const expr of b.attrs.values()) {
        const ref = /^([\w-]+\.[\w-]+)\.(?:id|name)$/.exec(expr);
        const parent = ref ? resources.get(ref[1]!) : undefined;
        if (parent && parent !== b && catalog.iac.lookupIac("terraform", parent.labels[0]!).length > 0) {
          region = regionOf(parent, depth + 1);
          if (region) break;
        }
      }
    }
    region ??= providerRegion(b);
    regionCache.set(b, region);
    return region;
  };

  const modelOf = (b: TfBlock): { region?: string; model?: string } => {
    for (const a of MODEL_ATTRS) {
      const got = modelAndRegion(resolve(b.attrs.get(a)));
      if (got.model) return got;
    }
    const model = b.blocks.find((x) => x.type === "model");
    return modelAndRegion(resolve(model?.attrs.get("name")));
  };

  const evidence: Evidence[] = [];
  const literals: Literal[] = [];
  for (const b of blocks) {
    if ((b.type !== "resource" && b.type !== "data") || b.labels.length < 2) continue;
    const targets = catalog.iac.lookupIac("terraform", b.labels[0]!).filter((t) => matches(b, t));
    const vendors = [...new Set(targets.map((t) => t.vendor))];
    if (vendors.length === 0) continue;
    const m = modelOf(b);
    const region = m.region ?? regionOf(b);
    for (const vendor of vendors) {
      evidence.push(makeEvidence("iac", path, text, { vendor, line: b.line, column: b.column, region, model: m.model, resource: b.labels[0] }));
    }
    if (m.model) literals.push(modelLiteral(m.model, b.line, b.column));
  }
  return { evidence, literals };
}
