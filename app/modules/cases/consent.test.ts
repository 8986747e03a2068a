import { describe, expect, it } from "vitest";
import {
  certainlyAtLeast,
  checkConsent,
  checkWithdrawal,
  consentFor,
  consentOverview,
  type ConsentRecord,
} from "./consent";
import { bandOfAge, consentNeed, consentRules, possibleBands, ruleFor } from "./consent-rules";
import { consentPurposes, type ConsentPurpose } from "./tables";

const consent = (overrides: Partial<ConsentRecord>): ConsentRecord => ({
  id: "c1",
  purpose: "referral",
  target: null,
  givenBy: "young_person",
  giverLabel: null,
  givenOn: "2026-10-01",
  form: "spoken",
  withdrawnOn: null,
  ...overrides,
});

describe("consentFor", () => {
  it.each<[string, ConsentRecord[], [ConsentPurpose, string | null, [], string], boolean, string?]>([
    ["no consents at all", [], ["referral", "Fier", [], "2026-11-01"], false, "none"],
    [
      "consent for another purpose",
      [consent({ purpose: "comensha_registration" })],
      ["referral", "Fier", [], "2026-11-01"],
      false,
      "none",
    ],
    ["consent for any target", [consent({})], ["referral", "Fier", [], "2026-11-01"], true],
    [
      "consent for the same organisation, other spelling",
      [consent({ target: "fier " })],
      ["referral", "Fier", [], "2026-11-01"],
      true,
    ],
    [
      "consent for another organisation",
      [consent({ target: "Koraal" })],
      ["referral", "Fier", [], "2026-11-01"],
      false,
      "none",
    ],
    [
      "named consent does not cover an unnamed target",
      [consent({ target: "Koraal" })],
      ["referral", null, [], "2026-11-01"],
      false,
      "none",
    ],
    [
      "given after the date asked about",
      [consent({ givenOn: "2026-11-02" })],
      ["referral", "Fier", [], "2026-11-01"],
      false,
      "none",
    ],
    [
      "withdrawn before the date",
      [consent({ withdrawnOn: "2026-10-15" })],
      ["referral", "Fier", [], "2026-11-01"],
      false,
      "withdrawn",
    ],
    [
      "withdrawn on the date",
      [consent({ withdrawnOn: "2026-11-01" })],
      ["referral", "Fier", [], "2026-11-01"],
      false,
      "withdrawn",
    ],
    [
      "withdrawn after the date",
      [consent({ withdrawnOn: "2026-11-20" })],
      ["referral", "Fier", [], "2026-11-01"],
      true,
    ],
    [
      "withdrawn, then given again",
      [consent({ withdrawnOn: "2026-10-15" }), consent({ id: "c2", givenOn: "2026-10-20" })],
      ["referral", "Fier", [], "2026-11-01"],
      true,
    ],
  ])("%s", (_, consents, [purpose, target, , at], allowed, reason) => {
    // Born in 2000: certainly an adult, so the young person's own consent is what counts.
    const decision = consentFor(purpose, target, consents, at, 2000);
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect(decision.reason).toBe(reason);
  });
});

