#!/usr/bin/env node
import { baselineCommand } from "./commands/baseline.js";
import { evidenceCommand } from "./commands/evidence.js";
import { initCommand } from "./commands/init.js";
import { mergeCommand } from "./commands/merge.js";
import { orgCommand } from "./commands/org.js";
import { scanCommand } from "./commands/scan.js";
import { UsageError, type Command, type CommandIO } from "./commands/types.js";
import { ConfigError } from "./inventory/errors.js";
import { packageVersion } from "./package-root.js";

const COMMANDS: Record<string, Command> = {
  scan: scanCommand,
  init: initCommand,
  baseline: baselineCommand,
  merge: mergeCommand,
  evidence: evidenceCommand,
  org: orgCommand,
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const list = Object.entries(COMMANDS)
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
    io.stdout(help());
    return first ? 0 : 2;
  }
  const command = COMMANDS[first];
  if (!command) throw new UsageError(`unknown command '${first}' (commands: ${Object.keys(COMMANDS).join(", ")})`);
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.usage);
    return 0;
  }
  return command.run(rest, io);
}

const io: CommandIO = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const usage = err instanceof UsageError || err instanceof ConfigError || String((err as { code?: string }).code).startsWith("ERR_PARSE_ARGS");
    io.stderr(usage ? `shadow-ai: ${(err as Error).message}\n` : `shadow-ai: internal error: ${(err as Error).stack ?? err}\n`);
    // Neither is a verdict: 1 means "a blocking finding", so anything else is 2.
    process.exitCode = 2;
  },
);
