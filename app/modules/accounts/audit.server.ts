import { sql } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { inTransaction } from "../../db/transaction.server";
import type { Kysely, Transaction } from "kysely";
import type { Db } from "./accounts.server";
import { auditHash, firstBrokenRow, genesisHash, type StoredAuditRow } from "./audit-chain";
import { keyedHash, secretKey } from "./secrets.server";

/**
 * The audit log: append-only, one row per security or data event. Rows hold
 * who, which organisation, what, on what, when, and a keyed hash of the
 * client address. Never passwords, tokens or case content.
 */
export type AuditAction =
  | "sign_in.success"
  | "sign_in.failure"
  | "sign_in.locked"
  | "second_factor.success"
  | "second_factor.failure"
  | "second_factor.enrolled"
  | "recovery_code.used"
  | "sign_out"
  | "sign_out.everywhere"
  | "invitation.created"
  | "invitation.accepted"
  | "password_reset.requested"
  | "password_reset.done"
  | "user.role_changed"
  | "user.disabled"
  | "user.phone_changed"
  | "organisation.created"
  | "directory.suggestion_accepted"
  | "directory.suggestion_rejected"
  | "content.page_saved"
  | "content.page_restored"
  | "content.library_item_created"
  | "content.library_item_saved"
  | "content.library_item_restored"
  | "directory.service_created"
  | "directory.service_updated"
  | "directory.service_deactivated"
  | "directory.organisation_created"
  | "directory.organisation_updated"
  // Keys moved out of the data directory, notes re-encrypted (cases/key-move.server.ts).
  | "keys.moved"
  // Case data: ids and action only, never content (cases module).
  | "case.listed"
  | "case.read"
  | "case.created"
  | "case.updated"
  | "case.shared"
  | "case.unshared"
  | "case.assessment_added"
  | "case.step_saved"
  | "case.consultation_added"
  | "case.consent_recorded"
  | "case.consent_withdrawn"
  | "case.consent_overridden"
  | "case.task_done"
  | "case.close_requested"
  | "case.closed"
  | "case.close_sent_back"
  | "case.notes_rotated"
  | "case.referral_created"
  | "case.referral_changed"
  | "case.referral_letter"
  | "case.report_summary"
  | "case.report_recorded"
  | "case.exported"
  | "case.retention_deleted"
  | "case.retention_anonymised";

export interface AuditEvent {
  action: AuditAction;
  actorUserId: string | null;
  tenantId: string | null;
  targetType?: string;
  targetId?: string;
  clientAddress?: string;
  /** What changed, as names and short values (never passwords, tokens or content). */
  details?: Record<string, string | readonly string[]>;
}

/** Appends one entry in its own transaction, or inside `db` when that already is one. */
export async function writeAudit(db: Kysely<Database>, config: Config, event: AuditEvent, now = new Date()) {
  await inTransaction(db, (trx) => appendAudit(trx, config, event, now));
}

/**
 * Appends one entry inside the caller's transaction, so that a data change
 * and its audit entry are stored together or not at all.
 */
export async function appendAudit(
  trx: Transaction<Database>,
  config: Config,
  event: AuditEvent,
  now = new Date(),
) {
  const key = secretKey(config);
  // One writer at a time, so the chain never forks.
  await sql`lock table audit_log in exclusive mode`.execute(trx);
  const last = await trx
    .selectFrom("audit_log")
    .select("hash")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  const fields = {
    at: now,
    actor_user_id: event.actorUserId,
    tenant_id: event.tenantId,
    action: event.action,
    target_type: event.targetType ?? null,
    target_id: event.targetId ?? null,
    ip_hash: event.clientAddress ? keyedHash(key, `ip:${event.clientAddress}`).slice(0, 32) : null,
    details: event.details ? JSON.stringify(event.details) : null,
  };
  const previous = last?.hash ?? genesisHash;
  await trx
    .insertInto("audit_log")
    .values({ ...fields, previous_hash: previous, hash: auditHash(key, previous, fields) })
    .execute();
}

/** Log rows, newest first: one organisation's, or all (tenantId null, platform admins). */
export async function listAudit(db: Db, tenantId: string | null, limit = 200) {
  let query = db
    .selectFrom("audit_log as a")
    .leftJoin("user_account as u", "u.id", "a.actor_user_id")
    .select([
      "a.id",
      "a.at",
      "a.action",
      "a.tenant_id",
      "a.target_type",
      "a.target_id",
      "a.details",
      "u.email as actor_email",
    ])
    .orderBy("a.id", "desc")
    .limit(limit);
  if (tenantId !== null) query = query.where("a.tenant_id", "=", tenantId);
  return query.execute();
}

/** Checks the whole chain in batches. Returns the number of rows and the first broken row id. */
export async function verifyAudit(
  db: Db,
  config: Config,
): Promise<{ rows: number; brokenAt: number | null }> {
  const key = secretKey(config);
  let previous = genesisHash;
  let afterId = 0;
  let rows = 0;
  for (;;) {
    const batch = (await db
      .selectFrom("audit_log")
      .selectAll()
      .where("id", ">", afterId)
      .orderBy("id")
      .limit(1000)
      .execute()) as unknown as StoredAuditRow[];
    if (batch.length === 0) return { rows, brokenAt: null };
    const broken = firstBrokenRow(key, batch, previous);
    if (broken !== null) return { rows: rows + batch.length, brokenAt: broken };
    rows += batch.length;
    previous = batch[batch.length - 1]!.hash;
    afterId = Number(batch[batch.length - 1]!.id);
  }
}
