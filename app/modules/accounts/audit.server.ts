import { sql } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { inTransaction } from "../../db/transaction.server";
import type { Kysely, Transaction } from "kysely";
import type { Db } from "./accounts.server";
import {
  auditHash,
  compareHead,
  firstBrokenRow,
  formatCheckpoint,
  genesisHash,
  isHeadSignatureValid,
  readCheckpoint,
  signHead,
  type AuditHead,
  type HeadMismatch,
  type StoredAuditRow,
} from "./audit-chain";
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
  // Plain second-factor secrets encrypted at rest, with a count (accounts/totp-secrets.server.ts).
  | "totp.secrets_encrypted"
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
  | "case.retention_anonymised"
  // A signed-in person was refused a case (403/404); details.reason forbidden or not_found.
  | "case.refused"
  // The chain head was signed for the first time (decision 017); details.rows.
  | "audit.head_initialised";

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
  // One writer at a time, so the chain never forks and the head moves with it.
  await sql`lock table audit_log in exclusive mode`.execute(trx);
  const last = await trx
    .selectFrom("audit_log")
    .select(["id", "hash"])
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  const head = await trx.selectFrom("audit_head").selectAll().where("id", "=", 1).executeTakeFirst();
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
  const hash = auditHash(key, previous, fields);
  const inserted = await trx
    .insertInto("audit_log")
    .values({ ...fields, previous_hash: previous, hash })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (!head) return;
  // The head moves only from a state it vouches for: signed with our key (or
  // as the migration left it) and still naming the newest row. Otherwise it
  // stays as it is, so verify keeps reporting what happened.
  const current = headOf(head);
  const namesNewest = current.lastId === Number(last?.id ?? 0) && current.lastHash === previous;
  const trusted = head.signature === null || isHeadSignatureValid(key, current, head.signature);
  if (!namesNewest || !trusted) return;
  const next: AuditHead = { rowCount: current.rowCount + 1, lastId: Number(inserted.id), lastHash: hash };
  await trx
    .updateTable("audit_head")
    .set({
      row_count: next.rowCount,
      last_id: next.lastId,
      last_hash: next.lastHash,
      signature: head.signature === null ? null : signHead(key, next),
    })
    .where("id", "=", 1)
    .execute();
}

