import { sql, type Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { withWritableCase } from "./case-write.server";
import { findCase, newId, type CaseActor } from "./cases.server";
import { writeNote } from "./notes.server";
import { closeStep, type CloseStep } from "./closing";
import type { CaseOutcome } from "./tables";

/** Case settings of an organisation (defaults when none are stored). */
export async function caseSettings(db: Kysely<Database>, tenantId: string) {
  const row = await db
    .selectFrom("case_setting")
    .select(["close_requires_approval", "retention_years"])
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  return {
    closeRequiresApproval: row?.close_requires_approval ?? false,
    retentionYears: row?.retention_years ?? 5,
  };
}

export async function setCloseRequiresApproval(db: Kysely<Database>, tenantId: string, value: boolean) {
  await db
    .insertInto("case_setting")
    .values({ tenant_id: tenantId, close_requires_approval: value })
    .onConflict((oc) => oc.column("tenant_id").doUpdateSet({ close_requires_approval: value }))
    .execute();
}

/**
 * Closes a case with an outcome, or — when the organisation requires
 * approval and the actor is not a safeguarding officer — asks for approval
 * (status `closing`, a task for each safeguarding officer). A safeguarding
 * officer approves by closing a `closing` case. Returns what happened, or
 * undefined when the actor may not change the case.
 */
export async function closeCase(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  input: { outcome: CaseOutcome; note: string },
  now = new Date(),
): Promise<CloseStep | undefined> {
  const { closeRequiresApproval } = await caseSettings(db, actor.tenantId);
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    {
      audit: (step: CloseStep) =>
        step === "closed" ? "case.closed" : step === "awaiting_approval" ? "case.close_requested" : null,
      now,
      // closeStep refuses a closed case itself ("not_allowed").
      allowClosed: true,
    },
    async (trx, found) => {
      const step = closeStep(found.status, actor.role, closeRequiresApproval);
      if (step === "not_allowed") return step;
      if (step === "closed") {
        await trx
          .updateTable("case_file")
          .set({
            status: "closed",
            // An approval keeps the outcome the professional chose.
            outcome: found.status === "closing" && found.outcome ? found.outcome : input.outcome,
            closed_by: actor.userId,
            closed_at: now,
            version: sql`version + 1`,
            updated_at: now,
          })
          .where("id", "=", caseId)
          .where("tenant_id", "=", actor.tenantId)
          .execute();
        await trx
          .updateTable("case_task")
          .set({ done_at: now, done_by: actor.userId })
          .where("case_id", "=", caseId)
          .where("tenant_id", "=", actor.tenantId)
          .where("done_at", "is", null)
          .execute();
      } else {
        await trx
          .updateTable("case_file")
          .set({
            status: "closing",
            outcome: input.outcome,
            close_requested_by: actor.userId,
            close_requested_at: now,
            version: sql`version + 1`,
            updated_at: now,
          })
          .where("id", "=", caseId)
          .where("tenant_id", "=", actor.tenantId)
          .execute();
        const officers = await trx
          .selectFrom("user_account")
          .select("id")
          .where("tenant_id", "=", actor.tenantId)
          .where("role", "=", "safeguarding_officer")
          .where("disabled_at", "is", null)
          .execute();
        if (officers.length > 0) {
          await trx
            .insertInto("case_task")
            .values(
              officers.map((officer) => ({
                id: newId(),
                case_id: caseId,
                tenant_id: actor.tenantId,
                kind: "approve_closing" as const,
                instrument_id: null,
                detail: null,
                due_on: now.toISOString().slice(0, 10),
                assigned_to: officer.id,
                created_by: actor.userId,
                created_at: now,
                done_by: null,
                done_at: null,
              })),
            )
            .execute();
        }
      }
      if (input.note) {
        await writeNote(
          trx,
          config,
          actor,
          { caseId, subjectType: "closing", subjectId: caseId, text: input.note },
          now,
        );
      }
      return step;
    },
  );
  return written.ok ? written.value : undefined;
}

/** Marks a task done (on a case the actor may change). */
export async function completeTask(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  taskId: string,
  now = new Date(),
): Promise<boolean> {
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    { audit: (changed: boolean) => (changed ? "case.task_done" : null), now },
    async (trx) => {
      const result = await trx
        .updateTable("case_task")
        .set({ done_at: now, done_by: actor.userId })
        .where("id", "=", taskId)
        .where("case_id", "=", caseId)
        .where("tenant_id", "=", actor.tenantId)
        .where("done_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  );
  return written.ok && written.value;
}

/** Open tasks of one case the actor may read (for the case page), soonest first. */
export async function listCaseTasks(db: Kysely<Database>, actor: CaseActor, caseId: string) {
  if (!(await findCase(db, actor, caseId))) return [];
  return db
    .selectFrom("case_task as t")
    .innerJoin("user_account as u", "u.id", "t.assigned_to")
    .select([
      "t.id",
      "t.kind",
      "t.instrument_id",
      sql<string>`t.due_on::text`.as("due_on"),
      sql<string>`coalesce(nullif(u.name, ''), u.email)`.as("assigned_to"),
    ])
    .where("t.case_id", "=", caseId)
    .where("t.tenant_id", "=", actor.tenantId)
    .where("t.done_at", "is", null)
    .orderBy("t.due_on")
    .execute();
}
