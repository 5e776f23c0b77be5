import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  isConcreteHost,
  vendorHosts
} from "./chunk-RFWCHL7E.js";
import {
  reportContext
} from "./chunk-3X4ZJW43.js";
import {
  toSarif,
  toText
} from "./chunk-WREBRFUK.js";
import {
  resolveOrgInventory
} from "./chunk-7XVDI3GV.js";
import {
  HISTORY_WINDOW,
  scan
} from "./chunk-QEOAANRT.js";
import "./chunk-HSNG2OTT.js";
import "./chunk-EHHV3TZP.js";
import "./chunk-6S6EOD3A.js";
import {
  toJson,
  toMarkdown
} from "./chunk-72OWSLK5.js";
import {
  UsageError
} from "./chunk-4CIJ6FWP.js";
import "./chunk-YJ6TIQPF.js";
import "./chunk-EUDNGKAI.js";

// src/commands/scan.ts
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/report/cyclonedx.ts
import { createHash } from "node:crypto";
var PURL_TYPE = {
  npm: "npm",
  pypi: "pypi",
  go: "golang",
  maven: "maven",
  nuget: "nuget",
  rubygems: "gem",
  cargo: "cargo",
  composer: "composer"
};
function seg(s) {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function purl(ecosystem, name) {
  const type = PURL_TYPE[ecosystem];
  let namespace = [];
  let base = name;
  if (ecosystem === "pypi") base = name.toLowerCase().replace(/[-_.]+/g, "-");
  else if (ecosystem === "maven" && name.includes(":")) {
    const [g, a] = name.split(":");
    namespace = [g];
    base = a;
  } else if (ecosystem === "npm" || ecosystem === "go" || ecosystem === "composer") {
    const parts = name.split("/");
    base = parts.pop();
    namespace = parts;
  }
  if (ecosystem === "composer" || ecosystem === "go") namespace = namespace.map((p) => p.toLowerCase());
  const ns = namespace.length ? `${namespace.map(seg).join("/")}/` : "";
  return { purl: `pkg:${type}/${ns}${seg(base)}`, ...namespace.length ? { group: namespace.join(ecosystem === "go" || ecosystem === "npm" || ecosystem === "composer" ? "/" : ".") } : {}, name: base };
}
function uuidV5(name) {
  const namespace = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");
  const h = createHash("sha1").update(namespace).update(name).digest();
  h[6] = h[6] & 15 | 80;
  h[8] = h[8] & 63 | 128;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
var prop = (name, value) => value ? [{ name: `shadow-ai:${name}`, value }] : [];
var INTERNAL_CATEGORIES = /* @__PURE__ */ new Set(["local-runtime"]);
function toCycloneDx(report, options = {}) {
  const rootRef = "shadow-ai:target";
  const serviceRef = (id) => `service:${id}`;
  const pkgs = /* @__PURE__ */ new Map();
  const addPkg = (e, vendor, framework) => {
    if (!e.ecosystem || !e.package) return;
    const p = purl(e.ecosystem, e.package).purl;
    let pkg = pkgs.get(p);
    if (!pkg) pkgs.set(p, pkg = { ecosystem: e.ecosystem, name: e.package, vendors: /* @__PURE__ */ new Set(), frameworks: /* @__PURE__ */ new Set(), first: e, transitive: true });
    if (vendor) pkg.vendors.add(vendor);
    if (framework) pkg.frameworks.add(framework);
    if (!e.transitive) pkg.transitive = false;
  };
  for (const v of report.vendors) for (const e of v.evidence) addPkg(e, e.via ? void 0 : v.id);
  for (const f of report.frameworks) {
    for (const e of f.evidence) {
      addPkg(e, void 0, f.id);
      if (e.ecosystem && e.package) for (const id of f.vendors) pkgs.get(purl(e.ecosystem, e.package).purl).vendors.add(id);
    }
  }
  const usedVendors = new Set(report.vendors.map((v) => v.id));
  const components = [...pkgs.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([ref, p]) => {
    const id = purl(p.ecosystem, p.name);
    return {
      type: "library",
      "bom-ref": ref,
      ...id.group ? { group: id.group } : {},
      name: id.name,
      purl: id.purl,
      properties: [
        ...prop("vendors", [...p.vendors].filter((v) => usedVendors.has(v)).sort().join(",")),
        ...prop("frameworks", [...p.frameworks].sort().join(",")),
        ...prop("evidence", `${p.first.file}:${p.first.line}`),
        ...prop("transitive", p.transitive ? "true" : void 0)
      ]
    };
  });
  const services = report.vendors.map((v) => {
    const spec = options.spec?.(v.id);
    const d = options.declared?.[v.id];
    const internal = INTERNAL_CATEGORIES.has(v.category);
    const endpoints = vendorHosts(v, spec).filter(isConcreteHost).map((h) => `https://${h}`);
    const classes = d?.["data-classes"]?.length ? d["data-classes"] : [v.declared ? "unspecified" : "unclassified (vendor not declared)"];
    return {
      "bom-ref": serviceRef(v.id),
      provider: { name: v.name, ...spec?.website ? { url: [spec.website] } : {} },
      name: v.name,
      description: `${v.category}: AI vendor ${v.status}${v.direct ? "" : " (transitive only)"}`,
      ...endpoints.length ? { endpoints } : {},
      authenticated: true,
      "x-trust-boundary": !internal,
      trustZone: internal ? "internal" : "third-party",
      data: classes.map((c) => ({ flow: internal ? "bi-directional" : "outbound", classification: c })),
      properties: [
        { name: "shadow-ai:vendor", value: v.id },
        { name: "shadow-ai:status", value: v.status },
        { name: "shadow-ai:declared", value: String(v.declared) },
        { name: "shadow-ai:direct", value: String(v.direct) },
        ...prop("regions", v.regions.join(",")),
        ...prop("models", v.models.join(",")),
        ...prop("frameworks", v.frameworks.join(",")),
        ...prop("residency", d?.residency?.join(",")),
        ...prop("evidence", v.evidence[0] ? `${v.evidence[0].file}:${v.evidence[0].line}` : void 0)
      ]
    };
  });
  const dependencies = [
    { ref: rootRef, dependsOn: [...components.map((c) => c["bom-ref"]), ...services.map((s) => s["bom-ref"])] },
    ...components.map((c) => ({
      ref: c["bom-ref"],
      dependsOn: [...pkgs.get(c["bom-ref"]).vendors].filter((v) => usedVendors.has(v)).sort().map(serviceRef)
    })),
    ...services.map((s) => ({ ref: s["bom-ref"], dependsOn: [] }))
  ];
  const body = {
    metadata: {
      tools: { components: [{ type: "application", name: report.tool.name, version: report.tool.version }] },
      component: {
        type: "application",
        "bom-ref": rootRef,
        name: report.target.root,
        ...report.target.commit ? { version: report.target.commit } : {}
      },
      properties: [
        { name: "shadow-ai:catalogVersion", value: report.tool.catalogVersion },
        ...prop("commit", report.target.commit ?? void 0),
        ...prop("inventory", report.inventory.path ?? void 0)
      ]
    },
    components,
    services,
    dependencies
  };
  const serial = `urn:uuid:${uuidV5(JSON.stringify(body))}`;
  const bom = { $schema: "http://cyclonedx.org/schema/bom-1.6.schema.json", bomFormat: "CycloneDX", specVersion: "1.6", serialNumber: serial, version: 1, ...body };
  return `${JSON.stringify(bom, null, 2)}
`;
}

// src/commands/scan.ts
var FORMATS = {
  text: (r, verbose) => toText(r, { maxEvidence: verbose ? 0 : 8 }),
  json: (r) => toJson(r),
  sarif: (r) => toSarif(r),
  markdown: (r) => toMarkdown(r),
  cyclonedx: (r) => toCycloneDx(r, reportContext(r))
};
var scanCommand = {
  summary: "scan a directory (default: .) and report the AI vendors it uses",
  usage: `shadow-ai scan [path] [options]

Options:
  -f, --format <${Object.keys(FORMATS).join("|")}>  output format (default: text)
  -o, --output <file>             write the report to a file instead of stdout
      --exclude <glob>            skip paths matching a gitignore-style glob (repeatable)
      --max-file-size <bytes>     skip files larger than this (default: 1048576)
  -i, --inventory <file>          the inventory (default: .github/ai-vendors.yml,
                                  .github/ai-vendors.yaml or ai-vendors.yml under the path)
      --org-inventory <file|owner/repo/path@ref>
                                  an organisation inventory the repository's refines
                                  (from GitHub with GITHUB_TOKEN when given as owner/repo/path@ref)
                                  (precedence: built-in catalog < organisation < repository;
                                  a repository may narrow a vendor's status, never widen it)
  -b, --baseline <file>           findings to accept (default: .github/shadow-ai-baseline.json if present)
      --no-baseline               ignore the default baseline
      --files-from <file|->       scan only the files listed (one path per line, relative to
                                  the scanned path, as \`git diff --name-only\` prints them;
                                  - reads standard input): a partial report, no walk
      --history <window>          also read the local git history of this window (90d, 12w,
                                  6m, 1y) for commits AI coding tools made or co-authored
                                  (trailers and bot authors; no messages or addresses are
                                  reported). Off by default; needs the full history
                                  (actions/checkout with fetch-depth: 0)
  -v, --verbose                   text: list every piece of evidence
`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        output: { type: "string", short: "o" },
        exclude: { type: "string", multiple: true },
        "max-file-size": { type: "string" },
        verbose: { type: "boolean", short: "v" },
        inventory: { type: "string", short: "i" },
        "org-inventory": { type: "string" },
        baseline: { type: "string", short: "b" },
        "no-baseline": { type: "boolean" },
        "files-from": { type: "string" },
        history: { type: "string" }
      }
    });
    if (positionals.length > 1) throw new UsageError("scan takes one path");
    const render = FORMATS[values.format];
    if (!render) throw new UsageError(`unknown format '${values.format}' (one of: ${Object.keys(FORMATS).join(", ")})`);
    let maxFileSize;
    if (values["max-file-size"] !== void 0) {
      maxFileSize = Number(values["max-file-size"]);
      if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) throw new UsageError("--max-file-size takes a positive number of bytes");
    }
    if (values.history !== void 0 && !HISTORY_WINDOW.test(values.history)) {
      throw new UsageError(`--history takes a window such as 90d, 12w, 6m or 1y (got '${values.history}')`);
    }
    const only = values["files-from"] === void 0 ? void 0 : await readList(values["files-from"]);
    const report = await scan(positionals[0] ?? ".", {
      only,
      exclude: values.exclude,
      maxFileSize,
      inventory: values.inventory,
      orgInventory: await resolveOrgInventory(values["org-inventory"]),
      baseline: values.baseline,
      noBaseline: values["no-baseline"],
      history: values.history
    });
    const out = render(report, values.verbose ?? false);
    if (values.output) await writeFile(values.output, out);
    else io.stdout(out);
    return report.findings.some((f) => f.blocking && !f.suppressed) ? 1 : 0;
  }
};
async function readList(from) {
  let text;
  try {
    text = from === "-" ? await readStdin() : await readFile(from, "utf8");
  } catch (err) {
    throw new UsageError(`--files-from: cannot read ${from}: ${err.code ?? err.message}`);
  }
  return text.split(/\r?\n/).filter((l) => l.trim() !== "");
}
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
export {
  scanCommand
};
