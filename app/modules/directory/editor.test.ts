import { describe, expect, it } from "vitest";
import { regionData } from "../../../content/regions";
import { suggestedChange } from "./change-request";
import type { Service } from "./directory-content";
import {
  areaLine,
  checkEmailAddress,
  checkHoursRow,
  checkPhoneNumber,
  newId,
  parseAge,
  parseAgeText,
  parseAreaLines,
  parseAreaText,
  parseOpeningHoursText,
  parseOrganisationForm,
  parseServiceForm,
  postedServiceFormModel,
  serviceFormModel,
  type FormValues,
} from "./editor";

function values(fields: Record<string, string | string[]>): FormValues {
  return {
    get: (name) => {
      const value = fields[name];
      return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
    },
    getAll: (name) => {
      const value = fields[name];
      return Array.isArray(value) ? value : value === undefined ? [] : [value];
    },
  };
}

const termCodes = {
  hulpsoort: ["behandeling", "consultatie"],
  uitbuitingsvorm: ["seksueel", "crimineel"],
  doelgroep: ["meisjes", "lvb"],
  toegang: ["direct"],
};

const validService = {
  organisationId: "fier",
  name: "Asja",
  description: "Behandeling voor meisjes.",
  status: "active",
  minimumAge: "12",
  maximumAge: "23",
  maximumAgeInclusive: "yes",
  assuredDate: "2026-11-29",
  "term-hulpsoort": ["behandeling"],
  "term-uitbuitingsvorm": ["seksueel"],
  "term-doelgroep": ["meisjes", "lvb"],
  "term-toegang": ["direct"],
  areas: "Leeuwarden\nRotterdam",
  "phone-0-number": "088-50 57 410",
  "phone-0-hours-0-days": ["TU", "TH"],
  "phone-0-hours-0-opens": "9:00",
  "phone-0-hours-0-closes": "12:00",
  "email-0-address": "vragen@voorbeeld.nl",
  "email-0-always": "yes",
};

const parse = (fields: Record<string, string | string[]>) =>
  parseServiceForm(values(fields), {
    regions: regionData,
    termCodes,
    organisationIds: new Set(["fier"]),
  });

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

  it("checks an opening-hours row: days, times as UU:MM, closing after opening", () => {
    expect(checkHoursRow(["TH", "TU"], "9:00", "12.00")).toEqual({
      ok: true,
      schedule: { byday: ["TU", "TH"], opensAt: "09:00", closesAt: "12:00" },
    });
    expect(checkHoursRow([], "", "")).toEqual({ ok: true, schedule: null });
    expect(checkHoursRow([], "09:00", "12:00")).toEqual({ ok: false, error: "Kies minstens één dag." });
    expect(checkHoursRow(["MO"], "25:00", "12:00").ok).toBe(false);
    expect(checkHoursRow(["MO"], "12:00", "09:00")).toEqual({
      ok: false,
      error: "De sluitingstijd moet na de openingstijd liggen.",
    });
  });
});

describe("places in the area field", () => {
  it("reads municipalities, provinces, named regions, other spellings and heel Nederland", () => {
    expect(parseAreaLines("Den Haag\nprovincie Utrecht\nHaaglanden\nGM0080", regionData)).toEqual({
      ok: true,
      areas: [
        { kind: "municipality", code: "GM0518" },
        { kind: "province", code: "PV26" },
        { kind: "region", id: "haaglanden" },
        { kind: "municipality", code: "GM0080" },
      ],
    });
    expect(parseAreaLines("Leeuwarden\nheel Nederland", regionData)).toEqual({
      ok: true,
      areas: [{ kind: "national" }],
    });
  });

  it("asks which Bergen, names unknown places and needs at least one area", () => {
    const bergen = parseAreaLines("Bergen", regionData);
    expect(bergen.ok).toBe(false);
    expect(!bergen.ok && bergen.error).toContain("GM0373");
    expect(parseAreaLines("Bergen (GM0373)", regionData)).toEqual({
      ok: true,
      areas: [{ kind: "municipality", code: "GM0373" }],
    });
    expect(parseAreaLines("Atlantis", regionData).ok).toBe(false);
    expect(parseAreaLines("  \n ", regionData)).toEqual({
      ok: false,
      error: "Vul minstens één werkgebied in, of 'heel Nederland'.",
    });
  });

  it("writes every area so that reading it back gives the same area", () => {
    const areas = [
      { kind: "national" as const },
      { kind: "province" as const, code: "PV26" },
      { kind: "municipality" as const, code: "GM0373" },
      { kind: "municipality" as const, code: "GM0080" },
      { kind: "region" as const, id: "amsterdam-alkmaar-almere" },
    ];
    for (const area of areas) {
      const line = areaLine(area, regionData);
      const read = parseAreaLines(line, regionData);
      expect({ line, read }).toEqual({ line, read: { ok: true, areas: [area] } });
    }
  });
});

