import { describe, expect, it } from "vitest";
import { regionData } from "../../../content/regions";
import {
  decideSuggestionIntake,
  suggestedChange,
  suggestionLimits,
  type SuggestionIntakeCounts,
} from "./change-request";
import type { Service } from "./directory-content";

const counts = (overrides: Partial<SuggestionIntakeCounts> = {}): SuggestionIntakeCounts => ({
  pendingForService: 0,
  receivedLastHour: 0,
  duplicate: false,
  ...overrides,
});

describe("decideSuggestionIntake", () => {
  it("has the limits of the issue: 20 pending per service, 200 an hour for the platform", () => {
    expect(suggestionLimits).toEqual({ perService: 20, perHour: 200 });
  });

  it.each([
    ["an empty queue", counts(), "store"],
    ["one below the service limit", counts({ pendingForService: 19 }), "store"],
    ["the service limit reached", counts({ pendingForService: 20 }), "service-full"],
    ["one below the hourly limit", counts({ receivedLastHour: 199 }), "store"],
    ["the hourly limit reached", counts({ receivedLastHour: 200 }), "platform-busy"],
    [
      "both reached: the service is named",
      counts({ pendingForService: 25, receivedLastHour: 500 }),
      "service-full",
    ],
    [
      "a duplicate, even when full: already waiting",
      counts({ duplicate: true, pendingForService: 20 }),
      "duplicate",
    ],
  ] as const)("%s → %s", (_name, given, expected) => {
    expect(decideSuggestionIntake(given)).toBe(expected);
  });

  it("takes other limits when given", () => {
    expect(decideSuggestionIntake(counts({ pendingForService: 2 }), { perService: 2, perHour: 10 })).toBe(
      "service-full",
    );
    expect(decideSuggestionIntake(counts({ receivedLastHour: 9 }), { perService: 2, perHour: 10 })).toBe(
      "store",
    );
  });
});

describe("suggestedChange", () => {
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
