import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { loadInventory } from "../../src/inventory/load.js";
import { reportContext } from "../../src/org/declarations.js";
import { buildOrgReport } from "../../src/org/merge.js";
import { ORG_FORMATS } from "../../src/org/output.js";
import { toSpdx } from "../../src/report/spdx.js";
import { scanCommand } from "../../src/commands/scan.js";
import { scan } from "../../src/scan/scan.js";
import type { ScanReport } from "../../src/types.js";
import { refused, spdxToQuads, validateSpdx } from "../helpers/spdx-validate.js";
import { ACME, CENTRAL_INVENTORY, REPOS, scanFixture } from "../org/helpers.js";

const FIX = join(import.meta.dirname, "../../fixtures");
const CREATED = "2026-10-01T10:00:00Z";
const NOW = new Date("2026-10-01");
const catalog = loadCatalog();

// Every fixture tree: each top-level folder, and each repository of the org fixture.
const TREES = [
  ...readdirSync(FIX, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== "org").map((d) => d.name),
  ...REPOS.map((r) => `org/acme/${r}`),
].sort();

interface Doc {
  "@graph": Record<string, unknown>[];
}

async function spdxOf(dir: string): Promise<{ report: ScanReport; text: string; doc: Doc }> {
  const report = await scan(join(FIX, dir), { now: NOW });
  const text = toSpdx(report, { ...reportContext(report), created: CREATED, name: dir.split("/").pop()! });
  return { report, text, doc: JSON.parse(text) as Doc };
}

const byType = (doc: Doc, type: string) => doc["@graph"].filter((n) => n.type === type);
const byId = (doc: Doc, id: string) => doc["@graph"].find((n) => n.spdxId === id);

describe("SPDX 3.0.1: every fixture tree validates against the published SHACL model, offline", () => {
  it.each(TREES)("%s", async (dir) => {
    const { report, doc } = await spdxOf(dir);
    expect(await validateSpdx(doc)).toEqual([]);
    // Not a document that validates because it says nothing.
    const root = byType(doc, "software_Package").find((p) => p.software_primaryPurpose === "source");
    expect(root?.name).toBe(dir.split("/").pop());
    expect(byType(doc, "ai_AIPackage").length + byType(doc, "software_Package").length).toBeGreaterThanOrEqual(1 + report.vendors.length);
  });

  it("the org report (org / merge --format spdx) validates, one repository package per repository", async () => {
    const reports = await Promise.all(REPOS.map((n) => scanFixture(n)));
    const central = await loadInventory(CENTRAL_INVENTORY, { file: "inventory.yml", catalog });
    const own = await loadInventory(join(ACME, "api/.github/ai-vendors.yml"), { file: ".github/ai-vendors.yml", catalog });
    const org = buildOrgReport({
      tool: { name: "shadow-ai", version: "0.1.0", catalogVersion: catalog.version },
      org: "acme",
      generatedAt: "2026-10-01T10:00:00.000Z",
      repositories: REPOS.map((n, i) => ({ name: `acme/${n}`, report: reports[i]!, declared: Object.fromEntries(n === "api" ? own.vendors : central.vendors) })),
      errors: [],
    });
    const text = ORG_FORMATS.spdx!(org);
    const doc = JSON.parse(text) as Doc;
    expect(await validateSpdx(doc)).toEqual([]);
    const repos = byType(doc, "software_Package").filter((p) => p.software_primaryPurpose === "source").map((p) => p.name);
    expect(repos).toEqual(REPOS.map((n) => `acme/${n}`));
    expect((doc["@graph"][0] as { created: string }).created).toBe("2026-10-01T10:00:00Z");
    expect(JSON.parse(ORG_FORMATS.spdx!(org, { created: "2027-01-01T00:00:00Z" }))["@graph"][0].created).toBe("2027-01-01T00:00:00Z");
    // Every repository's vendors are reached from that repository's package.
    for (const [i, n] of REPOS.entries()) {
      const rootId = `urn:shadow-ai:acme:repository:acme/${n}`;
      const to = byType(doc, "Relationship").filter((r) => r.from === rootId).flatMap((r) => r.to as string[]);
      for (const v of reports[i]!.vendors) expect(to).toContain(`urn:shadow-ai:acme:vendor:${v.id}`);
    }
    // Declarations are per repository: each review annotation names its repository.
    const reviews = byType(doc, "Annotation").filter((a) => a.annotationType === "review").map((a) => a.statement as string);
    for (const n of REPOS) expect(reviews.some((s) => s.startsWith(`acme/${n}: inventory: status `))).toBe(true);
  });
});

