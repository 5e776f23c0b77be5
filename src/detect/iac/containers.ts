import type { Catalog } from "../../catalog/compile.js";
import type { Evidence } from "../../types.js";
import { configLiterals } from "../config.js";
import type { DetectOutput, Detector, Literal } from "../types.js";
import { manifestTargets, targetEvidence } from "../manifests/evidence.js";
import { makeEvidence, stripHash, withoutEnvRepeats, yamlEnvNames } from "./common.js";
import { runInstalls } from "./run-installs.js";

// Containers: docker-compose / compose.yaml (environment blocks, images) and
// Dockerfiles (FROM / COPY --from images, ENV and ARG names).

export const detectContainer: Detector = ({ file, text, catalog }) => {
  const lower = file.path.toLowerCase();
  return /\.ya?ml$/.test(lower) ? detectCompose(file.path, text, catalog) : detectDockerfile(file.path, text, catalog);
};

/** `image:` (compose, Kubernetes) and `repository:` (Helm values) values naming a catalog runtime image. */
export function imageEvidence(path: string, text: string, literals: Literal[], catalog: Catalog): Evidence[] {
  const out: Evidence[] = [];
  for (const l of literals) {
    if (l.key !== "image" && l.key !== "repository") continue;
    const hit = catalog.iac.lookupImage(l.value);
    if (hit) out.push(makeEvidence("iac", path, text, { vendor: hit.vendor, line: l.line, column: l.column, resource: l.value }));
  }
  return out;
}

/** YAML that sets catalog env names as keys or `NAME=value` items, as env evidence. */
export function yamlEnvEvidence(path: string, text: string, literals: Literal[], catalog: Catalog): { evidence: Evidence[]; literals: Literal[] } {
  const names = yamlEnvNames(text, catalog);
  const evidence = names.map((n) => makeEvidence("env", path, text, { vendor: n.vendor, line: n.line, column: n.column, env: n.name }));
  return { evidence, literals: withoutEnvRepeats(literals, names) };
}

function detectCompose(path: string, text: string, catalog: Catalog): DetectOutput {
  const literals = configLiterals(path, text);
  const env = yamlEnvEvidence(path, text, literals, catalog);
  return { evidence: [...imageEvidence(path, text, literals, catalog), ...env.evidence], literals: env.literals, diagnostics: [] };
}

/** Where `name` first appears in lines[from..to] (an instruction's continuation lines). */
function placeOf(lines: string[], from: number, to: number, name: string): { line: number; column: number } {
  for (let k = from; k <= to; k++) {
    const c = lines[k]!.toLowerCase().indexOf(name.toLowerCase());
    if (c >= 0 && !/^\s*#/.test(lines[k]!)) return { line: k + 1, column: c + 1 };
  }
  return { line: from + 1, column: 1 };
}

function detectDockerfile(path: string, text: string, catalog: Catalog): DetectOutput {
  const evidence: Evidence[] = [];
  const literals: Literal[] = [];
  const lines = text.split("\n");
  const stages = new Set<string>();
  for (let idx = 0; idx < lines.length; idx++) {
    const start = idx;
    let line = lines[idx]!.replace(/\r$/, "");
    if (/^\s*#/.test(line)) continue;
    // Continuation lines belong to the instruction (comment lines inside are dropped).
    while (/\\\s*$/.test(line) && idx + 1 < lines.length) {
      idx++;
      const next = lines[idx]!.replace(/\r$/, "");
      line = line.replace(/\\\s*$/, " ") + (/^\s*#/.test(next) ? "" : next);
    }
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const instr = m[1]!.toUpperCase();
    const args = m[2]!;
    const lineNo = start + 1;
    const raw = lines[start]!;
    const col = (s: string) => Math.max(1, raw.indexOf(s) + 1);
    if (instr === "FROM") {
      const f = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(args);
      if (!f) continue;
      if (f[2]) stages.add(f[2].toLowerCase());
      const hit = stages.has(f[1]!.toLowerCase()) ? undefined : catalog.iac.lookupImage(f[1]!);
      if (hit) evidence.push(makeEvidence("iac", path, text, { vendor: hit.vendor, line: lineNo, column: col(f[1]!), resource: f[1]! }));
    } else if (instr === "COPY" || instr === "ADD") {
      const from = /--from=(\S+)/.exec(args)?.[1];
      const hit = from && !stages.has(from.toLowerCase()) && !/^\d+$/.test(from) ? catalog.iac.lookupImage(from) : undefined;
      if (hit) evidence.push(makeEvidence("iac", path, text, { vendor: hit.vendor, line: lineNo, column: col(from!), resource: from! }));
    } else if (instr === "ENV" || instr === "ARG") {
      const pairs = /^[A-Za-z_]\w*\s+[^=]*$/.test(args.trim()) && instr === "ENV"
        ? [[args.trim().split(/\s+/)[0]!, args.trim().replace(/^\S+\s+/, "")]] // legacy `ENV NAME value`
        : [...stripHash(args).matchAll(/([A-Za-z_]\w*)(?:=("[^"]*"|'[^']*'|\S*))?/g)].map((p) => [p[1]!, p[2] ?? ""]);
      for (const [name, value] of pairs) {
        const vendor = catalog.lookupEnv(name!);
        if (vendor) evidence.push(makeEvidence("env", path, text, { vendor, line: lineNo, column: col(name!), env: name }));
        const v = value!.replace(/^["']|["']$/g, "");
        if (v) literals.push({ value: v, line: lineNo, column: col(v), key: name! });
      }
    } else if (instr === "RUN") {
      // URLs a build step calls (curl https://api.openai.com/...): the host analyzer decides.
      for (const u of args.matchAll(/(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,31}:\/\/[^\s"'`]+/gi)) literals.push({ value: u[0], line: lineNo, column: col(u[0]) });
      // Packages the image installs are its dependencies.
      for (const inst of runInstalls(args)) {
        const at = placeOf(lines, start, idx, inst.name);
        for (const target of manifestTargets(catalog.lookupPackage(inst.ecosystem, inst.name, inst.major))) {
          evidence.push(targetEvidence("dependency", path, at, inst.ecosystem, target, lines[at.line - 1]!.trim()));
        }
      }
    }
  }
  return { evidence, literals, diagnostics: [] };
}
