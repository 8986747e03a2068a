import type { Kysely, Transaction } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { inTransaction } from "../../db/transaction.server";
import { appendAudit, type AuditAction } from "../accounts/audit.server";
import { findWritableCase, type CaseRow } from "./cases.server";
import type { CaseActor } from "./visibility";

/**
 * The one way to change a case. Opens a transaction (a savepoint when the
 * caller already has one), finds the case with the actor's write scope,
 * refuses a closed case unless `allowClosed`, runs `work` with the case row
 * and writes the audit row — ids, action and hashed client address — inside
 * the same transaction, so a change and its audit entry are stored together
 * or not at all.
 *
 * `audit` is the action, or a function of work's result that returns the
 * action or null (nothing changed, nothing to audit). `work` must refuse
 * before it writes, or throw: a thrown error rolls everything back.
 */
export type CaseWriteRefusal = "not_found" | "closed";

export type CaseWriteResult<T> = { ok: true; value: T } | { ok: false; problem: CaseWriteRefusal };

export interface CaseWriteOptions<T> {
  audit: AuditAction | ((value: T) => AuditAction | null);
  now?: Date;
  /** Also work on a closed case (withdrawing a consent, completing the retention). */
  allowClosed?: boolean;
}

export async function withWritableCase<T>(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  options: CaseWriteOptions<T>,
  work: (trx: Transaction<Database>, found: CaseRow) => Promise<T>,
): Promise<CaseWriteResult<T>> {
  const now = options.now ?? new Date();
  return inTransaction(db, async (trx): Promise<CaseWriteResult<T>> => {
    const found = await findWritableCase(trx, actor, caseId);
    if (!found) return { ok: false, problem: "not_found" };
    if (found.status === "closed" && !options.allowClosed) return { ok: false, problem: "closed" };
    const value = await work(trx, found);
    const action = typeof options.audit === "function" ? options.audit(value) : options.audit;
    if (action) {
      await appendAudit(
        trx,
        config,
        {
          action,
          actorUserId: actor.userId,
          tenantId: actor.tenantId,
          targetType: "case",
          targetId: found.id,
          ...(actor.clientAddress ? { clientAddress: actor.clientAddress } : {}),
        },
        now,
      );
    }
    return { ok: true, value };
  });
}
