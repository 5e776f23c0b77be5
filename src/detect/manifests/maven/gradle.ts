// Gradle build scripts (Groovy and Kotlin DSL) and version catalogs.
//
// build.gradle(.kts): declarations inside a `dependencies { }` block —
// `implementation("g:a:v")`, `implementation 'g:a:v'`, `api "g:a:v", "g:b:v"`,
// `implementation(group = "g", name = "a", version = "v")`,
// `implementation group: 'g', name: 'a'`. Decisions:
// - `platform(…)` / `enforcedPlatform(…)` (a BOM) only aligns versions; nothing
//   lands on the classpath until a module is declared. Not evidence (as for
//   Maven's dependencyManagement).
// - `constraints { }` pins versions: not evidence. `buildscript { dependencies
//   { classpath … } }` is the build's own classpath: not evidence.
// - `libs.x.y` accessors point into gradle/libs.versions.toml, which is read on
//   its own.
//
// libs.versions.toml: every `[libraries]` entry (`"g:a:v"`, `module = "g:a"`,
// `group` + `name`), its version resolved from `version.ref`. A catalog entry
// is a declaration a build script uses by alias; it is what names the artifact,
// so it is the evidence.

import { parse as parseToml } from "smol-toml";
import { maskCode } from "../../languages/mask.js";
import { at as locationsAt, tomlLocations } from "../toml-locations.js";
import type { Detector, DetectOutput } from "../../types.js";
import { baseName, EvidenceSink, fileLiterals, firstMajor } from "../common.js";

const CONFIG = /^(?:(?:[a-z][A-Za-z0-9]*)?(?:[Ii]mplementation|[Aa]pi|[Cc]ompileOnly(?:Api)?|[Rr]untimeOnly|[Cc]ompile|[Rr]untime|[Aa]nnotationProcessor)|kapt\w*|ksp\w*)$/;

/** `g:a[:v[:classifier]][@ext]` */
function coordinate(s: string): { name: string; version?: string } | undefined {
  const parts = s.trim().replace(/@[\w.-]+$/, "").split(":");
  if (parts.length < 2 || !parts[0] || !parts[1]) return undefined;
  const r: { name: string; version?: string } = { name: `${parts[0]}:${parts[1]}` };
  if (parts[2]) r.version = parts[2];
  return r;
}

/** The name of the block a `{` at `brace` opens: the identifier before it, or before its argument list. */
function blockName(code: string, brace: number): string {
  let j = brace - 1;
  while (j >= 0 && /\s/.test(code[j]!)) j--;
  if (code[j] === ")") {
    let depth = 0;
    for (; j >= 0; j--) {
      if (code[j] === ")") depth++;
      else if (code[j] === "(" && --depth === 0) break;
    }
    j--;
    while (j >= 0 && /\s/.test(code[j]!)) j--;
  }
  let e = j + 1;
  while (j >= 0 && /[\w.]/.test(code[j]!)) j--;
  return code.slice(j + 1, e).split(".").pop() ?? "";
}

