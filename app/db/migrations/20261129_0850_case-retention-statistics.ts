import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * What stays of a case after retention when there was consent for anonymous
 * statistics: one row without id, pseudonym, municipality, exact dates or
 * text (app/modules/cases/retention.ts). Owned by the cases module.
 *
 * An organisation's `retention_years` becomes optional: empty means the
 * platform's ZICHT_CASE_RETENTION_YEARS (a row stored only for the approval
 * setting must not fix the period at 5).
 *
 * The dashboard of a safeguarding officer lists the organisation's open
 * cases, newest change first: a partial index on exactly that order
 * (bench/cases.bench.ts showed a scan and sort of every case without it).
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`alter table case_setting alter column retention_years drop not null`.execute(db);
  await sql`alter table case_setting alter column retention_years drop default`.execute(db);
  await db.schema
    .createTable("case_statistic")
    .addColumn("id", "serial", (col) => col.primaryKey())
    .addColumn("tenant_id", "text", (col) => col.notNull().references("tenant.id"))
    .addColumn("closed_year", "integer", (col) => col.notNull())
    .addColumn("age_band", "text", (col) =>
      col.notNull().check(sql`age_band in ('under_12', '12_15', '16_17', '18_23', '24_plus', 'unknown')`),
    )
    .addColumn("gender", "text", (col) => col.notNull())
    .addColumn("lvb", "text", (col) => col.notNull())
    .addColumn("province_code", "text", (col) => col.check(sql`province_code ~ '^PV[0-9]{2}$'`))
    .addColumn("exploitation_forms", sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("outcome", "text")
    .addColumn("referred", "boolean", (col) => col.notNull())
    .addColumn("report_kinds", sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .execute();
  await sql`create index case_file_open_updated_idx on case_file (tenant_id, updated_at desc, id)
    where status <> 'closed'`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index if exists case_file_open_updated_idx`.execute(db);
  await db.schema.dropTable("case_statistic").ifExists().execute();
  await sql`update case_setting set retention_years = 5 where retention_years is null`.execute(db);
  await sql`alter table case_setting alter column retention_years set default 5`.execute(db);
  await sql`alter table case_setting alter column retention_years set not null`.execute(db);
}
