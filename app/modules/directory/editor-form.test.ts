import { describe, expect, it } from "vitest";
import { checkEmailAddress, checkPhoneNumber, newId, parseAge, parseOrganisationForm } from "./editor-form";
import { parseTestService, postedValues, validServiceFields } from "./editor-testing";

describe("the editor's small validators", () => {
  it.each([
    ["088-208 00 00", null],
    ["0800-2000", null],
    ["112", null],
    ["", "Vul een telefoonnummer in."],
    ["bel de receptie", "Gebruik alleen cijfers, spaties en streepjes, zoals 088-208 00 00."],
    ["+31 88 2080000", "Gebruik alleen cijfers, spaties en streepjes, zoals 088-208 00 00."],
    ["1-", "Gebruik alleen cijfers, spaties en streepjes, zoals 088-208 00 00."],
  ])("phone %j → %j", (input, message) => {
    expect(checkPhoneNumber(input)).toBe(message);
  });

  it.each([
    ["aanmeldingen@fier.nl", null],
    ["", "Vul een e-mailadres in."],
    ["fier.nl", "Vul een geldig e-mailadres in, zoals info@voorbeeld.nl."],
  ])("e-mail %j → %j", (input, message) => {
    expect(checkEmailAddress(input)).toBe(message);
  });

  it("reads ages 0–120 in whole years and refuses anything else", () => {
    expect(parseAge("")).toEqual({ ok: true, age: undefined });
    expect(parseAge("0")).toEqual({ ok: true, age: 0 });
    expect(parseAge("120")).toEqual({ ok: true, age: 120 });
    for (const bad of ["121", "-1", "12,5", "twaalf"]) expect(parseAge(bad).ok).toBe(false);
  });
});

describe("the service form", () => {
  it("reads a valid form into a service, with 24/7 and 'only Tuesday and Thursday 9–12'", () => {
    const result = parseTestService(validServiceFields);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      organisationId: "fier",
      name: { nl: "Asja", en: "Asja" },
      minimumAge: 12,
      maximumAge: 23,
      maximumAgeInclusive: true,
      areas: [
        { kind: "municipality", code: "GM0080" },
        { kind: "municipality", code: "GM0599" },
      ],
      terms: { doelgroep: ["meisjes", "lvb"] },
      phones: [
        {
          number: "088-50 57 410",
          schedules: [{ byday: ["TU", "TH"], opensAt: "09:00", closesAt: "12:00" }],
        },
      ],
      emails: [
        {
          address: "vragen@voorbeeld.nl",
          schedules: [
            { byday: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], opensAt: "00:00", closesAt: "23:59" },
          ],
        },
      ],
    });
  });

  it("takes 'heel Nederland' ticked instead of places", () => {
    const national = parseTestService({ ...validServiceFields, national: "yes", areas: "" });
    expect(national.ok && national.value.areas).toEqual([{ kind: "national" }]);
  });

  it("gives a Dutch message for every wrong field", () => {
    const result = parseTestService({
      ...validServiceFields,
      organisationId: "onbekend",
      name: " ",
      minimumAge: "30",
      maximumAge: "18",
      url: "javascript:alert(1)",
      assuredDate: "29-11-2026",
      "term-hulpsoort": [],
      "term-doelgroep": ["verzonnen"],
      areas: "",
      "phone-0-number": "bel maar",
      "phone-0-hours-0-opens": "12:00",
      "phone-0-hours-0-closes": "09:00",
      "email-1-address": "geen-adres",
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        organisationId: "Kies de organisatie.",
        name: "Vul de naam in.",
        minimumAge: "De minimumleeftijd mag niet hoger zijn dan de maximumleeftijd.",
        url: "Vul een webadres in dat begint met https://.",
        assuredDate: "Vul een datum in als JJJJ-MM-DD, zoals 2026-11-29.",
        "term-hulpsoort": "Kies minstens één soort hulp.",
        "term-doelgroep": "Kies minstens één doelgroep.",
        areas: "Kies heel Nederland, of vul minstens één gemeente, provincie of regio in.",
        "phone-0-number": "Gebruik alleen cijfers, spaties en streepjes, zoals 088-208 00 00.",
        "phone-0-hours-0-days": "De sluitingstijd moet na de openingstijd liggen.",
        "email-1-address": "Vul een geldig e-mailadres in, zoals info@voorbeeld.nl.",
      },
    });
  });
});

