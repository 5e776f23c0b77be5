import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { DiffInputError, diffReports, type ReportDiff } from "../diff/compare.js";
import { diffToMarkdown, diffToText } from "../diff/render.js";
import { writeAtomic } from "../org/output.js";
import { UsageError, type Command } from "./types.js";

const FORMATS: Record<string, (d: ReportDiff) => string> = {
  text: diffToText,
  markdown: diffToMarkdown,
  json: (d) => `${JSON.stringify(d, null, 2)}\n`,
};

export const diffCommand: Command = {
  summary: "what changed between two JSON reports (vendors, tools, findings, repositories)",
  usage: `shadow-ai diff <old.json> <new.json> [options]

Compares two reports of the same kind: two single-repository reports
(shadow-ai scan --format json) or two org reports (shadow-ai org / merge
--format json). Prints vendors and AI coding tools added or removed; status,
region and model changes; findings new and resolved (open findings, matched by
their identity when both reports carry one, else by fingerprint); and, for org
reports, repositories that appeared or disappeared. Reports from different
catalog versions are compared, with a note that detection itself changed.

Options:
  -f, --format <${Object.keys(FORMATS).join("|")}>  output format (default: text)
  -o, --output <file>             write to a file (atomically) instead of stdout

Exit codes: 0 compared (whatever changed) · 2 unreadable input, not a report,
reports of different schemaVersions or of different kinds.
`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        output: { type: "string", short: "o" },
      },
    });
    if (positionals.length !== 2) throw new UsageError("diff takes two report files: <old.json> <new.json>");
    const render = FORMATS[values.format!];
    if (!render) throw new UsageError(`unknown format '${values.format}' (one of: ${Object.keys(FORMATS).join(", ")})`);
    const [oldFile, newFile] = positionals as [string, string];
    const read = async (file: string): Promise<unknown> => {
      try {
        return JSON.parse(await readFile(file, "utf8")) as unknown;
      } catch (err) {
        throw new UsageError(`${file}: cannot read a JSON report: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
    };
    let diff: ReportDiff;
    try {
      diff = diffReports(oldFile, await read(oldFile), newFile, await read(newFile));
    } catch (err) {
      if (err instanceof DiffInputError) throw new UsageError(err.message);
      throw err;
    }
    const rendered = render(diff);
    const out = rendered.endsWith("\n") ? rendered : `${rendered}\n`;
    if (values.output) await writeAtomic(values.output, out);
    else io.stdout(out);
    return 0;
  },
};
