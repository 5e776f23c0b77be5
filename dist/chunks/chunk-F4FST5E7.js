import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  DEFAULT_BASELINE,
  assembleReport,
  findInventory,
  readBaseline
} from "./chunk-LFQAQDWO.js";
import {
  extendCatalog,
  loadInventory
} from "./chunk-TVG7CJUS.js";
import {
  bootFrom,
  startPool,
  workerCount
} from "./chunk-BAV54NIF.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  discover,
  discoverOnly,
  fileKind,
  scanFiles
} from "./chunk-MNL3WBNY.js";
import {
  loadCatalog
} from "./chunk-2YU2PO3X.js";

// src/history/tool-commits.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var HISTORY_WINDOW = /^[1-9][0-9]*[dwmy]$/;
function windowStart(window, now) {
  const m = /^(\d+)([dwmy])$/.exec(window);
  if (!m) throw new Error(`not a history window: ${window} (90d, 12w, 6m, 1y)`);
  const n = Number(m[1]);
  const y = now.getUTCFullYear();
  const mo = now.getUTCMonth();
  const d = now.getUTCDate();
  const start = m[2] === "d" || m[2] === "w" ? new Date(Date.UTC(y, mo, d - n * (m[2] === "w" ? 7 : 1))) : new Date(Date.UTC(y, mo - (m[2] === "m" ? n : 12 * n), d));
  return start.toISOString().slice(0, 10);
}
var FORMAT = "%x1e%as%x1f%an%x1f%ae%x1f%cn%x1f%ce%x1f%(trailers:key=Co-authored-by,valueonly,unfold,separator=%x1d)%x1f%B";
var BASE_ARGS = ["-c", "core.fsmonitor=false", "-c", "log.showSignature=false", "-c", "core.quotepath=false", "--no-pager"];
async function git(cwd, args) {
  const { stdout } = await run("git", [...BASE_ARGS, ...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" });
  return stdout;
}
function person(value) {
  const v = value.trim();
  const open = v.lastIndexOf("<");
  if (open < 0 || !v.endsWith(">")) return { name: v, email: "" };
  return { name: v.slice(0, open).trim(), email: v.slice(open + 1, -1) };
}
async function toolCommits(root, window, now, catalog) {
  const diagnostics = [];
  const since = windowStart(window, now);
  try {
    await git(root, ["rev-parse", "--git-dir"]);
  } catch (err) {
    const missing = err.code === "ENOENT";
    return { hits: [], diagnostics: [{ file: ".", message: missing ? "--history: git is not installed; commit history not read" : "--history: not a git repository; commit history not read" }] };
  }
  try {
    if ((await git(root, ["rev-parse", "--is-shallow-repository"])).trim() === "true") {
      diagnostics.push({
        file: ".",
        message: `--history ${window}: a shallow clone holds only part of the history since ${since}; check out with fetch-depth: 0 for the whole window`
      });
    }
  } catch {
  }
  let out;
  try {
    out = await git(root, ["log", `--since=${since}T00:00:00Z`, `--format=${FORMAT}`, "--", "."]);
  } catch (err) {
    const empty = /does not have any commits|bad default revision/.test(String(err.stderr ?? ""));
    if (!empty) diagnostics.push({ file: ".", message: "--history: git log failed; commit history not read" });
    return { hits: [], diagnostics };
  }
  const tally = /* @__PURE__ */ new Map();
  for (const record of out.split("")) {
    if (!record.trim()) continue;
    const [date = "", an = "", ae = "", cn = "", ce = "", trailers = "", ...body] = record.split("");
    const tools = catalog.tools.matchCommit({
      coAuthors: trailers.split("").filter((t) => t.trim()).map(person),
      people: [
        { name: an, email: ae },
        { name: cn, email: ce }
      ],
      lines: body.join("").split("\n")
    });
    for (const tool of new Set(tools)) {
      const t = tally.get(tool) ?? { commits: 0, last: "" };
      t.commits++;
      if (date > t.last) t.last = date;
      tally.set(tool, t);
    }
  }
  const hits = [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([tool, t]) => ({ tool, evidence: { kind: "commit", commits: t.commits, last: t.last } }));
  return { hits, diagnostics };
}

// src/scan/scan.ts
import { access } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { isAbsolute, join as join3, relative, resolve as resolvePath, sep } from "node:path";

// src/discover/git-head.ts
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
async function gitHead(root) {
  try {
    let gitDir = join(root, ".git");
    const dotGit = await readFile(gitDir, "utf8").catch(() => void 0);
    if (dotGit?.startsWith("gitdir:")) gitDir = resolve(root, dotGit.slice(7).trim());
    const head = (await readFile(join(gitDir, "HEAD"), "utf8")).trim();
    const common = await readFile(join(gitDir, "commondir"), "utf8").then((c) => resolve(gitDir, c.trim())).catch(() => void 0);
    if (/^[0-9a-f]{40,64}$/.test(head)) return head;
    const ref = /^ref:\s*(.+)$/.exec(head)?.[1];
    if (!ref) return null;
    for (const dir of common ? [gitDir, common] : [gitDir]) {
      const loose = await readFile(join(dir, ref), "utf8").catch(() => void 0);
      if (loose) return loose.trim();
    }
    const packed = await readFile(join(common ?? gitDir, "packed-refs"), "utf8").catch(() => "");
    const line = packed.split("\n").find((l) => l.endsWith(` ${ref}`));
    return line ? line.slice(0, line.indexOf(" ")) : null;
  } catch {
    return null;
  }
}

// src/inventory/merge.ts
var STRICTNESS = { approved: 0, restricted: 1, prohibited: 2 };
function mergeInventories(org, repo) {
  const vendors = new Map(org.vendors);
  const origins = new Map(org.origins.vendors);
  const warnings = [...org.warnings, ...repo.warnings];
  for (const [id, entry] of repo.vendors) {
    const base = org.vendors.get(id);
    let merged = base ? { ...base, ...entry } : entry;
    if (base && STRICTNESS[entry.status] < STRICTNESS[base.status]) {
      merged = { ...merged, status: base.status };
      warnings.push(`${repo.path}: vendors.${id}: status '${entry.status}' cannot widen the organisation inventory's '${base.status}' (${org.path}); '${base.status}' applies`);
    }
    vendors.set(id, merged);
    origins.set(id, repo.origins.vendors.get(id));
  }
  const tools = new Map(org.tools ?? []);
  const toolOrigins = new Map(org.origins.tools ?? []);
  for (const [id, entry] of repo.tools ?? []) {
    const base = org.tools?.get(id);
    let merged = base ? { ...base, ...entry } : entry;
    if (base && STRICTNESS[entry.status] < STRICTNESS[base.status]) {
      merged = { ...merged, status: base.status };
      warnings.push(`${repo.path}: tools.${id}: status '${entry.status}' cannot widen the organisation inventory's '${base.status}' (${org.path}); '${base.status}' applies`);
    }
    tools.set(id, merged);
    const at = repo.origins.tools?.get(id);
    if (at) toolOrigins.set(id, at);
  }
  const customVendors = new Map(org.customVendors);
  for (const [id, spec] of repo.customVendors) customVendors.set(id, { ...customVendors.get(id), ...spec });
  const policy = {
    ...org.policy,
    ...repo.policy,
    ignore: [...org.policy.ignore ?? [], ...repo.policy.ignore ?? []]
  };
  const classifiedPaths = mergeClassified(org, repo, warnings);
  return {
    path: repo.path,
    policy,
    ...classifiedPaths ? { classifiedPaths } : {},
    vendors: new Map([...vendors].sort(([a], [b]) => a.localeCompare(b))),
    exceptions: [...org.exceptions, ...repo.exceptions],
    customVendors: new Map([...customVendors].sort(([a], [b]) => a.localeCompare(b))),
    tools: new Map([...tools].sort(([a], [b]) => a.localeCompare(b))),
    origins: { vendors: origins, exceptions: [...org.origins.exceptions, ...repo.origins.exceptions], tools: toolOrigins },
    local: new Set(repo.local),
    warnings
  };
}
function mergeClassified(org, repo, warnings) {
  if (!org.classifiedPaths && !repo.classifiedPaths) return void 0;
  const merged = { ...org.classifiedPaths };
  for (const [glob, classes] of Object.entries(repo.classifiedPaths ?? {})) {
    const base = org.classifiedPaths?.[glob] ?? [];
    const dropped = base.filter((c) => !classes.includes(c));
    if (dropped.length > 0) {
      warnings.push(
        `${repo.path}: classified-paths.'${glob}': cannot remove ${dropped.join(", ")} that the organisation inventory (${org.path}) classifies it as; classes only add up`
      );
    }
    merged[glob] = [...base, ...classes.filter((c) => !base.includes(c))];
  }
  return merged;
}

// src/scan/only.ts
import { readdirSync } from "node:fs";
import { join as join2, posix } from "node:path";
var MODULE_KINDS = /* @__PURE__ */ new Set(["terraform"]);
function withModuleFiles(root, paths) {
  const out = new Set(paths);
  const listed = /* @__PURE__ */ new Set();
  for (const p of paths) {
    const kind = fileKind(p);
    if (!kind || !MODULE_KINDS.has(kind)) continue;
    const dir = posix.dirname(p);
    if (listed.has(dir)) continue;
    listed.add(dir);
    let names = [];
    try {
      names = readdirSync(join2(root, dir), { withFileTypes: true }).filter((e) => e.isFile() && fileKind(e.name) === kind).map((e) => e.name).sort();
    } catch {
    }
    for (const n of names) out.add(dir === "." ? n : `${dir}/${n}`);
  }
  return [...out];
}

// src/scan/scan.ts
function displayPath(abs) {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : abs;
}
function insideRoot(root, abs) {
  const rel = relative(root, abs);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : void 0;
}
async function exists(path) {
  return access(path).then(
    () => true,
    () => false
  );
}
async function loadInventories(abs, options, catalog) {
  const files = [];
  const load = (file, knownIds) => {
    files.push(file);
    const inside = insideRoot(abs, file);
    return loadInventory(file, { file: displayPath(file), reportFile: inside ?? displayPath(file), catalog, knownIds });
  };
  const org = options.orgInventory ? await load(resolvePath(options.orgInventory)) : void 0;
  let repoFile;
  if (options.inventory) repoFile = resolvePath(options.inventory);
  else if (!options.noInventory) {
    const found = await findInventory(abs);
    if (found) repoFile = join3(abs, found);
  }
  const repo = repoFile ? await load(repoFile, org?.customVendors.keys()) : void 0;
  return { inventory: org && repo ? mergeInventories(org, repo) : repo ?? org, files };
}
async function scan(root, options = {}) {
  const started = performance.now();
  const abs = resolvePath(root);
  const base = options.catalog ?? loadCatalog();
  const { inventory, files: inventoryFiles } = await loadInventories(abs, options, base);
  const catalog = inventory ? extendCatalog(base, inventory.customVendors) : base;
  let baseline;
  let baselineFile;
  if (options.baseline) baselineFile = resolvePath(options.baseline);
  else if (!options.noBaseline && await exists(join3(abs, DEFAULT_BASELINE))) baselineFile = join3(abs, DEFAULT_BASELINE);
  if (baselineFile) baseline = await readBaseline(baselineFile, insideRoot(abs, baselineFile) ?? displayPath(baselineFile));
  const own = [...inventoryFiles, ...baselineFile ? [baselineFile] : []].flatMap((f) => insideRoot(abs, f) ?? []);
  const discoverOptions = {
    ...options,
    notice: (path) => catalog.tools.matchPath(path).length > 0,
    exclude: [...options.exclude ?? [], ...inventory?.policy.ignore ?? []],
    ownInputs: [...options.ownInputs ?? [], ...own]
  };
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const poolable = !options.only && !options.catalog && catalog === base;
  let pool;
  const startWorkers = () => pool ??= startPool(abs, maxSize, workerCount(Infinity));
  const boot = bootFrom();
  const onListed = (files) => {
    if (files.length === boot) startWorkers();
    pool?.listed(files);
  };
  let outcomes;
  let found;
  let history;
  try {
    found = options.only ? await discoverOnly(abs, withModuleFiles(abs, options.only), discoverOptions) : await discover(abs, { ...discoverOptions, sizeAtRead: true, ...poolable ? { onListed } : {} });
    history = options.history ? await toolCommits(abs, options.history, options.now ?? /* @__PURE__ */ new Date(), catalog) : void 0;
    if (poolable && workerCount(found.files.length) > 0) startWorkers();
    else if (pool) {
      pool.close();
      pool = void 0;
    }
    outcomes = pool ? await pool.scan(found.files, catalog) : await scanFiles(abs, found.files, catalog, maxSize);
  } finally {
    pool?.close();
  }
  return assembleReport({
    outcomes,
    catalog,
    skipped: { ...found.skipped },
    diagnostics: [...found.diagnostics, ...history?.diagnostics ?? []],
    inventory,
    inventoryPath: inventory ? insideRoot(abs, inventoryFiles.at(-1)) ?? displayPath(inventoryFiles.at(-1)) : null,
    inventoryExternal: Object.fromEntries(inventoryFiles.filter((f) => insideRoot(abs, f) === void 0).map((f) => [displayPath(f), pathToFileURL(f).href])),
    baseline,
    now: options.now ?? /* @__PURE__ */ new Date(),
    target: { root: options.displayRoot ?? root, commit: await gitHead(abs) },
    started,
    partial: options.partial || options.only !== void 0,
    toolPaths: found.noticed,
    toolHistory: history?.hits
  });
}

export {
  HISTORY_WINDOW,
  withModuleFiles,
  scan
};
