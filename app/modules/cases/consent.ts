import type { MessageKey } from "../../i18n";
import { consentNeed, type ConsentNeed, type ConsentRole } from "./consent-rules";
import { consentPurposes, type ConsentForm, type ConsentGiver, type ConsentPurpose } from "./tables";

/**
 * Consent as data (pure). Every person who consents is a record of their
 * own: the young person, each parent with authority, a guardian. Who must
 * consent depends on the purpose and the age band (consent-rules.ts); a
 * purpose is allowed when the rule is met on the date. The case knows only
 * the birth year, so age is counted the careful way: at a band boundary the
 * needs of both bands apply (consentNeed).
 */

/** Someone is certainly `age` or older on `on` only when year − birth year − 1 ≥ age. */
export function certainlyAtLeast(age: number, birthYear: number, on: string): boolean {
  return Number(on.slice(0, 4)) - birthYear - 1 >= age;
}

export interface ConsentRecord {
  id: string;
  purpose: ConsentPurpose;
  /** The named organisation or service; null means any for this purpose. */
  target: string | null;
  givenBy: ConsentGiver;
  /** Which parent or guardian ("moeder", "vader"): tells two parents apart. Null for the young person. */
  giverLabel: string | null;
  givenOn: string;
  form: ConsentForm;
  withdrawnOn: string | null;
}

export const roleOf = (giver: ConsentGiver): ConsentRole =>
  giver === "young_person" ? "young_person" : "parent";

export type ConsentDecision =
  | { allowed: true; consents: ConsentRecord[]; need: ConsentNeed }
  | {
      allowed: false;
      /** none: nobody consented; withdrawn: a person who had consented withdrew; incomplete: a required person is missing. */
      reason: "none" | "withdrawn" | "incomplete";
      /** The roles still without a valid consent (written where the rule wants it). */
      missing: ConsentRole[];
      need: ConsentNeed;
    };

const sameTarget = (a: string, b: string) =>
  a.trim().toLocaleLowerCase("nl") === b.trim().toLocaleLowerCase("nl");

/** One person: the young person, or a parent/guardian told apart by their label. */
const personKey = (consent: ConsentRecord) =>
  consent.givenBy === "young_person"
    ? "young_person"
    : `${consent.givenBy}:${(consent.giverLabel ?? "").trim().toLocaleLowerCase("nl")}`;

/**
 * Is the rule for this purpose (and target) met on date `at` (YYYY-MM-DD)?
 *
 * A record counts when it was given on or before `at` and names the same
 * target or no target. Per person the latest such record decides: a person
 * whose latest consent is withdrawn on or before `at` has withdrawn. The rule
 * is met when every required role has a person with a valid consent (written
 * when the rule wants it in writing) and no person of a required role has
 * withdrawn: a withdrawal by any required person withdraws the consent.
 */
export function consentFor(
  purpose: ConsentPurpose,
  target: string | null,
  consents: readonly ConsentRecord[],
  at: string,
  birthYear: number | null,
): ConsentDecision {
  const need = consentNeed(purpose, birthYear, at);
  const matching = consents.filter(
    (consent) =>
      consent.purpose === purpose &&
      consent.givenOn <= at &&
      (consent.target === null || (target !== null && sameTarget(consent.target, target))),
  );
  const latest = new Map<string, ConsentRecord>();
  for (const consent of matching) {
    const key = personKey(consent);
    const known = latest.get(key);
    if (!known || consent.givenOn >= known.givenOn) latest.set(key, consent);
  }
  const people = [...latest.values()].filter((consent) => need.requires.includes(roleOf(consent.givenBy)));
  const withdrawn = people.some((consent) => consent.withdrawnOn !== null && consent.withdrawnOn <= at);
  const valid = people.filter(
    (consent) =>
      (consent.withdrawnOn === null || consent.withdrawnOn > at) &&
      (!need.written || consent.form === "written"),
  );
  const missing = need.requires.filter((role) => !valid.some((consent) => roleOf(consent.givenBy) === role));
  if (!withdrawn && missing.length === 0) return { allowed: true, consents: valid, need };
  const reason = withdrawn ? "withdrawn" : matching.length === 0 ? "none" : "incomplete";
  return { allowed: false, reason, missing, need };
}

export type ConsentField =
  "purpose" | "target" | "givenBy" | "giverLabel" | "givenOn" | "form" | "withdrawnOn";

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

export const maxGiverLabelLength = 40;

/**
 * Checks a consent before it is stored: a real date, not before the birth
 * year, not in the future; a named organisation for sharing; a short label
 * for a parent or guardian. Anyone may be recorded: whether their consent
 * is enough is the rule's question (consentFor), answered at the gate.
 */
export function checkConsent(
  input: {
    purpose: ConsentPurpose;
    target: string | null;
    givenBy: ConsentGiver;
    giverLabel: string | null;
    givenOn: string;
  },
  birthYear: number | null,
  today: string,
): ConsentProblem[] {
  const problems: ConsentProblem[] = [];
  if (input.purpose === "share_with_organisation" && !input.target) {
    problems.push({ field: "target", message: "cases.consent.error.target" });
  }
  if (input.giverLabel !== null && input.giverLabel.length > maxGiverLabelLength) {
    problems.push({ field: "giverLabel", message: "cases.consent.error.giverLabel" });
  }
  if (!isIsoDate(input.givenOn)) problems.push({ field: "givenOn", message: "cases.error.date" });
  else if (input.givenOn > today) problems.push({ field: "givenOn", message: "cases.consent.error.future" });
  else if (birthYear !== null && Number(input.givenOn.slice(0, 4)) < birthYear) {
    problems.push({ field: "givenOn", message: "cases.consent.error.beforeBirth" });
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

/** One row of the consent page's overview: a purpose (and named organisation) and where it stands. */
export interface ConsentOverviewRow {
  purpose: ConsentPurpose;
  target: string | null;
  requires: ConsentRole[];
  written: boolean;
  state: "met" | "missing" | "withdrawn";
  missing: ConsentRole[];
}

/** The target the gates ask about when nobody named one: CoMensha for its registration. */
const defaultTarget = (purpose: ConsentPurpose) => (purpose === "comensha_registration" ? "CoMensha" : null);

/**
 * Where every purpose stands on `on`: one row per purpose, plus one per
 * organisation named in a recorded consent (sharing needs a named one, so
 * it has rows only for named organisations).
 */
export function consentOverview(
  consents: readonly ConsentRecord[],
  birthYear: number | null,
  on: string,
): ConsentOverviewRow[] {
  return consentPurposes.flatMap((purpose) => {
    const named = [
      ...new Map(
        consents
          .filter((consent) => consent.purpose === purpose && consent.target !== null)
          .map((consent) => [
            (consent.target ?? "").trim().toLocaleLowerCase("nl"),
            consent.target as string,
          ]),
      ).values(),
    ];
    const targets: Array<string | null> =
      purpose === "share_with_organisation"
        ? named
        : [defaultTarget(purpose), ...named.filter((target) => target !== defaultTarget(purpose))];
    return targets.map((target) => {
      const decision = consentFor(purpose, target, consents, on, birthYear);
      return {
        purpose,
        target,
        requires: decision.need.requires,
        written: decision.need.written,
        state: decision.allowed ? "met" : decision.reason === "withdrawn" ? "withdrawn" : "missing",
        missing: decision.allowed ? [] : decision.missing,
      } satisfies ConsentOverviewRow;
    });
  });
}
