import { describe, expect, it } from "vitest";
import { caseRoute } from "./route";

describe("caseRoute", () => {
  const on = "2026-12-03";
  // Age in years on `on` with a birthday that has passed; the careful count uses one less.
  const bornAged = (age: number) => 2026 - age;
  it.each([
    [11, "outside_home", "meldcode"],
    [12, "outside_home", "meldcode"],
    [15, "outside_home", "meldcode"],
    [16, "outside_home", "meldcode"],
    [17, "outside_home", "meldcode"],
    // Born in 2008: 17 or 18 on this date; not certainly an adult, so the Meldcode route.
    [18, "outside_home", "meldcode"],
    [19, "outside_home", "adult"],
    [19, "unknown", "adult"],
    [19, "at_home", "meldcode"],
    [25, "outside_home", "adult"],
  ] as const)("aged %i, %s → %s", (age, setting, route) => {
    expect(caseRoute(bornAged(age), setting, on)).toBe(route);
  });

  it("keeps the Meldcode route when the birth year is unknown", () => {
    expect(caseRoute(null, "outside_home", on)).toBe("meldcode");
  });

  it("becomes the adult route from the first day of the year the person is certainly 18", () => {
    expect(caseRoute(2008, "outside_home", "2026-12-31")).toBe("meldcode");
    expect(caseRoute(2008, "outside_home", "2027-01-01")).toBe("adult");
  });
});
