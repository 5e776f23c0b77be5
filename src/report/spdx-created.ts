// The SPDX document's time, in the order: what the input fixes (the
// scan's commit time, an org report's generatedAt), else `--created`, else
// SOURCE_DATE_EPOCH (reproducible builds), else now.

export function createdTime(known: string | null | undefined, option: string | undefined, now: () => Date = () => new Date()): string {
  // A bad --created is an error even when the commit time wins: the user meant something.
  const given = option === undefined ? undefined : new Date(option);
  if (given && Number.isNaN(given.getTime())) throw new Error(`--created: not a date: ${option}`);
  if (known) return known;
  if (given) return given.toISOString();
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000).toISOString();
  return now().toISOString();
}
