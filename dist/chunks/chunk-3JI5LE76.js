import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  DEFAULT_BASELINE,
  DEFAULT_MAX_FILE_SIZE,
  assembleReport,
  discover,
  discoverOnly,
  fileKind,
  findInventory,
  readBaseline,
  scanFiles
} from "./chunk-WORMNTXA.js";
import {
  extendCatalog,
  loadCatalog,
  loadInventory
} from "./chunk-3Z5CHCA2.js";

// src/scan.ts
import { access } from "node:fs/promises";
import { isAbsolute, join as join3, relative, resolve as resolvePath, sep } from "node:path";

// src/discover/git-head.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";
async function gitHead(root) {
  try {
    let gitDir = join(root, ".git");
    const dotGit = await readFile(gitDir, "utf8").catch(() => void 0);
    if (dotGit?.startsWith("gitdir:")) gitDir = join(root, dotGit.slice(7).trim());
    const head = (await readFile(join(gitDir, "HEAD"), "utf8")).trim();
    if (/^[0-9a-f]{40,64}$/.test(head)) return head;
    const ref = /^ref:\s*(.+)$/.exec(head)?.[1];
    if (!ref) return null;
    const loose = await readFile(join(gitDir, ref), "utf8").catch(() => void 0);
    if (loose) return loose.trim();
    const packed = await readFile(join(gitDir, "packed-refs"), "utf8").catch(() => "");
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
  const customVendors = new Map(org.customVendors);
  for (const [id, spec] of repo.customVendors) customVendors.set(id, { ...customVendors.get(id), ...spec });
  const policy = {
    ...org.policy,
    ...repo.policy,
    ignore: [...org.policy.ignore ?? [], ...repo.policy.ignore ?? []]
  };
  return {
    path: repo.path,
    policy,
    vendors: new Map([...vendors].sort(([a], [b]) => a.localeCompare(b))),
    exceptions: [...org.exceptions, ...repo.exceptions],
    customVendors: new Map([...customVendors].sort(([a], [b]) => a.localeCompare(b))),
    origins: { vendors: origins, exceptions: [...org.origins.exceptions, ...repo.origins.exceptions] },
    local: new Set(repo.local),
    warnings
  };
}

// src/scan-only.ts
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

// src/scan.ts
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
    exclude: [...options.exclude ?? [], ...inventory?.policy.ignore ?? []],
    ownInputs: [...options.ownInputs ?? [], ...own]
  };
  const found = options.only ? await discoverOnly(abs, withModuleFiles(abs, options.only), discoverOptions) : await discover(abs, { ...discoverOptions, sizeAtRead: true });
  return assembleReport({
    outcomes: await scanFiles(abs, found.files, catalog, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE),
    catalog,
    skipped: { ...found.skipped },
    diagnostics: [...found.diagnostics],
    inventory,
    inventoryPath: inventory ? insideRoot(abs, inventoryFiles.at(-1)) ?? displayPath(inventoryFiles.at(-1)) : null,
    baseline,
    now: options.now ?? /* @__PURE__ */ new Date(),
    target: { root: options.displayRoot ?? root, commit: await gitHead(abs) },
    started,
    partial: options.partial || options.only !== void 0
  });
}

export {
  withModuleFiles,
  scan
};
