import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { mergeReports } from "../org/merge.js";
import { ORG_FORMATS, writeAtomic } from "../org/output.js";
import { packageVersion } from "../package-root.js";
import { UsageError, type Command } from "./types.js";

export const mergeCommand: Command = {
  summary: "combine per-repository or per-shard JSON reports into one org report",
  usage: `shadow-ai merge <report.json…> [options]

Each input is a single-repository report (shadow-ai scan --format json) or an
org report (shadow-ai org / merge --format json). A repository named twice
keeps its first scanned entry; an error for a repository scanned elsewhere is
dropped.

Options:
  -f, --format <${Object.keys(ORG_FORMATS).join("|")}>  output format (default: json)
  -o, --output <file>             write to a file (atomically) instead of stdout
      --created <ISO 8601 time>   spdx: the document's time (default: the report's generatedAt)
      --expected <file>           the repositories that should be there (\`shadow-ai org --list\`
                                  JSON); any no report names becomes an error
      --fail-on-error             exit 1 when any repository could not be scanned
      --fail-on-blocking          exit 1 when any repository has a blocking finding
`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "json" },
        output: { type: "string", short: "o" },
        expected: { type: "string" },
        "fail-on-error": { type: "boolean" },
        "fail-on-blocking": { type: "boolean" },
        created: { type: "string" },
      },
    });
    if (positionals.length === 0 && !values.expected) throw new UsageError("merge needs at least one report file");
    const render = ORG_FORMATS[values.format!];
    if (!render) throw new UsageError(`unknown format '${values.format}' (one of: ${Object.keys(ORG_FORMATS).join(", ")})`);
    if (values.created !== undefined && Number.isNaN(Date.parse(values.created))) throw new UsageError(`--created: not a date: ${values.created}`);
    const sources = [];
    for (const file of positionals) {
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch (err) {
        throw new UsageError(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      try {
        sources.push({ source: file, value: JSON.parse(text) as unknown });
      } catch (err) {
        throw new UsageError(`${file}: not JSON: ${(err as Error).message}`);
      }
    }
    let expected: string[] = [];
    if (values.expected) {
      try {
        const list = JSON.parse(await readFile(values.expected, "utf8")) as unknown;
        if (!Array.isArray(list)) throw new Error("not a JSON list");
        expected = list.map((x) => (typeof x === "string" ? x : String((x as { name?: unknown }).name)));
      } catch (err) {
        throw new UsageError(`--expected ${values.expected}: ${(err as Error).message}`);
      }
    }
    let org;
    try {
      org = mergeReports(sources, { version: packageVersion() }, expected);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const out = render(org, { created: values.created });
    if (values.output) await writeAtomic(values.output, out);
    else io.stdout(out);
    if (values["fail-on-error"] && org.errors.length > 0) {
      io.stderr(`shadow-ai: ${org.errors.length} repositories could not be scanned\n`);
      return 1;
    }
    return values["fail-on-blocking"] && org.rollup.repositories.blocking > 0 ? 1 : 0;
  },
};