describe("phone numbers and e-mail addresses in the forms", () => {
  it("reads a description in Dutch and English, free numbers, and skips empty slots", () => {
    const result = parseTestService({
      ...validServiceFields,
      "phone-0-label": "Aanmelden",
      "phone-0-labelEn": "Registration",
      "phone-0-free": "yes",
      "phone-2-number": "0800-2000",
      "phone-2-label": "Spoed",
      "email-0-always": "",
      "email-0-label": "Vragen",
    });
    expect(result.ok && { phones: result.value.phones, emails: result.value.emails }).toEqual({
      phones: [
        {
          number: "088-50 57 410",
          label: { nl: "Aanmelden", en: "Registration" },
          free: true,
          schedules: [{ byday: ["TU", "TH"], opensAt: "09:00", closesAt: "12:00" }],
        },
        { number: "0800-2000", label: { nl: "Spoed", en: "Spoed" }, free: false },
      ],
      emails: [{ address: "vragen@voorbeeld.nl", label: { nl: "Vragen", en: "Vragen" } }],
    });
  });

  it("refuses a description that is too long or only in English, and hours without a number", () => {
    const result = parseTestService({
      ...validServiceFields,
      "phone-0-label": "x".repeat(201),
      "phone-0-labelEn": "y".repeat(201),
      "phone-1-hours-0-days": ["MO"],
      "phone-1-hours-0-opens": "09:00",
      "phone-1-hours-0-closes": "17:00",
      "email-0-labelEn": "Questions",
      eligibility: "z".repeat(2001),
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        eligibility: "Gebruik hoogstens 2000 tekens.",
        "phone-0-label": "Gebruik hoogstens 200 tekens.",
        "phone-0-labelEn": "Gebruik hoogstens 200 tekens.",
        "phone-1-number": "Vul een telefoonnummer in.",
        "email-0-label": "Vul ook de Nederlandse omschrijving in.",
      },
    });
    // Object keys keep insertion order: the messages follow the form.
    expect(!result.ok && Object.keys(result.errors)).toEqual([
      "eligibility",
      "phone-0-label",
      "phone-0-labelEn",
      "phone-1-number",
      "email-0-label",
    ]);
  });
});

describe("the organisation form", () => {
  it("reads name, description, website, phones and e-mail addresses", () => {
    expect(
      parseOrganisationForm(
        postedValues({
          name: "Fier",
          description: "Expertisecentrum",
          website: "https://www.fier.nl",
          "phone-0-number": "088-208 00 00",
          "email-0-address": "aanmeldingen@fier.nl",
        }),
      ),
    ).toEqual({
      ok: true,
      value: {
        name: "Fier",
        alternateName: undefined,
        description: { nl: "Expertisecentrum", en: "Expertisecentrum" },
        website: "https://www.fier.nl",
        phones: [{ number: "088-208 00 00", label: undefined, free: false }],
        emails: [{ address: "aanmeldingen@fier.nl", label: undefined }],
      },
    });
    expect(parseOrganisationForm(postedValues({ name: "", description: "x", website: "fier" }))).toEqual({
      ok: false,
      errors: { name: "Vul de naam in.", website: "Vul een webadres in dat begint met https://." },
    });
    expect(
      parseOrganisationForm(
        postedValues({
          name: "Fier",
          alternateName: "a".repeat(201),
          description: "Expertisecentrum",
          descriptionEn: "b".repeat(2001),
          "phone-0-labelEn": "Switchboard",
        }),
      ),
    ).toEqual({
      ok: false,
      errors: {
        alternateName: "Gebruik hoogstens 200 tekens.",
        descriptionEn: "Gebruik hoogstens 2000 tekens.",
        "phone-0-label": "Vul ook de Nederlandse omschrijving in.",
      },
    });
  });
});

describe("new ids", () => {
  it("makes a unique id from a name", () => {
    expect(newId("Girls Talk+ (Ambiq)", new Set())).toBe("girls-talk-ambiq");
    expect(newId("Fier", new Set(["fier", "fier-2"]))).toBe("fier-3");
    expect(newId("Nieuw", new Set())).toBe("nieuw-1");
  });
});
