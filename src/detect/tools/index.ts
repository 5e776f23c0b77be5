import type { Catalog } from "../../catalog/compile.js";
import { safeSnippet } from "../../redact.js";
import type { Diagnostic, McpServer, ScannedFile, ToolEvidence } from "../../types.js";
import { stripHash } from "../iac/common.js";
import { runInstalls } from "../iac/run-installs.js";
import { isTestDataPath } from "../test-code.js";
import { mcpServers } from "./mcp.js";

// What one file's text says about AI coding tools: the actions and installs of a
// workflow that runs one, and the servers of an MCP configuration. (Committed
// configuration is found by path alone: see src/resolve/tools.ts; commits by
// src/history.) Tools are never vendor evidence.

/** A piece of tool evidence, with the tool it belongs to. */
export interface ToolHit {
  tool: string;
  evidence: ToolEvidence;
}

export interface McpHit {
  tool: string;
  server: McpServer;
}

export interface ToolFileResult {
  tools: ToolHit[];
  mcp: McpHit[];
  diagnostics: Diagnostic[];
}

const USES = /^(\s*)(-\s+)?uses\s*:\s*(["']?)([^\s"'#]+)\3/;
const INSTALL_WORD = /\b(?:npm|pnpm|yarn|bun|pip3?|uv|pipx)\b/;

/** The tool whose MCP configuration this file is, if any. */
const mcpOwner = (file: ScannedFile, catalog: Catalog) => catalog.tools.matchPath(file.path).find((m) => m.mcp);

/** Whether detectToolsInFile reads this file (a workflow, an MCP configuration): for any other it finds nothing. */
export const readsTools = (file: ScannedFile, catalog: Catalog): boolean => file.kind === "workflow" || mcpOwner(file, catalog) !== undefined;

/** undefined: the file says nothing about tools (most files; no work done). */
export function detectToolsInFile(file: ScannedFile, text: string, catalog: Catalog): ToolFileResult | undefined {
  // Test data holds other projects' files (fixtures of a scanner like this one).
  if (isTestDataPath(file.path)) return undefined;
  const out: ToolFileResult = { tools: [], mcp: [], diagnostics: [] };
  if (file.kind === "workflow") out.tools.push(...workflowHits(file.path, text, catalog));
  const owner = mcpOwner(file, catalog);
  if (owner) {
    const r = mcpServers(file.path, text, catalog);
    out.mcp.push(...r.servers.map((server) => ({ tool: owner.tool, server })));
    out.diagnostics.push(...r.diagnostics);
  }
  return out.tools.length || out.mcp.length || out.diagnostics.length ? out : undefined;
}

/** `uses: anthropics/claude-code-action@v1`, `run: npm i -g @openai/codex`: the workflow runs that tool. */
function workflowHits(path: string, text: string, catalog: Catalog): ToolHit[] {
  const out: ToolHit[] = [];
  const lines = text.split("\n");
  for (let idx = 0; idx < lines.length; idx++) {
    const line = stripHash(lines[idx]!.replace(/\r$/, ""));
    if (!line.trim()) continue;
    const u = USES.exec(line);
    if (u) {
      const tool = catalog.tools.lookupAction(u[4]!);
      if (tool) {
        const action = u[4]!.replace(/@.*$/, "").split("/").slice(0, 2).join("/");
        out.push({ tool, evidence: { kind: "workflow", file: path, line: idx + 1, column: line.indexOf(u[4]!) + 1, action, snippet: safeSnippet(line.trim(), catalog) } });
      }
      continue;
    }
    if (!INSTALL_WORD.test(line)) continue;
    const command = line.replace(/^\s*(?:-\s+)?run\s*:\s*/, "");
    for (const inst of runInstalls(command)) {
      for (const tool of catalog.tools.lookupPackage(inst.ecosystem, inst.name)) {
        const column = line.indexOf(inst.name) + 1;
        out.push({ tool, evidence: { kind: "workflow", file: path, line: idx + 1, column: Math.max(1, column), package: inst.name, snippet: safeSnippet(line.trim(), catalog) } });
      }
    }
  }
  return out;
}
