import type { Catalog } from "../catalog/compile.js";
import type { Evidence, EvidenceKind } from "../types.js";
import { keyTest } from "./analyze.js";
import { snippetAt, type Literal } from "./types.js";

/**
 * Requests through a gateway, attributed to the vendor that processes them while
 * keeping the gateway (`via`):
 *
 * - `<prefix>/<model>` model strings in a file that uses a routing gateway (a model
 *   argument, or any string whose rest is a model id of the routed vendor): LiteLLM
 *   (`bedrock/anthropic.claude-3-haiku…`, `vertex_ai/gemini-1.5-pro`) and OpenRouter
 *   (`anthropic/claude-3.5-sonnet`). The catalog's `gateway-routes` map prefixes to
 *   vendors. Without the gateway in the file, `openai/whisper-large-v3` is just a
 *   Hugging Face repository name: nothing.
 * - Hugging Face's router, `router.huggingface.co/<provider>/…`.
 * - Bedrock model ids with a geography prefix (`eu.anthropic.claude…`) in a file that
 *   uses Bedrock: a region signal. A Bedrock id naming another vendor's model is
 *   Bedrock usage, never that vendor.
 *
 * Pure: the file's literals and the evidence its detectors found, nothing else.
 * The pipeline calls it after `analyzeLiterals` with that file's evidence.
 */
export function detectGateways(
  file: { path: string },
  text: string,
  literals: Literal[],
  fileEvidence: Evidence[],
  catalog: Catalog,
): Evidence[] {
  const out: Evidence[] = [];
  const { routing, routers } = gatewaySets(catalog);
  // The gateways this file uses, and the evidence kind that carries their requests.
  const gateways = new Map<string, EvidenceKind>();
  for (const e of fileEvidence) {
    // Vendor, then framework (no array per piece of evidence: files carry many).
    if (e.vendor && routing.has(e.vendor) && !gateways.has(e.vendor)) gateways.set(e.vendor, e.kind);
    if (e.framework && routing.has(e.framework) && !gateways.has(e.framework)) gateways.set(e.framework, e.kind);
  }
  // A LiteLLM proxy config (`model_list: - litellm_params: model: bedrock/…`) names no package.
  // Read once, when the first literal that could be routed asks (a scan of the whole text).
  let litellmChecked = false;
  const addLitellm = () => {
    if (litellmChecked) return;
    litellmChecked = true;
    if (routing.has("litellm") && !gateways.has("litellm") && text.includes("litellm_params") && /^\s*litellm_params\s*:/m.test(text)) gateways.set("litellm", "iac");
  };

  for (const lit of literals) {
    const value = lit.value;
    if (value.length > 300) continue;
    // The snippet only for a literal that becomes evidence: finding a line is a walk from the file's start.
    const at = () => ({ file: file.path, line: lit.line, column: lit.column, snippet: snippetAt(text, lit.line) });

    // Every router prefix is `host/`.
    if (value.includes("/")) for (const [host, gateway, prefix] of routers) {
      let from = value.indexOf(prefix);
      while (from >= 0) {
        const segment = /^([a-z0-9-]+)\//.exec(value.slice(from + host.length + 1))?.[1];
        const vendor = segment ? catalog.iac.gatewayRoute(gateway, segment) : undefined;
        if (vendor) out.push({ kind: "host", ...at(), vendor, host, via: gateway });
        from = value.indexOf(prefix, from + host.length);
      }
    }

    // A model argument (`model="…"`), or, in a file that uses a gateway, a string bound
    // to no name (`gateway.languageModel("anthropic/claude-haiku-4.5")`) whose rest is a
    // model id of the vendor its prefix routes to; `path="openai/gpt-4o"`, `"openai/README"`
    // stay nothing.
    const keyed = lit.key !== undefined && isModelKey(lit.key);
    if (!keyed && (lit.key !== undefined || !value.includes("/"))) continue;
    if (!/^[\w.:/@-]{3,200}$/.test(value)) continue;
    addLitellm();
    if (!keyed && gateways.size === 0) continue;
    let routed = false;
    for (const [gateway, kind] of gateways) {
      const hit = route(catalog, gateway, value);
      if (!hit || (!keyed && !catalog.matchesModel(hit.vendor, hit.model))) continue;
      routed = true;
      const e: Evidence = { kind, ...at(), vendor: hit.vendor, via: hit.via, model: hit.model };
      const geo = catalog.modelGeo(hit.model);
      const region = geo?.vendor === hit.vendor ? geo.region : litellmAwsRegion(literals, lit, hit.vendor, catalog);
      if (region) e.region = region;
      out.push(e);
      break;
    }
    // A model id whose prefix names a geography (`eu.anthropic.claude…`), in a file
    // that uses the vendor serving it: that vendor's region.
    const geo = !routed && keyed ? catalog.modelGeo(value) : undefined;
    const geoKind = geo && fileEvidence.find((e) => e.vendor === geo.vendor)?.kind;
    if (geo && geoKind) out.push({ kind: geoKind, ...at(), vendor: geo.vendor, region: geo.region, model: value });
  }
  return out;
}

