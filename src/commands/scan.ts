import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { toJson } from "../report/json.js";
import { toText } from "../report/text.js";
import { scan } from "../scan.js";
import type { ScanReport } from "../types.js";
import { UsageError, type Command } from "./types.js";

const FORMATS: Record<string, (r: ScanReport, verbose: boolean) => string> = {
  text: (r, verbose) => toText(r, { maxEvidence: verbose ? 0 : 8 }),
  json: (r) => toJson(r),
};

export const scanCommand: Command = {
  summary: "scan a directory (default: .) and report the AI vendors it uses",
  usage: `shadow-ai scan [path] [options]

Options:
  -f, --format <${Object.keys(FORMATS).join("|")}>  output format (default: text)
  -o, --output <file>             write the report to a file instead of stdout
      --exclude <glob>            skip paths matching a gitignore-style glob (repeatable)
      --max-file-size <bytes>     skip files larger than this (default: 1048576)
  -v, --verbose                   text: list every piece of evidence
`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        output: { type: "string", short: "o" },
        exclude: { type: "string", multiple: true },
        "max-file-size": { type: "string" },
        verbose: { type: "boolean", short: "v" },
      },
    });
    if (positionals.length > 1) throw new UsageError("scan takes one path");
    const render = FORMATS[values.format!];
    if (!render) throw new UsageError(`unknown format '${values.format}' (one of: ${Object.keys(FORMATS).join(", ")})`);
    let maxFileSize: number | undefined;
    if (values["max-file-size"] !== undefined) {
      maxFileSize = Number(values["max-file-size"]);
      if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) throw new UsageError("--max-file-size takes a positive number of bytes");
    }
    const report = await scan(positionals[0] ?? ".", { exclude: values.exclude, maxFileSize });
    const out = render(report, values.verbose ?? false);
    if (values.output) await writeFile(values.output, out);
    else io.stdout(out);
    return report.findings.some((f) => f.blocking && !f.suppressed) ? 1 : 0;
  },
};
