import { readFile, writeFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { commitTime } from "../discover/commit-time.js";
import { isDate } from "../inventory/schema.js";
import { reportContext } from "../org/declarations.js";
import { toCycloneDx } from "../report/cyclonedx.js";
import { toJson } from "../report/json.js";
import { toMarkdown } from "../report/markdown.js";
import { toSarif } from "../report/sarif.js";
import { createdTime } from "../report/spdx-created.js";
import { toSpdx } from "../report/spdx.js";
import { toText } from "../report/text.js";
import { HISTORY_WINDOW } from "../history/tool-commits.js";
import { scan } from "../scan/scan.js";
import type { ScanReport } from "../types.js";
import { resolveOrgInventory } from "./org-inventory.js";
import { requireFolder } from "./scan-root.js";
import { UsageError, type Command } from "./types.js";

/** What only some formats need beyond the report (the SPDX document's time and name). */
interface RenderExtra {
  created: string;
  name: string;
}

const FORMATS: Record<string, (r: ScanReport, verbose: boolean, extra: RenderExtra) => string> = {
  text: (r, verbose) => toText(r, { maxEvidence: verbose ? 0 : 8 }),
  json: (r) => toJson(r),
  sarif: (r) => toSarif(r),
  markdown: (r) => toMarkdown(r),
  cyclonedx: (r) => toCycloneDx(r, reportContext(r)),
  spdx: (r, _verbose, extra) => toSpdx(r, { ...reportContext(r), ...extra }),
};

export const scanCommand: Command = {
  summary: "scan a directory (default: .) and report the AI vendors it uses",
  usage: `shadow-ai scan [path] [options]

Options:
  -f, --format <${Object.keys(FORMATS).join("|")}>  output format (default: text)
  -o, --output <file>             write the report to a file instead of stdout
      --exclude <glob>            skip paths matching a gitignore-style glob (repeatable)
      --max-file-size <bytes>     skip files larger than this (default: 1048576)
  -i, --inventory <file>          the inventory (default: .github/ai-vendors.yml,
                                  .github/ai-vendors.yaml or ai-vendors.yml under the path)
      --org-inventory <file|owner/repo/path@ref>
                                  an organisation inventory the repository's refines
                                  (from GitHub with GITHUB_TOKEN when given as owner/repo/path@ref)
                                  (precedence: built-in catalog < organisation < repository;
                                  a repository may narrow a vendor's status, never widen it)
  -b, --baseline <file>           findings to accept (default: .github/shadow-ai-baseline.json if present)
      --no-baseline               ignore the default baseline
      --files-from <file|->       scan only the files listed (one path per line, relative to
                                  the scanned path, as \`git diff --name-only\` prints them;
                                  - reads standard input): a partial report, no walk
      --history <window>          also read the local git history of this window (90d, 12w,
                                  6m, 1y) for commits AI coding tools made or co-authored
                                  (trailers and bot authors; no messages or addresses are
                                  reported). Off by default; needs the full history
                                  (actions/checkout with fetch-depth: 0)
      --now <YYYY-MM-DD>          the day to judge review dates, attestations, DPA and
                                  exception expiry against (default: today, UTC)
  -v, --verbose                   text: list every piece of evidence
      --created <ISO 8601 time>   spdx: the document's time when the scanned commit's time
                                  is unknown (default: SOURCE_DATE_EPOCH, else now)
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
        inventory: { type: "string", short: "i" },
        "org-inventory": { type: "string" },
        baseline: { type: "string", short: "b" },
        "no-baseline": { type: "boolean" },
        "files-from": { type: "string" },
        created: { type: "string" },
        history: { type: "string" },
        now: { type: "string" },
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
    if (values.history !== undefined && !HISTORY_WINDOW.test(values.history)) {
      throw new UsageError(`--history takes a window such as 90d, 12w, 6m or 1y (got '${values.history}')`);
    }
    if (values.now !== undefined && !isDate(values.now)) throw new UsageError(`--now takes a date YYYY-MM-DD, not '${values.now}'`);
    const root = await requireFolder(positionals[0] ?? ".");
    const only = values["files-from"] === undefined ? undefined : await readList(values["files-from"]);
    const report = await scan(root, {
      only,
      exclude: values.exclude,
      maxFileSize,
      inventory: values.inventory,
      orgInventory: await resolveOrgInventory(values["org-inventory"]),
      baseline: values.baseline,
      noBaseline: values["no-baseline"],
      history: values.history,
      ...(values.now ? { now: new Date(`${values.now}T00:00:00Z`) } : {}),
    });
    const extra = { created: "", name: basename(resolve(root)) };
    if (values.format === "spdx") {
      try {
        extra.created = createdTime(await commitTime(resolve(root), report.target.commit), values.created);
      } catch (err) {
        throw new UsageError((err as Error).message);
      }
    }
    const out = render(report, values.verbose ?? false, extra);
    if (values.output) await writeFile(values.output, out);
    else io.stdout(out);
    return report.findings.some((f) => f.blocking && !f.suppressed) ? 1 : 0;
  },
};

/** Paths, one per line (blank lines dropped), from a file or standard input (`-`). */
async function readList(from: string): Promise<string[]> {
  let text: string;
  try {
    text = from === "-" ? await readStdin() : await readFile(from, "utf8");
  } catch (err) {
    throw new UsageError(`--files-from: cannot read ${from}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return text.split(/\r?\n/).filter((l) => l.trim() !== "");
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
