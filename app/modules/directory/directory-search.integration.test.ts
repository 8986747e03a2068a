import { beforeAll, describe, expect, it } from "vitest";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { searchDirectory } from "./directory-search.server";
import { emptyQuery, type DirectoryQuery } from "./search-query";

/** A Tuesday, 10:30 in Amsterdam (summer time). */
const tuesdayMorning = new Date("2026-06-02T08:30:00Z");
/** A Saturday, 22:00 in Amsterdam (winter time). */
const saturdayNight = new Date("2026-11-28T21:00:00Z");

describe(`Wegwijzer search on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    await runSeeds(database.db);
  });

  const search = (query: Partial<DirectoryQuery>, now = tuesdayMorning) =>
    searchDirectory(database.db, { ...emptyQuery, ...query }, now);
  const ids = async (query: Partial<DirectoryQuery>, now = tuesdayMorning) =>
    (await search(query, now)).results.map((result) => result.service.id);

  it("a 15-year-old boy in Leeuwarden, sexual exploitation: Ravi and Fier first, no girls-only programme", async () => {
    const found = await search({ text: "jongen 15 Leeuwarden seksuele uitbuiting" });
    const list = found.results.map((result) => result.service.id);
    expect(list.slice(0, 2).sort()).toEqual(["fier-behandelcentrum", "fier-ravi"]);
    expect(found.results[0]?.areaRank).toBe(3);
    expect(list).not.toContain("fier-asja");
    expect(list).not.toContain("pluryn-safe-and-sound");
    expect(list).not.toContain("ambiq-girls-talk-plus");
    expect(list).toContain("centrum-seksueel-geweld");
    expect(found.recognised.map((item) => item.kind)).toEqual(["gender", "age", "place", "form"]);
  });

  it("a 17-year-old girl in Utrecht: Safe & Sound first, YIP! and the national services, no programmes for boys or elsewhere", async () => {
    const list = await ids({ text: "meisje 17 Utrecht" });
    expect(list.slice(0, 2).sort()).toEqual(["pluryn-consultatie", "pluryn-safe-and-sound"]);
    expect(list).toContain("koraal-yip");
    expect(list).toContain("veilig-thuis");
    expect(list).not.toContain("fier-ravi");
    expect(list).not.toContain("fier-asja");
    expect(list).not.toContain("ambiq-make-a-move-plus");
  });

  it("age 19 excludes a 14-to-18 programme; age 15 includes 12-to-23", async () => {
    expect(await ids({ age: 19, gender: "male" })).not.toContain("ambiq-make-a-move-plus");
    expect(await ids({ age: 15, gender: "male" })).toContain("ambiq-make-a-move-plus");
    expect(await ids({ age: 15, gender: "male" })).toContain("fier-ravi");
    // "tot 23" excludes 23, "tot en met 23" includes it.
    expect(await ids({ age: 23, gender: "male" })).not.toContain("fier-ravi");
    expect(await ids({ age: 23, gender: "female" })).toContain("fier-asja");
  });

  it("finds word forms, accents and typos", async () => {
    expect(await ids({ text: "uitgebuit" })).not.toHaveLength(0);
    expect(await ids({ text: "coördinatie" })).toContain("zorgcoordinatoren-mensenhandel");
    expect(await ids({ text: "koraal" })).toContain("koraal-yip");
    expect(await ids({ text: "Querrido" })).toContain("hvo-querido-opvangplekken");
    expect(await ids({ text: "behandelprogramma" })).toContain("fier-asja");
  });

  it("open now follows the opening hours in Amsterdam time", async () => {
    const morning = await ids({ openNow: true }, tuesdayMorning);
    expect(morning).toContain("koraal-consultatielijn");
    expect(morning).toContain("veilig-thuis");
    const night = await ids({ openNow: true }, saturdayNight);
    expect(night).not.toContain("koraal-consultatielijn");
    expect(night).toContain("veilig-thuis");
    expect(night).toContain("alarmnummer-112");
  });

  it("filters on taxonomy terms and counts the options", async () => {
    const found = await search({ hulpsoort: ["opvang-beschermd-wonen"] });
    expect(found.results.map((result) => result.service.id)).toContain("hvo-querido-opvangplekken");
    expect(
      found.results.every((result) =>
        result.service.terms.hulpsoort?.includes("hulpsoort-opvang-beschermd-wonen"),
      ),
    ).toBe(true);
    expect(found.facets.hulpsoort.get("hulpsoort-behandeling")).toBeGreaterThan(0);
  });

  it("counts every option exactly: the number of results choosing it would give", async () => {
    for (const query of [
      {},
      { text: "uitbuiting" },
      { place: "Utrecht", gender: "female" as const },
      { text: "hulp", place: "Leeuwarden", uitbuitingsvorm: ["seksueel"] },
    ]) {
      const found = await search(query);
      expect(found.facets.hulpsoort.size).toBeGreaterThan(0);
      for (const [term, count] of found.facets.hulpsoort) {
        const chosen = await search({ ...query, hulpsoort: [term.replace(/^hulpsoort-/, "")] });
        expect({ term, count }).toEqual({ term, count: chosen.total });
      }
      // A taxonomy's own choice is left out of its counts; the other taxonomy's is kept.
      for (const [term, count] of found.facets.uitbuitingsvorm) {
        const chosen = await search({ ...query, uitbuitingsvorm: [term.replace(/^uitbuitingsvorm-/, "")] });
        expect({ term, count }).toEqual({ term, count: chosen.total });
      }
    }
  });

  it("asks which Bergen, and suggests names for an unknown place", async () => {
    const bergen = await search({ place: "Bergen" });
    expect(bergen.place?.kind).toBe("ambiguous");
    const unknown = await search({ place: "Leewarden" });
    expect(unknown.place?.kind === "unknown" ? unknown.place.suggestions.map((m) => m.name) : []).toContain(
      "Leeuwarden",
    );
  });

  it("explains an empty result with the filters that would widen it", async () => {
    const found = await search({ text: "Ravi", age: 40 });
    expect(found.total).toBe(0);
    expect(found.widenings.map((widening) => widening.drop)).toContain("age");
  });

  it("never shows confidential locations", async () => {
    const found = await search({ text: "Asja" });
    expect(found.results[0]?.service.locations).toEqual([]);
  });
});
