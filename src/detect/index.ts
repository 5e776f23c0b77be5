import type { Catalog } from "../catalog/compile.js";
import type { Diagnostic, Evidence, FileKind, ScannedFile } from "../types.js";
import { analyzeLiterals, type Mention } from "./analyze.js";
import { configLiterals } from "./config.js";
import { detectEndpoints } from "./endpoints.js";
import { detectEnvFile } from "./env-file.js";
import { detectGateways } from "./gateways.js";
import { detectIacConfig, IAC_DETECTORS } from "./iac/index.js";
import { detectJavaScript, detectVueSvelte } from "./javascript/index.js";
import { LANGUAGE_DETECTORS } from "./languages/index.js";
import { detectLockfile } from "./lockfiles/index.js";
import { MANIFEST_DETECTORS } from "./manifests/index.js";
import { detectNotebook, detectPython } from "./python/index.js";
import { isOwnInput } from "./own-inputs.js";
import { passesPrefilter } from "./prefilter.js";
import { redact, safeSnippet } from "../redact.js";
import { detectSecrets } from "./secrets.js";
import { detectSelectors, envSwitches } from "./selectors.js";
import { isTestDataPath, isTestPath, testLiterals } from "./test-code.js";
import { detectToolsInFile, type McpHit, type ToolHit } from "./tools/index.js";
import type { DetectOutput, Detector, ModuleFile } from "./types.js";

export interface FileResult {
  evidence: Evidence[];
  mentions: Mention[];
  diagnostics: Diagnostic[];
  /** Set when the file turned out not to be worth scanning (and why). */
  skipped?: string;
  /** AI coding tools the file shows (a workflow that runs one), kept apart from vendor evidence. */
  tools?: ToolHit[];
  /** MCP servers, when the file is a tool's MCP configuration. */
  mcp?: McpHit[];
}

const none: DetectOutput = { evidence: [], literals: [], diagnostics: [] };

const literalsOnly =
  (extract: (path: string, text: string) => DetectOutput["literals"]): Detector =>
  ({ file, text }) => ({ evidence: [], literals: extract(file.path, text), diagnostics: [] });

/** Any file with no detector of its own: the string values its format has, outside comments. */
const valuesOnly = literalsOnly(configLiterals);

/** One detector per kind of file; prose and lockfiles yield no literals. */
const DETECTORS: Partial<Record<FileKind, Detector>> = {
  ...LANGUAGE_DETECTORS,
  ...MANIFEST_DETECTORS,
  ...IAC_DETECTORS,
  config: detectIacConfig,
  js: detectJavaScript,
  vue: detectVueSvelte,
  python: detectPython,
  notebook: detectNotebook,
  env: detectEnvFile,
  prose: () => none,
  lockfile: detectLockfile,
};

/** Vendor evidence, and apart from it what the file says about AI coding tools. */
export async function detectFile(file: ScannedFile, text: string, catalog: Catalog, module?: ModuleFile[]): Promise<FileResult> {
  const result = await detectVendors(file, text, catalog, module);
  // Workflows and MCP configs only: read whether or not a vendor token is in the file.
  let tools: ReturnType<typeof detectToolsInFile>;
  try {
    tools = result.skipped ? undefined : detectToolsInFile(file, text, catalog);
  } catch (err) {
    tools = { tools: [], mcp: [], diagnostics: [{ file: file.path, message: redact(`could not read tool configuration: ${(err as Error).message}`, catalog) }] };
  }
  if (tools) {
    if (tools.tools.length) result.tools = tools.tools;
    if (tools.mcp.length) result.mcp = tools.mcp;
    result.diagnostics.push(...tools.diagnostics);
  }
  return result;
}

/**
 * Runs the file's detector, the generic literal analysis and the key scan.
 * A file that matches none of the catalog's tokens is not parsed at all.
 * A detector that throws costs one diagnostic, never the scan.
 */