export function detectGradleScript(path: string, text: string, sink: EvidenceSink): void {
  const masked = maskCode(text, path.endsWith(".kts") ? "kotlin" : "groovy");
  const { code, strings } = masked;
  // Blocks: which `dependencies` scopes are live.
  const stack: string[] = [];
  const live: [number, number][] = []; // ranges of code directly inside a live dependencies block
  let liveStart: number | undefined;
  const isLive = () => stack[stack.length - 1] === "dependencies" && !stack.includes("buildscript");
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c !== "{" && c !== "}") continue;
    if (liveStart !== undefined) {
      live.push([liveStart, i]);
      liveStart = undefined;
    }
    if (c === "{") stack.push(blockName(code, i));
    else stack.pop();
    if (isLive()) liveStart = i + 1;
  }
  if (liveStart !== undefined) live.push([liveStart, code.length]);

  const stringAt = (j: number) => (code[j] === '"' ? strings.get(j) : undefined);
  const ws = (j: number) => {
    while (j < code.length && /[ \t]/.test(code[j]!)) j++;
    return j;
  };
  for (const [from, to] of live) {
    const region = code.slice(from, to);
    for (const m of region.matchAll(/(?<![\w.$])([A-Za-z_]\w*)[ \t]*(\(?)[ \t]*/g)) {
      if (!CONFIG.test(m[1]!)) continue;
      let j = from + m.index + m[0].length;
      const s = stringAt(j);
      if (s) {
        // One or more coordinate strings.
        let cur: typeof s | undefined = s;
        while (cur) {
          const coord = coordinate(cur.value);
          if (coord) sink.add("maven", coord.name, cur.contentStart, firstMajor(coord.version));
          j = ws(cur.end);
          if (code[j] !== ",") break;
          j = ws(j + 1);
          while (code[j] === "\n" || code[j] === "\r" || code[j] === " " || code[j] === "\t") j++;
          cur = stringAt(j);
        }
        continue;
      }
      // Named arguments: group/name/version, in Groovy map or Kotlin named form.
      const end = code.indexOf("\n", j) < 0 ? code.length : code.indexOf("\n", j);
      const args = code.slice(j, end);
      const named = (key: string) => {
        const k = new RegExp(`(?<![\\w.])${key}[ \\t]*[:=][ \\t]*"`).exec(args);
        return k ? strings.get(j + k.index + k[0].length - 1) : undefined;
      };
      const group = named("group");
      const name = named("name");
      if (group && name && /^(?:group|name|version)[ \t]*[:=]/.test(args)) {
        sink.add("maven", `${group.value}:${name.value}`, name.contentStart, firstMajor(named("version")?.value));
      }
    }
  }
}

export function detectVersionCatalog(text: string, sink: EvidenceSink): void {
  const doc = parseToml(text) as Record<string, unknown>;
  const libraries = doc["libraries"];
  if (!libraries || typeof libraries !== "object") return;
  const versions = (doc["versions"] ?? {}) as Record<string, unknown>;
  const locations = tomlLocations(text);
  const offsetOf = (path: string[], kind: "key" | "string") => {
    const l = locationsAt(locations, path, kind)[0];
    return l ? l.offset + (kind === "string" ? (l.quote ?? 1) : 0) : undefined;
  };
  for (const [alias, spec] of Object.entries(libraries as Record<string, unknown>)) {
    const aliasAt = offsetOf(["libraries", alias], "key") ?? 0;
    if (typeof spec === "string") {
      const coord = coordinate(spec);
      if (coord) sink.add("maven", coord.name, offsetOf(["libraries", alias], "string") ?? aliasAt, firstMajor(coord.version));
      continue;
    }
    if (!spec || typeof spec !== "object") continue;
    const s = spec as Record<string, unknown>;
    let version: string | undefined;
    const v = s["version"];
    if (typeof v === "string") version = v;
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      const ref = o["ref"];
      const r = typeof ref === "string" ? versions[ref] : undefined;
      version = typeof r === "string" ? r : typeof o["strictly"] === "string" ? (o["strictly"] as string) : typeof o["require"] === "string" ? (o["require"] as string) : typeof o["prefer"] === "string" ? (o["prefer"] as string) : undefined;
    }
    if (typeof s["module"] === "string") {
      const coord = coordinate(s["module"]);
      if (coord) sink.add("maven", coord.name, offsetOf(["libraries", alias, "module"], "string") ?? aliasAt, firstMajor(version));
    } else if (typeof s["group"] === "string" && typeof s["name"] === "string") {
      sink.add("maven", `${s["group"]}:${s["name"]}`, offsetOf(["libraries", alias, "name"], "string") ?? aliasAt, firstMajor(version));
    }
  }
}

export const detectGradle: Detector = ({ file, text, catalog }): DetectOutput => {
  const sink = new EvidenceSink(file.path, text, catalog);
  const toml = baseName(file.path).toLowerCase().endsWith(".toml");
  try {
    if (toml) detectVersionCatalog(text, sink);
    else detectGradleScript(file.path, text, sink);
  } catch (err) {
    return { evidence: [], literals: fileLiterals(file.path, text), diagnostics: [{ file: file.path, message: `could not parse ${baseName(file.path)}: ${((err as Error).message ?? String(err)).split("\n")[0]}` }] };
  }
  return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
};
