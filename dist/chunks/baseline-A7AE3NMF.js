import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  resolveOrgInventory
} from "./chunk-KWAJ2VM2.js";
import {
  requireFolder
} from "./chunk-CYWUEUJJ.js";
import {
  scan
} from "./chunk-F4FST5E7.js";
import {
  DEFAULT_BASELINE,
  baselineJson
} from "./chunk-LFQAQDWO.js";
import "./chunk-TVG7CJUS.js";
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

// src/commands/baseline.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
var baselineCommand = {
  summary: `record today's findings as accepted (${DEFAULT_BASELINE}), so only new ones block`,
  usage: `shadow-ai baseline [path] [options]

Scans the path (default: .) and writes the identities of its findings to a
baseline file (version 2). \`shadow-ai scan\` reads ${DEFAULT_BASELINE} when
present (or the file --baseline names): findings listed there are reported as
suppressed and never block. An identity is what a finding is about (rule and
vendor or tool, plus region, model or path scope where the rule has one), not
where it sits: it survives renames, moves and splits. A version 1 baseline
(fingerprints, from earlier versions) keeps working as it is; running
this command again rewrites it as version 2 from today's findings.

Options:
  -o, --output <file>         where to write (default: <path>/${DEFAULT_BASELINE})
  -i, --inventory <file>      the inventory (default: found under the path)
      --org-inventory <file|owner/repo/path@ref>  an organisation inventory the repository's refines
      --exclude <glob>        skip paths matching a gitignore-style glob (repeatable)
`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        inventory: { type: "string", short: "i" },
        "org-inventory": { type: "string" },
        exclude: { type: "string", multiple: true }
      }
    });
    if (positionals.length > 1) throw new UsageError("baseline takes one path");
    const root = await requireFolder(positionals[0] ?? ".");
    const target = values.output ? resolve(values.output) : join(resolve(root), DEFAULT_BASELINE);
    const report = await scan(root, { exclude: values.exclude, inventory: values.inventory, orgInventory: await resolveOrgInventory(values["org-inventory"]), noBaseline: true });
    const previous = await formatOf(target);
    const text = baselineJson(report.findings);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    const ids = JSON.parse(text).findings.length;
    const n = report.findings.filter((f) => !f.suppressed).length;
    const shown = relative(process.cwd(), target) || target;
    io.stdout(`wrote ${shown}: ${n} finding${n === 1 ? "" : "s"} accepted (${ids} identit${ids === 1 ? "y" : "ies"})
`);
    if (previous === 1) io.stdout(`${shown} was a version 1 baseline (fingerprints); it is now version 2 (identities), which survives renames and moves
`);
    return 0;
  }
};
async function formatOf(file) {
  try {
    return JSON.parse(await readFile(file, "utf8"))?.version;
  } catch {
    return void 0;
  }
}
export {
  baselineCommand
};
