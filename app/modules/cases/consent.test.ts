import { describe, expect, it } from "vitest";
import { certainlyAtLeast, checkConsent, checkWithdrawal, consentFor, type ConsentRecord } from "./consent";

const consent = (overrides: Partial<ConsentRecord>): ConsentRecord => ({
  id: "c1",
  purpose: "referral",
  target: null,
  givenBy: "young_person",
  givenOn: "2026-10-01",
  form: "spoken",
  withdrawnOn: null,
  ...overrides,
});

describe("consentFor", () => {
  it.each<[string, ConsentRecord[], Parameters<typeof consentFor>, boolean, string?]>([
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
    const decision = consentFor(purpose, target, consents, at);
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect(decision.reason).toBe(reason);
  });
});

describe("checkConsent", () => {
  const base = {
    purpose: "referral" as const,
    target: null,
    givenBy: "parent_guardian" as const,
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
      "young person under 16 gives it",
      { ...base, givenBy: "young_person" as const },
      2011,
      ["givenBy:cases.consent.error.parentNeeded"],
    ],
    [
      "young person possibly 15 (born 2010, asked in 2026)",
      { ...base, givenBy: "young_person" as const },
      2010,
      ["givenBy:cases.consent.error.parentNeeded"],
    ],
    ["young person certainly 16", { ...base, givenBy: "young_person" as const }, 2009, []],
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
