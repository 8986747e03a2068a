import type { Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * `audit_log.details`: a small JSON object with what changed, for events
 * that need more than "who did what to which target" — a role change keeps
 * the old and the new role, an editor's save the fields it changed. Never
 * secrets or content. Empty (null) for older rows and most events; the
 * chain's hash covers it only when it is set, so older rows still verify.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("audit_log").addColumn("details", "text").execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable("audit_log").dropColumn("details").execute();
}
