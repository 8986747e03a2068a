import type { Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import type { Db } from "../accounts/accounts.server";
import { withWritableCase } from "./case-write.server";
import { findCase } from "./cases.server";
import { canHoldCases, type CaseActor } from "./visibility";

/**
 * Sharing a case with colleagues of the same organisation: who can be
 * chosen, who it is shared with, sharing and unsharing. A share gives the
 * colleague the owner's access (visibility.ts).
 */

/** Colleagues in the actor's organisation a case can be shared with (roles that hold cases). */
export async function listShareableColleagues(db: Db, actor: CaseActor) {
  const rows = await db
    .selectFrom("user_account")
    .select(["id", "name", "email", "role"])
    .where("tenant_id", "=", actor.tenantId)
    .where("disabled_at", "is", null)
    .where("role", "in", ["professional", "safeguarding_officer"])
    .orderBy("name")
    .orderBy("email")
    .execute();
  return rows
    .filter((row) => canHoldCases(row.role))
    .map((row) => ({ id: row.id, name: row.name || row.email }));
}

/** Who a case the actor may read is shared with (empty when the actor may not read it). */
export async function listShares(db: Db, actor: CaseActor, caseId: string) {
  if (!(await findCase(db, actor, caseId))) return [];
  return db
    .selectFrom("case_share as s")
    .innerJoin("user_account as u", "u.id", "s.user_id")
    .select(["s.user_id", "u.name", "u.email", "s.shared_at"])
    .where("s.case_id", "=", caseId)
    .where("s.tenant_id", "=", actor.tenantId)
    .orderBy("u.name")
    .execute();
}

/**
 * Shares a case with a colleague of the same organisation. Returns
 * "not_found" when the actor may not change the case (or it is closed),
 * "no_colleague" when the person is not a case-holding colleague in the same
 * organisation.
 */
export async function shareCase(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  userId: string,
  now = new Date(),
): Promise<"shared" | "not_found" | "no_colleague"> {
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    { audit: (outcome: "shared" | "no_colleague") => (outcome === "shared" ? "case.shared" : null), now },
    async (trx, found) => {
      const colleague = await trx
        .selectFrom("user_account")
        .select(["id", "role"])
        .where("id", "=", userId)
        .where("tenant_id", "=", actor.tenantId)
        .where("disabled_at", "is", null)
        .executeTakeFirst();
      if (!colleague || !canHoldCases(colleague.role) || colleague.id === found.ownerUserId) {
        return "no_colleague" as const;
      }
      await trx
        .insertInto("case_share")
        .values({
          case_id: caseId,
          tenant_id: actor.tenantId,
          user_id: userId,
          shared_by: actor.userId,
          shared_at: now,
        })
        .onConflict((oc) => oc.columns(["case_id", "user_id"]).doNothing())
        .execute();
      return "shared" as const;
    },
  );
  return written.ok ? written.value : "not_found";
}

/** Ends a share. False when the actor may not change the case (or it is closed). */
export async function unshareCase(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  userId: string,
  now = new Date(),
): Promise<boolean> {
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    { audit: "case.unshared", now },
    async (trx) => {
      await trx
        .deleteFrom("case_share")
        .where("case_id", "=", caseId)
        .where("tenant_id", "=", actor.tenantId)
        .where("user_id", "=", userId)
        .execute();
    },
  );
  return written.ok;
}
