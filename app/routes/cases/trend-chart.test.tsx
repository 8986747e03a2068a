import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import type { TrendEntry, TrendScale } from "../../modules/cases/assessment-trend";
import { trendSummaryText } from "./trend-chart";

const scoreScale: TrendScale = { kind: "score", max: 44, possibleFrom: 4, clearFrom: 9 };
const nl = translator("nl");
const en = translator("en");

const entry = (at: string, score: number | null, extra: Partial<TrendEntry> = {}): TrendEntry => ({
  id: at,
  at,
  band: "possible",
  flag: null,
  score,
  redFlag: false,
  ...extra,
});

describe("trendSummaryText", () => {
  it("says in one sentence how the score went, between which dates (Dutch short dates), and the red flags", () => {
    const entries = [
      entry("2026-12-03T10:00:00.000Z", 11, { redFlag: true, band: "clear" }),
      entry("2026-10-01T10:00:00.000Z", 4),
      entry("2026-11-12T10:00:00.000Z", 8, { redFlag: true, band: "clear" }),
    ];
    expect(trendSummaryText(scoreScale, entries, nl, "nl")).toBe(
      "Score steeg van 4 naar 11 tussen 1 okt 2026 en 3 dec 2026; 2 keer een rode vlag.",
    );
    expect(trendSummaryText(scoreScale, entries, en, "en")).toBe(
      "Score rose from 4 to 11 between 1 Oct 2026 and 3 Dec 2026; 2 red flags.",
    );
  });

  it("down, the same, once; one red flag or none", () => {
    expect(
      trendSummaryText(
        scoreScale,
        [entry("2026-10-01T10:00:00.000Z", 9, { redFlag: true }), entry("2026-11-01T10:00:00.000Z", 3)],
        nl,
        "nl",
      ),
    ).toBe("Score daalde van 9 naar 3 tussen 1 okt 2026 en 1 nov 2026; 1 keer een rode vlag.");
    expect(
      trendSummaryText(
        scoreScale,
        [entry("2026-10-01T10:00:00.000Z", 5), entry("2026-11-01T10:00:00.000Z", 5)],
        nl,
        "nl",
      ),
    ).toBe("Score was 5 op 1 okt 2026 en ook op 1 nov 2026; geen rode vlag.");
    expect(trendSummaryText(scoreScale, [entry("2026-10-01T10:00:00.000Z", 2)], nl, "nl")).toBe(
      "Eén keer ingevuld, op 1 okt 2026: score 2; geen rode vlag.",
    );
  });

  it("the date is the day in Amsterdam, also just after midnight there", () => {
    expect(trendSummaryText(scoreScale, [entry("2026-09-30T22:30:00.000Z", 2)], nl, "nl")).toBe(
      "Eén keer ingevuld, op 1 okt 2026: score 2; geen rode vlag.",
    );
  });

  it("the flag judgement names the flags and counts red or black flags", () => {
    const flags = [
      entry("2026-10-10T10:00:00.000Z", null, { band: null, flag: "yellow" }),
      entry("2026-11-20T10:00:00.000Z", null, { band: null, flag: "black", redFlag: true }),
    ];
    expect(trendSummaryText({ kind: "flags" }, flags, nl, "nl")).toBe(
      "De vlag ging van geel naar zwart tussen 10 okt 2026 en 20 nov 2026; 1 keer een rode of zwarte vlag.",
    );
  });

  it("nothing to say without a score or a flag", () => {
    expect(trendSummaryText(scoreScale, [], nl, "nl")).toBe("");
  });
});
