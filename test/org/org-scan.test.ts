import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { listOrgRepos } from "../../src/github/org-repos.js";
import { selectRepos, shard } from "../../src/org/filter.js";
import { scanOrg, type OrgProgress } from "../../src/org/org-scan.js";
import { CENTRAL_INVENTORY, NOW } from "./helpers.js";
import { acmeRepos, SHA, startFakeGitHub, type FakeGitHub } from "./server.js";

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub(await acmeRepos(), { token: "t0ken" });
});
afterAll(async () => gh?.close());

const api = () => ({ apiUrl: gh.url, token: "t0ken", retry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 2000 } });
const tool = { name: "shadow-ai" as const, version: "0.0.0", catalogVersion: "test" };

describe("org scan against a fake GitHub on 127.0.0.1", () => {
  it("lists every page, retrying a 429 and a 500 on the way", async () => {
    const repos = await listOrgRepos("acme", api());
    expect(repos).toHaveLength(13);
    expect(repos.map((r) => r.fullName)).toContain("acme/forked");
    const pages = gh.log.filter((p) => p.startsWith("/orgs/acme/repos"));
    expect(pages.filter((p) => p.includes("page=2"))).toHaveLength(2);
    expect(pages.filter((p) => p.includes("page=3"))).toHaveLength(2);
    await expect(listOrgRepos("acme", { ...api(), token: "wrong" })).rejects.toThrow(/HTTP 401: Bad credentials/);
    await expect(listOrgRepos("nobody", api())).rejects.toThrow(/no organisation or user 'nobody'/);
  });

  it("filters: archived and forks out by default; visibility, topics and name globs", async () => {
    const repos = await listOrgRepos("acme", api());
    const names = (f: Parameters<typeof selectRepos>[1]) => selectRepos(repos, f).selected.map((r) => r.fullName.slice(5));
    expect(names({})).not.toContain("old");
    expect(names({})).not.toContain("forked");
    expect(names({ archived: true, forks: true })).toHaveLength(13);
    expect(names({ visibility: ["public"] })).toEqual(["docs-site"]);
    expect(names({ topics: ["service"] })).toEqual(["api"]);
    expect(names({ include: ["d*"] })).toEqual(["docs-site", "down"]);
    expect(names({ include: ["acme/*"], exclude: ["s*", "*inv"] })).not.toContain("slow");
    expect(selectRepos(repos, {}).skipped).toEqual([
      { repository: "acme/forked", reason: "fork (--include-forks to scan)" },
      { repository: "acme/old", reason: "archived (--include-archived to scan)" },
    ]);
    const shards = shard(repos, 4, 3);
    expect(shards).toHaveLength(4);
    expect(shards.flatMap((s) => s.repos).sort()).toEqual(repos.map((r) => r.fullName).sort());
    expect(shard(repos, 256, 1)).toHaveLength(13);
  });

  it("accounts for every repository: scanned, or an error with its reason", async () => {
    const events: OrgProgress[] = [];
    const { report, skipped } = await scanOrg({
      org: "acme",
      api: api(),
      concurrency: 3,
      timeoutMs: 4000, // generous: other test files load the machine; only acme/slow may hit it
      fallbackInventory: { text: readFileSync(CENTRAL_INVENTORY, "utf8"), file: "inventory.yml" },
      now: NOW,
      tool,
      progress: (p) => events.push(p),
    });
    expect(report.repositories.map((r) => r.name)).toEqual(["acme/api", "acme/docs-site", "acme/evil", "acme/ml", "acme/web"]);
    expect(Object.fromEntries(report.errors.map((e) => [e.repository, e.reason]))).toEqual({
      "acme/badinv": expect.stringMatching(/^invalid inventory: .*status/s),
      "acme/down": "HTTP 503 Service Unavailable after 3 attempts",
      "acme/empty": "empty repository (nothing to archive)",
      "acme/gone": "not found (404): HTTP 404: Not Found",
      "acme/slow": "timed out after 4 s",
      "acme/throttled": "rate limited (HTTP 429): the API asks to wait 3600 s, over the 2 s limit",
    });
    expect(skipped.map((s) => s.repository)).toEqual(["acme/forked", "acme/old"]);
    expect(report.skipped).toEqual(skipped);
    expect(report.repositories.length + report.errors.length + skipped.length).toBe(13);
    expect(events).toHaveLength(11);
    expect(events.at(-1)!.done).toBe(11);

    const byName = Object.fromEntries(report.repositories.map((r) => [r.name, r]));
    // Its own inventory for acme/api, the central one for the rest.
    expect(byName["acme/api"]!.report.inventory.path).toBe(".github/ai-vendors.yml");
    expect(byName["acme/api"]!.declared!.openai!.purpose).toBe("Support ticket summaries");
    expect(byName["acme/web"]!.report.inventory.path).toBe("inventory.yml");
    expect(byName["acme/web"]!.report.vendors.map((v) => `${v.id}:${v.status}`)).toEqual(["anthropic:restricted"]);
    expect(byName["acme/ml"]!.report.findings.filter((f) => f.blocking).map((f) => f.rule).sort()).toEqual([
      "prohibited-vendor", "undeclared-vendor", "undeclared-vendor",
    ]);
    expect(byName["acme/api"]!.report.target).toEqual({ root: "acme/api", commit: SHA });
    // The malicious archive: refused entries, each with a diagnostic; only the harmless file read.
    const evil = byName["acme/evil"]!.report;
    expect(evil.vendors.map((v) => v.id)).toEqual(["cohere"]);
    expect(evil.diagnostics.filter((d) => d.message.startsWith("refused archive entry")).map((d) => d.file).sort()).toEqual([
      "/etc/cron.d/evil.py", "acme-evil-1111111/../../etc/passwd", "hard.py", "link.py",
    ]);

    // Retries: the 429 waited its retry-after (1 s); the secondary limit and the 502 were retried.
    const web = gh.times.get("/repos/acme/web/tarball/main")!;
    expect(web).toHaveLength(2);
    expect(web[1]! - web[0]!).toBeGreaterThanOrEqual(950);
    expect(gh.times.get("/repos/acme/ml/tarball/main")).toHaveLength(3);
    expect(gh.times.get("/repos/acme/down/tarball/main")).toHaveLength(3);
    expect(gh.times.get("/repos/acme/throttled/tarball/main")).toHaveLength(1);
    // The redirect to the archive host was followed.
    expect(gh.log).toContain("/codeload/acme/api");
  });

  it("--only scans exactly the named repositories without listing", async () => {
    const before = gh.log.length;
    const { report } = await scanOrg({ org: "acme", api: api(), only: ["acme/docs-site", "gone"], tool, now: NOW });
    expect(report.repositories.map((r) => r.name)).toEqual(["acme/docs-site"]);
    expect(report.errors.map((e) => e.repository)).toEqual(["acme/gone"]);
    expect(gh.log.slice(before).some((p) => p.startsWith("/orgs/"))).toBe(false);
    expect(gh.log.slice(before)).toContain("/repos/acme/docs-site/tarball");
  });

  it("a cap on archive size makes a repository an error, not a crash", async () => {
    const { report } = await scanOrg({ org: "acme", api: api(), only: ["acme/api"], maxArchiveBytes: 200, tool, now: NOW });
    expect(report.errors).toEqual([{ repository: "acme/api", reason: expect.stringMatching(/^too large: the archive is \d+ bytes, over 200$/) }]);
  });
});
