// The action's whole configuration, in one place: every input, its default and
// how its text is read. action.yml only names and describes the inputs; the one
// default it carries is `token: ${{ github.token }}`, an expression that code
// cannot evaluate.

export const MODES = ["auto", "pull-request", "full"] as const;
export const SCOPES = ["introduced", "all"] as const;
export const COMMENT = ["always", "on-findings", "never"] as const;
export const DIFF_SCANS = ["changed", "full"] as const;

export type Mode = (typeof MODES)[number];
export type Scope = (typeof SCOPES)[number];
export type CommentWhen = (typeof COMMENT)[number];
export type DiffScan = (typeof DIFF_SCANS)[number];

/** Thrown for a wrong input: one message naming the input, the value and what is allowed. */
export class InputError extends Error {}

interface Field<T> {
  default: T;
  /** What the input accepts, for the error message. */
  expects: string;
  parse(text: string): T | undefined;
}

const oneOf = <T extends string>(values: readonly T[], dflt: T): Field<T> => ({
  default: dflt,
  expects: `one of ${values.join(", ")}`,
  parse: (t) => (values as readonly string[]).includes(t) ? (t as T) : undefined,
});

// The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput reads them.
const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];
const bool = (dflt: boolean): Field<boolean> => ({
  default: dflt,
  expects: "true or false",
  parse: (t) => (TRUE.includes(t) ? true : FALSE.includes(t) ? false : undefined),
});

const count = (dflt: number): Field<number> => ({
  default: dflt,
  expects: "a whole number, 0 or more",
  parse: (t) => (/^\d+$/.test(t) ? Number(t) : undefined),
});

const text = (dflt: string): Field<string> => ({ default: dflt, expects: "a string", parse: (t) => t });

/** A list: one item per line or comma-separated; blank items and `#` comments dropped. */
const list = (): Field<string[]> => ({
  default: [],
  expects: "a list of globs, one per line or comma-separated",
  parse: (t) =>
    t
      .split(/[\n,]/)
      .map((s) => s.replace(/(^|\s)#.*$/, "").trim())
      .filter(Boolean),
});

export const INPUTS = {
  /** Path of the inventory, relative to the workspace ("" = the scanner's default lookup). */
  inventory: text(""),
  mode: oneOf(MODES, "auto"),
  /** false: report only, never fail the job. */
  block: bool(true),
  scope: oneOf(SCOPES, "introduced"),
  /**
   * Pull request / push: `changed` reads only the changed files (and their base
   * versions) when that gives the same answer as the whole checkout, else scans
   * it all; `full` always scans the whole checkout.
   */
  "diff-scan": oneOf(DIFF_SCANS, "changed"),
  /** Only these paths count (gitignore-style globs); empty = the whole repository. */
  paths: list(),
  "exclude-paths": list(),
  /** Most annotations written (GitHub shows at most 10 errors and 10 warnings per step); 0 = none. */
  annotations: count(20),
  comment: oneOf(COMMENT, "on-findings"),
  "sarif-file": text(""),
  "json-file": text(""),
  /**
   * Full scans: read this window of the git history (90d, 12w, 6m, 1y) for commits
   * AI coding tools made ("" = off). Needs actions/checkout with fetch-depth: 0.
   */
  history: { default: "", expects: "a window such as 90d, 12w, 6m or 1y", parse: (t: string) => (/^[1-9][0-9]*[dwmy]$/.test(t) ? t : undefined) } as Field<string>,
  token: text(""),
} as const;

type Inputs = typeof INPUTS;
export type ActionInputs = { [K in keyof Inputs]: Inputs[K] extends Field<infer T> ? T : never };

/**
 * Reads every input through `get` (the raw `INPUT_*` text, "" when unset) and
 * returns typed values. All wrong values are reported together, in one error.
 */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const out: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const [name, field] of Object.entries(INPUTS) as [string, Field<unknown>][]) {
    const raw = get(name).trim();
    if (raw === "") {
      out[name] = field.default;
      continue;
    }
    const value = field.parse(raw);
    if (value === undefined) errors.push(`input '${name}' is '${raw}', expected ${field.expects}`);
    else out[name] = value;
  }
  if (errors.length > 0) throw new InputError(errors.join("; "));
  return out as ActionInputs;
}
