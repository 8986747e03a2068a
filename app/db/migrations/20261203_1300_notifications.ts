import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Notifications for one person (the notifications module): what happened
 * (`kind`) and on which case — ids only, never case content. `read_at`
 * when the person marked it read, `emailed_at` when it went out by e-mail
 * (the overdue-task digest uses it to send once a day). `digest_day` is the
 * day of the digest a `task_overdue` notification belongs to: one per
 * person per day.
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`create table notification (
    id text primary key,
    tenant_id text not null references tenant(id) on delete cascade,
    user_id text not null references user_account(id) on delete cascade,
    kind text not null check (kind in
      ('approval_requested', 'case_closed', 'sent_back', 'report_outcome', 'task_overdue')),
    case_id text references case_file(id) on delete cascade,
    digest_day date,
    created_at timestamptz not null,
    read_at timestamptz,
    emailed_at timestamptz
  )`.execute(db);
  await sql`create index notification_unread_idx on notification (tenant_id, user_id, created_at desc)
    where read_at is null`.execute(db);
  await sql`create index notification_user_idx on notification (tenant_id, user_id, created_at desc)`.execute(
    db,
  );
  await sql`create unique index notification_digest_day_idx on notification (user_id, digest_day)
    where kind = 'task_overdue'`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table notification`.execute(db);
}
