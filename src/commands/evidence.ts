import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { extendCatalog } from "../catalog/extend.js";
import { loadCatalog } from "../catalog/load.js";
import { loadInventory } from "../inventory/load.js";
import { isOrgReport, isScanReport } from "../org/merge.js";
import { writeAtomic } from "../org/output.js";
import { packageVersion } from "../package-root.js";
import { reportContext } from "../org/declarations.js";
import { toEvidence, type EvidenceInput } from "../report/evidence.js";
import { toEvidenceHtml } from "../report/evidence-html/index.js";
import { UsageError, type Command } from "./types.js";

export const evidenceCommand: Command = {
  summary: "write the SOC 2 evidence pack (Markdown, HTML or PDF) from a scan or org JSON report",
  usage: `shadow-ai evidence <report.json> [options]

The input is a single-repository report (shadow-ai scan --format json) or an
org report (shadow-ai org / merge --format json). The pack lists the AI vendor
inventory (status, owner, purpose, data classes, DPA, no-training, residency,
last review, attestations), where each vendor is used, a data-flow diagram
per vendor, open findings and the scan's provenance.

--format html writes one self-contained page (inline CSS and SVG, no script,
no network) with one printable sheet per vendor, including its AI risk
assessment. --format pdf prints that page through a Chromium or Chrome found on
this machine (CHROME_PATH, else chromium / google-chrome on PATH); it never
downloads one.

Options:
  -i, --inventory <file>   take declarations from this inventory (default: what the
                           report carries; an org report carries each repository's)
  -f, --format <fmt>       markdown (default), html or pdf (pdf needs -o)
  -o, --output <file>      write to a file (atomically) instead of stdout
      --paper <size>       a4 (default) or letter, for --format pdf
      --date <YYYY-MM-DD>  the date the pack is produced (default: today, UTC)
`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        inventory: { type: "string", short: "i" },
        output: { type: "string", short: "o" },
        format: { type: "string", short: "f", default: "markdown" },
        paper: { type: "string", default: "a4" },
        date: { type: "string" },
      },
    });
    if (positionals.length !== 1) throw new UsageError("evidence takes one report file");
    const file = positionals[0]!;
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError("--date takes YYYY-MM-DD");
    const format = values.format!;
    if (!["markdown", "md", "html", "pdf"].includes(format)) throw new UsageError(`--format takes markdown, html or pdf, not '${format}'`);
    const paper = values.paper!.toLowerCase();
    if (paper !== "a4" && paper !== "letter") throw new UsageError("--paper takes a4 or letter");
    if (format === "pdf" && !values.output) throw new UsageError("--format pdf writes a file: give -o <file>.pdf");
    // Before any work: a missing browser is a usage error (exit 2) that says how to get one.
    let browser: string | undefined;
    if (format === "pdf") {
      const { findBrowser, NO_BROWSER } = await import("./print-pdf.js");
      browser = findBrowser();
      if (!browser) throw new UsageError(NO_BROWSER);
    }
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
      inventory = { path: values.inventory, vendors: inv.vendors, ...(inv.classifiedPaths ? { classifiedPaths: inv.classifiedPaths } : {}) };
    }
    const common = {
      producedAt: values.date ?? new Date().toISOString().slice(0, 10),
      tool: { version: packageVersion() },
      inventory,
      spec: (id: string) => catalog.vendors.get(id),
    };
    let input: EvidenceInput;
    if (isOrgReport(value)) {
      // A repository merged from a scan report carries its declarations in the report itself.
      const repositories = value.repositories.map((r) => (r.declared || !r.report.inventory.vendors ? r : { ...r, declared: r.report.inventory.vendors }));
      input = { ...common, org: value.org, repositories, errors: value.errors, scannedAt: value.generatedAt };
    } else if (isScanReport(value)) {
      // The declarations the scan applied: carried in the report, else read from the inventory it names.
      const declared = values.inventory ? undefined : (value.inventory.vendors ?? reportContext(value).declared);
      input = { ...common, repositories: [{ name: value.target.root, report: value, ...(declared ? { declared } : {}) }] };
    } else throw new UsageError(`${file}: not a shadow-ai report (expected a ScanReport or an org report with schemaVersion 1)`);
    if (format === "pdf") {
      const { printPdf } = await import("./print-pdf.js");
      await printPdf(toEvidenceHtml(input), values.output!, { browser: browser!, paper: paper === "letter" ? "Letter" : "A4" });
      return 0;
    }
    const out = format === "html" ? toEvidenceHtml(input) : toEvidence(input);
    if (values.output) await writeAtomic(values.output, out);
    else io.stdout(out);
    return 0;
  },
};
