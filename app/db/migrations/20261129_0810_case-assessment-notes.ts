import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Free-text answers of an instrument filled in inside a case (and the reason
 * for a chosen flag) are notes too: encrypted in `case_note` with subject
 * `assessment`, never in `case_assessment.answers`.
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`alter table case_note drop constraint case_note_subject_type_check`.execute(db);
  await sql`alter table case_note add constraint case_note_subject_type_check check (subject_type in
    ('case', 'step', 'consultation', 'consent_override', 'task', 'referral', 'report', 'closing', 'assessment'))`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`delete from case_note where subject_type = 'assessment'`.execute(db);
  await sql`alter table case_note drop constraint case_note_subject_type_check`.execute(db);
  await sql`alter table case_note add constraint case_note_subject_type_check check (subject_type in
    ('case', 'step', 'consultation', 'consent_override', 'task', 'referral', 'report', 'closing'))`.execute(
    db,
  );
}
