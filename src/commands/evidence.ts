import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { extendCatalog } from "../catalog/extend.js";
import { loadCatalog } from "../catalog/load.js";
import { loadInventory } from "../inventory/load.js";
import { isOrgReport, isScanReport } from "../org/merge.js";
import { writeAtomic } from "../org/output.js";
import { packageVersion } from "../package-root.js";
import { toEvidence, type EvidenceInput } from "../report/evidence.js";
import { UsageError, type Command } from "./types.js";

export const evidenceCommand: Command = {
  summary: "write the SOC 2 evidence pack (Markdown) from a scan or org JSON report",
  usage: `shadow-ai evidence <report.json> [options]

The input is a single-repository report (shadow-ai scan --format json) or an
org report (shadow-ai org / merge --format json). The pack lists the AI vendor
inventory (status, owner, purpose, data classes, DPA, no-training, residency,
last review, attestations), where each vendor is used, a Mermaid data-flow
diagram per vendor, open findings and the scan's provenance.

Options:
  -i, --inventory <file>   take declarations from this inventory (default: what the
                           report carries; an org report carries each repository's)
  -o, --output <file>      write to a file (atomically) instead of stdout
      --date <YYYY-MM-DD>  the date the pack is produced (default: today, UTC)
`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        inventory: { type: "string", short: "i" },
        output: { type: "string", short: "o" },
        date: { type: "string" },
      },
    });
    if (positionals.length !== 1) throw new UsageError("evidence takes one report file");
    const file = positionals[0]!;
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError("--date takes YYYY-MM-DD");
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, "utf8"));
    } catch (err) {
      throw new UsageError(`${file}: cannot read a JSON report: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    let catalog = loadCatalog();
    let inventory: EvidenceInput["inventory"];
    if (values.inventory) {
      const inv = await loadInventory(values.inventory, { file: values.inventory, catalog });
      catalog = extendCatalog(catalog, inv.customVendors);
      inventory = { path: values.inventory, vendors: inv.vendors };
    }
    const common = {
      producedAt: values.date ?? new Date().toISOString().slice(0, 10),
      tool: { version: packageVersion() },
      inventory,
      spec: (id: string) => catalog.vendors.get(id),
    };
    let input: EvidenceInput;
    if (isOrgReport(value)) {
      input = { ...common, org: value.org, repositories: value.repositories, errors: value.errors, scannedAt: value.generatedAt };
    } else if (isScanReport(value)) {
      input = { ...common, repositories: [{ name: value.target.root, report: value }] };
    } else throw new UsageError(`${file}: not a shadow-ai report (expected a ScanReport or an org report with schemaVersion 1)`);
    const out = toEvidence(input);
    if (values.output) await writeAtomic(values.output, out);
    else io.stdout(out);
    return 0;
  },
};
