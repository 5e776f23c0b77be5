import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  reportContext
} from "./chunk-2MI22D4T.js";
import {
  createdTime,
  toCycloneDx,
  toSpdx
} from "./chunk-P7DHUSXG.js";
import {
  toSarif,
  toText
} from "./chunk-I4GUMPZF.js";
import {
  toJson,
  toMarkdown
} from "./chunk-6GJE5QXA.js";
import "./chunk-4R5BKMKX.js";
import {
  resolveOrgInventory
} from "./chunk-KWAJ2VM2.js";
import {
  requireFolder
} from "./chunk-CYWUEUJJ.js";
import {
  HISTORY_WINDOW,
  scan
} from "./chunk-F4FST5E7.js";
import "./chunk-LFQAQDWO.js";
import {
  isDate
} from "./chunk-TVG7CJUS.js";
import "./chunk-BAV54NIF.js";
import "./chunk-MNL3WBNY.js";
import "./chunk-OLPSZWNW.js";
import "./chunk-2YU2PO3X.js";
import {
  UsageError
} from "./chunk-4CIJ6FWP.js";
import "./chunk-6S6EOD3A.js";
import "./chunk-YJ6TIQPF.js";
import "./chunk-EUDNGKAI.js";

// src/commands/scan.ts
import { readFile, writeFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/discover/commit-time.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
async function commitTime(root, commit) {
  if (!commit || !/^[0-9a-f]{40,64}$/.test(commit)) return null;
  try {
    const { stdout } = await run("git", ["--no-pager", "cat-file", "commit", commit], { cwd: root, encoding: "utf8", timeout: 1e4 });
    const seconds = /^committer .* (\d+) [+-]\d{4}$/m.exec(stdout)?.[1];
    return seconds ? new Date(Number(seconds) * 1e3).toISOString() : null;
  } catch {
    return null;
  }
}

// src/commands/scan.ts
var FORMATS = {
  text: (r, verbose) => toText(r, { maxEvidence: verbose ? 0 : 8 }),
  json: (r) => toJson(r),
  sarif: (r) => toSarif(r),
  markdown: (r) => toMarkdown(r),
  cyclonedx: (r) => toCycloneDx(r, reportContext(r)),
  spdx: (r, _verbose, extra) => toSpdx(r, { ...reportContext(r), ...extra })
};
var scanCommand = {
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
        now: { type: "string" }
      }
    });
    if (positionals.length > 1) throw new UsageError("scan takes one path");
    const render = FORMATS[values.format];
    if (!render) throw new UsageError(`unknown format '${values.format}' (one of: ${Object.keys(FORMATS).join(", ")})`);
    let maxFileSize;
    if (values["max-file-size"] !== void 0) {
      maxFileSize = Number(values["max-file-size"]);
      if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) throw new UsageError("--max-file-size takes a positive number of bytes");
    }
    if (values.history !== void 0 && !HISTORY_WINDOW.test(values.history)) {
      throw new UsageError(`--history takes a window such as 90d, 12w, 6m or 1y (got '${values.history}')`);
    }
    if (values.now !== void 0 && !isDate(values.now)) throw new UsageError(`--now takes a date YYYY-MM-DD, not '${values.now}'`);
    const root = await requireFolder(positionals[0] ?? ".");
    const only = values["files-from"] === void 0 ? void 0 : await readList(values["files-from"]);
    const report = await scan(root, {
      only,
      exclude: values.exclude,
      maxFileSize,
      inventory: values.inventory,
      orgInventory: await resolveOrgInventory(values["org-inventory"]),
      baseline: values.baseline,
      noBaseline: values["no-baseline"],
      history: values.history,
      ...values.now ? { now: /* @__PURE__ */ new Date(`${values.now}T00:00:00Z`) } : {}
    });
    const extra = { created: "", name: basename(resolve(root)) };
    if (values.format === "spdx") {
      try {
        extra.created = createdTime(await commitTime(resolve(root), report.target.commit), values.created);
      } catch (err) {
        throw new UsageError(err.message);
      }
    }
    const out = render(report, values.verbose ?? false, extra);
    if (values.output) await writeFile(values.output, out);
    else io.stdout(out);
    return report.findings.some((f) => f.blocking && !f.suppressed) ? 1 : 0;
  }
};
async function readList(from) {
  let text;
  try {
    text = from === "-" ? await readStdin() : await readFile(from, "utf8");
  } catch (err) {
    throw new UsageError(`--files-from: cannot read ${from}: ${err.code ?? err.message}`);
  }
  return text.split(/\r?\n/).filter((l) => l.trim() !== "");
}
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
export {
  scanCommand
};
