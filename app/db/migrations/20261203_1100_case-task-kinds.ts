import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Tasks that lead: urgent advice from an assessment (due today), the
 * framework's outcome "report to Veilig Thuis" (due today), and a closing
 * request the safeguarding officer sent back (for the owner, with the
 * reason as an encrypted note with subject `send_back`). `detail` says
 * which advice or which request a task is about: an id, never content.
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`alter table case_task drop constraint case_task_kind_check`.execute(db);
  await sql`alter table case_task add constraint case_task_kind_check check (kind in
    ('reassess', 'check_help', 'follow_up', 'approve_closing', 'urgent_advice', 'report_veilig_thuis', 'send_back'))`.execute(
    db,
  );
  await sql`alter table case_task add column detail text
    check (detail is null or length(detail) between 1 and 100)`.execute(db);
  await sql`alter table case_note drop constraint case_note_subject_type_check`.execute(db);
  await sql`alter table case_note add constraint case_note_subject_type_check check (subject_type in
    ('case', 'step', 'consultation', 'consent_override', 'task', 'referral', 'report', 'closing', 'assessment', 'send_back'))`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`delete from case_task where kind in ('urgent_advice', 'report_veilig_thuis', 'send_back')`.execute(
    db,
  );
  await sql`alter table case_task drop column detail`.execute(db);
  await sql`alter table case_task drop constraint case_task_kind_check`.execute(db);
  await sql`alter table case_task add constraint case_task_kind_check check (kind in
    ('reassess', 'check_help', 'follow_up', 'approve_closing'))`.execute(db);
  await sql`delete from case_note where subject_type = 'send_back'`.execute(db);
  await sql`alter table case_note drop constraint case_note_subject_type_check`.execute(db);
  await sql`alter table case_note add constraint case_note_subject_type_check check (subject_type in
    ('case', 'step', 'consultation', 'consent_override', 'task', 'referral', 'report', 'closing', 'assessment'))`.execute(
    db,
  );
}
