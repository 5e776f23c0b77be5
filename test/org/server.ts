import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { ACME } from "./helpers.js";
import { tarballOf } from "./tarball.js";

// A fake GitHub API on 127.0.0.1: a paginated repository list and a tarball
// per repository, each repository with its own behaviour (real archive,
// rate limits, 5xx, a stall, a malicious archive, 404s).

export const SHA = "1111111111111111111111111111111111111111";

interface FakeRepo {
  name: string;
  size?: number;
  archived?: boolean;
  fork?: boolean;
  topics?: string[];
  visibility?: "public" | "private" | "internal";
  /** Per request to its tarball, in order; the last repeats. */
  tarball: Step[];
}

type Step =
  | { status: 200; body: Buffer; redirect?: boolean }
  | { status: number; headers?: Record<string, string>; message?: string }
  | { stall: true; body: Buffer };

export interface FakeGitHub {
  url: string;
  /** Every request path, in order. */
  log: string[];
  /** When each request arrived (ms since start), by path. */
  times: Map<string, number[]>;
  close(): Promise<void>;
}

export async function fixtureTarballs() {
  const t = async (name: string) => tarballOf(`${ACME}/${name}`, `acme-${name}-1111111`, { commit: SHA });
  return {
    api: await t("api"),
    web: await t("web"),
    ml: await t("ml"),
    docs: await t("docs-site"),
    evil: await tarballOf(`${ACME}/docs-site`, "acme-evil-1111111", {
      commit: SHA,
      extra: [
        { name: "acme-evil-1111111/../../etc/passwd", content: "import openai\n" },
        { name: "/etc/cron.d/evil.py", content: "import anthropic\n" },
        { name: "acme-evil-1111111/link.py", type: "symlink", linkname: "/etc/passwd" },
        { name: "acme-evil-1111111/hard.py", type: "link", linkname: "../../etc/shadow" },
        { name: "acme-evil-1111111/ok.py", content: "import cohere\n" },
      ],
    }),
    badInventory: await tarballOf(undefined, "acme-badinv-1111111", {
      extra: [{ name: "acme-badinv-1111111/.github/ai-vendors.yml", content: "version: 1\nvendors:\n  openai:\n    status: perhaps\n" }],
    }),
  };
}

/** The standard fake organisation `acme`: every behaviour the org scan must survive. */
export async function acmeRepos(): Promise<FakeRepo[]> {
  const tb = await fixtureTarballs();
  return [
    { name: "api", topics: ["service"], tarball: [{ status: 200, body: tb.api, redirect: true }] },
    { name: "web", tarball: [{ status: 429, headers: { "retry-after": "1" } }, { status: 200, body: tb.web }] },
    { name: "ml", tarball: [{ status: 403, headers: { "retry-after": "0" }, message: "You have exceeded a secondary rate limit" }, { status: 502 }, { status: 200, body: tb.ml }] },
    { name: "docs-site", visibility: "public", tarball: [{ status: 200, body: tb.docs }] },
    { name: "evil", tarball: [{ status: 200, body: tb.evil }] },
    { name: "down", tarball: [{ status: 503 }] },
    { name: "slow", tarball: [{ stall: true, body: tb.api }] },
    { name: "gone", size: 12, tarball: [{ status: 404, message: "Not Found" }] },
    { name: "empty", size: 0, tarball: [{ status: 404, message: "Not Found" }] },
    { name: "throttled", tarball: [{ status: 429, headers: { "retry-after": "3600" } }] },
    { name: "badinv", tarball: [{ status: 200, body: tb.badInventory }] },
    { name: "old", archived: true, tarball: [{ status: 200, body: tb.api }] },
    { name: "forked", fork: true, tarball: [{ status: 200, body: tb.api }] },
  ];
}

export async function startFakeGitHub(repos: FakeRepo[], options: { perPage?: number; token?: string } = {}): Promise<FakeGitHub> {
  const perPage = options.perPage ?? 4;
  const log: string[] = [];
  const times = new Map<string, number[]>();
  const started = Date.now();
  const hits = new Map<string, number>();
  const sockets = new Set<Socket>();
  let base = "";

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", base);
    log.push(url.pathname + url.search);
    times.set(url.pathname, [...(times.get(url.pathname) ?? []), Date.now() - started]);
    const n = (hits.get(url.pathname + url.search) ?? 0) + 1;
    hits.set(url.pathname + url.search, n);
    if (options.token && req.headers.authorization !== `Bearer ${options.token}` && !url.pathname.startsWith("/codeload/")) {
      return json(res, 401, { message: "Bad credentials" });
    }
    const list = /^\/orgs\/acme\/repos$/.exec(url.pathname);
    if (list) {
      const page = Number(url.searchParams.get("page") ?? "1");
      // Page 2 is rate limited once, page 3 fails once: listing retries too.
      if (page === 2 && n === 1) return json(res, 429, { message: "slow down" }, { "retry-after": "0" });
      if (page === 3 && n === 1) return json(res, 500, { message: "oops" });
      const slice = repos.slice((page - 1) * perPage, page * perPage);
      const last = Math.ceil(repos.length / perPage);
      const headers: Record<string, string> = {};
      if (page < last) headers.link = `<${base}/orgs/acme/repos?type=all&per_page=100&page=${page + 1}>; rel="next", <${base}/orgs/acme/repos?page=${last}>; rel="last"`;
      return json(
        res,
        200,
        slice.map((r) => ({
          full_name: `acme/${r.name}`,
          default_branch: "main",
          archived: r.archived ?? false,
          fork: r.fork ?? false,
          private: (r.visibility ?? "private") !== "public",
          visibility: r.visibility ?? "private",
          topics: r.topics ?? [],
          size: r.size ?? 100,
        })),
        headers,
      );
    }
    if (/^\/(orgs|users)\//.test(url.pathname)) return json(res, 404, { message: "Not Found" });
    const codeload = /^\/codeload\/acme\/([^/]+)$/.exec(url.pathname);
    const tar = /^\/repos\/acme\/([^/]+)\/tarball(?:\/(.+))?$/.exec(url.pathname);
    const name = codeload?.[1] ?? tar?.[1];
    const repo = repos.find((r) => r.name === name);
    if (!repo) return json(res, 404, { message: "Not Found" });
    const step = codeload ? repo.tarball.find((s) => "body" in s)! : repo.tarball[Math.min(n, repo.tarball.length) - 1]!;
    if ("stall" in step) {
      res.writeHead(200, { "content-type": "application/x-gzip" });
      res.write(step.body.subarray(0, 64)); // then nothing, ever
      return;
    }
    if (step.status === 200 && "body" in step) {
      if (step.redirect && !codeload) {
        res.writeHead(302, { location: `${base}/codeload/acme/${repo.name}` });
        return res.end();
      }
      res.writeHead(200, { "content-type": "application/x-gzip", "content-length": String(step.body.length) });
      return res.end(step.body);
    }
    const s = step as { status: number; headers?: Record<string, string>; message?: string };
    return json(res, s.status, { message: s.message ?? `status ${s.status}` }, s.headers);
  };

  const server: Server = createServer(handler);
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const addr = server.address();
  if (!addr || typeof addr === "string") throw new Error("no address");
  base = `http://127.0.0.1:${addr.port}`;
  return {
    url: base,
    log,
    times,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
