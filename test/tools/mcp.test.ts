// MCP configurations in the formats other tools write: Continue's YAML blocks,
// Codex's TOML, Amazon Q's JSON; a broken file costs a diagnostic.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { safeCommand, safeUrl } from "../../src/detect/tools/mcp.js";
import { toJson } from "../../src/report/json.js";
import { scan } from "../../src/scan/scan.js";
import type { ScanReport } from "../../src/types.js";

const root = join(import.meta.dirname, "..", "..", "fixtures", "tools-mcp");

describe("MCP servers in Continue, Codex and Amazon Q configurations", () => {
  let report: ScanReport;
  beforeAll(async () => {
    report = await scan(root);
  }, 60_000);
  const servers = (id: string) => report.tools?.find((t) => t.id === id)?.mcpServers ?? [];

  it("Continue's YAML list, with the transport its type names", () => {
    expect(servers("continue")).toEqual([
      {
        name: "postgres",
        file: ".continue/mcpServers/db.yaml",
        line: 5,
        transport: "stdio",
        command: "docker run -i --rm -e PGPASSWORD=*** mcp/postgres postgresql://db.internal/app",
      },
      { name: "remote-search", file: ".continue/mcpServers/db.yaml", line: 8, transport: "http", url: "https://search.example.net/mcp" },
    ]);
    expect(report.tools?.find((t) => t.id === "continue")).toMatchObject({ vendor: null, bringYourOwnModel: true });
  });

  it("Codex's TOML tables, on their header lines; AGENTS.md makes the tool Codex", () => {
    expect(servers("openai-codex")).toEqual([
      { name: "docs", file: ".codex/config.toml", line: 3, transport: "stdio", command: "npx -y docs-mcp --token ***" },
      { name: "remote", file: ".codex/config.toml", line: 8, transport: "http", url: "https://mcp.example.dev/mcp" },
    ]);
    expect(report.tools?.find((t) => t.id === "openai-codex")?.evidence.map((e) => e.file)).toEqual([".codex/config.toml", "AGENTS.md"]);
  });

  it("Amazon Q's JSON; env values are never read into the report", () => {
    expect(servers("amazon-q-developer")).toEqual([
      { name: "aws-docs", file: ".amazonq/mcp.json", line: 3, transport: "stdio", command: "uvx awslabs.aws-documentation-mcp-server@latest" },
    ]);
    const json = toJson(report);
    for (const secret of ["hunter2-secret", "db-secret", "yaml-token-secret", "toml-token-secret", "toml-env-secret", "amazonq-env-secret"]) expect(json).not.toContain(secret);
  });

  it("a broken MCP file: one diagnostic, the tool still found by its path", () => {
    expect(report.diagnostics.filter((d) => d.file === ".cursor/mcp.json").map((d) => d.message)).toEqual([expect.stringMatching(/^could not read MCP servers: /)]);
    expect(report.tools?.find((t) => t.id === "cursor")?.evidence).toEqual([{ kind: "config", file: ".cursor/mcp.json" }]);
  });
});

describe("what an MCP command or URL may show", () => {
  it("masks values of secret-named flags and variables and header values", () => {
    expect(safeCommand(["server", "--api-key", "abc", "--token=xyz", "API_TOKEN=zzz", "-H", "Authorization: Bearer q", "--port", "8080"])).toBe(
      'server --api-key *** --token=*** API_TOKEN=*** -H "Authorization: ***" --port 8080',
    );
  });
  it("drops credentials, query and fragment from URLs", () => {
    expect(safeUrl("https://u:p@mcp.example.com:8443/v1/mcp?key=k#frag")).toBe("https://mcp.example.com:8443/v1/mcp");
    expect(safeUrl("http://localhost:3000/sse")).toBe("http://localhost:3000/sse");
  });
});
