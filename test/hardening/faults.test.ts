// GitHub API faults in the action's pull-request mode: the checkout is shallow, so
// the changed files must come from the API, and the API misbehaves. The pull
// request introduces an undeclared vendor: whatever the API does, the run must
// not pass — it falls back to a full scan with a warning, or fails saying why.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOnce, makeRepo, pullRequestEvent, removeBuild, type Repo, runAction, shallowClone } from "../action/harness.js";

type Fault = (req: IncomingMessage, res: ServerResponse) => void;

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

const FAULTS: [string, Fault][] = [
  ["401 bad credentials", (_q, res) => json(res, 401, { message: "Bad credentials" })],
  ["403 forbidden", (_q, res) => json(res, 403, { message: "Resource not accessible by integration" })],
  ["403 secondary rate limit", (_q, res) => json(res, 403, { message: "You have exceeded a secondary rate limit" }, { "retry-after": "1" })],
  ["404 not found", (_q, res) => json(res, 404, { message: "Not Found" })],
  ["422 unprocessable", (_q, res) => json(res, 422, { message: "Validation Failed" })],
  ["429 with retry-after", (_q, res) => json(res, 429, { message: "API rate limit exceeded" }, { "retry-after": "1", "x-ratelimit-remaining": "0" })],
  ["500", (_q, res) => json(res, 500, { message: "Server Error" })],
  ["502 HTML", (_q, res) => (res.writeHead(502, { "content-type": "text/html" }), res.end("<html>Bad Gateway</html>"))],
  ["503", (_q, res) => json(res, 503, { message: "Service Unavailable" })],
  ["connection reset", (q) => (q.socket as Socket).destroy()],
  ["timeout (never answers)", () => undefined],
  ["truncated JSON", (_q, res) => (res.writeHead(200, { "content-type": "application/json" }), res.end('[{"filename": "app/bot.py", "status": "added", "pa'))],
  ["a JSON object instead of a list", (_q, res) => json(res, 200, { message: "not a list" })],
];

interface FaultyApi {
  url: string;
  close(): Promise<void>;
}

/** Answers every pull-request files request with the fault; anything else as a healthy API would. */
async function faultyApi(fault: Fault): Promise<FaultyApi> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
      if (/\/pulls\/\d+\/files$/.test(path)) return fault(req, res);
      if (/\/compare\//.test(path)) return fault(req, res);
      if (path.includes("/contents/")) return json(res, 404, { message: "Not Found" });
      if (/\/issues\/\d+\/comments$/.test(path)) return json(res, 200, []);
      json(res, 404, { message: `not faked: ${req.method} ${path}` });
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

const BASE = {
  ".github/ai-vendors.yml": "version: 1\nvendors:\n  anthropic:\n    status: approved\n",
  "app/claude.py": "import anthropic\n",
};

let repo: Repo;
let shallow: string;
let baseOnly: string;
beforeAll(() => {
  buildOnce();
  repo = makeRepo(BASE, { "app/bot.py": "import openai\n\nclient = openai.OpenAI()\n" });
  shallow = shallowClone(repo);
  // pull_request_target's checkout: the base branch only.
  baseOnly = mkdtempSync(join(tmpdir(), "shadow-ai-base-"));
  execFileSync("git", ["clone", "-q", "--depth", "1", "--branch", "main", `file://${repo.dir}`, baseOnly]);
}, 120_000);
afterAll(() => {
  removeBuild();
  repo?.cleanup();
  for (const d of [shallow, baseOnly]) if (d) rmSync(d, { recursive: true, force: true });
});

describe("action, pull-request mode, GitHub API faults (shallow checkout)", () => {
  it.each(FAULTS)("%s: never passes silently", async (_name, fault) => {
    const api = await faultyApi(fault);
    try {
      const t0 = performance.now();
      const res = await runAction({
        workspace: shallow,
        eventName: "pull_request",
        event: pullRequestEvent(repo),
        apiUrl: api.url,
        inputs: { comment: "never" },
        env: { SHADOW_AI_API_TIMEOUT_MS: "2000" },
      });
      expect(performance.now() - t0).toBeLessThan(20_000);
      // The undeclared vendor the pull request adds blocks, whatever the API did.
      expect(res.code).toBe(1);
      const said = res.commands.filter((c) => c.command === "warning" || c.command === "error").map((c) => c.message).join("\n");
      // Either a full scan, said so, or a failure that names the API.
      // The head is the checkout: a full scan is sound, and the warning says why it ran.
      expect(said).toMatch(/could not list pull request #7's files through the GitHub API \(.+\); running a full scan/);
      expect(res.commands.some((c) => c.command === "error" && c.props.file === "app/bot.py")).toBe(true);
    } finally {
      await api.close();
    }
  }, 30_000);
});

describe("action, pull_request_target, GitHub API faults", () => {
  // The checkout is the base branch: a full scan would scan the wrong tree, so
  // the run fails and says why rather than falling back.
  it.each(FAULTS.filter(([n]) => /403 forbidden|500|timeout|truncated/.test(n)))("%s: fails clearly", async (_name, fault) => {
    const api = await faultyApi(fault);
    try {
      const res = await runAction({
        workspace: baseOnly,
        eventName: "pull_request_target",
        event: pullRequestEvent(repo),
        apiUrl: api.url,
        inputs: { comment: "never" },
        env: { SHADOW_AI_API_TIMEOUT_MS: "2000" },
      });
      expect(res.code).toBe(1);
      const errors = res.commands.filter((c) => c.command === "error").map((c) => c.message);
      expect(errors.join("\n")).toMatch(/could not list pull request #7's files through the GitHub API .*cannot compare with the base/);
      expect(res.commands.some((c) => c.command === "warning" && /full scan/.test(c.message))).toBe(false);
    } finally {
      await api.close();
    }
  }, 30_000);
});
