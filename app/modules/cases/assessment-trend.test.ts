import { describe, expect, it } from "vitest";
import { findInstrument } from "../screening/instruments";
import type { InstrumentDefinition } from "../screening/definition";
import {
  datedIndexes,
  defaultChartSize,
  hadRedFlag,
  newestFirst,
  reassessDueOn,
  signalsMaximum,
  trendChart,
  trendScale,
  trendSummary,
  type TrendEntry,
  type TrendScale,
} from "./assessment-trend";

const instrument = (id: string): InstrumentDefinition => {
  const found = findInstrument(id);
  if (!found) throw new Error(`geen instrument ${id}`);
  return found;
};

const scoreScale: TrendScale = { kind: "score", max: 20, possibleFrom: 4, clearFrom: 10 };

const entry = (at: string, score: number | null, extra: Partial<TrendEntry> = {}): TrendEntry => ({
  id: `id-${at}`,
  at: `${at}T10:00:00.000Z`,
  band: score === null ? "insufficient" : score >= 10 ? "clear" : score >= 4 ? "possible" : "none",
  flag: null,
  score,
  redFlag: false,
  ...extra,
});

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

describe("trendScale", () => {
  it("a signals list: 0 to the most it can give, with its own thresholds", () => {
    const definition = instrument("signalen-criminele-uitbuiting");
    const scale = trendScale(definition);
    expect(scale).toEqual({ kind: "score", max: signalsMaximum(definition), possibleFrom: 4, clearFrom: 9 });
    // The maximum is above the threshold for clear concern, and counts only risk points.
    expect(signalsMaximum(definition)).toBeGreaterThan(9);
  });

  it("adds up the highest answer of every risk item and nothing for protective factors", () => {
    const definition = {
      domains: [
        {
          id: "a",
          title: "A",
          items: [
            { id: "s1", text: "S1", type: "signal" as const, weight: 2 },
            { id: "s2", text: "S2", type: "signal" as const, weight: -1 },
            {
              id: "o1",
              text: "O1",
              type: "ordinal" as const,
              options: [
                { code: "a", text: "a", weight: 0 },
                { code: "b", text: "b", weight: 1.5 },
                { code: "c", text: "c", weight: 3 },
              ],
            },
            {
              id: "m1",
              text: "M1",
              type: "multiple" as const,
              options: [
                { code: "a", text: "a", weight: 1 },
                { code: "b", text: "b", weight: 2 },
              ],
            },
          ],
        },
      ],
    };
    expect(signalsMaximum(definition)).toBe(8);
  });

  it("the flag judgement: the four flags", () => {
    expect(trendScale(instrument("vlaggen"))).toEqual({ kind: "flags" });
  });
});

describe("hadRedFlag", () => {
  const criminal = instrument("signalen-criminele-uitbuiting");

  it("a red-flag item answered yes is a red flag; answered no or unknown it is not", () => {
    expect(hadRedFlag(criminal, { flag: null, answers: { "gedwongen-bedreigd": "yes" } })).toBe(true);
    expect(hadRedFlag(criminal, { flag: null, answers: { "gedwongen-bedreigd": "no" } })).toBe(false);
    expect(hadRedFlag(criminal, { flag: null, answers: { mishandeld: "unknown" } })).toBe(false);
  });

  it("an ordinary signal answered yes is no red flag, nor are stored values of the wrong type", () => {
    const ordinary = criminal.domains
      .flatMap((domain) => domain.items)
      .find((item) => item.type === "signal" && !item.redFlag && item.weight > 0 && !item.enableWhen);
    expect(ordinary).toBeDefined();
    expect(hadRedFlag(criminal, { flag: null, answers: { [ordinary!.id]: "yes" } })).toBe(false);
    expect(hadRedFlag(criminal, { flag: null, answers: { "gedwongen-bedreigd": { yes: true } } })).toBe(
      false,
    );
  });

  it("the flag judgement: red and black are red flags, green and yellow are not", () => {
    const flags = instrument("vlaggen");
    expect(hadRedFlag(flags, { flag: "red", answers: {} })).toBe(true);
    expect(hadRedFlag(flags, { flag: "black", answers: {} })).toBe(true);
    expect(hadRedFlag(flags, { flag: "yellow", answers: {} })).toBe(false);
    expect(hadRedFlag(flags, { flag: "green", answers: {} })).toBe(false);
  });
});