describe("suggested values in words", () => {
  it.each([
    ["24/7", [{ byday: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], opensAt: "00:00", closesAt: "23:59" }]],
    ["di en do 9-12", [{ byday: ["TU", "TH"], opensAt: "09:00", closesAt: "12:00" }]],
    [
      "ma t/m vr 9:00-17:00; za 10-14",
      [
        { byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "17:00" },
        { byday: ["SA"], opensAt: "10:00", closesAt: "14:00" },
      ],
    ],
    [
      "dinsdag en donderdag van 9.00 tot 12.00 uur",
      [{ byday: ["TU", "TH"], opensAt: "09:00", closesAt: "12:00" }],
    ],
    ["soms in de middag", null],
    ["ma 17-9", null],
  ])("opening hours %j", (text, expected) => {
    expect(parseOpeningHoursText(text)).toEqual(expected);
  });

  it.each([
    ["12-23", { minimumAge: 12, maximumAge: 23, maximumAgeInclusive: true }],
    ["12 tot en met 23 jaar", { minimumAge: 12, maximumAge: 23, maximumAgeInclusive: true }],
    ["14 tot 18", { minimumAge: 14, maximumAge: 18, maximumAgeInclusive: false }],
    ["vanaf 16", { minimumAge: 16, maximumAge: undefined, maximumAgeInclusive: true }],
    ["t/m 23", { minimumAge: undefined, maximumAge: 23, maximumAgeInclusive: true }],
    ["23-12", null],
    ["12-130", null],
    ["jong", null],
  ])("ages %j", (text, expected) => {
    expect(parseAgeText(text)).toEqual(expected);
  });

  it("reads places separated by commas or 'en', but not a name with commas of its own split up", () => {
    expect(parseAreaText("Utrecht, Amersfoort en Zeist", regionData)).toEqual([
      { kind: "municipality", code: "GM0344" },
      { kind: "municipality", code: "GM0307" },
      { kind: "municipality", code: "GM0355" },
    ]);
    expect(parseAreaText("Bergen", regionData)).toBeNull();
  });

  const service: Service = {
    id: "koraal-yip",
    organisationId: "koraal",
    name: { nl: "YIP!", en: "YIP!" },
    description: { nl: "Advies", en: "Advice" },
    status: "active",
    maximumAgeInclusive: true,
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["consultatie"],
      uitbuitingsvorm: ["seksueel"],
      doelgroep: ["lvb"],
      toegang: ["direct"],
    },
    phones: [{ number: "088-50 57 410", label: { nl: "Vragen", en: "Questions" } }],
    emails: [],
    locations: [],
    assuredDate: "2026-11-29",
  };

  it("applies a clear suggestion to the right field and refuses what it cannot read", () => {
    const apply = (field: string, value: string) =>
      suggestedChange(field, value, regionData)?.(service) ?? null;
    expect(apply("opening_hours", "di en do 9-12")?.phones[0]).toEqual({
      number: "088-50 57 410",
      label: { nl: "Vragen", en: "Questions" },
      schedules: [{ byday: ["TU", "TH"], opensAt: "09:00", closesAt: "12:00" }],
    });
    expect(apply("age", "12-23")).toMatchObject({ minimumAge: 12, maximumAge: 23 });
    expect(apply("area", "Leeuwarden")?.areas).toEqual([{ kind: "municipality", code: "GM0080" }]);
    expect(apply("phone", "0800-1234")?.phones.map((phone) => phone.number)).toEqual(["0800-1234"]);
    expect(apply("email", "yip@koraal.nl")?.emails).toEqual([{ address: "yip@koraal.nl" }]);
    expect(suggestedChange("other", "Ze zijn verhuisd", regionData)).toBeNull();
    expect(suggestedChange("phone", "bel de receptie", regionData)).toBeNull();
    expect(suggestedChange("opening_hours", "ligt eraan", regionData)).toBeNull();
    // Hours for a service without a phone line: not clear where they belong.
    expect(suggestedChange("opening_hours", "24/7", regionData)?.({ ...service, phones: [] })).toBeNull();
  });
});

describe("the service form", () => {
  it("reads a valid form into a service, with 24/7 and 'only Tuesday and Thursday 9–12'", () => {
    const result = parse(validService);
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

  it("gives a Dutch message for every wrong field", () => {
    const result = parse({
      ...validService,
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

  it("shows posted values again, and a stored service as the form would post it", () => {
    const posted = postedServiceFormModel(values(validService));
    expect(posted.phones[0]).toMatchObject({
      value: "088-50 57 410",
      hours: [{ days: ["TU", "TH"], opens: "9:00", closes: "12:00" }, ...posted.phones[0]!.hours.slice(1)],
    });
    const result = parse(validService);
    if (!result.ok) throw new Error("valid form refused");
    const model = serviceFormModel(result.value, regionData);
    expect(model.areas).toBe("Leeuwarden\nRotterdam");
    expect(model.national).toBe(false);
    const national = parse({ ...validService, national: "yes", areas: "" });
    expect(national.ok && national.value.areas).toEqual([{ kind: "national" }]);
    expect(model.emails[0]).toMatchObject({ value: "vragen@voorbeeld.nl", always: true, hours: [] });
  });
});

describe("the organisation form", () => {
  it("reads name, description, website, phones and e-mail addresses", () => {
    expect(
      parseOrganisationForm(
        values({
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
    expect(parseOrganisationForm(values({ name: "", description: "x", website: "fier" }))).toEqual({
      ok: false,
      errors: { name: "Vul de naam in.", website: "Vul een webadres in dat begint met https://." },
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

describe("opening hours text with words that name object properties", () => {
  it("reads nothing from them instead of failing", () => {
    expect(parseOpeningHoursText("constructor 9:00-17:00")).toBeNull();
    expect(parseOpeningHoursText("maandag tot constructor 9:00-17:00")).toBeNull();
  });
});
