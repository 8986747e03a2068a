import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { highlightWords, queryWords, toTsQuery } from "../knowledge/search";
import {
  matchSql,
  searchEverything,
  withSimilarityThreshold,
  type SearchMode,
  type SearchSource,
} from "../knowledge/search.server";
import { refreshServiceSearch } from "./directory.server";
import { serviceSearchSource } from "./search-source.server";

/**
 * The services source as it was before the service_search index path
 * (matching every row of `service` with matchSql, every match returned):
 * the reference the indexed source must agree with.
 */
const referenceSource: SearchSource = {
  name: "services-reference",
  async search(db, query, locale) {
    const match = matchSql(query, { vector: sql`search_vector`, title: sql`name`, text: sql`description` });
    const rows = await db
      .selectFrom("service")
      .select(["id", "name", "name_en", "description_en"])
      .select(match.rank.as("rank"))
      .select(match.snippet.as("snippet"))
      .where("status", "=", "active")
      .where(match.where)
      .execute();
    return rows.map((row) => ({
      type: "service" as const,
      id: row.id,
      title: locale === "en" ? (row.name_en ?? row.name) : row.name,
      href: `/wegwijzer/diensten/${row.id}`,
      snippet:
        locale === "en"
          ? highlightWords(row.description_en ?? "", query.text)
          : query.mode === "similar"
            ? highlightWords(row.snippet, query.text)
            : row.snippet,
      rank: Number(row.rank),
    }));
  },
};

/** 30 extra services (more than a page of 20; one inactive) that match "kompasroute", many of them tied. */
const extraServices = Array.from({ length: 30 }, (_, index) => ({
  id: `extra-kompas-${index + 1}`,
  organization_id: "fier",
  program_id: null,
  name:
    index % 3 === 0
      ? `Kompasroute ${index + 1}`
      : `Route ${String.fromCharCode(97 + (index % 26))} ${index + 1}`,
  name_en: `Compass route ${index + 1}`,
  // 1 to 7 mentions: services rank in groups, with ties inside each group.
  description: `${"Kompasroute ".repeat(1 + (index % 7))}begeleiding voor jongeren na uitbuiting.`,
  description_en: "Guidance after exploitation.",
  status: index === 29 ? ("inactive" as const) : ("active" as const),
  eligibility_description: null,
  eligibility_description_en: null,
  minimum_age: null,
  maximum_age: null,
  maximum_age_inclusive: false,
  email: null,
  url: null,
  sort_order: 5000 + index,
  assured_date: "2026-11-01",
  last_modified: new Date(),
}));

