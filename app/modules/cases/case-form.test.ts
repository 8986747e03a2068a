import { describe, expect, it } from "vitest";
import { caseScreeningContext, estimatedAge, parseCaseForm } from "./case-form";

const today = new Date(Date.UTC(2026, 10, 29));
const form = (entries: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
};
const valid = {
  pseudonym: "Vos-12",
  birthYear: "2010",
  gender: "female",
  lvb: "suspected",
  municipality: "Den Haag",
  forms: ["seksueel", "crimineel"],
};
const errors = (entries: Record<string, string | string[]>) => {
  const parsed = parseCaseForm(form(entries), today);
  return parsed.ok ? [] : parsed.errors.map((error) => `${error.field}:${error.message}`);
};

describe("parseCaseForm", () => {
  it("reads a sound case and finds the municipality however it is written", () => {
    expect(parseCaseForm(form(valid), today)).toEqual({
      ok: true,
      fields: {
        pseudonym: "Vos-12",
        birthYear: 2010,
        gender: "female",
        lvb: "suspected",
        municipalityCode: "GM0518",
        exploitationForms: ["seksueel", "crimineel"],
        setting: "unknown",
      },
    });
    const parsed = parseCaseForm(form({ ...valid, municipality: "den bosch" }), today);
    expect(parsed.ok && parsed.fields.municipalityCode).toBe("GM0796");
  });

  it("reads where the exploitation happens, and refuses a value it does not know", () => {
    const atHome = parseCaseForm(form({ ...valid, setting: "at_home" }), today);
    expect(atHome.ok && atHome.fields.setting).toBe("at_home");
    const wrong = parseCaseForm(form({ ...valid, setting: "elsewhere" }), today);
    expect(wrong.ok ? [] : wrong.errors.map((error) => `${error.field}:${error.message}`)).toEqual([
      "setting:cases.error.choose",
    ]);
  });

  it.each([
    ["a BSN", { pseudonym: "123456782" }, ["pseudonym:cases.error.pseudonymBsn"]],
    ["a name, not confirmed", { pseudonym: "Sanne de Vries" }, ["pseudonym:cases.error.pseudonymConfirm"]],
    ["a name, confirmed", { pseudonym: "Sanne de Vries", confirmPseudonym: "yes" }, []],
    [
      "a BSN cannot be confirmed",
      { pseudonym: "123456782", confirmPseudonym: "yes" },
      ["pseudonym:cases.error.pseudonymBsn"],
    ],
    ["a birth year in the future", { birthYear: "2027" }, ["birthYear:cases.error.birthYearFuture"]],
    ["a birth year too long ago", { birthYear: "1980" }, ["birthYear:cases.error.birthYearOld"]],
    ["not a year", { birthYear: "10" }, ["birthYear:cases.error.birthYearFormat"]],
    ["an unknown gender", { gender: "?" }, ["gender:cases.error.choose"]],
    ["an unknown form", { forms: ["seksueel", "iets"] }, ["forms:cases.error.choose"]],
    [
      "a province instead of a municipality",
      { municipality: "Zeeland" },
      ["municipality:cases.error.municipalityUnknown"],
    ],
    ["no municipality is fine", { municipality: "" }, []],
  ])("%s", (_, change, expected) => {
    expect(errors({ ...valid, ...change })).toEqual(expected);
  });

  it("says which warnings a confirmation is for", () => {
    const parsed = parseCaseForm(form({ ...valid, pseudonym: "sanne@example.nl" }), today);
    expect(parsed.ok ? [] : parsed.warnings).toEqual(["email"]);
  });
});

describe("estimatedAge and caseScreeningContext", () => {
  it("gives the two possible ages from the birth year, and fills in the lower one", () => {
    expect(estimatedAge(2011, 2026)).toEqual({ min: 14, max: 15 });
    expect(estimatedAge(2026, 2026)).toEqual({ min: 0, max: 0 });
    expect(estimatedAge(2030, 2026)).toEqual({ min: 0, max: 0 });
    expect(caseScreeningContext({ birthYear: 2011, gender: "female", municipalityCode: null }, 2026)).toEqual(
      { age: 14, gender: "female" },
    );
    expect(
      caseScreeningContext({ birthYear: null, gender: "unknown", municipalityCode: null }, 2026),
    ).toEqual({});
  });
});