describe("newestFirst", () => {
  it("puts the newest assessment on top; the same moment by id", () => {
    const rows = [entry("2026-10-01", 2), entry("2026-12-03", 11), entry("2026-11-01", 5)];
    expect(newestFirst(rows).map((row) => row.at.slice(0, 10))).toEqual([
      "2026-12-03",
      "2026-11-01",
      "2026-10-01",
    ]);
    const same = [
      { id: "a", at: "2026-10-01T10:00:00.000Z" },
      { id: "b", at: "2026-10-01T10:00:00.000Z" },
    ];
    expect(newestFirst(same).map((row) => row.id)).toEqual(["b", "a"]);
  });
});

describe("trendChart", () => {
  const entries = [
    entry("2026-11-15", 11, { redFlag: true }),
    entry("2026-09-01", 2),
    entry("2026-10-01", 6),
    entry("2026-11-01", 4, { band: "insufficient" }),
  ];

  it("puts time from left to right, oldest first, and a higher score higher", () => {
    const chart = trendChart(scoreScale, entries);
    expect(chart.points.map((point) => point.at.slice(0, 10))).toEqual([
      "2026-09-01",
      "2026-10-01",
      "2026-11-01",
      "2026-11-15",
    ]);
    const xs = chart.points.map((point) => point.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const [score2, score6, score4, score11] = chart.points;
    expect(score11!.y).toBeLessThan(score6!.y);
    expect(score6!.y).toBeLessThan(score4!.y);
    expect(score4!.y).toBeLessThan(score2!.y);
    expect(chart.path.startsWith(`M${score2!.x},${score2!.y} L`)).toBe(true);
  });

  it("the score scale runs from 0 at the bottom to the maximum at the top, linearly", () => {
    const chart = trendChart(scoreScale, entries);
    const { plot } = chart;
    expect(chart.ticks).toEqual([
      { value: 0, y: plot.bottom },
      { value: 4, y: plot.bottom - 0.2 * (plot.bottom - plot.top) },
      { value: 10, y: plot.bottom - 0.5 * (plot.bottom - plot.top) },
      { value: 20, y: plot.top },
    ]);
    const score6 = chart.points[1]!;
    expect(score6.y).toBeCloseTo(plot.bottom - 0.3 * (plot.bottom - plot.top), 1);
  });

  it("shows the bands as zones between the thresholds, with labels that do not overlap", () => {
    const chart = trendChart(scoreScale, entries);
    expect(chart.zones.map((zone) => zone.outcome)).toEqual(["none", "possible", "clear"]);
    const [none, possible, clear] = chart.zones;
    expect(none!.bottom).toBe(chart.plot.bottom);
    expect(none!.top).toBe(possible!.bottom);
    expect(possible!.top).toBe(clear!.bottom);
    expect(clear!.top).toBe(chart.plot.top);
    // The "none" zone is thin (0–4 of 20): its label moves down, never onto the next one.
    const labels = chart.zones.map((zone) => zone.labelY).sort((a, b) => a - b);
    for (let index = 1; index < labels.length; index++) {
      expect(labels[index]! - labels[index - 1]!).toBeGreaterThanOrEqual(16);
    }
    expect(Math.max(...labels)).toBeLessThanOrEqual(chart.plot.bottom);
  });

  it("marks the red flag and the assessment with too few answers", () => {
    const chart = trendChart(scoreScale, entries);
    expect(chart.points.map((point) => point.redFlag)).toEqual([false, false, false, true]);
    expect(chart.points.map((point) => point.insufficient)).toEqual([false, false, true, false]);
    expect(chart.points[3]!.outcome).toBe("clear");
  });

  it("a score above the maximum (an older version) still fits on the scale", () => {
    const chart = trendChart(scoreScale, [entry("2026-09-01", 25)]);
    expect(chart.points[0]!.y).toBe(chart.plot.top);
    expect(chart.ticks.at(-1)).toEqual({ value: 25, y: chart.plot.top });
  });

  it("centres a single point and dates it", () => {
    const chart = trendChart(scoreScale, [entry("2026-09-01", 3)]);
    expect(chart.points).toHaveLength(1);
    expect(chart.points[0]!.x).toBe((chart.plot.left + chart.plot.right) / 2);
    expect(chart.points[0]!.dated).toBe(true);
    expect(chart.path).toMatch(/^M[\d.]+,[\d.]+$/);
  });

  it("dates as many points as fit, always the first and the last, never two touching", () => {
    const many = Array.from({ length: 12 }, (_, index) =>
      entry(`2026-${String(index + 1).padStart(2, "0")}-01`, index),
    );
    const chart = trendChart(scoreScale, many);
    const dated = chart.points.filter((point) => point.dated);
    expect(dated[0]).toBe(chart.points[0]);
    expect(dated.at(-1)).toBe(chart.points.at(-1));
    for (let index = 1; index < dated.length; index++) {
      expect(dated[index]!.x - dated[index - 1]!.x).toBeGreaterThanOrEqual(defaultChartSize.dateWidth);
    }
    // The first and last date stay inside the drawing.
    expect(dated[0]!.x - defaultChartSize.dateWidth / 2).toBeGreaterThanOrEqual(0);
    expect(dated.at(-1)!.x + defaultChartSize.dateWidth / 2).toBeLessThanOrEqual(chart.width);
  });

  it("the flag judgement: four zones from green at the bottom to black at the top", () => {
    const chart = trendChart({ kind: "flags" }, [
      { ...entry("2026-10-01", null), band: null, flag: "yellow" },
      { ...entry("2026-11-01", null), band: null, flag: "black", redFlag: true },
    ]);
    expect(chart.zones.map((zone) => zone.outcome)).toEqual(["green", "yellow", "red", "black"]);
    expect(chart.ticks).toEqual([]);
    const [yellow, black] = chart.points;
    expect(black!.y).toBeLessThan(yellow!.y);
    const zoneOf = (y: number) => chart.zones.find((zone) => zone.top <= y && y <= zone.bottom)?.outcome;
    expect(zoneOf(yellow!.y)).toBe("yellow");
    expect(zoneOf(black!.y)).toBe("black");
    expect(black!.redFlag).toBe(true);
  });
});

describe("datedIndexes", () => {
  it.each([
    [0, 5, []],
    [3, 5, [0, 1, 2]],
    [7, 4, [0, 2, 4, 6]],
    [8, 4, [0, 3, 7]],
    [2, 1, [0, 1]],
  ])("%i points, room for %i dates → %j", (count, fits, expected) => {
    expect([...datedIndexes(count, fits)].sort((a, b) => a - b)).toEqual(expected);
  });
});

describe("trendSummary", () => {
  it("says from which score to which, between which dates, and how often there was a red flag", () => {
    const summary = trendSummary(scoreScale, [
      entry("2026-12-03", 11, { redFlag: true }),
      entry("2026-10-01", 4),
      entry("2026-11-01", 8, { redFlag: true }),
    ]);
    expect(summary).toEqual({
      count: 3,
      first: { at: "2026-10-01T10:00:00.000Z", value: { kind: "score", score: 4 } },
      last: { at: "2026-12-03T10:00:00.000Z", value: { kind: "score", score: 11 } },
      direction: "up",
      redFlags: 2,
    });
  });

  it("down and the same; nothing without a value", () => {
    expect(trendSummary(scoreScale, [entry("2026-10-01", 9), entry("2026-11-01", 3)])?.direction).toBe(
      "down",
    );
    expect(trendSummary(scoreScale, [entry("2026-10-01", 5), entry("2026-11-01", 5)])?.direction).toBe(
      "same",
    );
    expect(trendSummary(scoreScale, [])).toBeUndefined();
    expect(trendSummary(scoreScale, [{ ...entry("2026-10-01", null), score: null }])).toBeUndefined();
  });

  it("the flag judgement compares the flags", () => {
    const summary = trendSummary({ kind: "flags" }, [
      { ...entry("2026-10-01", null), band: null, flag: "red", redFlag: true },
      { ...entry("2026-11-01", null), band: null, flag: "green" },
    ]);
    expect(summary).toMatchObject({
      direction: "down",
      first: { value: { kind: "flag", flag: "red" } },
      last: { value: { kind: "flag", flag: "green" } },
      redFlags: 1,
    });
  });
});
