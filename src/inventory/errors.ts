/** A configuration file or option is wrong: the CLI prints the message and exits 2. */
export class ConfigError extends Error {}

export interface Problem {
  line: number;
  column: number;
  message: string;
}

/** A wrong inventory file. Its message is one `file:line:column: problem` line per problem. */
export class InventoryError extends ConfigError {
  readonly line: number;
  readonly column: number;
  readonly detail: string;
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join("\n"));
    this.line = problems[0]!.line;
    this.column = problems[0]!.column;
    this.detail = problems[0]!.message;
  }
}
