/** Thrown for wrong arguments or configuration: the CLI prints it and exits 2. */
export class UsageError extends Error {}

export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A CLI command: parses its own arguments, returns the exit code. */
export interface Command {
  summary: string;
  usage: string;
  run(argv: string[], io: CommandIO): Promise<number>;
}
