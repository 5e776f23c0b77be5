// npm run bench [--runs N] [--files N] [--workers N] [--cli other/cli.js] [--floor] [path…]
//
// Scans each tree with the built CLI (dist/cli.js: run `npm run build` first) in
// a fresh child process per run, and prints files, MB, the median wall time
// (node start included), files/s, MB/s and peak RSS; with ripgrep installed, also
// rg's time over the same tree twice: as users compare (a plain `rg -c` of 49
// vendor tokens, scripts/bench-rg-patterns.txt, a copy of shared/bench's file)
// and with the catalog's own prefilter pattern (a heavier regex), and the ratios;
// each timed round runs the scan and then both rg commands, so a ratio compares
// runs made moments apart.
// Without paths it scans a deterministic synthetic tree of --files files (default
// 50,000: mixed languages, ~1% of files use an AI vendor), generated once under
// the temp folder. --workers N forces N scan worker threads (SHADOW_AI_WORKERS;
// 0: none), to show the pool's scaling on any machine: by default it engages
// only from 4 cores up (src/scan/pool.ts). --floor also times, stage by stage,
// a process that only walks, reads, prefilters, decodes and tokenizes the tree
// (scripts/bench-floor.ts): what no scan of it can go below on one thread.
// Not part of `npm test`: timings belong here, not in tests.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cliArg = process.argv.indexOf("--cli");
const RG_PATTERNS = join(ROOT, "scripts", "bench-rg-patterns.txt");
const CLI = cliArg > 0 ? resolve(process.argv[cliArg + 1]) : join(ROOT, "dist", "cli.js");
/** The floor's stages, each run in its own process (scripts/bench-floor.ts). */
const FLOOR_STAGES = ["walk", "read", "prefilter", "decode", "tokenize"];

// Child mode: run one scan in this process and report its peak RSS on fd 3.
if (process.argv[2] === "--child") {
  const [, , , tree, out] = process.argv;
  process.on("exit", () => writeSync(3, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })));
  process.argv = [process.argv[0], CLI, "scan", tree, "--format", "json", "--output", out, "--no-baseline"];
  await import(pathToFileURL(CLI).href);
} else {
  await main();
}

function parse(argv) {
  const opts = { runs: 5, files: 50_000, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runs") opts.runs = Number(argv[++i]);
    else if (a === "--cli") i++; // read above: another build to measure (a copy of dist/cli.js)
    else if (a === "--files") opts.files = Number(argv[++i]);
    else if (a === "--workers") opts.workers = argv[++i];
    else if (a === "--floor") opts.floor = true;
    else if (a === "--generate-only") opts.generateOnly = true; // bench:pr asks for the synthetic tree only
    else if (a === "--help" || a === "-h") {
      console.log("npm run bench -- [--runs N] [--files N] [--workers N] [--cli dist-copy/cli.js] [--floor] [path…]");
      process.exit(0);
    } else opts.paths.push(a);
  }
  return opts;
}