describe("SPDX 3.0.1: the validator rejects what is wrong (so the tests above can fail)", () => {
  let doc: Doc;
  beforeAll(async () => {
    doc = (await spdxOf("demo-app")).doc;
  });

  it("an element without creationInfo", async () => {
    const broken = structuredClone(doc);
    const vendor = broken["@graph"].find((n) => n.spdxId === "urn:shadow-ai:demo-app:vendor:openai")!;
    delete vendor.creationInfo;
    const violations = await validateSpdx(broken);
    expect(violations).toContainEqual(expect.objectContaining({ focus: "urn:shadow-ai:demo-app:vendor:openai", path: "https://spdx.org/rdf/3.0.1/terms/Core/creationInfo" }));
  });

  it("a bad enum value", async () => {
    const broken = structuredClone(doc);
    const ann = byType(broken, "Annotation")[0]!;
    ann.annotationType = "opinion";
    const violations = await validateSpdx(broken);
    expect(violations.some((v) => v.focus === ann.spdxId && v.path === "https://spdx.org/rdf/3.0.1/terms/Core/annotationType")).toBe(true);
  });

  it("a bad enum value in the AI profile, and a bad software purpose", async () => {
    const broken = structuredClone(doc);
    const ai = byType(broken, "ai_AIPackage")[0]!;
    ai.ai_useSensitivePersonalInformation = "maybe";
    const pkg = byType(broken, "software_Package")[0]!;
    pkg.software_primaryPurpose = "vibes";
    const violations = await validateSpdx(broken);
    expect(violations.some((v) => v.focus === ai.spdxId && v.path === "https://spdx.org/rdf/3.0.1/terms/AI/useSensitivePersonalInformation")).toBe(true);
    expect(violations.some((v) => v.focus === pkg.spdxId && v.path === "https://spdx.org/rdf/3.0.1/terms/Software/primaryPurpose")).toBe(true);
  });

  it("a CreationInfo without createdBy, and a time with a fraction", async () => {
    const broken = structuredClone(doc);
    const ci = broken["@graph"][0]!;
    delete ci.createdBy;
    ci.created = "2026-10-01T10:00:00.123Z";
    const paths = (await validateSpdx(broken)).map((v) => v.path);
    expect(paths).toContain("https://spdx.org/rdf/3.0.1/terms/Core/createdBy");
    expect(paths).toContain("https://spdx.org/rdf/3.0.1/terms/Core/created");
  });

  it("no network: a document naming any other context is refused", async () => {
    await expect(spdxToQuads({ ...doc, "@context": "https://example.com/other.jsonld" })).rejects.toThrow(/other\.jsonld/);
    expect(refused).toContain("https://example.com/other.jsonld");
  });
});

describe("SPDX 3.0.1: round trip with the JSON report", () => {
  it.each(TREES)("%s: every vendor, region and model is in the document", async (dir) => {
    const { report, doc } = await spdxOf(dir);
    const scope = dir.split("/").pop()!;
    const annotations = byType(doc, "Annotation");
    for (const v of report.vendors) {
      const id = `urn:shadow-ai:${scope}:vendor:${v.id}`;
      const el = byId(doc, id);
      expect(el, v.id).toBeDefined();
      expect(el!.name).toBe(v.name);
      expect(el!.type).toBe(v.models.length || v.evidence.some((e) => e.package && !e.via) ? "ai_AIPackage" : "software_Package");
      const supplier = byId(doc, el!.suppliedBy as string);
      expect(supplier).toMatchObject({ type: "Organization", name: v.name });
      for (const r of v.regions) expect(annotations.some((a) => a.subject === id && (a.statement as string).startsWith(`region: ${r}`)), `${v.id} ${r}`).toBe(true);
      for (const m of v.models) expect(byId(doc, `${id}:model:${encodeURIComponent(m).replace(/%40/g, "@").replace(/%2F/g, "/")}`)).toMatchObject({ type: "ai_AIPackage", name: m, software_primaryPurpose: "model" });
      // Each piece of evidence is a file:line annotation.
      for (const e of v.evidence) expect(annotations.some((a) => (a.statement as string).includes(` at ${e.file}:${e.line}:`)), `${e.file}:${e.line}`).toBe(true);
      // The inventory's word on it.
      expect(annotations.some((a) => a.subject === id && a.annotationType === "review" && (a.statement as string).startsWith(`inventory: status ${v.status}`))).toBe(true);
    }
    for (const f of report.frameworks) {
      const fw = `urn:shadow-ai:${scope}:framework:${f.id}`;
      expect(byId(doc, fw)).toMatchObject({ software_primaryPurpose: "framework" });
      const reaches = byType(doc, "Relationship").find((r) => r.from === fw && r.relationshipType === "dependsOn");
      const used = f.vendors.filter((v) => report.vendors.some((u) => u.id === v));
      if (used.length) expect(reaches?.to).toEqual(used.map((v) => `urn:shadow-ai:${scope}:vendor:${v}`).sort());
    }
  });

  it("no secret value appears, though the secrets are found and located", async () => {
    const secrets = [
      /"(sk-proj-[^"]+)"/.exec(readFileSync(join(FIX, "secrets/src/config.ts"), "utf8"))![1]!,
      /api_key: (\S+)/.exec(readFileSync(join(FIX, "secrets/settings.yaml"), "utf8"))![1]!,
    ];
    const { report, text } = await spdxOf("secrets");
    expect(report.vendors.flatMap((v) => v.evidence).filter((e) => e.kind === "secret").length).toBeGreaterThanOrEqual(2);
    for (const s of secrets) {
      expect(text).not.toContain(s);
      expect(text).not.toContain(s.slice(0, 24));
    }
    expect(text).toContain("evidence: secret at src/config.ts:2:");
    expect(text).toContain("value withheld");
  });

  it("the inventory's status, DPA and residency are annotations on the vendor", async () => {
    const { doc } = await spdxOf("demo-app");
    const review = byType(doc, "Annotation").filter((a) => a.annotationType === "review" && a.subject === "urn:shadow-ai:demo-app:vendor:openai" && (a.statement as string).startsWith("inventory:"));
    expect(review).toHaveLength(1);
    expect(review[0]!.statement).toMatch(/^inventory: status approved; DPA signed \d{4}-\d\d-\d\d.*; residency /);
    // Declared against used: an undeclared vendor says so, a prohibited declaration nobody uses is listed without a dependsOn.
    const statements = byType(doc, "Annotation").map((a) => `${a.subject as string} ${a.statement as string}`);
    expect(statements).toContain("urn:shadow-ai:demo-app:vendor:aws-bedrock inventory: status undeclared");
    expect(statements.some((s) => s.startsWith("urn:shadow-ai:demo-app:vendor:deepseek inventory: status prohibited; declared but not used by the code"))).toBe(true);
    expect(byType(doc, "Relationship").flatMap((r) => r.to as string[])).not.toContain("urn:shadow-ai:demo-app:vendor:deepseek");
    // Findings ride along by rule and place.
    expect(statements.some((s) => s.startsWith("urn:shadow-ai:demo-app:vendor:aws-bedrock finding: undeclared-vendor (error, blocking) at "))).toBe(true);
  });
});

