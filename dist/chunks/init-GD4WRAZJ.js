import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  RISK_TOPICS
} from "./chunk-JICWNY26.js";
import {
  requireFolder
} from "./chunk-CYWUEUJJ.js";
import {
  scan
} from "./chunk-F4FST5E7.js";
import {
  findInventory
} from "./chunk-LFQAQDWO.js";
import "./chunk-TVG7CJUS.js";
import "./chunk-BAV54NIF.js";
import "./chunk-MNL3WBNY.js";
import "./chunk-OLPSZWNW.js";
import {
  require_dist
} from "./chunk-2YU2PO3X.js";
import {
  UsageError
} from "./chunk-4CIJ6FWP.js";
import "./chunk-6S6EOD3A.js";
import "./chunk-YJ6TIQPF.js";
import {
  __toESM
} from "./chunk-EUDNGKAI.js";

// src/commands/init.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/inventory/init.ts
var import_yaml = __toESM(require_dist(), 1);
var SCHEMA_URL = "https://raw.githubusercontent.com/shadow-ai/shadow-ai/main/schema/inventory.schema.json";
function place(e) {
  const what = e.package ?? e.host ?? e.env ?? (e.secretRule ? "committed key" : "");
  return `${e.file}:${e.line} (${e.kind}${what ? ` ${what}` : ""})`;
}
function vendorEntry(v, indent = "  ") {
  const i = indent;
  const shown = v.evidence.filter((e) => !e.transitive).slice(0, 3).map(place);
  const more = v.evidence.filter((e) => !e.transitive).length - shown.length;
  const lines = [
    `${i}# ${v.name} \u2014 found at ${shown.join(", ")}${more > 0 ? `, and ${more} more` : ""}`,
    `${i}${v.id}:`,
    `${i}${i}status: restricted # TODO: approved, restricted or prohibited`,
    `${i}${i}owner: "TODO: the team or person accountable"`,
    `${i}${i}purpose: "TODO: what it is used for"`,
    `${i}${i}# TODO: data-classes: [internal] # public, internal, confidential, customer-data, pii, phi, pci, financial, employee-data, source-code, credentials`,
    `${i}${i}# TODO: dpa: { signed: YYYY-MM-DD, link: "\u2026" } # required when it receives customer data`,
    `${i}${i}# TODO: no-training: { confirmed: YYYY-MM-DD, evidence: "\u2026" }`,
    `${i}${i}# TODO: residency: [us] # geographies (us, eu, uk, \u2026) or regions${v.regions.length ? `; regions seen: ${v.regions.join(", ")}` : ""}`
  ];
  if (v.models.length) lines.push(`${i}${i}# TODO: models: [${v.models.map((m) => JSON.stringify(m)).join(", ")}] # models seen; globs allowed`);
  lines.push(`${i}${i}# TODO: last-review: YYYY-MM-DD`);
  lines.push(`${i}${i}# TODO: attestations: [{ type: soc2-type-2, date: YYYY-MM-DD }] # newest report per kind (soc2-type-2, iso-27001, \u2026); needed for customer-data, pii, phi, pci`);
  lines.push(
    `${i}${i}# TODO: risk-assessment: # each topic { risk: low|medium|high, mitigation: "\u2026", owner: "\u2026", reviewed: YYYY-MM-DD }`,
    ...RISK_TOPICS.map((t) => `${i}${i}#   ${t}: { risk: "TODO", mitigation: "TODO" }`)
  );
  return `${lines.join("\n")}
`;
}
function toolEntry(t, indent = "  ") {
  const i = indent;
  const where = t.evidence.map((e) => e.kind === "commit" ? `${e.commits} commit${e.commits === 1 ? "" : "s"}` : `${e.file}${e.line ? `:${e.line}` : ""}`);
  const shown = where.slice(0, 3).join(", ") + (where.length > 3 ? `, and ${where.length - 3} more` : "");
  const receiver = t.vendor ? `sends code to ${t.vendor}` : "sends code to the model provider it is configured with";
  return [
    `${i}# ${t.name} (${receiver}) \u2014 found at ${shown}`,
    `${i}${t.id}:`,
    `${i}${i}status: restricted # TODO: approved, restricted or prohibited`,
    `${i}${i}owner: "TODO: the team or person accountable"`,
    `${i}${i}purpose: "TODO: what engineers use it for"`,
    ""
  ].join("\n");
}
function toolsSection(tools) {
  if (tools.length === 0) {
    return [
      "# tools: # TODO: the AI coding tools and agents engineers may use on this repository (none found)",
      '#   github-copilot: { status: approved, owner: "@acme/platform" } # ids: claude-code, cursor, github-copilot, gemini-cli, openai-codex, windsurf, aider, continue, cline, amazon-q-developer, coderabbit'
    ];
  }
  return ["tools: # AI coding tools and agents found working on this repository", ...tools.map((t) => toolEntry(t).trimEnd())];
}
function starterInventory(vendors, tools = []) {
  const direct = vendors.filter((v) => v.direct);
  const transitive = vendors.filter((v) => !v.direct).map((v) => v.id);
  return [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    "# The AI vendors this repository's code may send data to: the inventory a SOC 2 auditor asks for.",
    "# Written by `shadow-ai init` from what a scan found. Fill in the TODOs, review each status",
    "# (approved \xB7 restricted: allowed where paths/models/residency say \xB7 prohibited), and commit it.",
    "version: 1",
    "policy:",
    "  block-on: [undeclared-vendor, prohibited-vendor, path-not-allowed, residency-violation, hardcoded-secret, data-class-not-allowed, prohibited-tool]",
    "  # review-interval: 1y # TODO: how often each vendor is reviewed (90d, 6m, 1y)",
    "  # attestation-max-age: 12m # TODO: how old a vendor's newest attestation of a kind may be (default 12m)",
    '  # ignore: ["docs/**"] # paths never scanned',
    "# TODO: classified-paths: which data each part of the code handles (glob \u2192 data classes). A vendor",
    "# used in a classified path must be cleared (its data-classes) for every class of that path.",
    "# classified-paths:",
    '#   "services/billing/**": [pci, customer-data]',
    '#   "services/support/**": [customer-data, pii]',
    ...transitive.length ? [`# Seen only through lockfiles (transitive, not declared here): ${transitive.join(", ")}`] : [],
    direct.length ? "vendors:" : "vendors: {}",
    ...direct.map((v) => vendorEntry(v).trimEnd()),
    ...toolsSection(tools),
    ""
  ].join("\n");
}
function addVendors(text, vendors) {
  return addEntries(text, "vendors", vendors.filter((v) => v.direct).map((v) => ({ id: v.id, entry: (indent) => vendorEntry(v, indent) })));
}
function addTools(text, tools) {
  return addEntries(text, "tools", tools.map((t) => ({ id: t.id, entry: (indent) => toolEntry(t, indent) })));
}
function addEntries(text, section, entries) {
  const doc = (0, import_yaml.parseDocument)(text);
  const root = doc.contents;
  const top = (0, import_yaml.isMap)(root) ? root.items.filter(import_yaml.isPair) : [];
  const vendorsPair = top.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === section);
  const declared = new Set((0, import_yaml.isMap)(vendorsPair?.value) ? vendorsPair.value.items.map((p) => String((0, import_yaml.isScalar)(p.key) ? p.key.value : p.key)) : []);
  const missing = entries.filter((v) => !declared.has(v.id));
  if (missing.length === 0) return { text, added: [] };
  const body = (indent2) => missing.map((v) => v.entry(indent2)).join("");
  const withNewline = text.endsWith("\n") || text === "" ? text : `${text}
`;
  if (!vendorsPair) return { text: `${withNewline}${section}:
${body("  ")}`, added: missing.map((v) => v.id) };
  const value = vendorsPair.value;
  if ((0, import_yaml.isMap)(value) && value.flow) {
    if (value.items.length > 0) throw new Error(`${section}: is a flow mapping ({ \u2026 }); rewrite it as a block mapping to let init add to it`);
    const [start, end] = value.range;
    const lineEnd = withNewline.indexOf("\n", end);
    const rest = withNewline.slice(end, lineEnd);
    return { text: `${withNewline.slice(0, start).trimEnd()}${rest}
${body("  ")}${withNewline.slice(lineEnd + 1)}`, added: missing.map((v) => v.id) };
  }
  const firstKey = (0, import_yaml.isMap)(value) ? value.items[0]?.key : void 0;
  const keyStart = (0, import_yaml.isScalar)(firstKey) ? firstKey.range[0] : void 0;
  const indent = keyStart !== void 0 ? " ".repeat(keyStart - withNewline.lastIndexOf("\n", keyStart - 1) - 1) : "  ";
  const next = top[top.indexOf(vendorsPair) + 1];
  let at = withNewline.length;
  if (next && (0, import_yaml.isScalar)(next.key)) {
    at = withNewline.lastIndexOf("\n", next.key.range[0] - 1) + 1;
    while (at > 0) {
      const prevStart = withNewline.lastIndexOf("\n", at - 2) + 1;
      const line = withNewline.slice(prevStart, at - 1);
      if (line.trim() !== "" && !line.startsWith("#")) break;
      at = prevStart;
    }
  }
  return { text: withNewline.slice(0, at) + body(indent) + withNewline.slice(at), added: missing.map((v) => v.id) };
}