async function detectVendors(file: ScannedFile, text: string, catalog: Catalog, module?: ModuleFile[]): Promise<FileResult> {
  if (!passesPrefilter(catalog, text)) return { evidence: [], mentions: [], diagnostics: [] };
  if (isOwnInput(file.path, text)) return { evidence: [], mentions: [], diagnostics: [], skipped: "own-input" };
  let out: DetectOutput = none;
  const detector = DETECTORS[file.kind] ?? valuesOnly;
  try {
    out = await detector(module ? { file, text, catalog, module } : { file, text, catalog });
  } catch (err) {
    out = { ...none, diagnostics: [{ file: file.path, message: `detector failed: ${(err as Error).message}` }] };
  }
  // No literals and no evidence (prose, a lockfile without catalog packages): the
  // passes below read nothing else, so only the key scan is left to run.
  const bare = out.literals.length === 0 && out.evidence.length === 0;
  const analyzed = bare ? { evidence: [], mentions: [] } : analyzeLiterals(file, text, out.literals, catalog);
  if (!bare) analyzed.evidence.push(...detectEndpoints(file, text, out.literals, out.evidence, catalog), ...envSwitches(file, text, out.literals, catalog));
  // A call, type or switch in code that chose an SDK's flavour: code evidence, like an import.
  const code = bare ? [] : [...out.evidence, ...detectSelectors(file, text, out.evidence, catalog)];
  // Gateways route requests to other processors: needs the file's evidence so far.
  const routed = bare ? [] : detectGateways(file, text, out.literals, [...code, ...analyzed.evidence], catalog);
  // A test's strings are fixtures (see test-code.ts): what they name counts only for vendors the test imports.
  const test = isTestPath(file.path);
  const literal = test ? testLiterals(code, analyzed.evidence) : analyzed;
  const found = [...code, ...literal.evidence, ...(test ? testLiterals(code, routed).evidence : routed)];
  // Test data (fixtures, mocks, recordings) is another project's files: only its keys count.
  const data = isTestDataPath(file.path);
  const evidence = data ? [] : found;
  if (file.kind !== "lockfile") {
    const vendorsInFile = new Set(found.flatMap((e) => (e.vendor ? [e.vendor] : [])));
    evidence.push(...detectSecrets(file, text, catalog, vendorsInFile));
  }
  // One redaction step for everything that leaves this file: snippets and
  // diagnostics (a parser's message may quote the offending line).
  // Evidence on one line shares its snippet: redact each distinct one once (a
  // 5 MB minified line carries thousands of pieces of evidence).
  const safe = new Map<string, string>();
  for (const e of evidence) {
    let s = safe.get(e.snippet);
    if (s === undefined) safe.set(e.snippet, (s = safeSnippet(e.snippet, catalog)));
    e.snippet = s;
  }
  const diagnostics = [...out.diagnostics, ...unknownEndpoints(file.path, evidence, catalog)].map((d) => ({ ...d, message: redact(d.message, catalog) }));
  return { evidence, mentions: data ? [] : literal.mentions, diagnostics };
}

/**
 * An LLM API SDK aimed at a base URL the catalog does not know is not that vendor's
 * usage (resolve drops it there): say where it goes instead, so the endpoint can be
 * named in the inventory's custom-vendors.
 */
function unknownEndpoints(path: string, evidence: Evidence[], catalog: Catalog): Diagnostic[] {
  const hosts = evidence.filter((e) => e.kind === "host" && e.role === "base-url" && !e.vendor && !e.framework);
  if (hosts.length === 0) return [];
  const sdks = [...new Set(evidence.flatMap((e) => ((e.kind === "import" || e.kind === "env") && e.vendor && catalog.vendors.get(e.vendor)?.category === "llm-api" ? [e.vendor] : [])))];
  if (sdks.length === 0) return [];
  return hosts.map((h) => ({
    file: path,
    message: `line ${h.line}: unknown endpoint ${h.host}: an OpenAI-compatible base URL the catalog does not know; the ${sdks.join(", ")} SDK here is not counted as ${sdks.length > 1 ? "those vendors" : "that vendor"}. Name the endpoint under custom-vendors (hosts) to track it.`,
  }));
}