describe("SPDX 3.0.1: deterministic", () => {
  it("the same tree and time give the same bytes; identifiers derive from repository and vendor ids", async () => {
    const a = await spdxOf("demo-app");
    const b = await spdxOf("demo-app");
    expect(b.text).toBe(a.text);
    expect(byId(a.doc, "urn:shadow-ai:demo-app:vendor:openai")).toBeDefined();
    expect(byId(a.doc, "urn:shadow-ai:demo-app:document")).toMatchObject({ type: "SpdxDocument", profileConformance: ["core", "software", "ai"] });
    const ci = a.doc["@graph"][0]!;
    expect(ci).toMatchObject({ type: "CreationInfo", specVersion: "3.0.1", created: CREATED });
    expect(ci.comment).toBe(`shadow-ai ${a.report.tool.version}, vendor catalog ${a.report.tool.catalogVersion}`);
  });
});

describe("SPDX 3.0.1: the document's time", () => {
  const run = async (args: string[]) => {
    let out = "";
    await scanCommand.run([...args, "--format", "spdx"], { stdout: (t) => (out += t), stderr: () => {} });
    return JSON.parse(out) as Doc;
  };

  it("is the scanned commit's time when the root is a git checkout (reproducible), whatever --created says", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spdx-git-"));
    mkdirSync(join(dir, "src"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "svc", dependencies: { openai: "^4.0.0" } }));
    writeFileSync(join(dir, "src/chat.ts"), 'import OpenAI from "openai";\nexport const c = new OpenAI();\n');
    const env = { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com", GIT_COMMITTER_DATE: "2025-05-06T07:08:09+02:00", GIT_AUTHOR_DATE: "2020-01-01T00:00:00Z" };
    const git = (...a: string[]) => execFileSync("git", a, { cwd: dir, env, encoding: "utf8" }).trim();
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "init");
    const sha = git("rev-parse", "HEAD");
    const doc = await run([dir, "--created", "2030-01-01T00:00:00Z"]);
    expect(doc["@graph"][0]!.created).toBe("2025-05-06T05:08:09Z");
    const root = byType(doc, "software_Package").find((p) => p.software_primaryPurpose === "source")!;
    expect(root.software_packageVersion).toBe(sha);
    expect(await validateSpdx(doc)).toEqual([]);
    // A linked worktree (absolute gitdir, refs shared with the main repository) knows its commit too.
    const wt = join(mkdtempSync(join(tmpdir(), "spdx-wt-")), "linked");
    git("worktree", "add", "-q", "-b", "side", wt);
    const linked = await run([wt]);
    expect(byType(linked, "software_Package").find((p) => p.software_primaryPurpose === "source")!.software_packageVersion).toBe(sha);
    expect(linked["@graph"][0]!.created).toBe("2025-05-06T05:08:09Z");
  });

  it("is --created when no commit is known, and a bad --created is a usage error", async () => {
    const doc = await run([join(FIX, "regions"), "--created", "2026-02-03T04:05:06+01:00"]);
    expect(doc["@graph"][0]!.created).toBe("2026-02-03T03:05:06Z");
    await expect(run([join(FIX, "regions"), "--created", "yesterday"])).rejects.toThrow(/--created: not a date/);
  });
});
