import { describe, expect, it } from "vitest";
import { helplines } from "../../../content/helplines";
import { organisations, programs, services } from "../../../content/organisations";
import { namedRegions } from "../../../content/regions";
import { municipalities, provinces } from "../../../content/regions";
import { taxonomies } from "../../../content/taxonomies";
import { translator } from "../../i18n";
import {
  formatAreas,
  formatCount,
  formatEligibility,
  formatSchedules,
  joinList,
  resultsHeading,
} from "./directory";
import { checkDirectoryContent, storedTermId, type DirectoryContent } from "./directory-content";

const nl = translator("nl");
const en = translator("en");

const known = {
  municipalityCodes: new Set(municipalities.map((municipality) => municipality.code)),
  provinceCodes: new Set(provinces.map((province) => province.code)),
};
const content: DirectoryContent = { taxonomies, namedRegions, organisations, programs, services };

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
  ])("$expected", ({ schedules, locale, expected }) => {
    const copy = schedules?.map((schedule) => ({ ...schedule, byday: [...schedule.byday] }));
    expect(formatSchedules(copy, locale, locale === "nl" ? nl : en)).toBe(expected);
  });
});

describe("formatEligibility", () => {
  const facts = (overrides: Partial<Parameters<typeof formatEligibility>[0]>) => ({
    minimumAge: null,
    maximumAge: null,
    maximumAgeInclusive: true,
    targetGroups: [],
    ...overrides,
  });
  it.each([
    { facts: facts({}), expected: "" },
    { facts: facts({ targetGroups: ["doelgroep-iedereen"] }), expected: "" },
    {
      facts: facts({ targetGroups: ["doelgroep-meisjes-vrouwen"], minimumAge: 12, maximumAge: 23 }),
      expected: "meiden, 12 tot en met 23 jaar",
    },
    {
      facts: facts({
        targetGroups: ["doelgroep-jongens-mannen", "doelgroep-lvb-expertise"],
        minimumAge: 14,
        maximumAge: 18,
        maximumAgeInclusive: false,
      }),
      expected: "jongens, 14 tot 18 jaar, met een LVB",
    },
    {
      facts: facts({ targetGroups: ["doelgroep-meisjes-vrouwen", "doelgroep-jongens-mannen"] }),
      expected: "jongens en meiden",
    },
    { facts: facts({ minimumAge: 16 }), expected: "vanaf 16 jaar" },
  ])("$expected", ({ facts: input, expected }) => {
    expect(formatEligibility(input, nl)).toBe(expected);
  });

  // Stored ages: "tot 23" (Ravi) has the upper age excluded, "tot en met 23" (Asja) included.
  it.each([
    {
      minimumAge: 12,
      maximumAge: 23,
      maximumAgeInclusive: false,
      nl: "12 tot 23 jaar",
      en: "aged 12 to under 23",
    },
    {
      minimumAge: 12,
      maximumAge: 23,
      maximumAgeInclusive: true,
      nl: "12 tot en met 23 jaar",
      en: "aged 12 up to and including 23",
    },
    {
      minimumAge: 14,
      maximumAge: null,
      maximumAgeInclusive: false,
      nl: "vanaf 14 jaar",
      en: "aged 14 and over",
    },
    { minimumAge: null, maximumAge: 18, maximumAgeInclusive: false, nl: "tot 18 jaar", en: "under 18" },
    {
      minimumAge: null,
      maximumAge: 18,
      maximumAgeInclusive: true,
      nl: "tot en met 18 jaar",
      en: "up to and including age 18",
    },
  ])("says whether the upper age counts, in Dutch and English: $en", (ages) => {
    const input = facts({
      minimumAge: ages.minimumAge,
      maximumAge: ages.maximumAge,
      maximumAgeInclusive: ages.maximumAgeInclusive,
    });
    expect(formatEligibility(input, nl)).toBe(ages.nl);
    expect(formatEligibility(input, en)).toBe(ages.en);
  });

  it("describes the stored services Ravi (tot 23) and Asja (tot en met 23) correctly in English", () => {
    const wording = (id: string) => {
      const service = services.find((candidate) => candidate.id === id);
      if (!service) throw new Error(id);
      return formatEligibility(
        {
          minimumAge: service.minimumAge ?? null,
          maximumAge: service.maximumAge ?? null,
          maximumAgeInclusive: service.maximumAgeInclusive ?? true,
          targetGroups: [],
        },
        en,
      );
    };
    expect(wording("fier-ravi")).toBe("aged 12 to under 23");
    expect(wording("fier-asja")).toBe("aged 12 up to and including 23");
  });
});

