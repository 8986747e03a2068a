import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * A user's own work phone number (optional). It is shown in the sender
 * block of the case PDFs, so a partner can call back. The form checks the
 * pattern (accounts/phone.ts); the database keeps the length bounded.
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`alter table user_account add column phone text
    check (phone is null or length(phone) between 1 and 20)`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`alter table user_account drop column phone`.execute(db);
}