async function main() {
  const opts = parse(process.argv.slice(2));
  if (opts.generateOnly) {
    synthetic(opts.files);
    return;
  }
  if (!existsSync(CLI)) {
    console.error("bench: dist/cli.js is missing: run `npm run build` first");
    process.exit(2);
  }
  const trees = opts.paths.length > 0 ? opts.paths.map((p) => resolve(p)) : [synthetic(opts.files)];
  const catalogPattern = await prefilterPattern();
  const pattern = catalogPattern && rustRegex(catalogPattern);
  const rg = pattern && spawnSync("rg", ["--version"]).status === 0;
  const floor = opts.floor ? await floorProgram(catalogPattern) : undefined;
  if (!rg) console.log(pattern ? "(ripgrep not installed: no rg column)" : "(esbuild not installed: no rg column)");
  const rows = [];
  const rgArgs = (tree) => ({
    // The catalog's own prefilter pattern (a heavier regex than users type).
    prefilter: ["-c", "--no-require-git", "--no-messages", "-e", pattern, tree],
    // What users run and what issue #17 measures: plain rg over the same tree.
    plain: ["-c", "--hidden", "--no-ignore", "-g", "!.git", "-g", "!node_modules", "--no-messages", "-f", RG_PATTERNS, tree],
  });
  for (const tree of trees) {
    const walls = [];
    const rgTimes = { prefilter: [], plain: [] };
    const floorTimes = Object.fromEntries(FLOOR_STAGES.map((s) => [s, []]));
    let floorCounts;
    let rss = 0;
    let stats;
    const out = join(tmpdir(), `shadow-ai-bench-${process.pid}.json`);
    const args = rg ? rgArgs(tree) : undefined;
    // Round 0 warms the page cache and checks both tools work; it is not timed.
    // Each later round runs the scan, then rg (and the floor's stages), so a ratio
    // compares runs made within the same seconds: a shared machine's speed drifts over a sitting.
    for (let i = 0; i < opts.runs + 1; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", tree, out, "--cli", CLI], {
        stdio: ["ignore", "ignore", "pipe", "pipe"],
        maxBuffer: 1 << 26,
        env: opts.workers === undefined ? process.env : { ...process.env, SHADOW_AI_WORKERS: opts.workers },
      });
      const wall = (performance.now() - t0) / 1000;
      if (r.status !== 0 && r.status !== 1) {
        console.error(`bench: scan of ${tree} failed (exit ${r.status}):\n${r.stderr}`);
        process.exit(2);
      }
      rss = Math.max(rss, JSON.parse(r.output[3].toString()).maxRSS);
      if (i === 0) stats = JSON.parse(readFileSync(out, "utf8")).stats;
      else walls.push(wall);
      if (args) for (const k of ["prefilter", "plain"]) {
        const t = timeRg(args[k]);
        if (i > 0) rgTimes[k].push(t);
      }
      if (floor) for (const stage of FLOOR_STAGES) {
        const { seconds, counts } = runFloor(floor, tree, stage);
        if (i > 0) floorTimes[stage].push(seconds);
        floorCounts = counts;
      }
    }
    rmSync(out, { force: true });
    const wall = median(walls);
    const row = { tree, files: stats.files, mb: stats.bytes / 1e6, wall, rss: rss / 1024 };
    if (floor) row.floor = { ...Object.fromEntries(FLOOR_STAGES.map((s) => [s, median(floorTimes[s])])), counts: floorCounts };
    if (rg) {
      row.rg = median(rgTimes.prefilter);
      row.rgPlain = median(rgTimes.plain);
    }
    rows.push(row);
  }
  if (floor) rmSync(floor.dir, { recursive: true, force: true });
  const head = ["tree", "files", "MB", "wall s", "files/s", "MB/s", "peak RSS MB", ...(rg ? ["rg s", "× rg", "rg plain s", "× rg plain"] : [])];
  const body = rows.map((r) => [
    r.tree.replace(tmpdir(), "$TMP"),
    String(r.files),
    r.mb.toFixed(1),
    r.wall.toFixed(2),
    String(Math.round(r.files / r.wall)),
    (r.mb / r.wall).toFixed(1),
    String(Math.round(r.rss)),
    ...(rg ? [r.rg.toFixed(3), (r.wall / r.rg).toFixed(1), r.rgPlain.toFixed(3), (r.wall / r.rgPlain).toFixed(1)] : []),
  ]);
  console.log(`node ${process.version}, median of ${opts.runs} runs after one warm-up${opts.workers === undefined ? "" : `, SHADOW_AI_WORKERS=${opts.workers}`}`);
  printTable([head, ...body]);
  if (rg) console.log("× rg plain: against `rg -c --hidden --no-ignore -g '!.git' -g '!node_modules' -f scripts/bench-rg-patterns.txt` (compare this one); × rg: against the catalog's prefilter regex");
  if (floor) printFloor(rows, rg);
}

// ---------------------------------------------------------------------------
// The floor (--floor): scripts/bench-floor.ts, bundled from src/ by esbuild,
// run up to each stage in a fresh process per run, as the scan is.

