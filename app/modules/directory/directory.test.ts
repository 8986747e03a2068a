import { describe, expect, it } from "vitest";
import { organisations, services } from "../../../content/organisations";
import { translator } from "../../i18n";
import {
  checkDirectory,
  directoryView,
  formatArea,
  formatEligibility,
  formatSchedules,
  groupDirectory,
  joinList,
  type Organisation,
  type Service,
} from "./directory";

const nl = translator("nl");
const en = translator("en");

const organisation = (id: string, contact = false): Organisation => ({
  id,
  name: id.toUpperCase(),
  phones: contact ? [{ number: "010-1234567" }] : [],
  emails: contact ? [{ address: `info@${id}.example` }] : [],
});

const service = (id: string, organisationId: string, group: Service["group"], own = false): Service => ({
  id,
  organisationId,
  name: { nl: id, en: id },
  group,
  description: { nl: "Tekst.", en: "Text." },
  phones: own ? [{ number: "020-7654321" }] : [],
  emails: [],
});

describe("groupDirectory", () => {
  const orgs = [organisation("a", true), organisation("b")];

  it.each([
    {
      name: "groups follow the fixed order, not the content order",
      services: [service("s1", "a", "prevention"), service("s2", "b", "acute"), service("s3", "a", "advice")],
      expected: [
        ["acute", ["s2"]],
        ["advice", ["s3"]],
        ["prevention", ["s1"]],
      ],
    },
    {
      name: "services keep their content order within a group",
      services: [service("s1", "a", "care"), service("s2", "b", "care"), service("s3", "a", "care")],
      expected: [["care", ["s1", "s2", "s3"]]],
    },
    {
      name: "a service of an unknown organisation is left out",
      services: [service("s1", "x", "care"), service("s2", "a", "care")],
      expected: [["care", ["s2"]]],
    },
    { name: "no services: no groups", services: [], expected: [] },
  ])("$name", ({ services: input, expected }) => {
    const groups = groupDirectory(orgs, input).map((group) => [
      group.id,
      group.entries.map((e) => e.service.id),
    ]);
    expect(groups).toEqual(expected);
  });

  it.each([
    {
      name: "own contact details win",
      serviceId: "own",
      own: true,
      org: "a",
      phone: "020-7654321",
      via: false,
    },
    {
      name: "no own details: the organisation's",
      serviceId: "inherit",
      own: false,
      org: "a",
      phone: "010-1234567",
      via: true,
    },
    {
      name: "neither has details: nothing, and not 'via'",
      serviceId: "none",
      own: false,
      org: "b",
      phone: undefined,
      via: false,
    },
  ])("$name", ({ serviceId, own, org, phone, via }) => {
    const [group] = groupDirectory(orgs, [service(serviceId, org, "care", own)]);
    const entry = group?.entries[0];
    expect(entry?.phones[0]?.number).toBe(phone);
    expect(entry?.contactViaOrganisation).toBe(via);
  });
});

describe("formatSchedules", () => {
  it.each([
    { schedules: undefined, locale: "nl" as const, expected: "" },
    {
      schedules: [
        { byday: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const, opensAt: "00:00", closesAt: "23:59" },
      ],
      locale: "nl" as const,
      expected: "dag en nacht",
    },
    {
      schedules: [{ byday: ["TH", "TU"] as const, opensAt: "09:00", closesAt: "12:00" }],
      locale: "nl" as const,
      expected: "dinsdag en donderdag van 9.00 tot 12.00 uur",
    },
    {
      schedules: [{ byday: ["TU", "TH"] as const, opensAt: "09:00", closesAt: "12:00" }],
      locale: "en" as const,
      expected: "Tuesday and Thursday from 9:00 to 12:00",
    },
    {
      schedules: [{ byday: ["MO", "WE", "FR"] as const, opensAt: "13:30", closesAt: "17:00" }],
      locale: "nl" as const,
      expected: "maandag, woensdag en vrijdag van 13.30 tot 17.00 uur",
    },
  ])("$expected", ({ schedules, locale, expected }) => {
    const copy = schedules?.map((schedule) => ({ ...schedule, byday: [...schedule.byday] }));
    expect(formatSchedules(copy, locale, locale === "nl" ? nl : en)).toBe(expected);
  });
});

