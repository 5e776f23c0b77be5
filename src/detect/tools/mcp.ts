import { parse as parseToml } from "smol-toml";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { Catalog } from "../../catalog/compile.js";
import { escapeRegExp as escape } from "../../catalog/patterns.js";
import { redact } from "../../redact.js";
import type { Diagnostic, McpServer } from "../../types.js";
import { JsonError, parseJson, type JsonNode } from "../manifests/json.js";
import { positions } from "../positions.js";

// MCP server configurations committed for an agent: `.mcp.json`, `.cursor/mcp.json`,
// `.gemini/settings.json`, `.amazonq/mcp.json` (`mcpServers: { name: {…} }`),
// `.vscode/mcp.json` (`servers: {…}`, JSON with comments), Continue's YAML blocks
// (`mcpServers: [{ name, … }]`) and Codex's TOML (`[mcp_servers.name]`). Each server
// is reported with its transport and its command or URL. What authenticates it
// (env values, headers, tokens in arguments or in a URL's query) never is.

/** One server entry before it is shaped for the report. */
interface RawServer {
  name: string;
  line: number;
  fields: Record<string, unknown>;
}

/**
 * The servers of one MCP configuration file. A file that does not parse costs a
 * diagnostic; a file in the right place with no servers is just that.
 */
export function mcpServers(path: string, text: string, catalog: Catalog): { servers: McpServer[]; diagnostics: Diagnostic[] } {
  let raw: RawServer[];
  try {
    raw = /\.ya?ml$/i.test(path) ? yamlServers(text) : /\.toml$/i.test(path) ? tomlServers(text) : jsonServers(text);
  } catch (err) {
    const message = err instanceof JsonError || err instanceof Error ? err.message : String(err);
    return { servers: [], diagnostics: [{ file: path, message: redact(`could not read MCP servers: ${message}`, catalog) }] };
  }
  const gemini = /(?:^|\/)\.gemini\/settings\.json$/.test(path);
  const servers: McpServer[] = [];
  for (const s of raw) {
    const server = shape(s, path, gemini, catalog);
    if (server) servers.push(server);
  }
  return { servers, diagnostics: [] };
}

