import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The typo round of the site-wide search (/zoeken, docs/decisions/007,
 * amendment "typo search at scale") compares what was typed with each
 * service's name and description, folded (`zicht_unaccent(lower(name || ' '
 * || description))`). Computing that for every service is slow at 50,000
 * services (bench/README.md, search benchmark). This keeps the folded text
 * in the narrow `service_search` table (written by `refreshServiceSearch`,
 * like the rest of that table) with a trigram GIN index, which the
 * operator form `typed <% similar_text` (pg_trgm word similarity against
 * `pg_trgm.word_similarity_threshold`) uses on both engines.
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`alter table service_search add column similar_text text not null default ''`.execute(db);
  await sql`update service_search ss set similar_text = zicht_unaccent(lower(s.name || ' ' || s.description))
    from service s where s.id = ss.service_id`.execute(db);
  await sql`alter table service_search alter column similar_text drop default`.execute(db);
  // No pending list (fastupdate = off), as the other GIN indexes of this table (migration 0600).
  await sql`create index service_search_similar_trgm on service_search
    using gin (similar_text gin_trgm_ops) with (fastupdate = off)`.execute(db);
  await sql`analyze service_search`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index service_search_similar_trgm`.execute(db);
  await sql`alter table service_search drop column similar_text`.execute(db);
}