function headOf(row: { row_count: number | string; last_id: number | string; last_hash: string }): AuditHead {
  return { rowCount: Number(row.row_count), lastId: Number(row.last_id), lastHash: row.last_hash };
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

/**
 * What verify found about the head: signed and matching; unsigned as the
 * migration left it and matching (it may be signed now); or a problem.
 */
export type HeadVerdict =
  | { state: "signed"; checkpoint: string }
  | { state: "unsigned" }
  | { state: "missing" }
  | { state: "forged" }
  | { state: "erased" }
  | { state: "mismatch"; mismatch: HeadMismatch };

export interface AuditVerification {
  /** Rows checked. */
  rows: number;
  /** The first row that does not fit the chain, or null. */
  brokenAt: number | null;
  head: HeadVerdict;
}

interface ChainScan {
  rows: number;
  brokenAt: number | null;
  /** Rows with id up to `headId`, the hash of the row with that id, and rows after it. */
  rowsUpToHead: number;
  hashAtHead: string | null;
  rowsAfterHead: number;
  /** The hash of the last row checked (genesis for none). */
  lastHash: string;
  headInitialised: boolean;
}

/** Walks the chain in id order, in batches, up to `untilId` when given. */
async function scanChain(db: Db, key: string, headId: number, untilId?: number): Promise<ChainScan> {
  const scan: ChainScan = {
    rows: 0,
    brokenAt: null,
    rowsUpToHead: 0,
    hashAtHead: null,
    rowsAfterHead: 0,
    lastHash: genesisHash,
    headInitialised: false,
  };
  let afterId = 0;
  for (;;) {
    let query = db.selectFrom("audit_log").selectAll().where("id", ">", afterId);
    if (untilId !== undefined) query = query.where("id", "<=", untilId);
    const batch = (await query.orderBy("id").limit(1000).execute()) as unknown as StoredAuditRow[];
    if (batch.length === 0) return scan;
    if (scan.brokenAt === null) {
      const broken = firstBrokenRow(key, batch, scan.lastHash);
      if (broken !== null) scan.brokenAt = broken;
    }
    for (const row of batch) {
      const id = Number(row.id);
      scan.rows++;
      if (id <= headId) scan.rowsUpToHead++;
      else scan.rowsAfterHead++;
      if (id === headId) scan.hashAtHead = row.hash;
      if (row.action === "audit.head_initialised") scan.headInitialised = true;
    }
    scan.lastHash = batch[batch.length - 1]!.hash;
    afterId = Number(batch[batch.length - 1]!.id);
  }
}

/** Runs `work` on one consistent snapshot of the log and its head, also while the server appends. */
function onSnapshot<T>(db: Db, work: (db: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return (db as Kysely<Database>).transaction().setIsolationLevel("repeatable read").execute(work);
}

/** Checks the whole chain and that the signed head matches it (count, last id, last hash, signature). */
export async function verifyAudit(db: Db, config: Config): Promise<AuditVerification> {
  const key = secretKey(config);
  return onSnapshot(db, async (snapshot) => {
    const stored = await snapshot.selectFrom("audit_head").selectAll().where("id", "=", 1).executeTakeFirst();
    const head = stored ? headOf(stored) : undefined;
    const scan = await scanChain(snapshot, key, head?.lastId ?? 0);
    const result = { rows: scan.rows, brokenAt: scan.brokenAt };
    if (!stored || !head) return { ...result, head: { state: "missing" } };
    if (stored.signature === null && scan.headInitialised) return { ...result, head: { state: "erased" } };
    if (stored.signature !== null && !isHeadSignatureValid(key, head, stored.signature))
      return { ...result, head: { state: "forged" } };
    const mismatch = compareHead(head, scan);
    if (mismatch) return { ...result, head: { state: "mismatch", mismatch } };
    if (stored.signature === null) return { ...result, head: { state: "unsigned" } };
    return { ...result, head: { state: "signed", checkpoint: formatCheckpoint(head, stored.signature) } };
  });
}

/** Is the head still as the migration left it (not yet signed)? A missing head is not "unsigned": verify reports it. */
export async function isAuditHeadUnsigned(db: Db): Promise<boolean> {
  const head = await db.selectFrom("audit_head").select("signature").where("id", "=", 1).executeTakeFirst();
  return head !== undefined && head.signature === null;
}

/**
 * Signs the head the migration left unsigned, after checking the whole
 * chain and that the head matches it, under the writers' lock; the
 * signing is itself written to the log (`audit.head_initialised`), so a
 * head that is later wiped back to unsigned shows as `erased`.
 * Returns the verification after this; `initialised` says whether it signed.
 */
export async function initialiseAuditHead(
  db: Kysely<Database>,
  config: Config,
  now = new Date(),
): Promise<AuditVerification & { initialised: boolean }> {
  const key = secretKey(config);
  const initialised = await inTransaction(db, async (trx) => {
    await sql`lock table audit_log in exclusive mode`.execute(trx);
    const found = await verifyAudit(trx, config);
    if (found.brokenAt !== null || found.head.state !== "unsigned") return false;
    const stored = await trx
      .selectFrom("audit_head")
      .selectAll()
      .where("id", "=", 1)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable("audit_head")
      .set({ signature: signHead(key, headOf(stored)) })
      .where("id", "=", 1)
      .execute();
    await appendAudit(
      trx,
      config,
      {
        action: "audit.head_initialised",
        actorUserId: null,
        tenantId: null,
        details: { rows: String(found.rows) },
      },
      now,
    );
    return true;
  });
  return { ...(await verifyAudit(db, config)), initialised };
}

export type CheckpointVerdict =
  | { ok: true; rows: number }
  | { ok: false; problem: "malformed" | "forged" }
  | { ok: false; problem: "shorter"; rows: number; expected: number }
  | { ok: false; problem: "changed"; brokenAt: number | null; lastId: number };

/**
 * Checks a checkpoint taken earlier: its signature, that the log still has
 * at least that many rows, and that the chain up to its last row is intact
 * and ends in the same hash: nothing before the checkpoint has changed.
 */
export async function verifyCheckpoint(db: Db, config: Config, value: string): Promise<CheckpointVerdict> {
  const key = secretKey(config);
  const reading = readCheckpoint(key, value);
  if (!reading.ok) return reading;
  const point = reading.head;
  return onSnapshot(db, async (snapshot) => {
    const total = await snapshot
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<number>().as("rows"))
      .executeTakeFirstOrThrow();
    const rows = Number(total.rows);
    if (rows < point.rowCount) return { ok: false, problem: "shorter", rows, expected: point.rowCount };
    const scan = await scanChain(snapshot, key, point.lastId, point.lastId);
    if (scan.brokenAt !== null || compareHead(point, scan) !== null)
      return { ok: false, problem: "changed", brokenAt: scan.brokenAt, lastId: point.lastId };
    return { ok: true, rows: point.rowCount };
  });
}
