import { describe, expect, it } from "vitest";
import { regionData } from "../../../content/regions";
import {
  areaLine,
  checkHoursRow,
  parseAgeText,
  parseAreaLines,
  parseAreaText,
  parseOpeningHoursText,
} from "./free-text";

describe("times in the form", () => {
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
});

describe("opening hours text with words that name object properties", () => {
  it("reads nothing from them instead of failing", () => {
    expect(parseOpeningHoursText("constructor 9:00-17:00")).toBeNull();
    expect(parseOpeningHoursText("maandag tot constructor 9:00-17:00")).toBeNull();
  });
});