describe("formatEligibility", () => {
  it.each([
    { eligibility: undefined, expected: "" },
    {
      eligibility: {
        genders: ["female" as const],
        minimumAge: 12,
        maximumAge: 23,
        maximumAgeInclusive: true,
      },
      expected: "meiden, 12 tot en met 23 jaar",
    },
    {
      eligibility: { genders: ["male" as const], minimumAge: 12, maximumAge: 23, maximumAgeInclusive: false },
      expected: "jongens, 12 tot 23 jaar",
    },
    { eligibility: { genders: ["female" as const, "male" as const] }, expected: "jongens en meiden" },
    {
      eligibility: { genders: ["male" as const], minimumAge: 14, maximumAge: 18, lvb: true },
      expected: "jongens, 14 tot 18 jaar, met een LVB",
    },
    { eligibility: { minimumAge: 10 }, expected: "vanaf 10 jaar" },
    { eligibility: { maximumAge: 17, maximumAgeInclusive: true }, expected: "tot en met 17 jaar" },
  ])("$expected", ({ eligibility, expected }) => {
    expect(formatEligibility(eligibility, nl)).toBe(expected);
  });
});

describe("formatArea and joinList", () => {
  it.each([
    { area: undefined, expected: "" },
    { area: { kind: "national" as const }, expected: "heel Nederland" },
    {
      area: { kind: "places" as const, places: ["Leeuwarden", "Groningen", "Rotterdam"] },
      expected: "Leeuwarden, Groningen en Rotterdam",
    },
    {
      area: {
        kind: "regions" as const,
        regions: [
          { nl: "regio Utrecht", en: "the Utrecht region" },
          { nl: "oost-Gelderland", en: "eastern Gelderland" },
        ],
      },
      expected: "regio Utrecht en oost-Gelderland",
    },
  ])("$expected", ({ area, expected }) => {
    expect(formatArea(area, "nl", nl)).toBe(expected);
  });

  it.each([
    [[], ""],
    [["a"], "a"],
    [["a", "b"], "a and b"],
    [["a", "b", "c"], "a, b and c"],
  ])("%j → %s", (items, expected) => {
    expect(joinList(items, en)).toBe(expected);
  });
});

describe("checkDirectory", () => {
  it.each([
    { name: "valid data", orgs: [organisation("a")], svcs: [service("s", "a", "care")], problems: 0 },
    {
      name: "duplicate organisation id",
      orgs: [organisation("a"), organisation("a")],
      svcs: [],
      problems: 1,
    },
    {
      name: "duplicate service id",
      orgs: [organisation("a")],
      svcs: [service("s", "a", "care"), service("s", "a", "advice")],
      problems: 1,
    },
    {
      name: "unknown organisation",
      orgs: [organisation("a")],
      svcs: [service("s", "zzz", "care")],
      problems: 1,
    },
    {
      name: "bad phone number",
      orgs: [{ ...organisation("a"), phones: [{ number: "bel ons" }] }],
      svcs: [],
      problems: 1,
    },
    {
      name: "minimum age above maximum age",
      orgs: [organisation("a")],
      svcs: [{ ...service("s", "a", "care"), eligibility: { minimumAge: 18, maximumAge: 12 } }],
      problems: 1,
    },
  ])("$name: $problems problem(s)", ({ orgs, svcs, problems }) => {
    expect(checkDirectory(orgs, svcs)).toHaveLength(problems);
  });
});

describe("directory content (content/organisations.ts)", () => {
  it("is valid: schemas, unique ids, known organisations", () => {
    expect(checkDirectory(organisations, services)).toEqual([]);
  });

  it("fills every group of the page", () => {
    expect(groupDirectory(organisations, services).map((group) => group.id)).toEqual([
      "acute",
      "advice",
      "reporting",
      "care",
      "prevention",
    ]);
  });

  it.each([
    ["centrum-seksueel-geweld", "0800-0188"],
    ["politie-avim", "0900-8844"],
    ["veilig-thuis", "0800-2000"],
    ["comensha", "033-4481186"],
    ["koraal-consultatielijn", "088-5057410"],
    ["fier-advies-en-aanmeldingen", "088-2080000"],
  ])("%s has the number from the source: %s", (id, number) => {
    expect(services.find((item) => item.id === id)?.phones.map((phone) => phone.number)).toContain(number);
  });

  it("shows each service in Dutch and English with its contact details", () => {
    for (const [locale, t] of [
      ["nl", nl],
      ["en", en],
    ] as const) {
      const view = directoryView(organisations, services, locale, t);
      const entries = view.flatMap((group) => group.entries);
      expect(entries).toHaveLength(services.length);
      const koraal = entries.find((entry) => entry.id === "koraal-yip");
      expect(koraal?.contactViaOrganisation).toBe(true);
      expect(koraal?.phones.map((phone) => phone.number)).toEqual(["046-4775252"]);
    }
  });
});
