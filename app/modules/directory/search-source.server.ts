import { sql } from "kysely";
import { highlightWords } from "../knowledge/search";
import { matchSql, type SearchSource } from "../knowledge/search.server";

/**
 * Wegwijzer services in the site-wide search (/zoeken): the same Dutch
 * vector the Wegwijzer searches, with a highlighted piece of the description.
 */
export const serviceSearchSource: SearchSource = {
  name: "services",
  async search(db, query, locale) {
    const match = matchSql(query, {
      vector: sql`search_vector`,
      title: sql`name`,
      text: sql`description`,
    });
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
