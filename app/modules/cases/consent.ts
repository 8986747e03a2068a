import type { MessageKey } from "../../i18n";
import type { ConsentForm, ConsentGiver, ConsentPurpose } from "./tables";

/**
 * Consent as data (pure). Who may give consent depends on age: from 16 the
 * young person, under 16 a parent or guardian. The case knows only the birth
 * year, so age is counted the careful way: someone is "16 or older" on a date
 * only when they are 16 whatever their birthday (year − birth year − 1 ≥ 16).
 */
export const consentAge = 16;

export function certainlyAtLeast(age: number, birthYear: number, on: string): boolean {
  return Number(on.slice(0, 4)) - birthYear - 1 >= age;
}

export interface ConsentRecord {
  id: string;
  purpose: ConsentPurpose;
  /** The named organisation or service; null means any for this purpose. */
  target: string | null;
  givenBy: ConsentGiver;
  givenOn: string;
  form: ConsentForm;
  withdrawnOn: string | null;
}

export type ConsentDecision =
  { allowed: true; consent: ConsentRecord } | { allowed: false; reason: "none" | "withdrawn" };

const sameTarget = (a: string, b: string) =>
  a.trim().toLocaleLowerCase("nl") === b.trim().toLocaleLowerCase("nl");

/**
 * Is there consent for this purpose (and target) on date `at` (YYYY-MM-DD)?
 * A consent counts when it was given on or before `at`, is not withdrawn on
 * or before `at`, and names the same target or no target. The referral and
 * report code blocks when this says no (unless a safeguarding officer
 * overrides with a reason).
 */
export function consentFor(
  purpose: ConsentPurpose,
  target: string | null,
  consents: readonly ConsentRecord[],
  at: string,
): ConsentDecision {
  const matching = consents.filter(
    (consent) =>
      consent.purpose === purpose &&
      consent.givenOn <= at &&
      (consent.target === null || (target !== null && sameTarget(consent.target, target))),
  );
  const valid = matching.find((consent) => consent.withdrawnOn === null || consent.withdrawnOn > at);
  if (valid) return { allowed: true, consent: valid };
  return { allowed: false, reason: matching.length > 0 ? "withdrawn" : "none" };
}

export type ConsentField = "purpose" | "target" | "givenBy" | "givenOn" | "form" | "withdrawnOn";

export interface ConsentProblem {
  field: ConsentField;
  message: MessageKey;
}

const isoDate = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
export function isIsoDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Checks a consent before it is stored: a real date, not before the birth
 * year, not in the future; under 16 a parent or guardian gives it; a named
 * organisation is needed for sharing.
 */
export function checkConsent(
  input: { purpose: ConsentPurpose; target: string | null; givenBy: ConsentGiver; givenOn: string },
  birthYear: number | null,
  today: string,
): ConsentProblem[] {
  const problems: ConsentProblem[] = [];
  if (input.purpose === "share_with_organisation" && !input.target) {
    problems.push({ field: "target", message: "cases.consent.error.target" });
  }
  if (!isIsoDate(input.givenOn)) problems.push({ field: "givenOn", message: "cases.error.date" });
  else if (input.givenOn > today) problems.push({ field: "givenOn", message: "cases.consent.error.future" });
  else if (birthYear !== null && Number(input.givenOn.slice(0, 4)) < birthYear) {
    problems.push({ field: "givenOn", message: "cases.consent.error.beforeBirth" });
  } else if (
    input.givenBy === "young_person" &&
    (birthYear === null || !certainlyAtLeast(consentAge, birthYear, input.givenOn))
  ) {
    problems.push({ field: "givenBy", message: "cases.consent.error.parentNeeded" });
  }
  return problems;
}

/** Checks a withdrawal date: a real date, not before the consent was given, not in the future. */
export function checkWithdrawal(givenOn: string, withdrawnOn: string, today: string): ConsentProblem[] {
  if (!isIsoDate(withdrawnOn)) return [{ field: "withdrawnOn", message: "cases.error.date" }];
  if (withdrawnOn > today) return [{ field: "withdrawnOn", message: "cases.consent.error.future" }];
  if (withdrawnOn < givenOn)
    return [{ field: "withdrawnOn", message: "cases.consent.error.withdrawBeforeGiven" }];
  return [];
}
