import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/database";
import { highlightWords } from "../knowledge/search";
import {
  indexedSimilarSql,
  maxHitsPerType,
  snippetSql,
  tsQueryOf,
  withSimilarityThreshold,
  type SearchQuery,
  type SearchSource,
} from "../knowledge/search.server";

/**
 * Wegwijzer services in the site-wide search (/zoeken): the same Dutch
 * vector the Wegwijzer searches, with a highlighted piece of the description.
 *
 * At 50,000 services (bench/README.md, search benchmark) this source reads
 * the narrow `service_search` table through its indexes: the GIN index on
 * the vector for `all` and `any`, the trigram GIN index on the folded name
 * and description (`similar_text`) for `similar`. Only the best
 * maxHitsPerType services (with every service that ties with the last) are
 * read from `service` and get a snippet: the page shows no more, and
 * searchEverything orders exactly as before (rank, then title).
 */
export const serviceSearchSource: SearchSource = {
  name: "services",
  async search(db, query, locale) {
    const rows =
      query.mode === "similar"
        ? await withSimilarityThreshold(db, (trx) => bestServices(trx, query))
        : await bestServices(db, query);
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

/** The best matching active services (ties with the last included), with their snippet. */
function bestServices(db: Kysely<Database>, query: SearchQuery) {
  const tsQuery = tsQueryOf(query);
  const match =
    query.mode === "similar"
      ? indexedSimilarSql(query, sql`ss.similar_text`)
      : {
          where: sql<boolean>`ss.search_vector @@ ${tsQuery}`,
          rank: sql<number>`ts_rank(ss.search_vector, ${tsQuery})`,
        };
  return db
    .with("best", (qb) =>
      qb
        .selectFrom("service_search as ss")
        .select("ss.service_id")
        .select(match.rank.as("rank"))
        .where(match.where)
        .orderBy("rank", "desc")
        .fetch(maxHitsPerType, "with ties"),
    )
    .selectFrom("best")
    .innerJoin("service as s", "s.id", "best.service_id")
    .select(["s.id", "s.name", "s.name_en", "s.description_en", "best.rank"])
    .select(snippetSql(query, sql`s.description`).as("snippet"))
    .execute();
}