describe("checkConsent", () => {
  const base = {
    purpose: "referral" as const,
    target: null,
    givenBy: "parent" as const,
    giverLabel: "moeder",
    givenOn: "2026-10-01",
  };
  it.each([
    ["a sound consent", base, 2010, []],
    ["in the future", { ...base, givenOn: "2026-12-01" }, 2010, ["givenOn:cases.consent.error.future"]],
    [
      "before the birth year",
      { ...base, givenOn: "2009-12-31" },
      2010,
      ["givenOn:cases.consent.error.beforeBirth"],
    ],
    ["not a date", { ...base, givenOn: "2026-02-30" }, 2010, ["givenOn:cases.error.date"]],
    [
      "young person under 16 gives it: recorded, the rule decides later",
      { ...base, givenBy: "young_person" as const },
      2011,
      [],
    ],
    [
      "a parent's label that is too long",
      { ...base, giverLabel: "x".repeat(41) },
      2011,
      ["giverLabel:cases.consent.error.giverLabel"],
    ],
    [
      "sharing without a named organisation",
      { ...base, purpose: "share_with_organisation" as const },
      2010,
      ["target:cases.consent.error.target"],
    ],
  ])("%s", (_, input, birthYear, expected) => {
    expect(checkConsent(input, birthYear, "2026-11-29").map((p) => `${p.field}:${p.message}`)).toEqual(
      expected,
    );
  });

  it("counts age the careful way with only a birth year", () => {
    expect(certainlyAtLeast(16, 2010, "2026-12-31")).toBe(false);
    expect(certainlyAtLeast(16, 2010, "2027-01-01")).toBe(true);
  });

  it("checks a withdrawal date", () => {
    expect(checkWithdrawal("2026-10-01", "2026-11-01", "2026-11-29")).toEqual([]);
    expect(checkWithdrawal("2026-10-01", "2026-09-01", "2026-11-29")[0]?.message).toBe(
      "cases.consent.error.withdrawBeforeGiven",
    );
    expect(checkWithdrawal("2026-10-01", "2026-12-01", "2026-11-29")[0]?.message).toBe(
      "cases.consent.error.future",
    );
  });
});

/** Exact ages: the rule table itself. */
describe("the consent rules per purpose and age", () => {
  const ages = [11, 12, 15, 16, 17, 18, 19] as const;
  const expected: Record<ConsentPurpose, (age: number) => { requires: string[]; written: boolean }> = {
    help: (age) => ({
      requires: age < 12 ? ["parent"] : age < 16 ? ["young_person", "parent"] : ["young_person"],
      written: false,
    }),
    referral: (age) => ({
      requires: age < 12 ? ["parent"] : age < 16 ? ["young_person", "parent"] : ["young_person"],
      written: false,
    }),
    share_with_organisation: (age) => ({
      requires: age < 12 ? ["parent"] : age < 16 ? ["young_person", "parent"] : ["young_person"],
      written: false,
    }),
    anonymous_statistics: (age) => ({
      requires: age < 12 ? ["parent"] : age < 16 ? ["young_person", "parent"] : ["young_person"],
      written: false,
    }),
    comensha_registration: (age) => ({ requires: age < 16 ? ["parent"] : ["young_person"], written: true }),
  };
  it.each(consentPurposes.flatMap((purpose) => ages.map((age) => [purpose, age] as const)))(
    "%s at age %i",
    (purpose, age) => {
      const rule = ruleFor(purpose, bandOfAge(age));
      expect({ requires: [...rule.requires], written: rule.written }).toEqual(expected[purpose](age));
      expect(rule.sources.length).toBeGreaterThan(0);
    },
  );

  it("has exactly one rule per purpose and band, each with a source", () => {
    for (const purpose of consentPurposes)
      for (const band of ["under12", "from12to15", "from16"] as const)
        expect(consentRules.filter((rule) => rule.purpose === purpose && rule.band === band)).toHaveLength(1);
  });
});

describe("age from the birth year only", () => {
  it.each([
    [2014, "2026-12-03", ["under12", "from12to15"]],
    [2015, "2026-12-03", ["under12"]],
    [2016, "2026-12-03", ["under12"]],
    [2012, "2026-12-03", ["from12to15"]],
    [2010, "2026-12-03", ["from12to15", "from16"]],
    [2009, "2026-12-03", ["from16"]],
    [null, "2026-12-03", ["under12", "from12to15", "from16"]],
  ] as const)("born %s, on %s", (birthYear, on, bands) => {
    expect(possibleBands(birthYear, on)).toEqual(bands);
  });

  it("asks for both at a boundary, so either band is satisfied", () => {
    expect(consentNeed("referral", 2010, "2026-12-03").requires).toEqual(["young_person", "parent"]);
    expect(consentNeed("referral", 2014, "2026-12-03").requires).toEqual(["young_person", "parent"]);
    expect(consentNeed("comensha_registration", 2010, "2026-12-03")).toMatchObject({
      requires: ["young_person", "parent"],
      written: true,
    });
  });
});