describe("formatAreas and joinList", () => {
  it("says 'heel Nederland' for a national service", () => {
    expect(formatAreas([{ id: "a", kind: "national", code: null, name: "heel Nederland" }], nl)).toBe(
      "heel Nederland",
    );
  });
  it("lists named areas with 'en'", () => {
    const areas = ["Leeuwarden", "Groningen", "Rotterdam"].map((name, index) => ({
      id: String(index),
      kind: "municipality" as const,
      code: `GM000${index}`,
      name,
    }));
    expect(formatAreas(areas, nl)).toBe("Leeuwarden, Groningen en Rotterdam");
    expect(joinList(["a", "b"], en)).toBe("a and b");
    expect(joinList([], nl)).toBe("");
  });
});

describe("the Wegwijzer content (content/organisations.ts)", () => {
  it("is valid: every reference known, ids unique", () => {
    expect(checkDirectoryContent(content, known)).toEqual([]);
  });

  it("names every organisation of the source page", () => {
    const names = organisations.map((organisation) => organisation.name).join(" | ");
    for (const name of [
      "Politie",
      "Centrum Seksueel Geweld",
      "CoMensha",
      "Kinderhandel en Mensenhandel (CKM)",
      "Wegwijzer mensenhandel",
      "Gemeente",
      "WATCH Nederland",
      "Terre des Hommes",
      "Ambiq",
      "Fier",
      "HVO-Querido",
      "Blijf Groep",
      "Koraal",
      "Pluryn",
      "MEE",
      "Landelijk Kenniscentrum LVB",
      "Veilig Thuis",
      "112",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("has every phone number and e-mail address of the source exactly", () => {
    const phones = [...organisations, ...services].flatMap((item) =>
      item.phones.map((phone) => phone.number),
    );
    const emails = [...organisations, ...services].flatMap((item) =>
      item.emails.map((email) => email.address),
    );
    for (const number of [
      "112",
      "0800-0188",
      "0900-8844",
      "0800-2000",
      "033-4481186",
      "088-2080000",
      "020-5619090",
      "088-5057410",
      "046-4775252",
    ]) {
      expect(phones).toContain(number);
    }
    for (const address of [
      "aanmeldingen@fier.nl",
      "info@hvoquerido.nl",
      "vragenoveruitbuiting@koraal.nl",
      "info@koraal.nl",
      "info@kenniscentrumlvb.nl",
    ]) {
      expect(emails).toContain(address);
    }
  });

  it("gives every helpline the same number as its Wegwijzer service (one fact, one value)", () => {
    for (const helpline of helplines) {
      const service = services.find((candidate) => candidate.id === helpline.id);
      expect(service, `dienst ${helpline.id}`).toBeDefined();
      expect(service?.phones.map((phone) => phone.number)).toContain(helpline.phone);
    }
  });

  it("keeps the programmes' ages and places as the source gives them", () => {
    const byId = new Map(services.map((service) => [service.id, service]));
    expect(byId.get("fier-asja")).toMatchObject({
      minimumAge: 12,
      maximumAge: 23,
      maximumAgeInclusive: true,
    });
    expect(byId.get("fier-ravi")).toMatchObject({
      minimumAge: 12,
      maximumAge: 23,
      maximumAgeInclusive: false,
    });
    expect(byId.get("ambiq-make-a-move-plus")).toMatchObject({ minimumAge: 14, maximumAge: 18 });
    expect(byId.get("fier-ravi")?.areas).toEqual([{ kind: "municipality", code: "GM0080" }]);
    expect(byId.get("pluryn-safe-and-sound")?.terms.doelgroep).toContain("meisjes-vrouwen");
    expect(byId.get("koraal-consultatielijn")?.phones[0]?.schedules).toEqual([
      { byday: ["TU", "TH"], opensAt: "09:00", closesAt: "12:00" },
    ]);
  });

  it("reports a bad record with its number and field, and unknown references", () => {
    const broken: DirectoryContent = {
      ...content,
      services: [
        { ...services[0]!, id: "kapot", phones: [{ number: "bel ons" }] },
        {
          ...services[1]!,
          id: "wees",
          organisationId: "bestaat-niet",
          areas: [{ kind: "municipality", code: "GM9999" }],
        },
      ],
    };
    const problems = checkDirectoryContent(broken, known);
    expect(problems).toContainEqual(
      expect.stringMatching(/^dienst 1, veld phones\.0\.number: alleen cijfers/),
    );
    expect(problems).toContain("dienst 2 (wees): onbekende organisatie bestaat-niet");
    expect(problems).toContain("dienst 2 (wees): onbekende gemeentecode GM9999");
  });
});

describe("imported taxonomies (HSDS from other systems)", () => {
  const imported = {
    id: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c01",
    name: { nl: "Thema's", en: "Thema's" },
    description: "Indeling van een ander systeem",
    terms: [
      {
        id: "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d02",
        code: "werk",
        name: { nl: "Werk", en: "Work" },
        description: "Werk",
      },
    ],
  };
  const none = { hulpsoort: [], uitbuitingsvorm: [], doelgroep: [], toegang: [] };

  it("stores an imported term under its own id, Zicht's own terms always under taxonomy and code", () => {
    expect(storedTermId(imported.id, imported.terms[0]!)).toBe("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d02");
    expect(storedTermId(imported.id, { code: "werk" })).toBe(`${imported.id}-werk`);
    expect(storedTermId("hulpsoort", { id: "0b0b0b0b-0000-4000-8000-000000000000", code: "advies" })).toBe(
      "hulpsoort-advies",
    );
  });

  it("accepts a taxonomy of another system and a service with only its terms", () => {
    const withImported: DirectoryContent = {
      ...content,
      taxonomies: [...taxonomies, imported],
      services: [{ ...services[0]!, terms: { ...none, [imported.id]: ["werk"] } }],
    };
    expect(checkDirectoryContent(withImported, known)).toEqual([]);
  });

  it("still wants all four of Zicht's own taxonomies once a service uses one of them", () => {
    const partial: DirectoryContent = {
      ...content,
      services: [{ ...services[0]!, terms: { ...none, hulpsoort: services[0]!.terms.hulpsoort } }],
    };
    expect(checkDirectoryContent(partial, known)).toEqual([
      "dienst 1, veld terms.uitbuitingsvorm: kies minstens één vorm van uitbuiting",
      "dienst 1, veld terms.doelgroep: kies minstens één doelgroep",
      "dienst 1, veld terms.toegang: kies minstens één manier van toegang",
    ]);
  });

  it("refuses an unknown code of an imported taxonomy and a code twice in one taxonomy", () => {
    const broken: DirectoryContent = {
      ...content,
      taxonomies: [
        ...taxonomies,
        { ...imported, terms: [...imported.terms, { ...imported.terms[0]!, id: undefined }] },
      ],
      services: [{ ...services[0]!, id: "los", terms: { ...none, [imported.id]: ["wonen"] } }],
    };
    expect(checkDirectoryContent(broken, known)).toEqual([
      `taxonomie 5 (${imported.id}): code werk komt twee keer voor`,
      `dienst 1 (los): onbekende ${imported.id} 'wonen'`,
    ]);
  });
});

describe("result counts (capped at 1,000 on the page)", () => {
  it("says how many, or that there are more than the limit, in Dutch and English", () => {
    expect(resultsHeading({ total: 1, capped: false }, "nl", nl)).toBe("1 resultaat");
    expect(resultsHeading({ total: 12, capped: false }, "nl", nl)).toBe("12 resultaten");
    expect(resultsHeading({ total: 0, capped: false }, "nl", nl)).toBe("0 resultaten");
    expect(resultsHeading({ total: 1000, capped: true }, "nl", nl)).toBe("Meer dan 1.000 resultaten");
    expect(resultsHeading({ total: 1000, capped: true }, "en", en)).toBe("More than 1,000 results");
    expect(formatCount({ total: 12, capped: false }, "nl", nl)).toBe("12");
    expect(formatCount({ total: 1000, capped: true }, "nl", nl)).toBe("meer dan 1.000");
    expect(nl("directory.widen.place", { count: formatCount({ total: 1000, capped: true }, "nl", nl) })).toBe(
      "Zonder plaats (meer dan 1.000)",
    );
  });
});
