import { describe, expect, it } from "vitest";
import { reassessDueOn, trendChart } from "./assessment-trend";

describe("reassessDueOn", () => {
  it.each([
    ["possible", "2026-11-29", "2027-01-10"],
    ["clear", "2026-11-29", "2026-12-13"],
    ["none", "2026-11-29", "2027-02-21"],
    ["black", "2026-12-28", "2027-01-04"],
  ] as const)("%s on %s → %s", (outcome, on, due) => {
    expect(reassessDueOn(outcome, on)).toBe(due);
  });
});

describe("trendChart", () => {
  it("puts more concern higher and time from left to right", () => {
    const chart = trendChart("signals", [
      { at: "2026-10-01", outcome: "clear" },
      { at: "2026-09-01", outcome: "none" },
      { at: "2026-11-01", outcome: "insufficient" },
      { at: "2026-11-15", outcome: "possible" },
    ]);
    expect(chart.points.map((point) => point.outcome)).toEqual(["none", "clear", "possible"]);
    const [first, second, third] = chart.points;
    expect(first!.x).toBeLessThan(second!.x);
    expect(second!.x).toBeLessThan(third!.x);
    expect(second!.y).toBeLessThan(third!.y); // clear is above possible
    expect(third!.y).toBeLessThan(first!.y); // possible is above none
    expect(chart.skipped).toBe(1);
  });

  it("centres a single point and uses the four flags for the flag instrument", () => {
    const chart = trendChart("flags", [{ at: "2026-10-01", outcome: "red" }]);
    expect(chart.levels.map((level) => level.outcome)).toEqual(["green", "yellow", "red", "black"]);
    expect(chart.points).toHaveLength(1);
    expect(chart.points[0]!.x).toBeGreaterThan(110);
    expect(chart.points[0]!.x).toBeLessThan(320 - 16);
  });
});
