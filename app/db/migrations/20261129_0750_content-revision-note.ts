import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Editors save knowledge pages and library items in /beheer: each revision
 * may carry a short change note ("wat is er veranderd"). Pages and library
 * items already keep every version in `content_revision` (0400); this adds
 * only the note.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable("content_revision")
    .addColumn("note", "text", (col) => col.check(sql`length(note) between 1 and 500`))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable("content_revision").dropColumn("note").execute();
}
