import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Knowledge content in the database (the source of truth): knowledge, youth
 * and parent pages, library items, key figures, and one revision table that
 * keeps every version of each. Dutch full-text search vectors are STORED
 * generated columns over an immutable unaccent wrapper (unaccent itself is
 * only "stable", which a generated column does not accept).
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`
    create function zicht_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$
  `.execute(db);

  await db.schema
    .createTable("knowledge_page")
    .addColumn("id", "text", (col) => col.notNull().check(sql`id ~ '^[a-z0-9-]+$'`))
    .addColumn("locale", "text", (col) => col.notNull().check(sql`locale in ('nl', 'en')`))
    .addColumn("section", "text", (col) =>
      col.notNull().check(sql`section in ('kennisbank', 'jongeren', 'ouders')`),
    )
    .addColumn("title", "text", (col) => col.notNull().check(sql`length(title) between 1 and 200`))
    .addColumn("summary", "text", (col) => col.notNull())
    .addColumn("body", "text", (col) => col.notNull())
    .addColumn("actions", "text")
    .addColumn("pictogram", "text")
    .addColumn("related", "jsonb", (col) => col.notNull())
    .addColumn("printable", "boolean", (col) => col.notNull().defaultTo(false))
    .addColumn("reviewed_on", "date", (col) => col.notNull())
    .addColumn("sort_order", "integer", (col) => col.notNull())
    .addColumn("revision", "integer", (col) => col.notNull())
    .addColumn("search_text", "text", (col) => col.notNull())
    .addColumn("updated_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("knowledge_page_pkey", ["section", "id", "locale"])
    .execute();
  await sql`
    alter table knowledge_page add column search_vector tsvector generated always as (
      setweight(to_tsvector('dutch', zicht_unaccent(title)), 'A') ||
      setweight(to_tsvector('dutch', zicht_unaccent(summary)), 'B') ||
      setweight(to_tsvector('dutch', zicht_unaccent(search_text)), 'C')
    ) stored
  `.execute(db);
  await sql`create index knowledge_page_search on knowledge_page using gin (search_vector)`.execute(db);

  await db.schema
    .createTable("library_item")
    .addColumn("id", "text", (col) => col.primaryKey().check(sql`id ~ '^[a-z0-9-]+$'`))
    .addColumn("type", "text", (col) => col.notNull())
    .addColumn("title", "text", (col) => col.notNull().check(sql`length(title) between 1 and 300`))
    .addColumn("maker", "text")
    .addColumn("year", "integer", (col) => col.check(sql`year between 1990 and 2100`))
    .addColumn("series", "text")
    .addColumn("audience", sql`text[]`, (col) => col.notNull())
    .addColumn("forms", sql`text[]`, (col) => col.notNull())
    .addColumn("summary_nl", "text", (col) => col.notNull())
    .addColumn("summary_en", "text", (col) => col.notNull())
    .addColumn("parts", sql`text[]`, (col) => col.notNull())
    .addColumn("figures", sql`text[]`, (col) => col.notNull())
    .addColumn("url", "text", (col) => col.check(sql`url ~ '^https://'`))
    .addColumn("sort_order", "integer", (col) => col.notNull())
    .addColumn("revision", "integer", (col) => col.notNull())
    .addColumn("updated_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`
    alter table library_item add column search_vector tsvector generated always as (
      setweight(to_tsvector('dutch', zicht_unaccent(title)), 'A') ||
      setweight(to_tsvector('dutch', zicht_unaccent(coalesce(maker, '') || ' ' || coalesce(series, ''))), 'B') ||
      setweight(to_tsvector('dutch', zicht_unaccent(summary_nl)), 'C')
    ) stored
  `.execute(db);
  await sql`create index library_item_search on library_item using gin (search_vector)`.execute(db);

  await db.schema
    .createTable("knowledge_figure")
    .addColumn("id", "text", (col) => col.primaryKey().check(sql`id ~ '^[a-z0-9-]+$'`))
    .addColumn("topic", "text", (col) => col.notNull())
    .addColumn("data", "jsonb", (col) => col.notNull())
    .addColumn("sort_order", "integer", (col) => col.notNull())
    .addColumn("revision", "integer", (col) => col.notNull())
    .addColumn("updated_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  // Every version of every piece of content, so editors can see and restore history.
  await db.schema
    .createTable("content_revision")
    .addColumn("id", "integer", (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("entity", "text", (col) =>
      col.notNull().check(sql`entity in ('knowledge_page', 'library_item', 'knowledge_figure')`),
    )
    /** The content's id; for pages "<section>/<id>". */
    .addColumn("entity_id", "text", (col) => col.notNull())
    /** '' for content that is not per language (library items, figures). */
    .addColumn("locale", "text", (col) => col.notNull())
    .addColumn("revision", "integer", (col) => col.notNull())
    .addColumn("data", "jsonb", (col) => col.notNull())
    /** 'seed' (content files) or 'editor' (the future editor workspace). */
    .addColumn("origin", "text", (col) => col.notNull().check(sql`origin in ('seed', 'editor')`))
    /** The editor's account id, once accounts exist; null for the seed. */
    .addColumn("author_id", "text")
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("content_revision_unique", ["entity", "entity_id", "locale", "revision"])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("content_revision").execute();
  await db.schema.dropTable("knowledge_figure").execute();
  await db.schema.dropTable("library_item").execute();
  await db.schema.dropTable("knowledge_page").execute();
  await sql`drop function zicht_unaccent(text)`.execute(db);
}