const gatewaySetsOf = new WeakMap<Catalog, { routing: Set<string>; routers: [host: string, gateway: string, prefix: string][] }>();

/** Per catalog, once: the gateways that route by a model prefix, and the path routers with their `host/` prefix. */
function gatewaySets(catalog: Catalog) {
  let sets = gatewaySetsOf.get(catalog);
  if (!sets) {
    // Hugging Face's routes are router paths; its model strings are Hub repository
    // names (`openai/whisper-large-v3`), never a provider prefix.
    const pathRouted = new Set(catalog.iac.pathRouters.values());
    sets = {
      routing: new Set(catalog.iac.gateways.filter((g) => !pathRouted.has(g))),
      routers: [...catalog.iac.pathRouters].map(([host, gateway]) => [host, gateway, `${host}/`]),
    };
    gatewaySetsOf.set(catalog, sets);
  }
  return sets;
}

/**
 * The `aws_region_name` of the LiteLLM `model_list` item a model literal sits in
 * (between the item's `model_name` and the next one): the region Bedrock serves
 * that route from. Other items' regions are not this route's.
 */
function litellmAwsRegion(literals: Literal[], model: Literal, vendor: string, catalog: Catalog): string | undefined {
  // Only for a vendor whose region names the catalog knows (Bedrock's `eu-west-1`).
  if (!catalog.vendors.get(vendor)?.["region-pattern"]) return undefined;
  let start = -1;
  let end = Infinity;
  for (const l of literals) {
    if (l.key === undefined || !/^model_?name$/i.test(l.key)) continue;
    if (l.line <= model.line) start = Math.max(start, l.line);
    else end = Math.min(end, l.line);
  }
  const region = literals.find((l) => l.key === "aws_region_name" && l.line > start && l.line < end);
  return region && catalog.regionFits(vendor, region.value) ? region.value : undefined;
}


const MODEL_KEY = /^(?:model|model_?name|model_?id|modelId|llm_?model|[A-Z0-9_]*_MODEL(?:_NAME|_ID)?)$/i;
const isModelKey = keyTest(MODEL_KEY);

/** `prefix/rest` through a gateway's routes, following a gateway that routes again (litellm → openrouter → anthropic). */
function route(catalog: Catalog, gateway: string, value: string, depth = 0): { vendor: string; via: string; model: string } | undefined {
  const slash = value.indexOf("/");
  if (slash <= 0 || depth > 2) return undefined;
  const vendor = catalog.iac.gatewayRoute(gateway, value.slice(0, slash));
  if (!vendor) return undefined;
  let model = value.slice(slash + 1);
  // LiteLLM's Bedrock sub-routes: bedrock/converse/<id>, bedrock/invoke/<id>.
  if (vendor === "aws-bedrock") model = model.replace(/^(?:converse|invoke|converse_like)\//, "");
  if (!model) return undefined;
  if (vendor !== gateway && catalog.iac.gateways.includes(vendor)) {
    const next = route(catalog, vendor, model, depth + 1);
    if (next) return next;
  }
  return { vendor, via: gateway, model };
}
