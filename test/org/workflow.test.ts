import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";

const DIR = join(import.meta.dirname, "../../.github/workflows");
const FILES = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));

type Obj = Record<string, unknown>;
interface Step { id?: string; uses?: string; run?: string; with?: Obj }
interface Job { needs?: string | string[]; steps?: Step[]; outputs?: Obj; strategy?: { matrix?: unknown } }

function load(text: string): Obj {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) throw new Error(doc.errors.map((e) => e.message).join("\n"));
  return doc.toJS() as Obj;
}

/** Every `${{ … }}` expression, with the job it sits in (by walking the parsed tree). */
function expressions(node: unknown, job: string | undefined, out: { job?: string; expr: string }[] = []): { job?: string; expr: string }[] {
  if (typeof node === "string") for (const m of node.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) out.push({ job, expr: m[1]! });
  else if (Array.isArray(node)) node.forEach((n) => expressions(n, job, out));
  else if (node && typeof node === "object") for (const v of Object.values(node)) expressions(v, job, out);
  return out;
}

/** Problems: references to inputs, secrets, needs, steps and job outputs that do not exist. */
function check(wf: Obj): string[] {
  const problems: string[] = [];
  const on = (wf.on ?? {}) as Obj;
  const call = (on.workflow_call ?? {}) as Obj;
  const dispatch = (on.workflow_dispatch ?? {}) as Obj;
  const inputs = new Set([...Object.keys((call.inputs ?? {}) as Obj), ...Object.keys((dispatch.inputs ?? {}) as Obj)]);
  const secrets = new Set([...Object.keys((call.secrets ?? {}) as Obj), "GITHUB_TOKEN"]);
  const jobs = (wf.jobs ?? {}) as Record<string, Job>;
  const all: { job?: string; expr: string }[] = [];
  for (const [id, job] of Object.entries(jobs)) expressions(job, id, all);
  expressions(call.outputs, undefined, all);
  // `if:` conditions are expressions without ${{ }}.
  for (const [id, job] of Object.entries(jobs)) {
    const conds = [(job as Obj).if, ...(job.steps ?? []).map((s) => (s as Obj).if)].filter((c): c is string => typeof c === "string");
    for (const c of conds) all.push({ job: id, expr: c });
  }
  for (const { job, expr } of all) {
    for (const m of expr.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)) if (!inputs.has(m[1]!)) problems.push(`${job}: inputs.${m[1]} is not declared`);
    for (const m of expr.matchAll(/\bsecrets\.([A-Za-z0-9_-]+)/g)) if (!secrets.has(m[1]!)) problems.push(`${job}: secrets.${m[1]} is not declared`);
    if (job) {
      const needs = [jobs[job]!.needs ?? []].flat();
      for (const m of expr.matchAll(/\bneeds\.([A-Za-z0-9_-]+)(?:\.outputs\.([A-Za-z0-9_-]+))?/g)) {
        if (!needs.includes(m[1]!)) problems.push(`${job}: needs.${m[1]} but the job does not need it`);
        else if (m[2] && !Object.keys(jobs[m[1]!]!.outputs ?? {}).includes(m[2])) problems.push(`${job}: needs.${m[1]}.outputs.${m[2]} is not an output`);
      }
      const ids = new Set((jobs[job]!.steps ?? []).flatMap((s) => (s.id ? [s.id] : [])));
      for (const m of expr.matchAll(/\bsteps\.([A-Za-z0-9_-]+)/g)) if (!ids.has(m[1]!)) problems.push(`${job}: steps.${m[1]} is not a step id`);
    } else {
      for (const m of expr.matchAll(/\bjobs\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
        if (!Object.keys(jobs[m[1]!]?.outputs ?? {}).includes(m[2]!)) problems.push(`outputs: jobs.${m[1]}.outputs.${m[2]} does not exist`);
      }
    }
  }
  for (const [id, job] of Object.entries(jobs)) {
    for (const s of job.steps ?? []) if (s.uses && !/@(v\d+(\.\d+)*|[0-9a-f]{40})$/.test(s.uses)) problems.push(`${id}: ${s.uses} is not pinned to a version`);
  }
  return problems;
}

describe("workflow files", () => {
  it.each(FILES)("%s parses and references only what exists", (file) => {
    const wf = load(readFileSync(join(DIR, file), "utf8"));
    expect(wf.jobs).toBeTruthy();
    expect(check(wf)).toEqual([]);
  });

  it("the checker catches a reference to an input that does not exist (so the test above can fail)", () => {
    const text = readFileSync(join(DIR, "org-scan.yml"), "utf8").replace("${{ inputs.timeout }}", "${{ inputs.timout }}").replace("needs: [list, scan]", "needs: [scan]");
    expect(check(load(text))).toEqual(expect.arrayContaining(["scan: inputs.timout is not declared", "merge: needs.list but the job does not need it"]));
  });

  describe("org-scan.yml", () => {
    const text = readFileSync(join(DIR, "org-scan.yml"), "utf8");
    const wf = load(text);
    const jobs = wf.jobs as Record<string, Job & Obj>;
    const inputs = ((wf.on as Obj).workflow_call as Obj).inputs as Record<string, { default?: unknown }>;

    it("is a reusable workflow: list → scan matrix → merge, even when shards fail", () => {
      expect(Object.keys(jobs)).toEqual(["list", "scan", "merge"]);
      expect(jobs.scan!.needs).toBe("list");
      expect(jobs.merge!.needs).toEqual(["list", "scan"]);
      expect(jobs.merge!.if).toMatch(/always\(\)/);
      expect(JSON.stringify(jobs.scan!.strategy)).toContain("fromJSON(needs.list.outputs.matrix)");
      expect(Number(inputs.shards!.default)).toBeLessThanOrEqual(256);
    });

    it("uploads one uniquely named artifact per shard and merges them all", () => {
      const upload = jobs.scan!.steps!.find((s) => s.uses?.startsWith("actions/upload-artifact"))!;
      expect(upload.with!.name).toBe("shadow-ai-shard-${{ github.run_id }}-${{ github.run_attempt }}-${{ matrix.shard }}");
      const download = jobs.merge!.steps!.find((s) => s.with?.pattern)!;
      expect(download.with!.pattern).toBe("shadow-ai-shard-${{ github.run_id }}-${{ github.run_attempt }}-*");
      expect(download.with!["merge-multiple"]).toBe(true);
      // Matrix keys used are those `shadow-ai org --list --shards` emits.
      const used = new Set([...text.matchAll(/\$\{\{[^}]*\bmatrix\.([a-z-]+)/g)].map((m) => m[1]));
      expect([...used].sort()).toEqual(["repos", "shard"]);
      const merge = jobs.merge!.steps!.find((s) => s.id === "merge")!.run!;
      expect(merge).toContain("--expected list/repos.json");
      expect(merge).toContain('>> "$GITHUB_STEP_SUMMARY"');
    });

    it("passes inputs to shells through env, never spliced into scripts; every script passes bash -n", () => {
      for (const job of Object.values(jobs)) {
        for (const s of job.steps ?? []) {
          if (!s.run) continue;
          expect(s.run).not.toMatch(/\$\{\{/);
          execFileSync("bash", ["-n"], { input: s.run });
        }
      }
    });
  });
});
