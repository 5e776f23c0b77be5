import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  ORG_FORMATS,
  mergeReports,
  writeAtomic
} from "./chunk-SA3F3MM6.js";
import "./chunk-P7DHUSXG.js";
import "./chunk-6GJE5QXA.js";
import "./chunk-4R5BKMKX.js";
import "./chunk-2YU2PO3X.js";
import {
  UsageError
} from "./chunk-4CIJ6FWP.js";
import {
  packageVersion
} from "./chunk-YJ6TIQPF.js";
import "./chunk-EUDNGKAI.js";

// src/commands/merge.ts
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
var mergeCommand = {
  summary: "combine per-repository or per-shard JSON reports into one org report",
  usage: `shadow-ai merge <report.json\u2026> [options]

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
        created: { type: "string" }
      }
    });
    if (positionals.length === 0 && !values.expected) throw new UsageError("merge needs at least one report file");
    const render = ORG_FORMATS[values.format];
    if (!render) throw new UsageError(`unknown format '${values.format}' (one of: ${Object.keys(ORG_FORMATS).join(", ")})`);
    if (values.created !== void 0 && Number.isNaN(Date.parse(values.created))) throw new UsageError(`--created: not a date: ${values.created}`);
    const sources = [];
    for (const file of positionals) {
      let text;
      try {
        text = await readFile(file, "utf8");
      } catch (err) {
        throw new UsageError(`${file}: cannot read: ${err.code ?? err.message}`);
      }
      try {
        sources.push({ source: file, value: JSON.parse(text) });
      } catch (err) {
        throw new UsageError(`${file}: not JSON: ${err.message}`);
      }
    }
    let expected = [];
    if (values.expected) {
      try {
        const list = JSON.parse(await readFile(values.expected, "utf8"));
        if (!Array.isArray(list)) throw new Error("not a JSON list");
        expected = list.map((x) => typeof x === "string" ? x : String(x.name));
      } catch (err) {
        throw new UsageError(`--expected ${values.expected}: ${err.message}`);
      }
    }
    let org;
    try {
      org = mergeReports(sources, { version: packageVersion() }, expected);
    } catch (err) {
      throw new UsageError(err.message);
    }
    const out = render(org, { created: values.created });
    if (values.output) await writeAtomic(values.output, out);
    else io.stdout(out);
    if (values["fail-on-error"] && org.errors.length > 0) {
      io.stderr(`shadow-ai: ${org.errors.length} repositories could not be scanned
`);
      return 1;
    }
    return values["fail-on-blocking"] && org.rollup.repositories.blocking > 0 ? 1 : 0;
  }
};
export {
  mergeCommand
};
