// --org-inventory owner/repo/path@ref: the organisation inventory read from
// another repository through the GitHub API (a server on 127.0.0.1 here),
// end to end through a bundled CLI.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleCli } from "../helpers/cli-bundle.js";

const run = promisify(execFile);
const repo = process.cwd();
let bundle: Awaited<ReturnType<typeof bundleCli>>;
const orgYaml = readFileSync(join(repo, "fixtures/inventory/org.yml"), "utf8");
let server: Server;
let api = "";
const requests: string[] = [];

async function shadow(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bundle.cli, ...args], { cwd: repo, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url} ${req.headers.authorization ?? ""}`);
    if (req.url === "/repos/acme/policy/contents/ai%2Fvendors.yml?ref=main" || req.url === "/repos/acme/policy/contents/ai/vendors.yml?ref=main") {
      res.writeHead(200, { "content-type": "application/vnd.github.raw" }).end(orgYaml);
    } else {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "Not Found" }));
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  bundle = await bundleCli("shadow-ai-org-remote");
}, 60_000);
afterAll(async () => {
  server.close();
  await bundle?.remove();
});

describe("--org-inventory owner/repo/path@ref", () => {
  it("reads the organisation inventory from GitHub and applies it (anthropic prohibited there)", async () => {
    const r = await shadow(["scan", "fixtures/inventory-app", "--org-inventory", "acme/policy/ai/vendors.yml@main", "--no-baseline"], { GITHUB_TOKEN: "t0ken", GITHUB_API_URL: api });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/prohibited-vendor +.*config\/summarizer\.yaml:3/);
    expect(requests.some((q) => q.startsWith("GET /repos/acme/policy/contents/") && q.includes("ref=main") && q.endsWith("token t0ken"))).toBe(true);
  });

  it("a missing file or token is a usage error (exit 2) naming the reference", async () => {
    const missing = await shadow(["scan", "fixtures/inventory-app", "--org-inventory", "acme/policy/nope.yml@main"], { GITHUB_TOKEN: "t0ken", GITHUB_API_URL: api });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("shadow-ai: --org-inventory acme/policy/nope.yml@main: no such file in acme/policy at main\n");
    const noToken = await shadow(["scan", "fixtures/inventory-app", "--org-inventory", "acme/policy/ai/vendors.yml@main"], { GITHUB_TOKEN: "", GH_TOKEN: "", GITHUB_API_URL: api });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain("set GITHUB_TOKEN");
  });
});
