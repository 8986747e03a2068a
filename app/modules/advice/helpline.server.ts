import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/database";
import type { Locale } from "../../i18n";
import type { SearchSource } from "../knowledge/search.server";
import { highlightWords } from "../knowledge/search";
import type { Helpline } from "./helpline";
import { helplineInputSchema, type HelplineInput } from "./helpline-input";

/** All helplines in display order, urgent first, in the reader's language. */
export async function listHelplines(db: Kysely<Database>, locale: Locale): Promise<Helpline[]> {
  const rows = await db
    .selectFrom("helpline")
    .selectAll()
    .orderBy("urgent", "desc")
    .orderBy("sort_order")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    phone: row.phone,
    purpose: locale === "en" ? row.purpose_en : row.purpose_nl,
    availability: (locale === "en" ? row.availability_en : row.availability_nl) ?? undefined,
    urgent: row.urgent,
  }));
}

/** Inserts or updates helplines (validated) in the given order. */
export async function upsertHelplines(
  db: Kysely<Database>,
  input: readonly HelplineInput[],
): Promise<number> {
  const rows = input.map((item, index) => ({ ...helplineInputSchema.parse(item), sort_order: index }));
  if (rows.length === 0) return 0;
  await db
    .insertInto("helpline")
    .values(rows)
    .onConflict((oc) =>
      oc.column("id").doUpdateSet((eb) => ({
        name: eb.ref("excluded.name"),
        phone: eb.ref("excluded.phone"),
        purpose_nl: eb.ref("excluded.purpose_nl"),
        purpose_en: eb.ref("excluded.purpose_en"),
        availability_nl: eb.ref("excluded.availability_nl"),
        availability_en: eb.ref("excluded.availability_en"),
        urgent: eb.ref("excluded.urgent"),
        sort_order: eb.ref("excluded.sort_order"),
        updated_at: new Date(),
      })),
    )
    .execute();
  return rows.length;
}

/**
 * Helplines whose name or purpose matches the query, accent- and
 * case-insensitive, with a trigram fallback for small typos.
 */
export async function searchHelplines(
  db: Kysely<Database>,
  query: string,
  locale: Locale,
): Promise<Helpline[]> {
  const pattern = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const matches = await db
    .selectFrom("helpline")
    .select("id")
    .where((eb) =>
      eb.or([
        eb(
          sql`unaccent(lower(name || ' ' || purpose_nl || ' ' || purpose_en || ' ' || phone))`,
          "like",
          sql`unaccent(lower(${pattern}))`,
        ),
        eb(
          sql`word_similarity(unaccent(lower(${query})), unaccent(lower(name || ' ' || purpose_nl)))`,
          ">",
          0.5,
        ),
      ]),
    )
    .execute();
  const ids = new Set(matches.map((row) => row.id));
  return (await listHelplines(db, locale)).filter((helpline) => ids.has(helpline.id));
}

/**
 * Helplines as a source of the site-wide search (app/modules/knowledge/search.server.ts):
 * the same matching as searchHelplines, which already forgives typos, so
 * the source answers in the first round and not in the `similar` round.
 */
export const helplineSearchSource: SearchSource = {
  name: "helplines",
  async search(db, query, locale) {
    if (query.mode === "similar") return [];
    const helplines = await searchHelplines(db, query.text, locale);
    return helplines.map((helpline, index) => ({
      type: "helpline",
      id: helpline.id,
      title: helpline.name,
      href: null,
      snippet: highlightWords(helpline.purpose, query.text),
      phone: helpline.phone,
      rank: helplines.length - index,
    }));
  },
};
