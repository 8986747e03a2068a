import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { searchDirectory } from "./directory-search.server";
import { areaCodesFor, loadRegionData, resolvePlace } from "./places.server";
import { refreshServiceSearch } from "./directory.server";
import { emptyQuery, tsQueryText, type DirectoryQuery } from "./search-query";
import { countServices, findServices, minuteOfWeek } from "./search.server";

/** A Tuesday, 10:30 in Amsterdam (summer time). */
const tuesdayMorning = new Date("2026-06-02T08:30:00Z");

describe(`Wegwijzer search storage (service_search) on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    await runSeeds(database.db);
  });

  const ids = async (query: Partial<DirectoryQuery>, now = tuesdayMorning) =>
    (await searchDirectory(database.db, { ...emptyQuery, ...query }, now)).results.map(
      (result) => result.service.id,
    );

  it("holds one row per active service, filled by the seed's write path", async () => {
    const { rows } = await sql<{ services: number; searchable: number }>`
      select (select count(*)::int from service where status = 'active') as services,
             (select count(*)::int from service_search) as searchable`.execute(database.db);
    expect(rows[0]?.searchable).toBeGreaterThan(20);
    expect(rows[0]?.searchable).toBe(rows[0]?.services);
    const ravi = await database.db
      .selectFrom("service_search")
      .select(["area_codes", "term_ids", "age_from", "age_below"])
      .where("service_id", "=", "fier-ravi")
      .executeTakeFirstOrThrow();
    // Leeuwarden; 12 up to (not including) 23.
    expect(ravi).toMatchObject({ area_codes: ["GM0080"], age_from: 12, age_below: 23 });
    expect(ravi.term_ids).toContain("doelgroep-jongens-mannen");
  });

  it("refreshServiceSearch: a new name and area are found, the old ones no longer", async () => {
    expect(await ids({ text: "ravi" })).toContain("fier-ravi");
    expect(await ids({ place: "Leeuwarden" })).toContain("fier-ravi");

    // An editor changes the rows directly (as browser editing will), then refreshes.
    await database.db
      .updateTable("service")
      .set({
        name: "Zonnebloemtraject (Fier)",
        name_en: "Sunflower programme (Fier)",
        description: "Opvang en behandeling voor jongens.",
      })
      .where("id", "=", "fier-ravi")
      .execute();
    await database.db
      .updateTable("service_area")
      .set({ code: "GM0363", name: "Amsterdam" })
      .where("service_id", "=", "fier-ravi")
      .execute();
    // Not yet refreshed: the search still knows the old data.
    expect(await ids({ text: "zonnebloemtraject" })).not.toContain("fier-ravi");

    await refreshServiceSearch(database.db, ["fier-ravi"]);

    expect(await ids({ text: "zonnebloemtraject" })).toContain("fier-ravi");
    expect(await ids({ text: "ravi" })).not.toContain("fier-ravi");
    const amsterdam = await searchDirectory(
      database.db,
      { ...emptyQuery, place: "Amsterdam" },
      tuesdayMorning,
    );
    expect(amsterdam.results.find((result) => result.service.id === "fier-ravi")?.areaRank).toBe(3);
    expect(await ids({ place: "Leeuwarden" })).not.toContain("fier-ravi");
    // The place name is part of the search text too, and new words reach the typo vocabulary.
    const { rows } = await sql<{ word: string }>`
      select word from search_word where word = 'zonnebloemtraject'`.execute(database.db);
    expect(rows).toHaveLength(1);
    expect(await ids({ text: "zonnebloemtrajct" })).toContain("fier-ravi");
  });

  it("refreshServiceSearch: ages, opening hours and status come from the current rows", async () => {
    await database.db
      .updateTable("service")
      .set({ minimum_age: 18, maximum_age: 30, maximum_age_inclusive: true })
      .where("id", "=", "fier-ravi")
      .execute();
    await refreshServiceSearch(database.db, ["fier-ravi"]);
    expect(await ids({ age: 17, gender: "male" })).not.toContain("fier-ravi");
    expect(await ids({ age: 30, gender: "male" })).toContain("fier-ravi");
    expect(await ids({ age: 31, gender: "male" })).not.toContain("fier-ravi");

    // Ravi has no phone line: never "open now". Give it one, open Tuesday 10:00–11:00.
    expect(await ids({ text: "zonnebloemtraject", openNow: true })).not.toContain("fier-ravi");
    await database.db
      .insertInto("phone")
      .values({
        id: "fier-ravi-telefoon-test",
        organization_id: null,
        service_id: "fier-ravi",
        number: "088-208 00 00",
        type: "voice",
        description: null,
        description_en: null,
        free: false,
        sort_order: 0,
      })
      .execute();
    await database.db
      .insertInto("schedule")
      .values({
        id: "fier-ravi-telefoon-test-tijden-1",
        service_id: "fier-ravi",
        phone_id: "fier-ravi-telefoon-test",
        contact_id: null,
        byday: "TU",
        opens_at: "10:00",
        closes_at: "11:00",
        valid_from: null,
        valid_to: null,
      })
      .execute();
    await refreshServiceSearch(database.db, ["fier-ravi"]);
    expect(await ids({ text: "zonnebloemtraject", openNow: true })).toContain("fier-ravi");
    // 11:00 closes: a Tuesday at 11:00 (summer time, UTC+2) is closed.
    expect(
      await ids({ text: "zonnebloemtraject", openNow: true }, new Date("2026-06-02T09:00:00Z")),
    ).not.toContain("fier-ravi");
    // And the phone number is searchable.
    expect(await ids({ text: "088 208" })).toContain("fier-ravi");

    await database.db
      .updateTable("service")
      .set({ status: "inactive" })
      .where("id", "=", "fier-ravi")
      .execute();
    await refreshServiceSearch(database.db, ["fier-ravi"]);
    expect(await ids({ text: "zonnebloemtraject" })).not.toContain("fier-ravi");
    const row = await database.db
      .selectFrom("service_search")
      .select("service_id")
      .where("service_id", "=", "fier-ravi")
      .executeTakeFirst();
    expect(row).toBeUndefined();
    // Nothing to do for no ids or unknown ids.
    await refreshServiceSearch(database.db, []);
    await refreshServiceSearch(database.db, ["bestaat-niet"]);
  });

  it("pages through the ranking tiers (local, province, national, unknown) without gaps or repeats", async () => {
    const regions = await loadRegionData(database.db);
    const place = resolvePlace("Utrecht", regions);
    const area = areaCodesFor(place, regions);
    for (const filters of [
      { tsQuery: "", text: "", area },
      { tsQuery: tsQueryText("hulp"), text: "hulp", area },
      { tsQuery: "", text: "", area, age: 17, gender: "female" as const },
    ]) {
      const all = await findServices(database.db, filters, { offset: 0, limit: 500 });
      expect(all.services.length).toBe(all.total);
      expect(new Set(all.services.map((service) => service.areaRank)).size).toBeGreaterThan(1);
      // Ranks never go up.
      const ranks = all.services.map((service) => service.areaRank);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      const paged = [];
      for (let offset = 0; offset < all.total + 3; offset += 3) {
        paged.push(...(await findServices(database.db, filters, { offset, limit: 3 })).services);
      }
      expect(paged).toEqual(all.services);
      // Counting in the same pass, tier by tier, up to a limit.
      for (const countUpTo of [1, 5, all.total - 1, all.total, all.total + 10]) {
        for (const offset of [0, 4]) {
          const found = await findServices(database.db, filters, { offset, limit: 3 }, { countUpTo });
          expect(found.services).toEqual(all.services.slice(offset, offset + 3));
          expect(found).toMatchObject({
            total: Math.min(all.total, countUpTo),
            capped: all.total > countUpTo,
          });
        }
      }
    }
  });

  it("ranks a common text name first, then in sort order, with the same matches, pages and counts", async () => {
    for (const word of ["uitbuiting"]) {
      const rare = { tsQuery: tsQueryText(word), text: word };
      // The seed has few services: "uitbuiting" (24 of them, in one name) counts as common above 2.
      const common = { ...rare, commonTextAbove: 2 };
      const ranked = await findServices(database.db, rare, { offset: 0, limit: 500 });
      const all = await findServices(database.db, common, { offset: 0, limit: 500 });
      expect(all.total).toBe(ranked.total);
      expect(all.total).toBeGreaterThan(2);
      expect(all.services.map((service) => service.id).sort()).toEqual(
        ranked.services.map((service) => service.id).sort(),
      );
      // Names containing the word first (by relevance, as before), then the rest in sort order and name.
      const { rows } = await sql<{ id: string; in_name: boolean }>`
        select ss.service_id as id,
          ts_filter(ss.search_vector, '{a}') @@ to_tsquery('dutch', ${rare.tsQuery}) as in_name
        from service_search ss
        where ss.search_vector @@ to_tsquery('dutch', ${rare.tsQuery})
        order by ss.sort_order, ss.name, ss.service_id`.execute(database.db);
      const inName = rows.filter((row) => row.in_name).map((row) => row.id);
      const rest = rows.filter((row) => !row.in_name).map((row) => row.id);
      expect(inName.length).toBeGreaterThan(0);
      expect(rest.length).toBeGreaterThan(0);
      const ids = all.services.map((service) => service.id);
      expect(ids.slice(inName.length)).toEqual(rest);
      expect(ids.slice(0, inName.length)).toEqual(
        ranked.services.map((s) => s.id).filter((id) => inName.includes(id)),
      );
      const paged = [];
      for (let offset = 0; offset < all.total + 3; offset += 3) {
        paged.push(...(await findServices(database.db, common, { offset, limit: 3 })).services);
      }
      expect(paged).toEqual(all.services);
      for (const countUpTo of [1, all.total - 1, all.total, all.total + 10]) {
        const found = await findServices(database.db, common, { offset: 4, limit: 3 }, { countUpTo });
        expect(found.services).toEqual(all.services.slice(4, 7));
        expect(found).toMatchObject({ total: Math.min(all.total, countUpTo), capped: all.total > countUpTo });
      }
    }
  });

  it("minuteOfWeek counts from Monday 00:00", () => {
    expect(minuteOfWeek({ day: "MO", time: "00:00" })).toBe(0);
    expect(minuteOfWeek({ day: "TU", time: "10:30" })).toBe(1440 + 630);
    expect(minuteOfWeek({ day: "SU", time: "23:59" })).toBe(6 * 1440 + 1439);
  });

  it("counts exactly, or up to a limit and then says there are more", async () => {
    const filters = { tsQuery: "", text: "" };
    const exact = await countServices(database.db, filters);
    expect(exact.capped).toBe(false);
    expect(exact.total).toBeGreaterThan(5);
    expect(await countServices(database.db, filters, 5)).toEqual({ total: 5, capped: true });
    expect(await countServices(database.db, filters, exact.total)).toEqual({
      total: exact.total,
      capped: false,
    });
    const page = await findServices(database.db, filters, { offset: 0, limit: 3 }, { countUpTo: 4 });
    expect(page).toMatchObject({ total: 4, capped: true });
    expect(page.services).toHaveLength(3);
    const text = { tsQuery: tsQueryText("uitbuiting"), text: "uitbuiting" };
    const all = await findServices(database.db, text, { offset: 0, limit: 100 });
    expect(all.capped).toBe(false);
    expect(all.total).toBe(all.services.length);
  });

  it("the page says when a count is capped", async () => {
    const search = await searchDirectory(database.db, emptyQuery, tuesdayMorning, { countLimit: 5 });
    expect(search).toMatchObject({ total: 5, totalCapped: true, pageCount: 1 });
    const widened = await searchDirectory(
      database.db,
      { ...emptyQuery, text: "zonnebloemtraject", place: "Amsterdam" },
      tuesdayMorning,
      { countLimit: 2 },
    );
    expect(widened.total).toBe(0);
    expect(widened.widenings.find((widening) => widening.drop === "text")).toEqual({
      drop: "text",
      total: 2,
      capped: true,
    });
  });
});
