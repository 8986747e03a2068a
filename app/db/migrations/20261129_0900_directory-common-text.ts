import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Ranking a free text that most services contain (docs/decisions/006,
 * amendment "common words"): services with the words in their name come
 * first, found through an index on the name part of the vector (the
 * lexemes of weight A), then the others in the directory's own order,
 * read through an index on that order until the page is full.
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`create index service_search_name_vector_gin on service_search using gin (ts_filter(search_vector, '{a}')) with (fastupdate = off)`.execute(
    db,
  );
  await sql`create index service_search_order_idx on service_search (sort_order, name, service_id)`.execute(
    db,
  );
  await sql`analyze service_search`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index service_search_order_idx`.execute(db);
  await sql`drop index service_search_name_vector_gin`.execute(db);
}
