import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadCatalog } from "../catalog/load.js";
import { ApiError, listOrgRepos, type ApiOptions } from "../github/org-repos.js";
import { parseInventory } from "../inventory/load.js";
import { selectRepos, shard, type RepoFilter } from "../org/filter.js";
import { scanOrg, type OrgProgress } from "../org/org-scan.js";
import { ORG_FORMATS, writeAtomic } from "../org/output.js";
import { packageVersion } from "../package-root.js";
import { UsageError, type Command, type CommandIO } from "./types.js";

const VISIBILITIES = ["public", "private", "internal"] as const;

function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} takes a positive number`);
  return n;
}

/** A progress bar on a terminal, a line per repository in CI (and when stderr is not a terminal). */
function progressReporter(io: CommandIO, mode: "bar" | "lines" | "none"): { report: (p: OrgProgress) => void; end: () => void } {
  if (mode === "none") return { report: () => {}, end: () => {} };
  if (mode === "lines") {
    return {
      report: (p) => io.stderr(`[${p.done}/${p.total}] ${p.repository}: ${p.outcome === "scanned" ? "scanned" : "ERROR"} — ${p.detail} (${(p.ms / 1000).toFixed(1)} s)\n`),
      end: () => {},
    };
  }
  let errors = 0;
  return {
    report: (p) => {
      if (p.outcome === "error") errors++;
      const width = 30;
      const filled = Math.round((p.done / Math.max(1, p.total)) * width);
      const name = p.repository.length > 40 ? `…${p.repository.slice(-39)}` : p.repository;
      io.stderr(`\r\x1b[2K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${p.done}/${p.total}${errors ? ` (${errors} failed)` : ""} ${name}`);
    },
    end: () => io.stderr("\n"),
  };
}

export const orgCommand: Command = {
  summary: "scan every repository of a GitHub organisation (default branches, as tarballs)",
  usage: `shadow-ai org <org> [options]

Lists the organisation's repositories through the GitHub API, downloads each
default branch as a tarball and scans it as a stream (nothing is written to
disk, no git runs). Each repository is held against its own inventory file if
it has one, else --inventory. Every repository ends up scanned or under
"errors" with the reason.

Options:
  -f, --format <${Object.keys(ORG_FORMATS).join("|")}>  output format (default: markdown)
  -o, --output <file>             write to a file (atomically) instead of stdout
      --created <ISO 8601 time>   spdx: the document's time (default: the report's generatedAt)
  -i, --inventory <file>          the central inventory, for repositories without their own
      --token <token>             API token (default: $GITHUB_TOKEN)
      --api-url <url>             API base (default: $GITHUB_API_URL, else https://api.github.com)
      --include-archived          scan archived repositories too
      --include-forks             scan forks too
      --visibility <v>            only public, private or internal repositories (repeatable)
      --topic <topic>             only repositories with this topic (repeatable: any of them)
      --repo <glob>               only repositories whose name matches (repeatable)
      --exclude-repo <glob>       never repositories whose name matches (repeatable)
      --only <owner/name,…>       scan exactly these repositories, without listing (a shard)
      --list                      print the selected repositories as JSON and stop
      --shards <n>                with --list: print a GitHub Actions matrix of at most n shards
      --per-shard <n>             with --shards: at least this many repositories per shard (default 1)
      --concurrency <n>           repositories scanned at once (default 4)
      --timeout <seconds>         per repository (default 600)
      --max-archive-bytes <n>     per repository, compressed and unpacked (default 1 GiB)
      --max-file-size <bytes>     skip files larger than this (default 1048576)
      --retries <n>               tries per API request on 429/403 rate limits, 5xx and
                                  network errors (default 5)
      --max-wait <seconds>        longest wait for a retry (retry-after, backoff; default 60)
      --progress <auto|bar|lines|none>  on stderr (auto: lines in CI, a bar on a terminal)
      --fail-on-error             exit 1 when any repository could not be scanned
      --fail-on-blocking          exit 1 when any repository has a blocking finding
`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "markdown" },
        output: { type: "string", short: "o" },
        inventory: { type: "string", short: "i" },
        token: { type: "string" },
        "api-url": { type: "string" },
        "include-archived": { type: "boolean" },
        "include-forks": { type: "boolean" },
        visibility: { type: "string", multiple: true },
        topic: { type: "string", multiple: true },
        repo: { type: "string", multiple: true },
        "exclude-repo": { type: "string", multiple: true },
        only: { type: "string", multiple: true },
        list: { type: "boolean" },
        shards: { type: "string" },
        "per-shard": { type: "string" },
        concurrency: { type: "string" },
        timeout: { type: "string" },
        "max-archive-bytes": { type: "string" },
        "max-file-size": { type: "string" },
        retries: { type: "string" },
        "max-wait": { type: "string" },
        progress: { type: "string", default: "auto" },
        "fail-on-error": { type: "boolean" },
        "fail-on-blocking": { type: "boolean" },
        created: { type: "string" },
      },
    });
    if (positionals.length !== 1) throw new UsageError("org takes one organisation name");
    const org = positionals[0]!;
    const render = ORG_FORMATS[values.format!];
    if (!render) throw new UsageError(`unknown format '${values.format}' (one of: ${Object.keys(ORG_FORMATS).join(", ")})`);
    if (values.created !== undefined && Number.isNaN(Date.parse(values.created))) throw new UsageError(`--created: not a date: ${values.created}`);
    for (const v of values.visibility ?? []) {
      if (!(VISIBILITIES as readonly string[]).includes(v)) throw new UsageError(`--visibility takes ${VISIBILITIES.join(", ")}`);
    }
    if (!["auto", "bar", "lines", "none"].includes(values.progress!)) throw new UsageError("--progress takes auto, bar, lines or none");
    if (values.shards !== undefined && !values.list) throw new UsageError("--shards goes with --list");

    const api: ApiOptions = {
      apiUrl: values["api-url"] || process.env.GITHUB_API_URL || "https://api.github.com",
      token: values.token || process.env.GITHUB_TOKEN || undefined,
      userAgent: `shadow-ai/${packageVersion()}`,
      retry: { attempts: positiveInt(values.retries, "--retries", 5), maxDelayMs: positiveInt(values["max-wait"], "--max-wait", 60) * 1000 },
    };
    try {
      new URL(api.apiUrl);
    } catch {
      throw new UsageError(`--api-url: not a URL: ${api.apiUrl}`);
    }
    const filter: RepoFilter = {
      archived: values["include-archived"],
      forks: values["include-forks"],
      visibility: values.visibility as RepoFilter["visibility"],
      topics: values.topic,
      include: values.repo,
      exclude: values["exclude-repo"],
    };

    if (values.list) {
      const listed = await listOrgRepos(org, api).catch((err: unknown) => {
        throw err instanceof ApiError ? new UsageError(err.reason) : err;
      });
      const { selected } = selectRepos(listed, filter);
      const out =
        values.shards !== undefined
          ? { include: shard(selected, Math.min(256, positiveInt(values.shards, "--shards", 1)), positiveInt(values["per-shard"], "--per-shard", 1)).map((s) => ({ shard: s.shard, repos: s.repos.join(",") })) }
          : selected.map((r) => ({ name: r.fullName, defaultBranch: r.defaultBranch ?? null, size: r.size }));
      io.stdout(`${JSON.stringify(out)}\n`);
      return 0;
    }

    // The central inventory is read and validated once, before any download.
    let fallbackInventory: { text: string; file: string } | undefined;
    if (values.inventory) {
      const text = await readFile(values.inventory, "utf8").catch((err: NodeJS.ErrnoException) => {
        throw new UsageError(`${values.inventory}: cannot read the inventory: ${err.code ?? err.message}`);
      });
      parseInventory(text, { file: values.inventory, catalog: loadCatalog() });
      fallbackInventory = { text, file: values.inventory };
    }

    const mode = values.progress === "auto" ? (process.env.CI === "true" ? "lines" : process.stderr.isTTY ? "bar" : "lines") : (values.progress as "bar" | "lines" | "none");
    const progress = progressReporter(io, mode);
    const epoch = Number(process.env.SOURCE_DATE_EPOCH);
    const generatedAt = (Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date()).toISOString();
    let result;
    try {
      result = await scanOrg({
        org,
        api,
        filter,
        only: values.only?.flatMap((o) => o.split(/[\s,]+/)).filter(Boolean),
        concurrency: positiveInt(values.concurrency, "--concurrency", 4),
        timeoutMs: positiveInt(values.timeout, "--timeout", 600) * 1000,
        maxArchiveBytes: positiveInt(values["max-archive-bytes"], "--max-archive-bytes", 1024 * 1024 * 1024),
        maxFileSize: values["max-file-size"] ? positiveInt(values["max-file-size"], "--max-file-size", 0) : undefined,
        fallbackInventory,
        generatedAt,
        tool: { name: "shadow-ai", version: packageVersion(), catalogVersion: loadCatalog().version },
        progress: progress.report,
        onSelected: (total, skipped) => {
          if (mode !== "none") io.stderr(`shadow-ai: ${total} repositories to scan in ${org}${skipped ? ` (${skipped} left out by filters)` : ""}\n`);
        },
      });
    } catch (err) {
      // Listing failed: nothing was scanned, so there is no report to write.
      if (err instanceof ApiError) throw new UsageError(err.reason);
      throw err;
    } finally {
      progress.end();
    }
    const { report } = result;
    const out = render(report, { created: values.created });
    if (values.output) await writeAtomic(values.output, out);
    else io.stdout(out);
    const r = report.rollup.repositories;
    if (mode !== "none") io.stderr(`shadow-ai: ${r.scanned} scanned, ${r.errors} not scanned, ${r.blocking} with blocking findings\n`);
    if (values["fail-on-error"] && report.errors.length > 0) {
      io.stderr(`shadow-ai: ${report.errors.length} repositories could not be scanned (--fail-on-error)\n`);
      return 1;
    }
    return values["fail-on-blocking"] && r.blocking > 0 ? 1 : 0;
  },
};
