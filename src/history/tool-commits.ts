import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Catalog } from "../catalog/compile.js";
import type { Person } from "../catalog/tools.js";
import type { ToolHit } from "../detect/tools/index.js";
import type { Diagnostic } from "../types.js";

// `scan --history 90d`: which AI tools made or co-authored the commits of a window
// of the local history (no network). Read: author date, author and committer,
// Co-authored-by trailers (as git parses trailers: the message's last paragraph,
// so a trailer quoted inside the body is not one) and the message's lines. Written
// to the report: per tool, a count and the newest date. Never a message, a name
// or an address.

const run = promisify(execFile);

/** A history window: 90d, 12w, 6m, 1y. */
export const HISTORY_WINDOW = /^[1-9][0-9]*[dwmy]$/;

/** `now` minus a window, as YYYY-MM-DD (months and years by the calendar). */
export function windowStart(window: string, now: Date): string {
  const m = /^(\d+)([dwmy])$/.exec(window);
  if (!m) throw new Error(`not a history window: ${window} (90d, 12w, 6m, 1y)`);
  const n = Number(m[1]);
  const y = now.getUTCFullYear();
  const mo = now.getUTCMonth();
  const d = now.getUTCDate();
  const start =
    m[2] === "d" || m[2] === "w"
      ? new Date(Date.UTC(y, mo, d - n * (m[2] === "w" ? 7 : 1)))
      : new Date(Date.UTC(y, mo - (m[2] === "m" ? n : 12 * n), d));
  return start.toISOString().slice(0, 10);
}

// Fields of one commit; %x1e starts a record, %x1f separates fields, %x1d trailers.
const FORMAT = "%x1e%as%x1f%an%x1f%ae%x1f%cn%x1f%ce%x1f%(trailers:key=Co-authored-by,valueonly,unfold,separator=%x1d)%x1f%B";

/** Nothing the scanned repository's config says may run or page (git log runs no hooks). */
const BASE_ARGS = ["-c", "core.fsmonitor=false", "-c", "log.showSignature=false", "-c", "core.quotepath=false", "--no-pager"];

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run("git", [...BASE_ARGS, ...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" });
  return stdout;
}

/** `Claude Opus 4.6 <noreply@anthropic.com>` → name and address. */
function person(value: string): Person {
  const v = value.trim();
  // By index, not a pattern: a trailer is text someone wrote, of any length.
  const open = v.lastIndexOf("<");
  if (open < 0 || !v.endsWith(">")) return { name: v, email: "" };
  return { name: v.slice(0, open).trim(), email: v.slice(open + 1, -1) };
}

export interface HistoryResult {
  hits: ToolHit[];
  diagnostics: Diagnostic[];
}

/**
 * Tool evidence `{ kind: "commit", commits, last }` from the commits of the last
 * `window` that touch `root`. Not a git repository, no git, a shallow clone: a
 * diagnostic (and what a shallow clone has is still read), never a failed scan.
 */
export async function toolCommits(root: string, window: string, now: Date, catalog: Catalog): Promise<HistoryResult> {
  const diagnostics: Diagnostic[] = [];
  const since = windowStart(window, now);
  try {
    await git(root, ["rev-parse", "--git-dir"]);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
    return { hits: [], diagnostics: [{ file: ".", message: missing ? "--history: git is not installed; commit history not read" : "--history: not a git repository; commit history not read" }] };
  }
  try {
    if ((await git(root, ["rev-parse", "--is-shallow-repository"])).trim() === "true") {
      diagnostics.push({
        file: ".",
        message: `--history ${window}: a shallow clone holds only part of the history since ${since}; check out with fetch-depth: 0 for the whole window`,
      });
    }
  } catch {
    // an old git without --is-shallow-repository: read what is there
  }
  let out: string;
  try {
    out = await git(root, ["log", `--since=${since}T00:00:00Z`, `--format=${FORMAT}`, "--", "."]);
  } catch (err) {
    // An empty repository (no commits yet) has no history to read.
    const empty = /does not have any commits|bad default revision/.test(String((err as { stderr?: string }).stderr ?? ""));
    if (!empty) diagnostics.push({ file: ".", message: "--history: git log failed; commit history not read" });
    return { hits: [], diagnostics };
  }
  const tally = new Map<string, { commits: number; last: string }>();
  for (const record of out.split("\x1e")) {
    if (!record.trim()) continue;
    const [date = "", an = "", ae = "", cn = "", ce = "", trailers = "", ...body] = record.split("\x1f");
    const tools = catalog.tools.matchCommit({
      coAuthors: trailers.split("\x1d").filter((t) => t.trim()).map(person),
      people: [
        { name: an, email: ae },
        { name: cn, email: ce },
      ],
      lines: body.join("\x1f").split("\n"),
    });
    for (const tool of new Set(tools)) {
      const t = tally.get(tool) ?? { commits: 0, last: "" };
      t.commits++;
      if (date > t.last) t.last = date;
      tally.set(tool, t);
    }
  }
  const hits = [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([tool, t]) => ({ tool, evidence: { kind: "commit" as const, commits: t.commits, last: t.last } }));
  return { hits, diagnostics };
}
