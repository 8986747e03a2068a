import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The signed head of the audit log (decision 017): one row with the number
 * of rows, the id and hash of the newest one, and an HMAC over the three.
 * SQL cannot sign, so the row starts unsigned (signature null) from the rows
 * already there; `zicht audit verify` (or `checkpoint`) signs it the first
 * time, after checking the whole chain.
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`
    create table audit_head (
      id smallint primary key default 1 check (id = 1),
      row_count bigint not null,
      last_id bigint not null,
      last_hash text not null,
      signature text
    )
  `.execute(db);
  await sql`
    insert into audit_head (id, row_count, last_id, last_hash, signature)
    select 1, count(*), coalesce(max(id), 0),
      coalesce((select hash from audit_log order by id desc limit 1), ${"0".repeat(64)}),
      null
    from audit_log
  `.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table audit_head`.execute(db);
}