function shape(s: RawServer, file: string, gemini: boolean, catalog: Catalog): McpServer | undefined {
  const f = s.fields;
  const str = (k: string) => (typeof f[k] === "string" && (f[k] as string).trim() ? (f[k] as string).trim() : undefined);
  const type = (str("type") ?? str("transport") ?? "").toLowerCase().replace(/[-_]/g, "");
  const url = str("httpUrl") ?? str("url") ?? str("serverUrl");
  const command = str("command");
  let transport: McpServer["transport"];
  if (type === "stdio") transport = "stdio";
  else if (type === "sse") transport = "sse";
  else if (type === "http" || type === "streamablehttp") transport = "http";
  else if (command) transport = "stdio";
  // Gemini CLI: httpUrl is streamable HTTP, url is SSE.
  else if (str("httpUrl")) transport = "http";
  else if (url) transport = gemini ? "sse" : /\/sse\/?(?:[?#]|$)/.test(url) ? "sse" : "http";
  else return undefined;
  const out: McpServer = { name: s.name, file, line: s.line, transport };
  if (transport === "stdio") {
    if (!command) return out;
    const args = Array.isArray(f.args) ? f.args.filter((a): a is string | number => typeof a === "string" || typeof a === "number").map(String) : [];
    out.command = redact(safeCommand([command, ...args]), catalog);
  } else if (url) {
    out.url = redact(safeUrl(url), catalog);
  }
  return out;
}

const SECRET_WORD = /key|token|secret|passw(?:or)?d|auth|credential|bearer|cookie|session/i;

/** Arguments with secrets masked: values of secret-named flags and variables, header values, URL credentials. */
export function safeCommand(argv: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const prev = argv[i - 1];
    if (prev !== undefined && /^-{1,2}[\w.-]+$/.test(prev) && (SECRET_WORD.test(prev) || /^(?:-H|--header)$/i.test(prev))) {
      out.push(/^(?:-H|--header)$/i.test(prev) ? a.replace(/^([\w-]+)\s*:.*$/s, "$1: ***") : "***");
      continue;
    }
    const assign = /^(-{0,2}[\w.-]+)=(.*)$/s.exec(a);
    if (assign && SECRET_WORD.test(assign[1]!)) {
      out.push(`${assign[1]}=***`);
      continue;
    }
    out.push(/^[a-z][a-z0-9+.-]*:\/\//i.test(a) ? safeUrl(a) : a);
  }
  return out.map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(" ");
}

/** `https://user:pw@mcp.example.com/mcp?key=…#x` → `https://mcp.example.com/mcp`. */
export function safeUrl(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^@/?#]*@)?([^?#]*)/i.exec(url.trim());
  return m ? `${m[1]}${m[2]}` : url.replace(/[?#].*$/s, "");
}

// ---- formats ----

/** JSON with comments and trailing commas (VS Code's and Cursor's files allow both), offsets kept. */
function stripJsonc(text: string): string {
  const out = text.split("");
  let i = 0;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n" && out[k] !== "\r") out[k] = " ";
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      i++;
    } else if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      blank(i, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      blank(i, end < 0 ? text.length : end + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === ",") {
      let k = i + 1;
      while (k < text.length && /\s/.test(out[k]!)) k++;
      if (text[k] === "}" || text[k] === "]") out[i] = " ";
      i++;
    } else i++;
  }
  return out.join("");
}

function jsonValue(node: JsonNode): unknown {
  switch (node.type) {
    case "object":
      return Object.fromEntries(node.entries.map((e) => [e.key, jsonValue(e.value)]));
    case "array":
      return node.items.map(jsonValue);
    case "string":
      return node.value;
    default:
      return undefined; // numbers, booleans, null: nothing a server's shape needs
  }
}

function jsonServers(text: string): RawServer[] {
  const clean = stripJsonc(text);
  const root = parseJson(clean);
  if (root.type !== "object") return [];
  const at = positions(clean);
  const out: RawServer[] = [];
  for (const key of ["mcpServers", "servers"]) {
    const block = root.entries.find((e) => e.key === key)?.value;
    if (block?.type !== "object") continue;
    for (const e of block.entries) {
      if (e.value.type !== "object") continue;
      out.push({ name: e.key, line: at(e.keyOffset).line, fields: jsonValue(e.value) as Record<string, unknown> });
    }
  }
  return out;
}

function yamlServers(text: string): RawServer[] {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message.split("\n")[0]!);
  const root = doc.contents;
  if (!isMap(root)) return [];
  const block = root.get("mcpServers", true) as Node | undefined;
  const lineOf = (n: Node | undefined | null) => (n?.range ? lc.linePos(n.range[0]).line : 1);
  const out: RawServer[] = [];
  const toJs = (n: unknown) => (isMap(n) ? (n.toJSON() as Record<string, unknown>) : undefined);
  if (isSeq(block)) {
    // Continue: a list of { name, command, args, type, url }.
    for (const item of block.items) {
      const fields = toJs(item);
      if (fields && typeof fields.name === "string") out.push({ name: fields.name, line: lineOf(item as Node), fields });
    }
  } else if (isMap(block)) {
    for (const pair of block.items) {
      const fields = toJs(pair.value);
      const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (fields) out.push({ name, line: lineOf(pair.key as Node), fields });
    }
  }
  return out;
}

function tomlServers(text: string): RawServer[] {
  const doc = parseToml(text) as { mcp_servers?: Record<string, unknown> };
  const lines = text.split("\n");
  const out: RawServer[] = [];
  for (const [name, fields] of Object.entries(doc.mcp_servers ?? {})) {
    if (typeof fields !== "object" || fields === null) continue;
    // smol-toml keeps no positions: the table's header line (either quoting).
    const header = new RegExp(`^\\s*\\[\\s*mcp_servers\\s*\\.\\s*(?:"${escape(name)}"|'${escape(name)}'|${escape(name)})\\s*\\]`);
    const idx = lines.findIndex((l) => header.test(l));
    out.push({ name, line: idx + 1 || 1, fields: fields as Record<string, unknown> });
  }
  return out;
}

