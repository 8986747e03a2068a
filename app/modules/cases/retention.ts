import type { CaseOutcome, Gender, Lvb } from "./tables";

/**
 * Retention of closed cases (pure). A closed case is kept for a number of
 * years after closing (the organisation's setting, else the platform's
 * ZICHT_CASE_RETENTION_YEARS, default 5) and is then deleted — or reduced
 * to one anonymous statistics row when there is consent for anonymous
 * statistics. Open cases are never due.
 */
export const defaultRetentionYears = 5;

/** The moment before which (inclusive) a case closed `years` ago is due: `now` minus `years` calendar years. */
export function retentionCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

export function isRetentionDue(
  status: "open" | "closing" | "closed",
  closedAt: Date | null,
  years: number,
  now: Date,
): boolean {
  return (
    status === "closed" && closedAt !== null && closedAt.getTime() <= retentionCutoff(now, years).getTime()
  );
}

export const ageBands = ["under_12", "12_15", "16_17", "18_23", "24_plus", "unknown"] as const;
export type AgeBand = (typeof ageBands)[number];

/**
 * The age band at closing, from the birth year only. When the two possible
 * ages fall in different bands, the younger band is taken (the careful way:
 * under-16 and minor counts are not understated).
 */
export function ageBandAt(birthYear: number | null, closedYear: number): AgeBand {
  if (birthYear === null) return "unknown";
  const age = closedYear - birthYear - 1;
  if (age < 12) return "under_12";
  if (age < 16) return "12_15";
  if (age < 18) return "16_17";
  if (age < 24) return "18_23";
  return "24_plus";
}

export interface RetainedCase {
  birthYear: number | null;
  gender: Gender;
  lvb: Lvb;
  /** The province code of the case's municipality (never the municipality: small numbers). */
  provinceCode: string | null;
  exploitationForms: readonly string[];
  outcome: CaseOutcome | null;
  closedAt: Date;
  referred: boolean;
  reportKinds: readonly string[];
}

export interface StatisticsRow {
  closed_year: number;
  age_band: AgeBand;
  gender: Gender;
  lvb: Lvb;
  province_code: string | null;
  exploitation_forms: string[];
  outcome: CaseOutcome | null;
  referred: boolean;
  report_kinds: string[];
}

/** The anonymous statistics row of a case: no id, no pseudonym, no dates finer than a year, no text. */
export function statisticsRow(retained: RetainedCase): StatisticsRow {
  const closedYear = retained.closedAt.getUTCFullYear();
  return {
    closed_year: closedYear,
    age_band: ageBandAt(retained.birthYear, closedYear),
    gender: retained.gender,
    lvb: retained.lvb,
    province_code: retained.provinceCode,
    exploitation_forms: [...retained.exploitationForms].sort(),
    outcome: retained.outcome,
    referred: retained.referred,
    report_kinds: [...new Set(retained.reportKinds)].sort(),
  };
}

/** Milliseconds from `now` to the next daily run at `hourUtc`:00 UTC (the server's retention job). */
export function msUntilNextRun(now: Date, hourUtc: number): number {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - now.getTime();
}
