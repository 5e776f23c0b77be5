import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { baselineJson, DEFAULT_BASELINE } from "../evaluate/baseline.js";
import { scan } from "../scan/scan.js";
import { resolveOrgInventory } from "./org-inventory.js";
import { UsageError, type Command } from "./types.js";

export const baselineCommand: Command = {
  summary: `record today's findings as accepted (${DEFAULT_BASELINE}), so only new ones block`,
  usage: `shadow-ai baseline [path] [options]

Scans the path (default: .) and writes the fingerprints of its findings to a
baseline file. \`shadow-ai scan\` reads ${DEFAULT_BASELINE} when present (or the
file --baseline names): findings listed there are reported as suppressed and
never block. A fingerprint survives unrelated line moves.

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
        exclude: { type: "string", multiple: true },
      },
    });
    if (positionals.length > 1) throw new UsageError("baseline takes one path");
    const root = positionals[0] ?? ".";
    const target = values.output ? resolve(values.output) : join(resolve(root), DEFAULT_BASELINE);
    const report = await scan(root, { exclude: values.exclude, inventory: values.inventory, orgInventory: await resolveOrgInventory(values["org-inventory"]), noBaseline: true });
    const text = baselineJson(report.findings);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    const n = (JSON.parse(text) as { findings: unknown[] }).findings.length;
    io.stdout(`wrote ${relative(process.cwd(), target) || target}: ${n} finding${n === 1 ? "" : "s"} accepted\n`);
    return 0;
  },
};
