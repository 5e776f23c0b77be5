import { readFile } from "node:fs/promises";
import { LineCounter, parseDocument } from "yaml";
import type { Catalog } from "../catalog/compile.js";
import { backtrackingProblem } from "../catalog/redos.js";
import { redact } from "../redact.js";
import { InventoryError, type Problem } from "./errors.js";
import { locate, position, schemaProblems } from "./schema.js";
import { didYouMean } from "./suggest.js";
import type { CustomVendor, DeclaredTool, DeclaredVendor, Inventory, InventoryFile, Origin } from "./types.js";

export interface ParseOptions {
  /** The file's name in error messages (as the user would type it). */
  file: string;
  /** The file's name in findings anchored in it (relative to the scanned root); null when outside it. */
  reportFile?: string | null;
  /** The built-in catalog: vendor ids must name one of its vendors or a custom vendor. */
  catalog: Catalog;
  /** Custom vendor ids declared elsewhere (an organisation inventory). */
  knownIds?: Iterable<string>;
}

/**
 * Parses and validates one inventory file. Throws an InventoryError naming
 * file, line and column for anything wrong: YAML syntax, anything the schema
 * rejects, vendor ids neither the catalog nor `custom-vendors:` knows.
 */
export function parseInventory(text: string, options: ParseOptions): Inventory {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  // A message may quote a value from the file, and a key pasted into the wrong
  // field is still a key: every message passes through the one redaction step.
  const fail = (problems: Problem[]): never => {
    throw new InventoryError(options.file, problems.map((p) => ({ ...p, message: redact(p.message, options.catalog) })));
  };
  if (doc.errors.length > 0) {
    fail(
      doc.errors.slice(0, 10).map((e) => {
        const p = lc.linePos(e.pos[0]);
        const first = e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
        return { line: p.line, column: p.col, message: `not valid YAML: ${first}` };
      }),
    );
  }
  let value: unknown;
  try {
    // yaml refuses to expand aliases past the count (a "billion laughs" file).
    value = doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (err) {
    fail([{ line: 1, column: 1, message: `not valid YAML: ${(err as Error).message}` }]);
  }
  if (value === null || value === undefined) fail([{ line: 1, column: 1, message: "the file is empty (it needs at least `version: 1`)" }]);
  const problems = schemaProblems(value, doc, lc);
  if (problems.length > 0) fail(problems.slice(0, 20));
  const file = value as InventoryFile;

  // What the schema cannot know: which vendor ids exist.
  const custom = file["custom-vendors"] ?? {};
  const known = new Set([...options.catalog.vendors.keys(), ...Object.keys(custom), ...(options.knownIds ?? [])]);
  const idProblem = (path: (string | number)[], id: string, where: string, asKey: boolean): Problem => {
    const at = locate(doc, path);
    return {
      ...position(lc, asKey ? at.key : at.node),
      message: `${where}: unknown vendor '${id}'${didYouMean(id, known)}; a vendor the catalog does not know goes under custom-vendors:`,
    };
  };
  for (const id of Object.keys(file.vendors ?? {})) {
    if (!known.has(id)) problems.push(idProblem(["vendors", id], id, "vendors", true));
  }
  // Tool ids: the catalog's rules/tools (there are no custom tools).
  const knownTools = [...options.catalog.tools.specs.keys()];
  for (const id of Object.keys(file.tools ?? {})) {
    if (knownTools.includes(id)) continue;
    const at = locate(doc, ["tools", id]);
    problems.push({ ...position(lc, at.key), message: `tools: unknown tool '${id}'${didYouMean(id, knownTools)}; known tools: ${knownTools.join(", ")}` });
  }
  (file.exceptions ?? []).forEach((x, i) => {
    if (x.vendor && !known.has(x.vendor)) problems.push(idProblem(["exceptions", i, "vendor"], x.vendor, `exceptions[${i}].vendor`, false));
  });
  for (const [id, spec] of Object.entries(custom)) {
    const builtin = options.catalog.vendors.has(id);
    if (!builtin && !spec.name) {
      const at = locate(doc, ["custom-vendors", id]);
      problems.push({ ...position(lc, at.key), message: `custom-vendors.${id}: missing required key 'name' (the catalog has no vendor '${id}')` });
    }
    (spec.keys ?? []).forEach((k, i) => {
      const at = () => position(lc, locate(doc, ["custom-vendors", id, "keys", i, "pattern"]).node);
      let regex: RegExp;
      try {
        regex = new RegExp(k.pattern, k.flags ?? "");
      } catch (err) {
        problems.push({ ...at(), message: `custom-vendors.${id}.keys[${i}].pattern: does not compile: ${(err as Error).message}` });
        return;
      }
      const slow = backtrackingProblem(regex, k.keywords ?? []);
      if (slow) problems.push({ ...at(), message: `custom-vendors.${id}.keys[${i}].pattern: ${slow}` });
    });
  }
  if (problems.length > 0) fail(problems.sort((a, b) => a.line - b.line || a.column - b.column));

  const reportFile = options.reportFile === undefined ? options.file : options.reportFile;
  const origin = (path: (string | number)[]): Origin => {
    const at = locate(doc, path);
    return { ...(reportFile ? { file: reportFile } : {}), ...position(lc, at.key ?? at.node) };
  };
  const vendors = new Map<string, DeclaredVendor>(Object.entries(file.vendors ?? {}).sort(([a], [b]) => a.localeCompare(b)));
  const tools = new Map<string, DeclaredTool>(Object.entries(file.tools ?? {}).sort(([a], [b]) => a.localeCompare(b)));
  const classified = file["classified-paths"];
  return {
    path: options.file,
    policy: file.policy ?? {},
    vendors,
    ...(classified && Object.keys(classified).length ? { classifiedPaths: copyClasses(classified) } : {}),
    exceptions: file.exceptions ?? [],
    customVendors: new Map<string, CustomVendor>(Object.entries(custom).sort(([a], [b]) => a.localeCompare(b))),
    tools,
    origins: {
      vendors: new Map([...vendors.keys()].map((id) => [id, origin(["vendors", id])])),
      exceptions: (file.exceptions ?? []).map((_, i) => origin(["exceptions", i])),
      tools: new Map([...tools.keys()].map((id) => [id, origin(["tools", id])])),
    },
    local: new Set(vendors.keys()),
    warnings: [],
  };
}

/** A copy, globs and classes in the order written (the file fixes it, so output stays deterministic). */
export function copyClasses(map: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(map).map(([g, list]) => [g, [...list]]));
}

export async function loadInventory(path: string, options: ParseOptions): Promise<Inventory> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new InventoryError(options.file, [{ line: 1, column: 1, message: `cannot read the inventory: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` }]);
  }
  return parseInventory(text, options);
}
