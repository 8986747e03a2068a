import { describe, expect, it } from "vitest";
import { decideSuggestionIntake, suggestionLimits, type SuggestionIntakeCounts } from "./change-request";

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
