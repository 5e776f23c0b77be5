import type { Catalog } from "../catalog/compile.js";
import type { LocalEndpoint } from "../catalog/selectors.js";
import type { Evidence, FileKind, ScannedFile } from "../types.js";
import { isBaseUrlKey, keyTest } from "./analyze.js";
import { snippetAt, SOURCE_KINDS, type Literal } from "./types.js";

// Endpoints the catalog's host patterns cannot name:
// - a local runtime or gateway on its default port (`http://localhost:11434`,
//   `localhost:1234/v1`, the LiteLLM proxy on :4000): the catalog's `local-endpoints`.
//   A port counts only inside a URL, and (unless the port is distinctive) only as an
//   SDK's base URL or with the runtime's API path: `:8000` in a web app is no vLLM.
// - an SDK's base URL on a host the catalog does not know: host evidence with no
//   vendor, so resolve stops counting an OpenAI SDK aimed there as OpenAI.

const LOCAL_URL = /(?<![\w.@/-])(?:(https?|wss?):\/\/)?(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal|[a-z][a-z0-9-]{0,62}):(\d{2,5})(?![\d])(\/[^\s"'`<>)\]}]*)?/gi;
const PORT = /:\d\d/;
const LOOPBACK = new Set(["localhost", "127.0.0.1", "0.0.0.0", "[::1]", "host.docker.internal"]);
/** Keys that make a URL the endpoint an OpenAI-style SDK sends every request to (stricter than BASE_URL_KEY: no `url`, `host`). */
const SDK_BASE_KEY = /^(?:base_?url|api_?base(?:_?url)?|base_?path|openai_?api_?base|[A-Z0-9_]*_BASE_URL|[A-Z0-9_]*_API_BASE)$/i;
const isSdkBaseKey = keyTest(SDK_BASE_KEY);
const ABSOLUTE = /^https?:\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\d{1,5}))?(\/[^\s?#]*)?(?:[?#]\S*)?$/i;
/** Documentation hosts and placeholders: a sample, not an endpoint. */
const PLACEHOLDER_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|test|invalid|localhost\.localdomain)$|your|xxx|<|\{|\$/i;

export function detectEndpoints(file: ScannedFile, text: string, literals: Literal[], code: Evidence[], catalog: Catalog): Evidence[] {
  const { byPort } = catalog.selectors;
  const out: Evidence[] = [];
  // In code, `baseUrl("http://localhost:8080")` is an SDK's base URL only beside an
  // AI SDK: a web client (Spring's WebClient, axios.create) is built the same way.
  const sdkInFile = !SOURCE_KINDS.has(file.kind) || code.some((e) => e.kind === "import" && (e.vendor !== undefined || e.framework !== undefined));
  for (const lit of literals) {
    const value = lit.value;
    if (value.length > 2048 || !value.includes(":")) continue;
    const baseUrl = lit.key !== undefined && isBaseUrlKey(lit.key);
    const sdkBase = sdkInFile && lit.key !== undefined && isSdkBaseKey(lit.key);
    let local = false;
    // Every local URL has `:` and two digits: most values with a colon have none.
    if (byPort.size > 0 && PORT.test(value)) {
      LOCAL_URL.lastIndex = 0;
      for (let m = LOCAL_URL.exec(value); m; m = LOCAL_URL.exec(value)) {
        const [, scheme, rawHost, portText, path = ""] = m;
        const host = rawHost!.toLowerCase();
        const endpoints = byPort.get(Number(portText));
        if (!endpoints) continue;
        const loopback = LOOPBACK.has(host);
        // A one-label name (a compose service, `http://ollama:11434`) only with a scheme.
        if (!loopback && !scheme) continue;
        const hit = endpoints.find((e) => fits(e, loopback, sdkBase, path));
        if (!hit) continue;
        local = true;
        const e: Evidence = { kind: "host", file: file.path, line: lit.line, column: lit.column, host: `${host}:${portText}`, snippet: snippetAt(text, lit.line) };
        if (hit.vendor) e.vendor = hit.vendor;
        if (hit.framework) e.framework = hit.framework;
        // The runtime's own variable (`OLLAMA_HOST: http://ollama:11434` in a compose
        // file) configures the runtime, not another SDK beside it.
        if (baseUrl && (hit.vendor === undefined || catalog.lookupEnv(lit.key!) !== hit.vendor)) e.role = "base-url";
        out.push(e);
      }
    }
    if (local || !sdkBase) continue;
    const m = ABSOLUTE.exec(value.trim());
    if (!m) continue;
    const host = m[1]!.toLowerCase();
    if (PLACEHOLDER_HOST.test(host) || (!host.includes(".") && !LOOPBACK.has(host))) continue;
    if (catalog.matchHost(host, m[3] ?? "")) continue;
    out.push({ kind: "host", file: file.path, line: lit.line, column: lit.column, host: m[2] ? `${host}:${m[2]}` : host, role: "base-url", snippet: snippetAt(text, lit.line) });
  }
  return out;
}

/**
 * A distinctive port on any host; else a loopback host, as an SDK's base URL (a
 * strict key: `url =` in a web app is not enough) or with one of the runtime's API
 * paths. A one-segment path (`/v1`) must be the whole path: `/v1/users` is some
 * other REST API on that port.
 */
function fits(e: LocalEndpoint, loopback: boolean, sdkBase: boolean, rawPath: string): boolean {
  if (!loopback && !e.anyHost) return false;
  if (e.anyHost || (sdkBase && e.baseUrl)) return true;
  let path = rawPath;
  const q = path.search(/[?#]/);
  if (q >= 0) path = path.slice(0, q);
  // Trailing slashes, trimmed by hand: `/\/+$/` retries every slash of a long run.
  let end = path.length;
  while (end > 0 && path[end - 1] === "/") end--;
  path = path.slice(0, end);
  return e.paths.some((p) => path === p || (p.lastIndexOf("/") > 0 && path.startsWith(`${p}/`)));
}
