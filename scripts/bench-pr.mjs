// npm run bench:pr [--changed N] [--files N] [--runs N] [--index other-build/index.js] [tree]
//
// A pull request's cost, as the runner pays it: copies a tree (default: the
// synthetic tree `npm run bench` generates, --files files) into a git
// repository, commits it as the base, changes --changed source files (default
// 50) on a branch, and runs the bundled action (dist/index.js) on a
// pull_request event with the diff read from git — no network. Prints the
// wall time of the action process (node start included), the scanner's own
// time (the report's stats.durationMs for the head side) and what was read.
// Not part of `npm test`.
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function parse(argv) {
  const opts = { changed: 50, files: 50_000, runs: 5, index: join(ROOT, "dist", "index.js"), tree: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--changed") opts.changed = Number(argv[++i]);
    else if (a === "--files") opts.files = Number(argv[++i]);
    else if (a === "--runs") opts.runs = Number(argv[++i]);
    else if (a === "--index") opts.index = resolve(argv[++i]);
    else if (a === "--help" || a === "-h") {
      console.log("npm run bench:pr -- [--changed N] [--files N] [--runs N] [--index dist-copy/index.js] [tree]");
      process.exit(0);
    } else opts.tree = resolve(a);
  }
  return opts;
}

const git = (cwd, ...args) => {
  const r = spawnSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.com", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function repository(tree, changed) {
  const dir = join(tmpdir(), `shadow-ai-bench-pr-${tree.replace(/[^A-Za-z0-9]+/g, "-").slice(-60)}-${changed}`);
  if (existsSync(join(dir, ".bench-ready"))) return JSON.parse(readFileSync(join(dir, ".bench-ready"), "utf8"));
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`preparing a git repository of ${tree} with ${changed} changed files … `);
  cpSync(tree, dir, { recursive: true, filter: (src) => !src.split(/[\\/]/).includes(".git") });
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "base");
  const base = git(dir, "rev-parse", "HEAD");
  git(dir, "checkout", "-q", "-b", "feature");
  // Every Nth source file, spread over the tree, gets one more line.
  const sources = git(dir, "ls-files").split("\n").filter((p) => /\.(ts|js|py|go|java)$/.test(p));
  const step = Math.max(1, Math.floor(sources.length / changed));
  const picked = sources.filter((_, i) => i % step === 0).slice(0, changed);
  for (const p of picked) appendFileSync(join(dir, p), p.endsWith(".py") ? "\n# changed\n" : "\n// changed\n");
  git(dir, "commit", "-q", "-am", "head");
  const head = git(dir, "rev-parse", "HEAD");
  const info = { dir, base, head, changed: picked.length };
  writeFileSync(join(dir, ".bench-ready"), JSON.stringify(info));
  console.log("done");
  return info;
}

function runAction(index, repo, diffScan) {
  const tmp = mkdtempSync(join(tmpdir(), "shadow-ai-bench-runner-"));
  const event = {
    action: "synchronize",
    number: 1,
    pull_request: {
      number: 1,
      changed_files: repo.changed,
      base: { ref: "main", sha: repo.base, repo: { full_name: "bench/repo" } },
      head: { ref: "feature", sha: repo.head, repo: { full_name: "bench/repo" } },
    },
    repository: { full_name: "bench/repo", name: "repo", owner: { login: "bench" } },
  };
  writeFileSync(join(tmp, "event.json"), JSON.stringify(event));
  for (const f of ["summary.md", "output"]) writeFileSync(join(tmp, f), "");
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: join(tmp, "event.json"),
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_REPOSITORY: "bench/repo",
    GITHUB_API_URL: "http://127.0.0.1:9", // never reached: the diff comes from git, comments are off
    GITHUB_STEP_SUMMARY: join(tmp, "summary.md"),
    GITHUB_OUTPUT: join(tmp, "output"),
    RUNNER_TEMP: tmp,
    INPUT_TOKEN: "unused",
    INPUT_COMMENT: "never",
    INPUT_BLOCK: "false",
    "INPUT_DIFF-SCAN": diffScan,
    "INPUT_JSON-FILE": join(tmp, "report.json"),
  };
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [index], { env, encoding: "utf8", maxBuffer: 1 << 26 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`the action failed (exit ${r.status}):\n${r.stdout.slice(-2000)}\n${r.stderr}`);
  const report = JSON.parse(readFileSync(join(tmp, "report.json"), "utf8"));
  rmSync(tmp, { recursive: true, force: true });
  return { wall, scan: report.stats.durationMs / 1000, files: report.stats.files, partial: report.target.partial === true };
}

const opts = parse(process.argv.slice(2));
if (!existsSync(opts.index)) {
  console.error("bench:pr: dist/index.js is missing: run `npm run build` first");
  process.exit(2);
}
let tree = opts.tree;
if (!tree) {
  tree = join(tmpdir(), `shadow-ai-bench-v2-${opts.files}`);
  if (!existsSync(`${tree}.done`)) {
    const r = spawnSync(process.execPath, [join(ROOT, "scripts", "bench.mjs"), "--files", String(opts.files), "--generate-only"], { stdio: "inherit" });
    if (r.status !== 0) process.exit(2);
  }
}
const repo = repository(tree, opts.changed);
console.log(`node ${process.version}, median of ${opts.runs} runs after one warm-up; ${repo.changed} changed files`);
console.log("diff-scan  wall s  scan s  files scanned  partial");
for (const mode of ["changed", "full"]) {
  const runs = [];
  for (let i = 0; i < opts.runs + 1; i++) runs.push(runAction(opts.index, repo, mode));
  const timed = runs.slice(1);
  const last = timed.at(-1);
  console.log(
    `${mode.padEnd(9)} ${median(timed.map((r) => r.wall)).toFixed(2).padStart(7)} ${median(timed.map((r) => r.scan)).toFixed(2).padStart(7)} ${String(last.files).padStart(14)}  ${last.partial ? "yes" : "no"}`,
  );
}
