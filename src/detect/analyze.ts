import type { Catalog } from "../catalog/compile.js";
import type { Evidence, ScannedFile } from "../types.js";
import { snippetAt, type Literal } from "./types.js";

/**
 * A model id or cloud region named as an SDK argument or config value
 * (`model="gpt-4o"`, `region_name="eu-west-1"`). Neither makes a vendor on its
 * own: resolve attributes it to the vendors seen in the same file.
 */
export interface Mention {
  file: string;
  line: number;
  kind: "model" | "region";
  value: string;
}

// Names that make a URL the endpoint an SDK sends requests to.
export const BASE_URL_KEY = /^(?:base_?ur[li]|api_?base(?:_?url)?|endpoint(?:_?url)?|azure_?endpoint|api_?url|server_?url|host|base_?path|url|uri|[A-Z0-9_]*(?:BASE_URL|_ENDPOINT|_API_BASE|_HOST|_API_URL))$/i;
// `setLocation("europe-west9")`, `withRegion(…)`: a builder's setter names the same setting.
const REGION_KEY = /^(?:(?:set|with)_?)?(?:region|region_?name|aws_?region|location)$|^[A-Z0-9_]*_(?:REGION|LOCATION)$/i;
// `WithModel("…")` / `WithModelName("…")`: Go functional options (langchaingo: openai.WithModel("gpt-4o")).
const MODEL_KEY = /^(?:with_?)?(?:model|model_?name|model_?id|modelId|deployment_?name|deployment|engine|llm_?model|[A-Z0-9_]*_MODEL(?:_NAME|_ID)?)$/i;
/**
 * A key pattern's verdicts remembered per key: files repeat a few thousand key
 * names across tens of thousands of literals, and these case-insensitive
 * alternations cost more per test than a lookup.
 */
export function keyTest(re: RegExp): (key: string) => boolean {
  const seen = new Map<string, boolean>();
  return (key) => {
    let v = seen.get(key);
    if (v === undefined) {
      if (seen.size >= 4096) seen.clear();
      // Kept as a copy: a key sliced from a file's text would keep the whole text alive.
      seen.set(JSON.parse(JSON.stringify(key)) as string, (v = re.test(key)));
    }
    return v;
  };
}

export const isBaseUrlKey = keyTest(BASE_URL_KEY);
const isRegionKey = keyTest(REGION_KEY);
const isModelKey = keyTest(MODEL_KEY);

// Scheme optional; the host is the part a catalog pattern must match whole.
// Labels are separated by dots with no nested quantifier, so the match is
// linear even on long prose-like values.
const URL = /(?<![a-z0-9+.-])(?:[a-z][a-z0-9+.-]{0,15}:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d{1,5})?(\/[^\s"'`<>)\]}]*)?/gi;

// A template's placeholder standing for one DNS label (`${var.region}`, `{region}`,
// `%s`, `%(region)s`, `$AWS_REGION`, `${{ vars.REGION }}`): a host built at run time
// (`bedrock-runtime.${region}.amazonaws.com`) still names its vendor through the
// pattern's literal labels; a placeholder never matches a literal label itself.
const PLACEHOLDER_HINT = /[{$%]/;
const PLACEHOLDER = /\$\{\{[^{}]{0,200}\}\}|\$\{[^{}]{1,200}\}|\{\{[^{}]{0,200}\}\}|\{[^{}\s]{0,100}\}|%\([a-z_]{1,40}\)s|%[sv]|\$[A-Za-z_][A-Za-z0-9_]{0,60}/g;
/** A label every `<region>` / `<resource>` pattern part accepts and no literal label equals. */
const ANY_LABEL = "x--placeholder";

/**
 * Reads a file's literals for what the catalog knows: API hosts (and whether a
 * host is an SDK's base URL), env variable names, and model ids.
 */
export function analyzeLiterals(
  file: ScannedFile,
  text: string,
  literals: Literal[],
  catalog: Catalog,
): { evidence: Evidence[]; mentions: Mention[] } {
  const evidence: Evidence[] = [];
  const mentions: Mention[] = [];
  // A LiteLLM proxy config's `model_name:` is the alias clients ask for
  // (`claude-fast`); the model is `litellm_params.model`.
  // Read only when a `model_name` key asks: a scan of the whole text per file otherwise.
  let litellm: boolean | undefined;
  const litellmConfig = () => (litellm ??= text.includes("litellm_params") && /^[ \t-]*litellm_params[ \t]*:/m.test(text));
  for (const lit of literals) {
    const value = lit.value;
    if (value.length > 2048) continue;
    const envVendor = /^[A-Z][A-Z0-9_]{2,}$/.test(value) ? catalog.lookupEnv(value) : undefined;
    if (envVendor) {
      evidence.push({ kind: "env", file: file.path, line: lit.line, column: lit.column, vendor: envVendor, env: value, snippet: snippetAt(text, lit.line) });
      continue;
    }
    if (value.includes(".")) {
      const hostText = PLACEHOLDER_HINT.test(value) ? value.replace(PLACEHOLDER, ANY_LABEL) : value;
      // exec, not matchAll: matchAll copies the pattern on every call.
      URL.lastIndex = 0;
      for (let m = URL.exec(hostText); m; m = URL.exec(hostText)) {
        // A bare host inside prose ("never api.openai.com directly") is a mention,
        // not a request; a URL with a scheme, or a value that is the host, is.
        if (!m[0].includes("://") && /\s/.test(value)) continue;
        const hit = catalog.matchHost(m[1]!, m[2] ?? "");
        if (!hit) continue;
        const ev: Evidence = {
          kind: "host",
          file: file.path,
          line: lit.line,
          column: lit.column,
          vendor: hit.vendor,
          // A run-time label shows as `*` (`bedrock-runtime.*.amazonaws.com`).
          host: hit.host.replaceAll(ANY_LABEL, "*"),
          snippet: snippetAt(text, lit.line),
        };
        // A placeholder where the pattern has <region>: the region is decided at run time.
        if (hit.region && hit.region !== ANY_LABEL) ev.region = hit.region;
        if (lit.key && isBaseUrlKey(lit.key)) ev.role = "base-url";
        evidence.push(ev);
      }
    }
    if (lit.key && isModelKey(lit.key) && !(/^model_?name$/i.test(lit.key) && litellmConfig()) && /^[\w.:/@-]{2,100}$/.test(value) && /[a-z]/i.test(value)) {
      mentions.push({ file: file.path, line: lit.line, kind: "model", value });
    }
    if (lit.key && isRegionKey(lit.key) && catalog.isRegionName(value)) {
      mentions.push({ file: file.path, line: lit.line, kind: "region", value });
    }
  }
  return { evidence, mentions };
}