describe(`services in the site-wide search on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    await runSeeds(database.db);
    await database.db.insertInto("service").values(extraServices).execute();
    await refreshServiceSearch(
      database.db,
      extraServices.map((service) => service.id),
    );
  });

  const serviceHits = async (text: string, locale: "nl" | "en", source: SearchSource) => {
    const result = await searchEverything(database.db, text, locale, [source]);
    return { mode: result.mode, hits: result.groups.flatMap((group) => group.hits) };
  };

  it.each([
    // all round, many matches (more than a page, with ties), and few
    ["kompasroute", "nl"],
    ["kompasroute", "en"],
    ["uitbuiting", "nl"],
    ["begeleiding jongeren", "nl"],
    ["ravi", "nl"],
    // any round
    ["kompasroute xylofoon", "nl"],
    // similar round (typos)
    ["kompasruote", "nl"],
    ["kompasruote", "en"],
    ["begeleidnig", "nl"],
    ["lovrboy", "nl"],
    ["consultatielijn uitbuitng", "nl"],
    // nothing
    ["xylofoonkwartet", "nl"],
  ] as const)(
    "“%s” (%s) gives the same hits, in the same order, as matching every service",
    async (text, locale) => {
      const indexed = await serviceHits(text, locale, serviceSearchSource);
      const reference = await serviceHits(text, locale, referenceSource);
      expect(indexed).toEqual(reference);
    },
  );

  it("returns at most a page of services plus ties, the best first", async () => {
    const query = { text: "kompasroute", mode: "all" as SearchMode, plain: "kompasroute" };
    const all = await referenceSource.search(
      database.db,
      { ...query, tsQuery: toTsQuery("kompasroute", "all") },
      "nl",
    );
    expect(all.length).toBe(29);
    const best = await serviceSearchSource.search(
      database.db,
      { ...query, tsQuery: toTsQuery("kompasroute", "all") },
      "nl",
    );
    expect(best.length).toBeGreaterThanOrEqual(20);
    expect(best.length).toBeLessThan(29);
    const lowestShown = Math.min(...best.map((hit) => hit.rank));
    // Every service left out ranks below every service shown.
    for (const hit of all.filter((candidate) => !best.some((shown) => shown.id === candidate.id)))
      expect(hit.rank).toBeLessThan(lowestShown);
  });

  it("finds a typo only in the similar round", async () => {
    const result = await searchEverything(database.db, "kompasruote", "nl", [serviceSearchSource]);
    expect(result.mode).toBe("similar");
    expect(result.total).toBe(20);
    expect(result.groups[0]?.hits.every((hit) => hit.id.startsWith("extra-kompas-"))).toBe(true);
  });

  it("does not find inactive services, nor text below the similarity threshold", async () => {
    const { hits } = await serviceHits("kompasroute", "nl", serviceSearchSource);
    expect(hits.map((hit) => hit.id)).not.toContain("extra-kompas-30");
    // "kmpsrt" shares too few trigrams with "kompasroute" (word similarity < 0.5).
    expect((await serviceHits("kmpsrt", "nl", serviceSearchSource)).hits).toEqual([]);
  });

  it("follows refreshServiceSearch: a renamed service is found by a typo of its new name, not its old one", async () => {
    await database.db
      .updateTable("service")
      .set({ name: "Zonnewijzerpunt", name_en: "Zonnewijzerpunt", description: "Een plek om te praten." })
      .where("id", "=", "fier-ravi")
      .execute();
    // Before the refresh the search still knows the old text.
    expect((await serviceHits("zonnewijzrpunt", "nl", serviceSearchSource)).hits).toEqual([]);
    await refreshServiceSearch(database.db, ["fier-ravi"]);
    const renamed = await serviceHits("zonnewijzrpunt", "nl", serviceSearchSource);
    expect(renamed.mode).toBe("similar");
    expect(renamed.hits.map((hit) => hit.id)).toEqual(["fier-ravi"]);
    expect((await serviceHits("ravi", "nl", serviceSearchSource)).hits.map((hit) => hit.id)).not.toContain(
      "fier-ravi",
    );
  });

  it("can answer the typo round from the trigram index", async () => {
    const plan = await database.db.transaction().execute(async (trx) => {
      // The table is small here, so the planner would rather scan it: forbid that to see the index is usable.
      await sql`set local enable_seqscan = off`.execute(trx);
      const { rows } = await sql<{ "QUERY PLAN": string }>`explain
        select service_id from service_search where ${"kompasruote"} <% similar_text`.execute(trx);
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("service_search_similar_trgm");
  });

  it("sets the similarity threshold only for its own transaction, and restores it inside a caller's", async () => {
    const threshold = async (db: typeof database.db) =>
      (
        await sql<{
          value: string | null;
        }>`select current_setting('pg_trgm.word_similarity_threshold', true) as value`.execute(db)
      ).rows[0]?.value;
    // One connection throughout, so that "before" and "after" are the same session.
    await database.db.connection().execute(async (connection) => {
      const before = await threshold(connection);
      const inside = await withSimilarityThreshold(connection, (trx) => threshold(trx));
      expect(inside).toBe("0.5");
      expect(await threshold(connection)).toBe(before);
    });

    const restored = await database.db.transaction().execute(async (trx) => {
      await sql`set local pg_trgm.word_similarity_threshold = 0.3`.execute(trx);
      const hits = await serviceSearchSource.search(
        trx,
        { text: "kompasruote", mode: "similar", plain: queryWords("kompasruote").join(" ") },
        "nl",
      );
      expect(hits.length).toBeGreaterThan(0);
      return threshold(trx);
    });
    expect(restored).toBe("0.3");
  });
});