// src/commands/init.ts
var initCommand = {
  summary: "write a starter inventory (.github/ai-vendors.yml) from what a scan finds",
  usage: `shadow-ai init [path] [options]

Scans the path (default: .) and writes an inventory declaring every vendor the
code uses, each as \`status: restricted\` with TODOs for owner, purpose and the
compliance fields. Run again, it adds the vendors not yet declared and leaves
everything already written as it is.

Options:
  -o, --output <file>    where to write (default: the existing inventory, else
                         <path>/.github/ai-vendors.yml)
      --force            replace an existing inventory with a fresh starter one
      --exclude <glob>   skip paths matching a gitignore-style glob (repeatable)
`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        force: { type: "boolean" },
        exclude: { type: "string", multiple: true }
      }
    });
    if (positionals.length > 1) throw new UsageError("init takes one path");
    const root = await requireFolder(positionals[0] ?? ".");
    const existingRel = values.output ? void 0 : await findInventory(resolve(root));
    const target = values.output ? resolve(values.output) : join(resolve(root), existingRel ?? ".github/ai-vendors.yml");
    const shown = relative(process.cwd(), target) || target;
    const existing = await readFile(target, "utf8").catch(() => void 0);
    if (existing === void 0 || values.force) {
      const report2 = await scan(root, { exclude: values.exclude, noInventory: true, noBaseline: true });
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, starterInventory(report2.vendors, report2.tools ?? []));
      const n = report2.vendors.filter((v) => v.direct).length;
      const t = report2.tools?.length ?? 0;
      const tools = t > 0 ? ` and ${t} AI coding tool${t === 1 ? "" : "s"}` : "";
      io.stdout(`${existing === void 0 ? "wrote" : "replaced"} ${shown}: ${n} vendor${n === 1 ? "" : "s"}${tools}, each status: restricted with TODOs to fill in
`);
      return 0;
    }
    const report = await scan(root, { exclude: values.exclude, inventory: target, noBaseline: true });
    const withVendors = addVendors(existing, report.vendors);
    const withTools = addTools(withVendors.text, report.tools ?? []);
    const text = withTools.text;
    const added = [...withVendors.added, ...withTools.added];
    if (added.length === 0) {
      io.stdout(`${shown} already declares every vendor found; nothing to add (--force writes a fresh one)
`);
      return 0;
    }
    await writeFile(target, text);
    io.stdout(`added to ${shown}: ${added.join(", ")}
`);
    return 0;
  }
};
export {
  initCommand
};
