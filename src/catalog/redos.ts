// A quick adversarial check for regular expressions that come from data (the
// catalog's key patterns, an inventory's custom key formats): every one runs on
// every line of every scanned file, so one that backtracks catastrophically
// turns a crafted line into a hung scan.

/** Characters patterns are made of and attackers repeat. */
const ALPHABET = ["a", "A", "0", "f", "-", "_", "/", "+", "=", ".", " ", ":"];

/**
 * Long near-matches: each character repeated, after nothing and after each of
 * the given prefixes (a key rule's keywords), with a character no class takes
 * at the end so a match never completes and the engine backtracks in full.
 */
export function adversarialInputs(prefixes: string[], length: number): string[] {
  const out: string[] = [];
  for (const prefix of ["", ...prefixes]) {
    for (const c of ALPHABET) out.push(prefix + c.repeat(length) + "\u0001");
    out.push(prefix + "aA0-".repeat(length / 4) + "\u0001");
  }
  return out;
}

/**
 * Lengths tried in turn: small steps first, so an exponential pattern is caught
 * before it hangs, then doubling (a cubic one is caught before it hangs too);
 * `jump` goes from the small steps straight to `max` (cheaper, for patterns
 * already known to compile from code, not data).
 */
function lengths(max: number, jump = false): number[] {
  const out = [8, 12, 16, 20, 24, 28, 32];
  if (!jump) for (let n = 64; n < max; n *= 2) out.push(n);
  out.push(max);
  return out;
}

/**
 * The slowest single run (CPU milliseconds) of the regex finding every match in a
 * near-match, over growing lengths up to `maxLength`; it stops at the first run
 * over budget. A linear pattern takes well under a millisecond per 5,000
 * characters; a quadratic one tens of milliseconds, an exponential one forever.
 */
export function slowestRun(regex: RegExp, prefixes: string[], maxLength: number, budgetMs: number, jump = false): number {
  const re = new RegExp(regex.source, regex.flags.includes("g") ? regex.flags : `${regex.flags}g`);
  let worst = 0;
  for (const n of lengths(maxLength, jump)) {
    for (const input of adversarialInputs(prefixes, n)) {
      // CPU time, not wall time: on a busy machine (CI, a build beside tests)
      // the process can be preempted for longer than the budget, and a good
      // pattern must not be refused for that; a backtracking one burns the CPU.
      const t0 = process.cpuUsage();
      re.lastIndex = 0;
      for (const _ of input.matchAll(re));
      const used = process.cpuUsage(t0);
      worst = Math.max(worst, (used.user + used.system) / 1000);
      if (worst > budgetMs) return worst;
    }
  }
  return worst;
}

/** Length and budget for the check at load time: fast for good patterns, a clear margin for bad ones. */
export const LOAD_CHECK = { length: 5_000, budgetMs: 50 } as const;

/** Undefined when the pattern holds; else a sentence saying how slow it was. */
export function backtrackingProblem(regex: RegExp, prefixes: string[]): string | undefined {
  const ms = slowestRun(regex, prefixes, LOAD_CHECK.length, LOAD_CHECK.budgetMs);
  return ms > LOAD_CHECK.budgetMs
    ? `backtracks catastrophically: over ${LOAD_CHECK.budgetMs} ms on a near-match of at most ${LOAD_CHECK.length} characters (make quantified parts unambiguous and bounded)`
    : undefined;
}
