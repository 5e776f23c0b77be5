// Dates as YYYY-MM-DD strings and policy durations (90d, 12w, 6m, 1y).

/** `YYYY-MM-DD` of a Date, in UTC. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `2026-01-31` + `1m` → `2026-02-28` (month and year steps clamp to the month's last day). */
export function addInterval(date: string, interval: string): string {
  const m = /^(\d+)([dwmy])$/.exec(interval);
  if (!m) throw new Error(`not an interval: ${interval}`);
  const n = Number(m[1]);
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  if (m[2] === "d" || m[2] === "w") return isoDate(new Date(Date.UTC(y, mo - 1, d + n * (m[2] === "w" ? 7 : 1))));
  const months = m[2] === "m" ? n : n * 12;
  const target = new Date(Date.UTC(y, mo - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return isoDate(new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last))));
}
