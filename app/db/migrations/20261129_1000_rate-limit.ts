import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Rate-limit counters shared by every Zicht process on the same database
 * (app/security/rate-limit.server.ts, decision 013). The columns are the ones
 * rate-limiter-flexible's RateLimiterPostgres reads and writes (`key`,
 * `points`, `expire` in epoch milliseconds); we create the table here so the
 * library never runs DDL at start (`tableCreated: true`). `key` is text, not
 * the library's varchar(255): it holds `<limit>:<keyed hash>`, never an
 * address or e-mail address as is. The index on `expire` serves the periodic
 * delete of expired rows.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("rate_limit")
    .addColumn("key", "text", (col) => col.primaryKey())
    .addColumn("points", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("expire", "bigint")
    .execute();
  await sql`create index rate_limit_expire_idx on rate_limit (expire)`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("rate_limit").execute();
}
