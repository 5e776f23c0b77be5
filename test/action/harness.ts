// Runs the bundled action as the runner does: `node dist/index.js` with INPUT_*
// variables, an event payload file, summary and output files, a git workspace,
// and the GitHub API served by a local HTTP server.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
export const OWNER = "acme";
export const REPO = "shop";

/**
 * The bundle the tests run: `npm run build`'s dist/, copied to a private folder
 * inside the package (so the package root, rules/ and schema/ resolve as from
 * dist/) — other processes rebuilding dist/ mid-test cannot pull it away.
 */
let bundle = join(ROOT, "dist", "index.js");

export function buildOnce(): void {
  execFileSync("node", ["scripts/build.mjs"], { cwd: ROOT, stdio: "inherit" });
  const copy = join(ROOT, ".tmp", `action-dist-${process.pid}`);
  rmSync(copy, { recursive: true, force: true });
  cpSync(join(ROOT, "dist"), copy, { recursive: true });
  if (!existsSync(join(copy, "index.js"))) throw new Error("dist/index.js vanished while copying: another build ran; run again");
  bundle = join(copy, "index.js");
}

export function removeBuild(): void {
  if (bundle.includes(`action-dist-${process.pid}`)) rmSync(dirname(bundle), { recursive: true, force: true });
}

function git(cwd: string, ...args: string[]): string {
  return gitRaw(cwd, ...args).trim();
}

function gitRaw(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["--literal-pathspecs", ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" },
  });
}

/** A file's text, a file with a mode (`0o755`), a symlink, or null: delete the file or folder. */
export type Entry = string | null | { text: string; mode: number } | { symlink: string };
/** Plain text files (null deletes). */
export type Tree = Record<string, string | null>;
/** Files with modes and symlinks too. */
export type RichTree = Record<string, Entry>;

function write(dir: string, tree: RichTree): void {
  for (const [p, entry] of Object.entries(tree)) {
    const abs = join(dir, p);
    rmSync(abs, { recursive: true, force: true });
    if (entry === null) continue;
    mkdirSync(dirname(abs), { recursive: true });
    if (typeof entry === "string") writeFileSync(abs, entry);
    else if ("symlink" in entry) symlinkSync(entry.symlink, abs);
    else {
      writeFileSync(abs, entry.text);
      chmodSync(abs, entry.mode);
    }
  }
}

/** The pull request's files as the API's pulls/files lists them, from git's own view of the change. */
function apiFiles(dir: string, base: string, head: string): Repo["files"] {
  const parts = gitRaw(dir, "diff", "--name-status", "-z", "-M", "-C", base, head).split("\0");
  const files: Repo["files"] = [];
  const STATUS: Record<string, string> = { A: "added", D: "removed", M: "modified", T: "changed", R: "renamed", C: "copied" };
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++];
    if (!code) continue;
    const pair = code[0] === "R" || code[0] === "C";
    const from = parts[i++]!;
    const filename = pair ? parts[i++]! : from;
    const full = gitRaw(dir, "diff", "-M", base, head, "--", ...(pair && code[0] === "R" ? [from, filename] : [filename]));
    const at = full.indexOf("\n@@");
    files.push({
      filename,
      status: STATUS[code[0]!] ?? "modified",
      ...(pair ? { previous_filename: from } : {}),
      ...(at >= 0 && code[0] !== "C" ? { patch: full.slice(at + 1) } : {}),
    });
  }
  return files;
}

export interface Repo {
  dir: string;
  base: string;
  head: string;
  /** The diff of the head against the base, as the API's `patch` per file. */
  files: { filename: string; status: string; previous_filename?: string; patch?: string }[];
  cleanup(): void;
}

