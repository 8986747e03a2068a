import { describe, expect, it } from "vitest";
import { isOpenAt, amsterdamMoment, amsterdamToday, isPossiblyOutdated } from "./opening-hours";
import { directoryQueryString, interpretText, parseDirectoryParams, tsQueryText } from "./search-query";

const places = new Set(["leeuwarden", "utrecht", "den haag"]);
const isPlace = (words: string) => places.has(words);

describe("interpretText", () => {
  it("reads gender, age, place and form from free text", () => {
    const result = interpretText("jongen 15 Leeuwarden seksuele uitbuiting", isPlace);
    expect(result).toMatchObject({
      gender: "male",
      age: 15,
      place: "leeuwarden",
      uitbuitingsvorm: ["seksueel"],
      text: "",
    });
  });
  it("reads two-word places and keeps other words as text", () => {
    const result = interpretText("opvang Den Haag meisje", isPlace);
    expect(result).toMatchObject({ place: "den haag", gender: "female", text: "opvang" });
  });
  it("leaves text without filters alone", () => {
    expect(interpretText("Koraal consultatie", isPlace)).toMatchObject({
      text: "koraal consultatie",
      recognised: [],
    });
  });
});

describe("tsQueryText", () => {
  it("makes prefix queries with synonyms and nothing else", () => {
    expect(tsQueryText("uitgebuit")).toBe("(uitgebuit:* | uitbuiting:*)");
    expect(tsQueryText("jeugd")).toBe("(jeugd:* | jongeren:*)");
    expect(tsQueryText("Coördinatie & 'drop table'")).toBe("coordinatie:* & drop:* & table:*");
    expect(tsQueryText("  ")).toBe("");
  });
  it("treats words that name object properties as plain words", () => {
    expect(tsQueryText("constructor")).toBe("constructor:*");
    expect(tsQueryText("__proto__ toString hasOwnProperty")).toBe("proto:* & tostring:* & hasownproperty:*");
    expect(interpretText("constructor valueOf", isPlace)).toMatchObject({
      text: "constructor valueof",
      recognised: [],
    });
  });
});

describe("parseDirectoryParams", () => {
  it("reads a valid URL", () => {
    const parsed = parseDirectoryParams(
      new URLSearchParams("q=fier&plaats=Leeuwarden&leeftijd=15&gender=jongen&hulpsoort=behandeling&open=ja"),
    );
    expect(parsed).toMatchObject({
      ok: true,
      query: {
        text: "fier",
        place: "Leeuwarden",
        age: 15,
        gender: "male",
        hulpsoort: ["behandeling"],
        openNow: true,
        page: 1,
      },
    });
  });
  it.each([
    ["leeftijd=vijftien", "leeftijd", "Vul een leeftijd in hele jaren in."],
    ["leeftijd=200", "leeftijd", "Vul een leeftijd tussen 0 en 120 in."],
    ["gender=robot", "gender", "Kies meisje, jongen of x."],
    ["pagina=0", "pagina", "Ongeldig paginanummer."],
    [`q=${"a".repeat(201)}`, "q", "Gebruik hoogstens 200 tekens."],
  ])("refuses %s with a Dutch message on the field", (search, field, message) => {
    expect(parseDirectoryParams(new URLSearchParams(search))).toEqual({
      ok: false,
      errors: { [field]: message },
    });
  });
  it("round-trips through the URL", () => {
    const parsed = parseDirectoryParams(
      new URLSearchParams("q=fier&leeftijd=15&vorm=seksueel&vorm=crimineel&pagina=2"),
    );
    if (!parsed.ok) throw new Error("should parse");
    expect(directoryQueryString(parsed.query)).toBe(
      "?q=fier&vorm=seksueel&vorm=crimineel&leeftijd=15&pagina=2",
    );
  });
});

describe("opening hours in Europe/Amsterdam", () => {
  const tuesdayToThursday = [{ byday: ["TU" as const, "TH" as const], opensAt: "09:00", closesAt: "12:00" }];
  it("uses summer and winter time", () => {
    expect(amsterdamMoment(new Date("2026-06-02T07:30:00Z"))).toEqual({ day: "TU", time: "09:30" });
    expect(amsterdamMoment(new Date("2026-12-01T08:30:00Z"))).toEqual({ day: "TU", time: "09:30" });
    expect(amsterdamMoment(new Date("2026-11-28T23:30:00Z"))).toEqual({ day: "SU", time: "00:30" });
  });
  it("takes today's date in Amsterdam, not in UTC", () => {
    expect(amsterdamToday(new Date("2026-11-28T23:30:00Z"))).toBe("2026-11-29");
    expect(amsterdamToday(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06-30");
  });
  it.each([
    ["TU", "09:00", true],
    ["TU", "11:59", true],
    ["TU", "12:00", false],
    ["WE", "10:00", false],
    ["TH", "08:59", false],
  ] as const)("%s %s open: %s", (day, time, open) => {
    expect(isOpenAt(tuesdayToThursday, { day, time })).toBe(open);
  });
  it("24/7 is open at 23:59", () => {
    expect(
      isOpenAt([{ byday: ["SU"], opensAt: "00:00", closesAt: "23:59" }], { day: "SU", time: "23:59" }),
    ).toBe(true);
  });
  it("marks facts older than 12 months as possibly outdated", () => {
    const today = new Date("2026-11-29T12:00:00Z");
    expect(isPossiblyOutdated("2025-11-28", today)).toBe(true);
    expect(isPossiblyOutdated("2025-12-01", today)).toBe(false);
  });
});
