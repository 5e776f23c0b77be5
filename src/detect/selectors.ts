import type { Catalog } from "../catalog/compile.js";
import { escapeRegExp } from "../catalog/patterns.js";
import type { Selector } from "../catalog/selectors.js";
import type { Evidence, FileKind, ScannedFile } from "../types.js";
import { maskedCode } from "./code-mask.js";
import { positionAt, snippetAt, SOURCE_KINDS, type Literal } from "./types.js";

// SDK flavours chosen in code (the catalog's `selected-by`, frameworks' provider
// `names`): in a file that imports an SDK, a call, type or switch that sends its
// requests elsewhere. Evidence of a definite choice carries `role: "selector"`;
// resolve (src/resolve/selectors.ts) then moves the SDK's own evidence in that file
// to the chosen vendor. A choice made at run time (a switch set from a variable)
// gives both the chosen vendor and an own-side selector, so both are reported.

/** Source files whose code the selector mask reads (a notebook's cells are not masked here). */
const CODE_KINDS = new Set<FileKind>([...SOURCE_KINDS].filter((k) => k !== "notebook"));
const TRUE = /^(?:true|1|yes|on)$/i;
const FALSE = /^(?:false|0|no|off|none|nil|null|undefined)$/i;
/** What may stand before an implicit member: an argument, assignment, element or case. */
const IMPLICIT_MEMBER = /(?:[(,:=[]|\breturn|\bcase|[ \t]\?)[ \t\r\n]*$/;
/** A switch's literal value: a Ruby or Elixir symbol, or a quoted string. */
const LITERAL = /^(?::([A-Za-z_]\w*)|"([^"\n]{0,60})"|'([^'\n]{0,60})')/;
/** A type annotation, not a value (`vertexai: boolean` in a TypeScript interface). */
const TYPE = /^(?:boolean|bool|Boolean|bool\?|Boolean\?|Optional)$/;

/** `gate`: false runs the mask on every file with selectors (the straightforward path the tests compare with). */
export function detectSelectors(file: ScannedFile, text: string, fileEvidence: Evidence[], catalog: Catalog, gate = true): Evidence[] {
  const out: Evidence[] = [];
  if (!CODE_KINDS.has(file.kind)) return out;
  const sdks = new Set<string>();
  for (const e of fileEvidence) {
    if (e.kind !== "import") continue;
    if (e.vendor) sdks.add(e.vendor);
    if (e.framework) sdks.add(e.framework);
  }
  const selectors: Selector[] = [];
  for (const id of sdks) for (const s of catalog.selectors.bySdk.get(id) ?? []) if (s.kind !== "env" && (!s.languages || s.languages.includes(file.kind))) selectors.push(s);
  if (selectors.length === 0) return out;
  // Masking the whole file costs more than everything else here: mask only a
  // file whose text holds some selector's word (a mask only blanks, so a match in
  // the masked code has its letters at the same offsets in the text).
  if (gate && !mayHoldSelector(selectors).test(text)) return out;
  const code = maskedCode(file.path, text);
  if (code === undefined) return out;
  const js = file.kind === "js" || file.kind === "vue";
  const seen = new Set<string>();
  const at = (offset: number, s: Selector, dynamic: boolean) => {
    const key = `${s.sdk}|${s.vendor}|${s.value}|${dynamic}`;
    if (seen.has(key)) return; // the first use in a file says it
    seen.add(key);
    const pos = positionAt(text, offset);
    const base = { kind: "import" as const, file: file.path, line: pos.line, column: pos.column, package: s.value, snippet: snippetAt(text, pos.line) };
    if (s.framework) out.push({ ...base, vendor: s.vendor, framework: s.framework });
    else if (s.vendor === s.sdk) out.push({ ...base, vendor: s.vendor, role: "selector" });
    else if (!dynamic) out.push({ ...base, vendor: s.vendor, via: s.sdk, role: "selector" });
    else {
      // Either path at run time: the chosen vendor, and the SDK's own kept.
      out.push({ ...base, vendor: s.vendor, via: s.sdk });
      out.push({ ...base, vendor: s.sdk, role: "selector" });
    }
  };

  const names = selectors.filter((s) => s.kind === "name");
  if (names.length > 0) {
    const byName = new Map<string, Selector[]>();
    for (const s of names) (byName.get(s.value) ?? byName.set(s.value, []).get(s.value)!).push(s);
    const re = new RegExp(`(?<![\\w$])(?:${[...byName.keys()].map(escape).join("|")})(?![\\w$])`, "g");
    for (const m of code.matchAll(re)) {
      const name = m[0].replace(/[ \t]+/g, "");
      // `.vertexAI` is Swift's implicit member (`backend: .vertexAI()`): an argument or
      // value, never a member of an expression (`builder().vertexAI(false)`, `x?.vertexAI`).
      if (name.startsWith(".") && !IMPLICIT_MEMBER.test(code.slice(Math.max(0, m.index - 40), m.index))) continue;
      for (const s of byName.get(name)!) at(m.index, s, false);
    }
  }

  // A framework connector namespace imported for its shared types (`using
  // Microsoft.SemanticKernel.Connectors.OpenAI;` for the settings class) beside a call
  // that registers another vendor (`AddAzureOpenAIChatCompletion`): the call decides.
  const named = new Map<string, Set<string>>(); // framework → vendors its names chose here
  for (const e of out) if (e.framework && e.vendor) (named.get(e.framework) ?? named.set(e.framework, new Set()).get(e.framework)!).add(e.vendor);
  for (const [framework, chosen] of named) {
    const first = out.find((e) => e.framework === framework)!;
    const carriers = new Set(fileEvidence.filter((e) => e.kind === "import" && e.framework === framework && e.vendor && !chosen.has(e.vendor)).map((e) => e.vendor!));
    for (const sdk of carriers) for (const vendor of chosen) out.push({ ...first, vendor, via: sdk, role: "selector" });
  }

  const switches = selectors.filter((s) => s.kind === "switch");
  if (switches.length > 0) {
    const byName = new Map<string, Selector[]>();
    for (const s of switches) (byName.get(s.value) ?? byName.set(s.value, []).get(s.value)!).push(s);
    // `vertexai=True`, `vertexai: true`, `.vertexAI(true)`; not `==` or `::`.
    // One blank run, then one character: no blank run is scanned twice (a lookahead
    // over the blanks after each backtracked blank would be quadratic).
    const re = new RegExp(`(?<![\\w$])(${[...byName.keys()].map(escape).join("|")})[ \\t]*(=(?!=)|:(?!:)|\\(|[,}])[ \\t]*`, "gi");
    for (const m of code.matchAll(re)) {
      const list = byName.get(m[1]!.toLowerCase())!;
      let dynamic: boolean;
      let literal: string | undefined;
      if (m[2] === "," || m[2] === "}") {
        // `{ vertexai, project }`: a JavaScript shorthand property, set from a variable.
        if (!js || !/[{,]\s*$/.test(code.slice(Math.max(0, m.index - 40), m.index))) continue;
        dynamic = true;
      } else {
        const from = m.index + m[0].length;
        const after = code.slice(from, from + 80);
        const value = /^[A-Za-z_$][\w$.?]*|^\S/.exec(after)?.[0] ?? "";
        if (!value || FALSE.test(value) || TYPE.test(value) || value === ")") continue;
        // `vertexAI(location: "global")`: a call whose first argument is named, not a switch set.
        if (m[2] === "(" && /^[ \t]*(?::(?!:)|=(?![=>]))/.test(after.slice(value.length))) continue;
        dynamic = !TRUE.test(value);
        // A string or symbol (`"azure"`, `:azure`): read in the text, the mask blanks strings.
        literal = LITERAL.exec(text.slice(from, from + 80))?.slice(1).find((x) => x !== undefined)?.toLowerCase();
      }
      for (const s of list) {
        // A boolean switch given a label (`%{bedrock: "Amazon Bedrock"}`) chooses nothing.
        if (!s.values) {
          if (literal === undefined) at(m.index, s, dynamic);
          else if (TRUE.test(literal)) at(m.index, s, false);
        }
        else if (literal === undefined) at(m.index, s, true);
        else if (s.values.includes(literal)) at(m.index, s, false);
      }
    }
  }
  return out;
}

/**
 * An env switch (`GOOGLE_GENAI_USE_VERTEXAI`): set true in an env file, container,
 * workflow or config, it chooses the flavour for the whole repository (a definite
 * selector of kind env); read in code, or set from another variable, either path.
 * Found in literals: in a test file it counts as the test's strings do.
 */
export function envSwitches(file: ScannedFile, text: string, literals: Literal[], catalog: Catalog): Evidence[] {
  const { byEnv } = catalog.selectors;
  if (byEnv.size === 0) return [];
  const out: Evidence[] = [];
  const code = CODE_KINDS.has(file.kind);
  const { min, max } = envLengths(byEnv);
  for (const lit of literals) {
    let name: string | undefined;
    let value: string | undefined;
    // Lengths first: a Map lookup hashes the whole string, and literals can be long.
    const key = lit.key;
    const v0 = lit.value;
    if (key !== undefined && key.length >= min && key.length <= max && byEnv.has(key)) {
      name = key;
      value = v0;
    } else if (v0.length >= min && v0.length <= max && byEnv.has(v0)) {
      name = v0;
    } else if (v0.length > min) {
      const eq = v0.indexOf("=");
      if (eq >= min && eq <= max) {
        const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(v0);
        if (m && byEnv.has(m[1]!)) [name, value] = [m[1]!, m[2]!];
      }
    }
    if (!name) continue;
    const v = value?.trim().replace(/^["']|["']$/g, "");
    if (v !== undefined && (v === "" || FALSE.test(v))) continue;
    const definite = !code && v !== undefined && TRUE.test(v);
    for (const s of byEnv.get(name)!) {
      const base = { kind: "env" as const, file: file.path, line: lit.line, column: lit.column, env: name, snippet: snippetAt(text, lit.line) };
      if (definite) out.push({ ...base, vendor: s.vendor, via: s.sdk, role: "selector" });
      else {
        out.push({ ...base, vendor: s.vendor, via: s.sdk });
        out.push({ ...base, vendor: s.sdk, role: "selector" });
      }
    }
  }
  return out;
}

const envLengthsOf = new WeakMap<Map<string, Selector[]>, { min: number; max: number }>();

function envLengths(byEnv: Map<string, Selector[]>): { min: number; max: number } {
  let l = envLengthsOf.get(byEnv);
  if (!l) envLengthsOf.set(byEnv, (l = { min: Math.min(...[...byEnv.keys()].map((k) => k.length)), max: Math.max(...[...byEnv.keys()].map((k) => k.length)) }));
  return l;
}

const gates = new Map<string, RegExp>();

/**
 * What every match of the selectors needs in the file's text: one identifier of
 * each selector's name (its longest dotted segment), case-insensitively (switches
 * match so). One pattern per selector set, cached: a file's set comes from its imports.
 */
export function mayHoldSelector(selectors: Selector[]): RegExp {
  const words = [...new Set(selectors.map((s) => s.value.split(".").reduce((a, b) => (b.length > a.length ? b : a), "")))].sort();
  const key = words.join("\n");
  let gate = gates.get(key);
  if (!gate) {
    // An empty segment would match anywhere: no gate then (the catalog has none).
    gate = words.includes("") ? /(?:)/ : new RegExp(words.map(escapeRegExp).join("|"), "i");
    gates.set(key, gate);
  }
  return gate;
}

/** A name as a pattern; a qualified one (`azure.WithEndpoint`) allows blanks around its dots. */
function escape(s: string): string {
  return s.replace(/[$]/g, "\\$").replace(/\./g, "[ \\t]*\\.[ \\t]*");
}
