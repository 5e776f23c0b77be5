import type { DeclaredVendor } from "../inventory/types.js";
import type { FindingBuilder } from "./evaluate.js";
import { addInterval } from "./interval.js";

// Vendor attestations over time (SOC 2 type 2, ISO 27001, …): the newest of
// each kind must be younger than policy.attestation-max-age, and a vendor that
// receives customer data must have one on file. Dates are YYYY-MM-DD strings.

export const DEFAULT_ATTESTATION_MAX_AGE = "12m";

/** Data classes that make an attestation (an audit report) a must. */
export const ATTESTED_DATA_CLASSES = ["customer-data", "pii", "phi", "pci"];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `2025-01-15` on `2026-03-20` → "1 year 2 months"; under a month in days. */
export function ageOf(date: string, today: string): string {
  if (date > today) return "dated in the future";
  const [y1, m1, d1] = date.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = today.split("-").map(Number) as [number, number, number];
  let months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  if (months < 1) {
    const days = Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
    return plural(days, "day");
  }
  const years = Math.floor(months / 12);
  months %= 12;
  return [years ? plural(years, "year") : "", months ? plural(months, "month") : ""].filter(Boolean).join(" ");
}

/** The newest attestation of each kind, by kind (sorted). */
export function newestAttestations(d: Pick<DeclaredVendor, "attestations">): { type: string; date: string; link?: string }[] {
  const newest = new Map<string, { type: string; date: string; link?: string }>();
  for (const a of d.attestations ?? []) {
    const seen = newest.get(a.type);
    if (!seen || a.date > seen.date) newest.set(a.type, a);
  }
  return [...newest.values()].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

/**
 * attestation-expired (per vendor and kind, keyed on the expiry date so a
 * baseline accepts this lapse, not the next) and missing-attestation.
 */
export function attestationFindings(
  id: string,
  d: DeclaredVendor,
  maxAge: string | undefined,
  today: string,
  b: FindingBuilder,
  location: { file?: string; line: number; column: number } | undefined,
): void {
  const age = maxAge ?? DEFAULT_ATTESTATION_MAX_AGE;
  for (const a of newestAttestations(d)) {
    const expires = addInterval(a.date, age);
    if (today <= expires) continue;
    b.add(
      "attestation-expired",
      `${id}'s newest ${a.type} attestation is dated ${a.date} (${ageOf(a.date, today)} old), past policy.attestation-max-age (${age}): it was current until ${expires}. File a current one under attestations:.`,
      { vendor: id, location, key: `${a.type}\u0000${expires}`, scope: a.type },
    );
  }
  const attested = (d["data-classes"] ?? []).filter((c) => ATTESTED_DATA_CLASSES.includes(c));
  if (attested.length > 0 && !(d.attestations ?? []).length) {
    b.add(
      "missing-attestation",
      `${id} receives ${attested.join(", ")} but has no attestation on file (attestations: [{ type: soc2-type-2, date: YYYY-MM-DD }]).`,
      { vendor: id, location, key: "" },
    );
  }
}
