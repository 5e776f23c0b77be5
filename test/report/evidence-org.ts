// The fixture organisation the HTML evidence pack is tested on: the acme
// repositories scanned from disk (vendors declared centrally, declared by the
// repository's own inventory with a risk assessment, undeclared, prohibited),
// plus one repository whose names are hostile (markup, quotes, newlines).
import { join } from "node:path";
import { loadCatalog } from "../../src/catalog/load.js";
import { loadInventory } from "../../src/inventory/load.js";
import { buildOrgReport } from "../../src/org/merge.js";
import type { EvidenceHtmlInput } from "../../src/report/evidence-html/index.js";
import type { ScanReport } from "../../src/types.js";
import { ACME, CENTRAL_INVENTORY, REPOS, scanFixture } from "../org/helpers.js";

export const HOSTILE = `<script>alert("x")</script>'q"\nline<img src=x onerror=alert(1)>`;

export const catalog = loadCatalog();

/** A copy of a scanned report whose repository, paths, vendor name and messages are hostile. */
function hostileReport(base: ScanReport): ScanReport {
  const r = structuredClone(base);
  const v = r.vendors[0]!;
  v.id = "evil-vendor";
  v.name = `Evil ${HOSTILE}`;
  v.evidence = v.evidence.map((e) => ({ ...e, file: `${HOSTILE}/sub/${e.file}` }));
  r.findings = [
    {
      rule: "undeclared-vendor",
      severity: "error",
      vendor: "evil-vendor",
      file: `${HOSTILE}/x.py`,
      line: 1,
      message: `used at ${HOSTILE}`,
      fingerprint: "fp-hostile",
      identity: "id-hostile",
      blocking: true,
    },
    // The same problem at a second place whose name is long, right-to-left and a workflow command.
    {
      rule: "undeclared-vendor",
      severity: "error",
      vendor: "evil-vendor",
      file: `::error file=x::\u202e${"y".repeat(4000)}/x.py`,
      line: 2,
      message: `used at ${HOSTILE}`,
      fingerprint: "fp-hostile-2",
      identity: "id-hostile",
      blocking: true,
    },
  ];
  return r;
}

export async function acmeInput(): Promise<EvidenceHtmlInput> {
  const reports = new Map<string, ScanReport>();
  for (const name of REPOS) reports.set(name, await scanFixture(name));
  const central = await loadInventory(CENTRAL_INVENTORY, { file: "inventory.yml", catalog });
  const own = await loadInventory(join(ACME, "api/.github/ai-vendors.yml"), { file: ".github/ai-vendors.yml", catalog });
  const org = buildOrgReport({
    tool: { name: "shadow-ai", version: "0.1.0", catalogVersion: catalog.version },
    org: "acme",
    generatedAt: "2026-10-01T10:00:00.000Z",
    repositories: [
      ...REPOS.map((n) => ({ name: `acme/${n}`, report: reports.get(n)!, declared: Object.fromEntries(n === "api" ? own.vendors : central.vendors) })),
      {
        name: `acme/${HOSTILE}`,
        report: hostileReport(reports.get("web")!),
        declared: {
          "evil-vendor": {
            status: "restricted" as const,
            owner: HOSTILE,
            purpose: HOSTILE,
            dpa: { signed: "2026-01-01", link: "javascript:alert(1)" },
            attestations: [{ type: HOSTILE, date: "2026-01-01", link: `https://example.com/"><script>alert(1)</script>` }],
          },
        },
      },
    ],
    errors: [{ repository: "acme/huge", reason: "too large: over 1000 bytes" }],
  });
  return {
    org: org.org,
    repositories: org.repositories,
    errors: org.errors,
    scannedAt: org.generatedAt,
    producedAt: "2026-10-02",
    tool: { version: "0.1.0" },
    spec: (id) => catalog.vendors.get(id),
  };
}
