import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await sql`create extension if not exists unaccent`.execute(db);
  await sql`create extension if not exists pg_trgm`.execute(db);

  await db.schema
    .createTable("seed_run")
    .addColumn("name", "text", (col) => col.primaryKey())
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("applied_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("helpline")
    .addColumn("id", "text", (col) => col.primaryKey().check(sql`id ~ '^[a-z0-9-]+$'`))
    .addColumn("name", "text", (col) => col.notNull().check(sql`length(name) between 1 and 200`))
    .addColumn("phone", "text", (col) => col.notNull().check(sql`phone ~ '^[0-9 -]{3,20}$'`))
    .addColumn("purpose_nl", "text", (col) => col.notNull())
    .addColumn("purpose_en", "text", (col) => col.notNull())
    .addColumn("availability_nl", "text")
    .addColumn("availability_en", "text")
    .addColumn("urgent", "boolean", (col) => col.notNull().defaultTo(false))
    .addColumn("sort_order", "integer", (col) => col.notNull())
    .addColumn("updated_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("helpline").execute();
  await db.schema.dropTable("seed_run").execute();
}