/** A git repository with a base commit on main and a head commit on a branch; HEAD is the head. */
export function makeRepo(base: RichTree, change: RichTree): Repo {
  const dir = mkdtempSync(join(tmpdir(), "shadow-ai-e2e-"));
  git(dir, "init", "-q", "-b", "main");
  git(dir, "config", "commit.gpgsign", "false");
  write(dir, base);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "base");
  const baseSha = git(dir, "rev-parse", "HEAD");
  git(dir, "checkout", "-q", "-b", "feature");
  write(dir, change);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", "head");
  const headSha = git(dir, "rev-parse", "HEAD");
  const files = apiFiles(dir, baseSha, headSha);
  return { dir, base: baseSha, head: headSha, files, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * What actions/checkout gives a pull_request by default: a detached merge of the
 * head into the base branch, after the base branch moved on (`baseMoves`).
 */
export function mergeCheckout(repo: Repo, baseMoves: Tree): string {
  git(repo.dir, "checkout", "-q", "main");
  write(repo.dir, baseMoves);
  git(repo.dir, "add", "-A");
  git(repo.dir, "commit", "-q", "-m", "main moves on");
  git(repo.dir, "checkout", "-q", "--detach", "main");
  git(repo.dir, "merge", "-q", "--no-ff", "-m", "Merge feature into main", "feature");
  return git(repo.dir, "rev-parse", "HEAD");
}

/** A depth-1 clone of the head (what actions/checkout gives by default): the base commit is not there. */
export function shallowClone(repo: Repo): string {
  const dir = mkdtempSync(join(tmpdir(), "shadow-ai-shallow-"));
  git(tmpdir(), "clone", "-q", "--depth", "1", "--branch", "feature", `file://${repo.dir}`, dir);
  return dir;
}

export function pullRequestEvent(repo: Repo, opts: { number?: number; fork?: boolean } = {}): Record<string, unknown> {
  const number = opts.number ?? 7;
  const full = `${OWNER}/${REPO}`;
  return {
    action: "synchronize",
    number,
    pull_request: {
      number,
      state: "open",
      changed_files: repo.files.length,
      base: { ref: "main", sha: repo.base, repo: { full_name: full, name: REPO, owner: { login: OWNER } } },
      head: { ref: "feature", sha: repo.head, repo: { full_name: opts.fork ? `outsider/${REPO}` : full, name: REPO, owner: { login: opts.fork ? "outsider" : OWNER } } },
    },
    repository: { full_name: full, name: REPO, owner: { login: OWNER } },
  };
}

export interface Recorded {
  method: string;
  url: string;
  body: string;
}

export interface FakeApi {
  url: string;
  requests: Recorded[];
  /** The most contents requests that were in flight at once. */
  maxContentsInFlight(): number;
  close(): Promise<void>;
}

export interface ApiOptions {
  files?: Repo["files"];
  comments?: { id: number; body: string }[];
  /** Answer comment writes with 403, as a fork's read-only token gets. */
  readOnly?: boolean;
  /** File contents at a ref, for the contents endpoint: ref → path → text. */
  contents?: Record<string, Record<string, string>>;
  /** Answer each contents request after this long (to see how many the action keeps in flight). */
  contentsDelayMs?: number;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** The slice of the GitHub REST API the action uses, on 127.0.0.1. */
export async function fakeApi(opts: ApiOptions = {}): Promise<FakeApi> {
  const requests: Recorded[] = [];
  const comments = [...(opts.comments ?? [])];
  const prefix = `/repos/${OWNER}/${REPO}`;
  let inFlight = 0;
  let maxInFlight = 0;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      requests.push({ method: req.method ?? "", url: req.url ?? "", body });
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const page = Number(url.searchParams.get("page") ?? "1");
      const perPage = Number(url.searchParams.get("per_page") ?? "30");
      const path = url.pathname;
      if (req.method === "GET" && /\/pulls\/\d+\/files$/.test(path)) {
        const all = opts.files ?? [];
        const slice = all.slice((page - 1) * perPage, page * perPage);
        if (page * perPage < all.length) {
          res.setHeader("link", `<http://127.0.0.1${path}?per_page=${perPage}&page=${page + 1}>; rel="next"`);
        }
        return send(res, 200, slice);
      }
      if (req.method === "GET" && /\/issues\/\d+\/comments$/.test(path)) return send(res, 200, comments.map((c) => ({ ...c, html_url: `https://github.test/c/${c.id}` })));
      if (req.method === "POST" && /\/issues\/\d+\/comments$/.test(path)) {
        if (opts.readOnly) return send(res, 403, { message: "Resource not accessible by integration", status: "403" });
        const c = { id: 100 + comments.length, body: (JSON.parse(body) as { body: string }).body };
        comments.push(c);
        return send(res, 201, { ...c, html_url: `https://github.test/c/${c.id}` });
      }
      const patch = /\/issues\/comments\/(\d+)$/.exec(path);
      if (req.method === "PATCH" && patch) {
        if (opts.readOnly) return send(res, 403, { message: "Resource not accessible by integration" });
        const c = comments.find((x) => x.id === Number(patch[1]));
        if (!c) return send(res, 404, { message: "Not Found" });
        c.body = (JSON.parse(body) as { body: string }).body;
        return send(res, 200, { ...c, html_url: `https://github.test/c/${c.id}` });
      }
      if (req.method === "GET" && path.startsWith(`${prefix}/contents/`)) {
        const file = decodeURIComponent(path.slice(`${prefix}/contents/`.length));
        const text = opts.contents?.[url.searchParams.get("ref") ?? ""]?.[file];
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        setTimeout(() => {
          inFlight--;
          if (text === undefined) return send(res, 404, { message: "Not Found" });
          res.writeHead(200, { "content-type": "application/vnd.github.raw" });
          res.end(text);
        }, opts.contentsDelayMs ?? 0);
        return;
      }
      send(res, 404, { message: `not faked: ${req.method} ${path}` });
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, maxContentsInFlight: () => maxInFlight, close: () => new Promise((r) => server.close(() => r())) };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** `::error file=…,line=…` style commands, parsed. */
  commands: { command: string; props: Record<string, string>; message: string }[];
}

/** GITHUB_OUTPUT's `name<<delimiter … delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join("\n");
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

export function parseCommands(stdout: string): RunResult["commands"] {
  const out: RunResult["commands"] = [];
  for (const line of stdout.split("\n")) {
    const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? "").split(",").filter(Boolean)) {
      const eq = kv.indexOf("=");
      props[kv.slice(0, eq)] = unescapeData(kv.slice(eq + 1).replace(/%3A/g, ":").replace(/%2C/g, ","));
    }
    out.push({ command: m[1]!, props, message: unescapeData(m[3]!) });
  }
  return out;
}

export async function runAction(opts: {
  workspace: string;
  eventName: string;
  event: Record<string, unknown>;
  inputs?: Record<string, string>;
  apiUrl: string;
  /** Extra environment variables for the run. */
  env?: Record<string, string>;
}): Promise<RunResult> {
  const tmp = mkdtempSync(join(tmpdir(), "shadow-ai-runner-"));
  const eventPath = join(tmp, "event.json");
  const summaryPath = join(tmp, "summary.md");
  const outputPath = join(tmp, "output.txt");
  writeFileSync(eventPath, JSON.stringify(opts.event));
  writeFileSync(summaryPath, "");
  writeFileSync(outputPath, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: tmp,
    INPUT_TOKEN: "ghs_test_token",
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(env, opts.env);
  const child = spawn(process.execPath, [bundle], { cwd: opts.workspace, env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  const code = await new Promise<number | null>((r) => child.on("close", r));
  const result: RunResult = {
    code,
    stdout,
    stderr,
    summary: readFileSync(summaryPath, "utf8"),
    outputs: parseOutputs(readFileSync(outputPath, "utf8")),
    commands: parseCommands(stdout),
  };
  rmSync(tmp, { recursive: true, force: true });
  return result;
}
