import type { ConsentPurpose } from "./tables";

/**
 * Who must consent, per purpose and age band, as data with its sources
 * (ids in content/sources.ts, shown on the consent page and at /bronnen).
 * docs/domain.md, "Consent by age", explains the table in words.
 *
 * - `young_person`: the young person themself;
 * - `parent`: a parent with parental authority (gezag) or the guardian.
 *
 * A rule is met when every role it requires has a valid consent (for
 * `parent`: at least one parent or guardian, and no parent or guardian who
 * consented has withdrawn). `written` rules count only written consents.
 */
export const ageBands = ["under12", "from12to15", "from16"] as const;
export type AgeBand = (typeof ageBands)[number];
export const consentRoles = ["young_person", "parent"] as const;
export type ConsentRole = (typeof consentRoles)[number];

export interface ConsentRule {
  purpose: ConsentPurpose;
  band: AgeBand;
  requires: readonly ConsentRole[];
  written: boolean;
  /** Ids of the public sources this rule rests on. */
  sources: readonly string[];
}

/** The age rule of Dutch youth care: WGBO (BW 7:450, 7:465), the Jeugdwet and the professional codes. */
const youthCareSources = ["wgbo", "jeugdwet", "nvo-beroepscode"] as const;
const byAge = (purpose: ConsentPurpose): ConsentRule[] => [
  { purpose, band: "under12", requires: ["parent"], written: false, sources: youthCareSources },
  {
    purpose,
    band: "from12to15",
    requires: ["young_person", "parent"],
    written: false,
    sources: youthCareSources,
  },
  { purpose, band: "from16", requires: ["young_person"], written: false, sources: youthCareSources },
];

export const consentRules: readonly ConsentRule[] = [
  ...byAge("help"),
  ...byAge("referral"),
  ...byAge("share_with_organisation"),
  ...byAge("anonymous_statistics"),
  // CoMensha registration: under 16 the parents or guardian, from 16 the young person; always written.
  {
    purpose: "comensha_registration",
    band: "under12",
    requires: ["parent"],
    written: true,
    sources: ["nji-comensha-registratie", "comensha"],
  },
  {
    purpose: "comensha_registration",
    band: "from12to15",
    requires: ["parent"],
    written: true,
    sources: ["nji-comensha-registratie", "comensha"],
  },
  {
    purpose: "comensha_registration",
    band: "from16",
    requires: ["young_person"],
    written: true,
    sources: ["nji-comensha-registratie", "comensha"],
  },
];

export function ruleFor(purpose: ConsentPurpose, band: AgeBand): ConsentRule {
  const rule = consentRules.find((item) => item.purpose === purpose && item.band === band);
  if (!rule) throw new Error(`geen toestemmingsregel voor ${purpose} / ${band}`);
  return rule;
}

export function bandOfAge(age: number): AgeBand {
  if (age < 12) return "under12";
  if (age < 16) return "from12to15";
  return "from16";
}

/**
 * The bands a young person may be in on a date when only the birth year is
 * known: before their birthday they are `year − birthYear − 1`, after it one
 * more. Unknown birth year: every band.
 */
export function possibleBands(birthYear: number | null, on: string): AgeBand[] {
  if (birthYear === null) return [...ageBands];
  const year = Number(on.slice(0, 4));
  const bands = new Set([bandOfAge(year - birthYear - 1), bandOfAge(year - birthYear)]);
  return ageBands.filter((band) => bands.has(band));
}

/**
 * What is needed on a date: the rules of every band the young person may be
 * in, joined the careful way (every role any of them requires; written when
 * any of them wants it in writing). At a boundary (15 or 16?) this asks for
 * both the young person and a parent, which satisfies either band.
 */
export interface ConsentNeed {
  purpose: ConsentPurpose;
  bands: AgeBand[];
  requires: ConsentRole[];
  written: boolean;
  sources: string[];
}

export function consentNeed(purpose: ConsentPurpose, birthYear: number | null, on: string): ConsentNeed {
  const bands = possibleBands(birthYear, on);
  const rules = bands.map((band) => ruleFor(purpose, band));
  return {
    purpose,
    bands,
    requires: consentRoles.filter((role) => rules.some((rule) => rule.requires.includes(role))),
    written: rules.some((rule) => rule.written),
    sources: [...new Set(rules.flatMap((rule) => rule.sources))],
  };
}