/** Bundles the floor program and writes the catalog's pattern beside it; undefined without esbuild or a pattern. */
async function floorProgram(catalogPattern) {
  if (!catalogPattern) {
    console.log("(esbuild not installed: no floor)");
    return undefined;
  }
  const esbuild = await import("esbuild");
  const dir = join(ROOT, ".tmp", `bench-floor-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const script = join(dir, "bench-floor.mjs");
  const pattern = join(dir, "prefilter.txt");
  await bundle(esbuild, { entryPoints: [join(ROOT, "scripts", "bench-floor.ts")] }, script);
  writeFileSync(pattern, catalogPattern);
  return { dir, script, pattern };
}

/** One fresh process of the floor up to `stage`: its wall time, and what it counted. */
function runFloor(floor, tree, stage) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [floor.script, tree, stage, floor.pattern], { stdio: ["ignore", "pipe", "pipe"] });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`bench: the floor's ${stage} stage failed on ${tree}:\n${r.stderr}`);
  return { seconds, counts: JSON.parse(r.stdout.toString()) };
}

function printFloor(rows, rg) {
  console.log("\nfloor: a fresh process that stops after each stage (scripts/bench-floor.ts), one thread, no detector");
  const head = ["tree", "files read", "pass", ...FLOOR_STAGES.map((s) => `${s} s`), ...(rg ? ["tokenize × rg plain"] : []), "scan s (above)"];
  const body = rows.map(({ tree, wall, rgPlain, floor: f }) => [
    tree.replace(tmpdir(), "$TMP"),
    String(f.counts.read),
    String(f.counts.passed),
    ...FLOOR_STAGES.map((s) => f[s].toFixed(2)),
    ...(rg ? [(f.tokenize / rgPlain).toFixed(1)] : []),
    wall.toFixed(2),
  ]);
  printTable([head, ...body]);
}

/** The wall time of one `rg args` run (exit 1, no match, is a run too). */
function timeRg(args) {
  const t0 = performance.now();
  const r = spawnSync("rg", args, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  const t = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`rg failed: ${r.stderr}`);
  return t;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
}

/** Bundles `input` (esbuild's entryPoints or stdin) from src/ into one runnable ES module. */
function bundle(esbuild, input, outfile) {
  return esbuild.build({
    ...input,
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "warning",
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

/** Rust's regex syntax has no `\/` escape and no look-ahead: the end of a whole-word token becomes ASCII `\b` (tokens end with word characters). */
function rustRegex(source) {
  return source.replace(/\\\//g, "/").replaceAll("(?![A-Za-z0-9_])", String.raw`(?-u:\b)`);
}

/** The catalog's combined token pattern (what the scanner's prefilter matches, its source), from src/ through esbuild. */
async function prefilterPattern() {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    return undefined;
  }
  const outfile = join(ROOT, ".tmp", `bench-catalog-${process.pid}.mjs`);
  await bundle(esbuild, { stdin: { contents: 'export { loadCatalog } from "./src/catalog/load.ts";', resolveDir: ROOT, loader: "ts" } }, outfile);
  try {
    const { loadCatalog } = await import(pathToFileURL(outfile).href);
    return loadCatalog().prefilter.source;
  } finally {
    rmSync(outfile, { force: true });
  }
}

// ---------------------------------------------------------------------------
// The synthetic tree: deterministic (a seeded generator), mixed languages,
// about 1% of source files naming an AI vendor, plus the folders a scanner must
// prune (node_modules, dist, .git) and a .gitignore.

function synthetic(count) {
  const dir = join(tmpdir(), `shadow-ai-bench-v2-${count}`);
  if (existsSync(`${dir}.done`)) return dir;
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`generating ${count} files under ${dir} … `);
  let seed = 0x5eed;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const words = ["user", "order", "cart", "item", "price", "config", "session", "token", "cache", "queue", "event", "report", "invoice", "search", "index", "record", "widget", "layout", "render", "parse", "format", "stream", "buffer", "client", "server", "handler", "route", "model", "store", "state"];
  const ident = () => pick(words) + pick(words).replace(/^./, (c) => c.toUpperCase());
  const lines = (n, line) => Array.from({ length: n }, line).join("\n");
  const AI = {
    ts: [`import OpenAI from "openai";\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });`, `import Anthropic from "@anthropic-ai/sdk";\nconst a = new Anthropic();`, `const BASE = "https://api.mistral.ai/v1";`, `import { ChatOpenAI } from "@langchain/openai";`],
    py: [`from openai import OpenAI\nclient = OpenAI()`, `import anthropic\nc = anthropic.Anthropic()`, `import boto3\nbr = boto3.client("bedrock-runtime", region_name="eu-west-1")`, `from google import genai`],
    go: [`import "github.com/sashabaranov/go-openai"`],
    java: [`import com.openai.client.OpenAIClient;`],
    yml: [`llm:\n  endpoint: https://api.groq.com/openai/v1\n  model: llama-3.1-70b`],
    json: [`{ "dependencies": { "openai": "^4.0.0" } }`],
  };
  const gen = {
    ts: (ai) => `import { ${ident()} } from "./${pick(words)}";\nimport ${ident()} from "lodash";\n${ai ?? ""}\n` + lines(5 + Math.floor(rand() * 45), () => `export function ${ident()}(a: number, b: string): string { return \`\${a}-\${b}-${pick(words)}\`; } // ${pick(words)}`),
    js: (ai) => `const ${ident()} = require("./${pick(words)}");\n${ai ?? ""}\n` + lines(5 + Math.floor(rand() * 45), () => `function ${ident()}(x) { return x.${pick(words)} + "${pick(words)}"; }`),
    py: (ai) => `import os\nfrom .${pick(words)} import ${ident()}\n${ai ?? ""}\n` + lines(5 + Math.floor(rand() * 45), () => `def ${pick(words)}_${pick(words)}(x):\n    return x.get("${pick(words)}")  # ${pick(words)}`),
    go: (ai) => `package ${pick(words)}\n\n${ai ?? 'import "fmt"'}\n\n` + lines(5 + Math.floor(rand() * 35), () => `func ${ident()}(x int) string { return fmt.Sprintf("%d-${pick(words)}", x) }`),
    java: (ai) => `package com.example.${pick(words)};\n\n${ai ?? "import java.util.List;"}\n\npublic class ${ident()} {\n` + lines(5 + Math.floor(rand() * 35), () => `  public String ${pick(words)}${Math.floor(rand() * 100)}() { return "${pick(words)}"; }`) + "\n}",
    md: () => `# ${ident()}\n\n` + lines(5 + Math.floor(rand() * 30), () => `The ${pick(words)} ${pick(words)} is passed to the ${pick(words)} ${pick(words)} before it is ${pick(words)}ed.`),
    json: (ai) => ai ?? JSON.stringify(Object.fromEntries(Array.from({ length: 5 + Math.floor(rand() * 50) }, () => [ident(), pick(words)])), null, 2),
    yml: (ai) => (ai ?? "") + "\n" + lines(5 + Math.floor(rand() * 30), () => `${pick(words)}_${pick(words)}: ${pick(words)}`),
  };
  const mix = [["ts", 30], ["js", 15], ["py", 15], ["go", 5], ["java", 5], ["md", 12], ["json", 10], ["yml", 8]];
  const total = mix.reduce((a, [, w]) => a + w, 0);
  const kindOf = () => {
    let r = rand() * total;
    for (const [k, w] of mix) if ((r -= w) < 0) return k;
    return "ts";
  };
  const ext = { ts: "ts", js: "js", py: "py", go: "go", java: "java", md: "md", json: "json", yml: "yml" };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, ".gitignore"), "*.log\n/generated/\n");
  // What the walk must prune without reading: dependencies, build output, git objects.
  for (const pruned of ["node_modules/openai", "dist", ".git/objects", "generated"]) {
    mkdirSync(join(dir, pruned), { recursive: true });
    for (let i = 0; i < 50; i++) writeFileSync(join(dir, pruned, `f${i}.js`), `import OpenAI from "openai";\n`);
  }
  const perDir = 25;
  let written = 0;
  for (let d = 0; written < count; d++) {
    const sub = join(dir, "packages", `pkg${Math.floor(d / 20)}`, "src", `m${d % 20}`);
    mkdirSync(sub, { recursive: true });
    for (let f = 0; f < perDir && written < count; f++, written++) {
      const kind = kindOf();
      const ai = rand() < 0.01 && AI[kind] ? pick(AI[kind]) : undefined;
      writeFileSync(join(sub, `${pick(words)}${f}.${ext[kind]}`), gen[kind](ai) + "\n");
    }
  }
  writeFileSync(`${dir}.done`, "");
  console.log("done");
  return dir;
}
