#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  tuneJit
} from "./chunks/chunk-GUPFX3B6.js";
import {
  enableCompileCache
} from "./chunks/chunk-UI5WTUSE.js";
import {
  logLine,
  oneLine
} from "./chunks/chunk-4R5BKMKX.js";
import {
  UsageError
} from "./chunks/chunk-4CIJ6FWP.js";
import {
  ConfigError
} from "./chunks/chunk-6S6EOD3A.js";
import {
  packageVersion
} from "./chunks/chunk-YJ6TIQPF.js";
import "./chunks/chunk-EUDNGKAI.js";

// src/cli.ts
enableCompileCache();
tuneJit();
var COMMANDS = {
  scan: async () => (await import("./chunks/scan-ZYT255VV.js")).scanCommand,
  init: async () => (await import("./chunks/init-GD4WRAZJ.js")).initCommand,
  baseline: async () => (await import("./chunks/baseline-A7AE3NMF.js")).baselineCommand,
  merge: async () => (await import("./chunks/merge-T27GGPET.js")).mergeCommand,
  evidence: async () => (await import("./chunks/evidence-DNAH3RMP.js")).evidenceCommand,
  org: async () => (await import("./chunks/org-2AZKCE6A.js")).orgCommand,
  diff: async () => (await import("./chunks/diff-T3RDWW6H.js")).diffCommand
};
async function help() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const commands = await Promise.all(Object.entries(COMMANDS).map(async ([name, load]) => [name, await load()]));
  const list = commands.map(([name, c]) => `  shadow-ai ${name.padEnd(width)}  ${c.summary}`).join("\n");
  return `shadow-ai \u2014 find every AI vendor a codebase talks to

Usage:
${list}

  shadow-ai <command> --help   options of one command
  shadow-ai --version

Exit codes: 0 nothing blocks \xB7 1 a blocking finding \xB7 2 usage or configuration error
`;
}
async function main(argv, io2) {
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-V") {
    io2.stdout(`${packageVersion()}
`);
    return 0;
  }
  if (!first || first === "--help" || first === "-h" || first === "help") {
    io2.stdout(await help());
    return first ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : void 0;
  if (!load) throw new UsageError(`unknown command '${first}' (commands: ${Object.keys(COMMANDS).join(", ")})`);
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io2.stdout(command.usage);
    return 0;
  }
  return command.run(rest, io2);
}
function printable(message) {
  return message.split("\n").map((l) => logLine(oneLine(l, Number.POSITIVE_INFINITY))).join("\n");
}
var io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    const usage = err instanceof UsageError || err instanceof ConfigError || String(err.code).startsWith("ERR_PARSE_ARGS");
    io.stderr(printable(usage ? `shadow-ai: ${err.message}
` : `shadow-ai: internal error: ${err.stack ?? err}
`));
    process.exitCode = 2;
  }
);
export {
  main
};
