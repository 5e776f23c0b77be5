#!/usr/bin/env node
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { packageVersion } from "./package-root.js";
import { toJson } from "./report/json.js";
import { toText } from "./report/text.js";
import { scan } from "./scan.js";
import type { ScanReport } from "./types.js";

const HELP = `shadow-ai — find every AI vendor a codebase talks to

Usage:
  shadow-ai scan [path] [options]    scan a directory (default: .)

Options:
  -f, --format <text|json>           output format (default: text)
  -o, --output <file>                write the report to a file instead of stdout
      --exclude <glob>               skip paths matching a gitignore-style glob (repeatable)
      --max-file-size <bytes>        skip files larger than this (default: 1048576)
  -v, --verbose                      text: list every piece of evidence
  -h, --help                         show this help
      --version                      print the version

Exit codes: 0 nothing blocks · 1 a blocking finding · 2 usage or configuration error
`;

const FORMATS: Record<string, (r: ScanReport, verbose: boolean) => string> = {
  text: (r, verbose) => toText(r, { maxEvidence: verbose ? 0 : 8 }),
  json: (r) => toJson(r),
};

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f", default: "text" },
      output: { type: "string", short: "o" },
      exclude: { type: "string", multiple: true },
      "max-file-size": { type: "string" },
      verbose: { type: "boolean", short: "v" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean" },
    },
  });
  if (values.version) {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 2;
  }
  if (command !== "scan") throw new UsageError(`unknown command '${command}' (try: shadow-ai scan [path])`);
  if (rest.length > 1) throw new UsageError("scan takes one path");
  const render = FORMATS[values.format!];
  if (!render) throw new UsageError(`unknown format '${values.format}' (one of: ${Object.keys(FORMATS).join(", ")})`);
  let maxFileSize: number | undefined;
  if (values["max-file-size"] !== undefined) {
    maxFileSize = Number(values["max-file-size"]);
    if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) throw new UsageError("--max-file-size takes a positive number of bytes");
  }

  const root = rest[0] ?? ".";
  const report = await scan(root, { exclude: values.exclude, maxFileSize });
  const out = render(report, values.verbose ?? false);
  if (values.output) await writeFile(values.output, out);
  else process.stdout.write(out);
  return report.findings.some((f) => f.blocking && !f.suppressed) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`shadow-ai: ${(err as Error).message}\n`);
    process.exitCode = usage ? 2 : 2;
  },
);
