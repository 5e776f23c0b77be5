import { createServer } from "node:http";
import { describe, expect, it } from "vitest";
import { apiGet, listOrgRepos, requestedWait } from "../../src/github/org-repos.js";

const res = (status: number, headers: Record<string, string>) => new Response(null, { status, headers });

describe("retry waits", () => {
  it("retry-after in seconds or as a date, else the rate-limit reset, else nothing", () => {
    const now = Date.parse("2026-10-01T00:00:00Z");
    expect(requestedWait(res(429, { "retry-after": "7" }), now)).toBe(7000);
    expect(requestedWait(res(429, { "retry-after": "Thu, 01 Oct 2026 00:00:30 GMT" }), now)).toBe(30_000);
    expect(requestedWait(res(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(now / 1000 + 90) }), now)).toBe(90_000);
    expect(requestedWait(res(403, { "x-ratelimit-remaining": "12", "x-ratelimit-reset": String(now / 1000 + 90) }), now)).toBeUndefined();
    expect(requestedWait(res(502, {}), now)).toBeUndefined();
  });

  it("a primary rate limit (remaining 0) waits until the reset; a plain 403 is returned, not retried", async () => {
    let n = 0;
    const server = createServer((req, r) => {
      n++;
      if (req.url === "/limited" && n === 1) {
        r.writeHead(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000)) });
        return r.end(JSON.stringify({ message: "API rate limit exceeded" }));
      }
      if (req.url === "/forbidden") {
        r.writeHead(403);
        return r.end(JSON.stringify({ message: "Resource not accessible by integration" }));
      }
      if (req.url?.startsWith("/orgs/x/repos")) {
        r.writeHead(200, { link: '<http://evil.example/orgs/x/repos?page=2>; rel="next"' });
        return r.end("[]");
      }
      r.end("{}");
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const opts = { apiUrl: base, retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 2000 } };
      expect((await apiGet(`${base}/limited`, opts)).status).toBe(200);
      expect(n).toBe(2);
      n = 0;
      expect((await apiGet(`${base}/forbidden`, opts)).status).toBe(403);
      expect(n).toBe(1);
      // A next page on another host would receive the token: refused.
      await expect(listOrgRepos("x", { ...opts, token: "secret" })).rejects.toThrow(/the next page is on another host \(http:\/\/evil\.example\)/);
    } finally {
      server.close();
    }
  });
});
