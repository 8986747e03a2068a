import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * An organisation can refuse closing a case while steps are open or a
 * required Veilig Thuis report is not recorded (closing.ts, `closeBlockers`).
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`alter table case_setting add column close_requires_complete boolean not null default false`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`alter table case_setting drop column close_requires_complete`.execute(db);
}
