import type { Evidence } from "../types.js";

/**
 * A definite SDK flavour choice (`role: "selector"` evidence with `via` = the SDK's
 * vendor: `genai.Client(vertexai=True)`, `openai.DefaultAzureConfig(…)`) makes the
 * SDK's import and env evidence in that file the chosen vendor's, keeping `via`, as
 * a base URL does. A selector of the SDK's own service in the same file (or a
 * switch set at run time, which detection reports as both) keeps it where it is.
 *
 * An env switch set true in an env file, container, workflow or config
 * (`GOOGLE_GENAI_USE_VERTEXAI=true`) chooses for every file of the repository
 * that uses the SDK without choosing in code.
 */
export function applySelectors(evidence: Evidence[]): Evidence[] {
  const repoWide = new Map<string, Set<string>>(); // sdk → vendors an env switch chooses
  const byFile = new Map<string, Evidence[]>();
  let any = false;
  for (const e of evidence) {
    if (e.role === "selector") any = true;
    if (e.role === "selector" && e.kind === "env" && e.via && e.vendor) add(repoWide, e.via, e.vendor);
    (byFile.get(e.file) ?? byFile.set(e.file, []).get(e.file)!).push(e);
  }
  if (!any) return evidence;
  const out: Evidence[] = [];
  for (const list of byFile.values()) {
    const chosen = new Map<string, Set<string>>();
    const own = new Set<string>();
    const mentioned = new Set<string>();
    for (const e of list) {
      if (e.role !== "selector" || !e.vendor) continue;
      if (e.via) {
        mentioned.add(e.via);
        if (e.kind !== "env" || !repoWide.has(e.via)) add(chosen, e.via, e.vendor);
      } else {
        own.add(e.vendor);
        mentioned.add(e.vendor);
      }
    }
    // The repository's env switch, for SDKs this file does not choose for itself.
    for (const [sdk, vendors] of repoWide) if (!mentioned.has(sdk)) for (const v of vendors) add(chosen, sdk, v);
    for (const e of list) {
      const targets = e.vendor && !e.via && !e.role && (e.kind === "import" || e.kind === "env") && !own.has(e.vendor) ? chosen.get(e.vendor) : undefined;
      if (!targets) {
        out.push(e);
        continue;
      }
      for (const t of targets) out.push({ ...e, vendor: t, via: e.vendor });
    }
  }
  return out;
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  (map.get(key) ?? map.set(key, new Set()).get(key)!).add(value);
}
