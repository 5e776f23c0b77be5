import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { findInventory } from "../inventory/find.js";
import { addTools, addVendors, starterInventory } from "../inventory/init.js";
import { scan } from "../scan/scan.js";
import { UsageError, type Command } from "./types.js";
import { requireFolder } from "./scan-root.js";

export const initCommand: Command = {
  summary: "write a starter inventory (.github/ai-vendors.yml) from what a scan finds",
  usage: `shadow-ai init [path] [options]

Scans the path (default: .) and writes an inventory declaring every vendor the
code uses, each as \`status: restricted\` with TODOs for owner, purpose and the
compliance fields. Run again, it adds the vendors not yet declared and leaves
everything already written as it is.

Options:
  -o, --output <file>    where to write (default: the existing inventory, else
                         <path>/.github/ai-vendors.yml)
      --force            replace an existing inventory with a fresh starter one
      --exclude <glob>   skip paths matching a gitignore-style glob (repeatable)
`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        force: { type: "boolean" },
        exclude: { type: "string", multiple: true },
      },
    });
    if (positionals.length > 1) throw new UsageError("init takes one path");
    const root = await requireFolder(positionals[0] ?? ".");
    const existingRel = values.output ? undefined : await findInventory(resolve(root));
    const target = values.output ? resolve(values.output) : join(resolve(root), existingRel ?? ".github/ai-vendors.yml");
    const shown = relative(process.cwd(), target) || target;
    const existing = await readFile(target, "utf8").catch(() => undefined);

    if (existing === undefined || values.force) {
      // A fresh inventory: scan with none, so every vendor is found as undeclared.
      const report = await scan(root, { exclude: values.exclude, noInventory: true, noBaseline: true });
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, starterInventory(report.vendors, report.tools ?? []));
      const n = report.vendors.filter((v) => v.direct).length;
      const t = report.tools?.length ?? 0;
      const tools = t > 0 ? ` and ${t} AI coding tool${t === 1 ? "" : "s"}` : "";
      io.stdout(`${existing === undefined ? "wrote" : "replaced"} ${shown}: ${n} vendor${n === 1 ? "" : "s"}${tools}, each status: restricted with TODOs to fill in\n`);
      return 0;
    }
    // Scan under the existing inventory (its custom-vendors count), then add what it lacks.
    const report = await scan(root, { exclude: values.exclude, inventory: target, noBaseline: true });
    const withVendors = addVendors(existing, report.vendors);
    const withTools = addTools(withVendors.text, report.tools ?? []);
    const text = withTools.text;
    const added = [...withVendors.added, ...withTools.added];
    if (added.length === 0) {
      io.stdout(`${shown} already declares every vendor found; nothing to add (--force writes a fresh one)\n`);
      return 0;
    }
    await writeFile(target, text);
    io.stdout(`added to ${shown}: ${added.join(", ")}\n`);
    return 0;
  },
};
