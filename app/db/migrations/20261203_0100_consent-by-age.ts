import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Consent by age (docs/domain.md, "Consent by age"; docs/decisions/014):
 * every person who consents is recorded on their own — the young person, a
 * parent with authority (told apart by a short label such as "moeder"), or a
 * guardian — instead of one "parent or guardian" value; consent for the
 * organisation's own help is a purpose too. A case records where the
 * exploitation happens (at home or outside it), which together with the age
 * decides between the Meldcode route and the route for adults.
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`alter table case_consent drop constraint if exists case_consent_given_by_check`.execute(db);
  await sql`update case_consent set given_by = 'parent' where given_by = 'parent_guardian'`.execute(db);
  await sql`alter table case_consent add constraint case_consent_given_by_check
    check (given_by in ('young_person', 'parent', 'guardian'))`.execute(db);
  await sql`alter table case_consent add column giver_label text
    check (giver_label is null or length(giver_label) between 1 and 40)`.execute(db);
  for (const table of ["case_consent", "case_consent_override"]) {
    await sql`alter table ${sql.table(table)} drop constraint if exists ${sql.raw(`${table}_purpose_check`)}`.execute(
      db,
    );
    await sql`alter table ${sql.table(table)} add constraint ${sql.raw(`${table}_purpose_check`)}
      check (purpose in ('help', 'comensha_registration', 'share_with_organisation', 'referral', 'anonymous_statistics'))`.execute(
      db,
    );
  }
  await sql`alter table case_file add column setting text not null default 'unknown'
    check (setting in ('at_home', 'outside_home', 'unknown'))`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`alter table case_file drop column setting`.execute(db);
  for (const table of ["case_consent", "case_consent_override"]) {
    await sql`delete from ${sql.table(table)} where purpose = 'help'`.execute(db);
    await sql`alter table ${sql.table(table)} drop constraint if exists ${sql.raw(`${table}_purpose_check`)}`.execute(
      db,
    );
    await sql`alter table ${sql.table(table)} add constraint ${sql.raw(`${table}_purpose_check`)}
      check (purpose in ('comensha_registration', 'share_with_organisation', 'referral', 'anonymous_statistics'))`.execute(
      db,
    );
  }
  await sql`alter table case_consent drop column giver_label`.execute(db);
  await sql`alter table case_consent drop constraint if exists case_consent_given_by_check`.execute(db);
  await sql`update case_consent set given_by = 'parent_guardian' where given_by in ('parent', 'guardian')`.execute(
    db,
  );
  await sql`alter table case_consent add constraint case_consent_given_by_check
    check (given_by in ('young_person', 'parent_guardian'))`.execute(db);
}
