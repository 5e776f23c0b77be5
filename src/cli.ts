#!/usr/bin/env node
import { enableCompileCache } from "./compile-cache.js";
import { tuneJit } from "./jit-tuning.js";
import { UsageError, type Command, type CommandIO } from "./commands/types.js";
import { ConfigError } from "./inventory/errors.js";
import { packageVersion } from "./package-root.js";
import { logLine, oneLine } from "./report/escape.js";

// Commands are imported below, after this: they are the bulk of the code to compile.
enableCompileCache();
tuneJit();

// Loaded on demand: a scan never pays for the GitHub client, undici or the tar
// reader that only `org` needs (~0.1 s of module compile at every start).
const COMMANDS: Record<string, () => Promise<Command>> = {
  scan: async () => (await import("./commands/scan.js")).scanCommand,
  init: async () => (await import("./commands/init.js")).initCommand,
  baseline: async () => (await import("./commands/baseline.js")).baselineCommand,
  merge: async () => (await import("./commands/merge.js")).mergeCommand,
  evidence: async () => (await import("./commands/evidence.js")).evidenceCommand,
  org: async () => (await import("./commands/org.js")).orgCommand,
  diff: async () => (await import("./commands/diff.js")).diffCommand,
};

async function help(): Promise<string> {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const commands = await Promise.all(Object.entries(COMMANDS).map(async ([name, load]) => [name, await load()] as const));
  const list = commands
    .map(([name, c]) => `  shadow-ai ${name.padEnd(width)}  ${c.summary}`)
    .join("\n");
  return `shadow-ai — find every AI vendor a codebase talks to

Usage:
${list}

  shadow-ai <command> --help   options of one command
  shadow-ai --version

Exit codes: 0 nothing blocks · 1 a blocking finding · 2 usage or configuration error
`;
}

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-V") {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  if (!first || first === "--help" || first === "-h" || first === "help") {
    io.stdout(await help());
    return first ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!load) throw new UsageError(`unknown command '${first}' (commands: ${Object.keys(COMMANDS).join(", ")})`);
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.usage);
    return 0;
  }
  return command.run(rest, io);
}

/**
 * An error message may quote a file name or an inventory key (a newline in it is
 * legal): its lines keep their breaks but lose control characters, and none may
 * start with `::`, which a GitHub runner reads from stderr too.
 */
function printable(message: string): string {
  return message
    .split("\n")
    .map((l) => logLine(oneLine(l, Number.POSITIVE_INFINITY)))
    .join("\n");
}

const io: CommandIO = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const usage = err instanceof UsageError || err instanceof ConfigError || String((err as { code?: string }).code).startsWith("ERR_PARSE_ARGS");
    io.stderr(printable(usage ? `shadow-ai: ${(err as Error).message}\n` : `shadow-ai: internal error: ${(err as Error).stack ?? err}\n`));
    // Neither is a verdict: 1 means "a blocking finding", so anything else is 2.
    process.exitCode = 2;
  },
);