/** Who consented, per band: the gate's answer. */
describe("consentFor with the people who consented", () => {
  const on = "2026-12-03";
  const young = consent({ id: "y", givenBy: "young_person" });
  const mother = consent({ id: "m", givenBy: "parent", giverLabel: "moeder" });
  const father = consent({ id: "f", givenBy: "parent", giverLabel: "vader" });
  const guardian = consent({ id: "g", givenBy: "guardian", giverLabel: "Nidos" });
  // Born in these years, the young person is certainly in one band on 2026-12-03.
  const born = { under12: 2016, from12to15: 2012, from16: 2009, adult: 2000 } as const;

  it.each([
    ["under 12: a parent alone", born.under12, [mother], true],
    ["under 12: the guardian alone", born.under12, [guardian], true],
    ["under 12: the young person alone is not enough", born.under12, [young], false],
    ["12–15: young person and a parent", born.from12to15, [young, mother], true],
    ["12–15: only the young person", born.from12to15, [young], false],
    ["12–15: only a parent", born.from12to15, [mother], false],
    ["12–15: young person and the guardian", born.from12to15, [young, guardian], true],
    ["16+: the young person alone", born.from16, [young], true],
    ["16+: a parent alone is not enough", born.from16, [mother], false],
    ["adult: the young person alone", born.adult, [young], true],
  ] as const)("%s", (_, birthYear, consents, allowed) => {
    expect(consentFor("referral", "Fier", consents, on, birthYear).allowed).toBe(allowed);
  });

  it("says who is still missing", () => {
    const decision = consentFor("referral", "Fier", [mother], on, born.from12to15);
    expect(decision).toMatchObject({ allowed: false, reason: "incomplete", missing: ["young_person"] });
  });

  it("is withdrawn when any required person withdraws, even if another parent still agrees", () => {
    const consents = [young, mother, { ...father, withdrawnOn: "2026-11-01" }];
    expect(consentFor("referral", "Fier", consents, on, born.from12to15)).toMatchObject({
      allowed: false,
      reason: "withdrawn",
    });
    // The same parent agreeing again later counts again.
    const again = [...consents, { ...father, id: "f2", givenOn: "2026-11-10" }];
    expect(consentFor("referral", "Fier", again, on, born.from12to15).allowed).toBe(true);
  });

  it("ignores a withdrawal by someone whose consent is not needed", () => {
    const consents = [young, { ...mother, withdrawnOn: "2026-11-01" }];
    expect(consentFor("referral", "Fier", consents, on, born.from16).allowed).toBe(true);
  });

  it("wants CoMensha consent in writing, from a parent under 16 and the young person from 16", () => {
    const writtenMother = { ...mother, purpose: "comensha_registration" as const, form: "written" as const };
    const spokenMother = { ...mother, purpose: "comensha_registration" as const };
    const writtenYoung = { ...young, purpose: "comensha_registration" as const, form: "written" as const };
    expect(
      consentFor("comensha_registration", "CoMensha", [writtenMother], on, born.from12to15).allowed,
    ).toBe(true);
    expect(
      consentFor("comensha_registration", "CoMensha", [spokenMother], on, born.from12to15),
    ).toMatchObject({
      allowed: false,
      missing: ["parent"],
    });
    expect(consentFor("comensha_registration", "CoMensha", [writtenYoung], on, born.from16).allowed).toBe(
      true,
    );
    expect(consentFor("comensha_registration", "CoMensha", [writtenYoung], on, born.from12to15).allowed).toBe(
      false,
    );
  });

  it("gives the overview per purpose and named organisation", () => {
    const rows = consentOverview([young, { ...mother, target: "Fier" }], born.from12to15, on);
    const referral = rows.filter((row) => row.purpose === "referral");
    expect(referral).toEqual([
      {
        purpose: "referral",
        target: null,
        requires: ["young_person", "parent"],
        written: false,
        state: "missing",
        missing: ["parent"],
      },
      {
        purpose: "referral",
        target: "Fier",
        requires: ["young_person", "parent"],
        written: false,
        state: "met",
        missing: [],
      },
    ]);
    expect(rows.some((row) => row.purpose === "share_with_organisation")).toBe(false);
    expect(rows.find((row) => row.purpose === "comensha_registration")?.target).toBe("CoMensha");
  });
});
