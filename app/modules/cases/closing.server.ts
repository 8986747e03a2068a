import { sql, type Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { withWritableCase } from "./case-write.server";
import { mailNotifications, notify, officersOf } from "../notifications/notifications.server";
import type { Db } from "../accounts/accounts.server";
import { findCase, type CaseActor, type CaseRow } from "./cases.server";
import { addTasks, closeOpenTasks } from "./task-writes.server";
import { writeNote } from "./notes.server";
import { closeBlockers, closeCheck, closeStep, type CloseBlocker, type CloseStep } from "./closing";
import type { FrameworkAnswers } from "./decision-framework";
import { caseRoute } from "./route";
import { maxNoteLength } from "./step-plan";
import type { CaseOutcome } from "./tables";

/** Case settings of an organisation (defaults when none are stored). */
export async function caseSettings(db: Kysely<Database>, tenantId: string) {
  const row = await db
    .selectFrom("case_setting")
    .select(["close_requires_approval", "close_requires_complete", "retention_years"])
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  return {
    closeRequiresApproval: row?.close_requires_approval ?? false,
    closeRequiresComplete: row?.close_requires_complete ?? false,
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

/** Whether closing refuses while steps are open or a required report is missing. */
export async function setCloseRequiresComplete(db: Kysely<Database>, tenantId: string, value: boolean) {
  await db
    .insertInto("case_setting")
    .values({ tenant_id: tenantId, close_requires_complete: value })
    .onConflict((oc) => oc.column("tenant_id").doUpdateSet({ close_requires_complete: value }))
    .execute();
}

/**
 * What is still open on a case the caller has found with the actor's scope
 * (steps not done or skipped; a missing Veilig Thuis report when the route
 * and step 4 call for one).
 */
export async function findCloseBlockers(db: Db, found: CaseRow, now: Date): Promise<CloseBlocker[]> {
  const [steps, reports] = await Promise.all([
    db
      .selectFrom("case_step")
      .select(["step", "status", "data"])
      .where("case_id", "=", found.id)
      .where("tenant_id", "=", found.tenantId)
      .orderBy("step")
      .execute(),
    db
      .selectFrom("case_report")
      .select("kind")
      .where("case_id", "=", found.id)
      .where("tenant_id", "=", found.tenantId)
      .execute(),
  ]);
  return closeBlockers({
    steps,
    route: caseRoute(found.birthYear, found.setting, now.toISOString().slice(0, 10)),
    framework: (steps.find((step) => step.step === 4)?.data ?? {}) as FrameworkAnswers,
    reportKinds: reports.map((report) => report.kind),
  });
}

/**
 * What closing did: closed, waiting for approval, not allowed now (already
 * closed, or waiting for someone else's approval), refused by the
 * organisation's setting while points are open, or asking to confirm them.
 */
export type CloseResult = CloseStep | "refused" | "confirm";

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
  input: { outcome: CaseOutcome; note: string; confirmed: boolean },
  now = new Date(),
): Promise<CloseResult | undefined> {
  const { closeRequiresApproval, closeRequiresComplete } = await caseSettings(db, actor.tenantId);
  let notified: string[] = [];
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    {
      audit: (step: CloseResult) =>
        step === "closed" ? "case.closed" : step === "awaiting_approval" ? "case.close_requested" : null,
      now,
      // closeStep refuses a closed case itself ("not_allowed").
      allowClosed: true,
    },
    async (trx, found): Promise<CloseResult> => {
      const step = closeStep(found.status, actor.role, closeRequiresApproval);
      if (step === "not_allowed") return step;
      const check = closeCheck(
        await findCloseBlockers(trx, found, now),
        closeRequiresComplete,
        input.confirmed,
      );
      if (check !== "ok") return check;
      const officers = await officersOf(trx, actor.tenantId);
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
        await closeOpenTasks(trx, { caseId, tenantId: actor.tenantId, doneBy: actor.userId, now });
        notified = await notify(
          trx,
          {
            tenantId: actor.tenantId,
            userIds: [found.ownerUserId, ...officers],
            kind: "case_closed",
            caseId,
            exceptUserId: actor.userId,
          },
          now,
        );
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
        // Asking again settles the owner's task from an earlier send-back.
        const tasks = { caseId, tenantId: actor.tenantId, now };
        await closeOpenTasks(trx, { ...tasks, kind: "send_back", doneBy: actor.userId });
        await addTasks(trx, {
          ...tasks,
          kind: "approve_closing",
          assignees: officers,
          createdBy: actor.userId,
        });
        notified = await notify(
          trx,
          { tenantId: actor.tenantId, userIds: officers, kind: "approval_requested", caseId },
          now,
        );
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
  if (!written.ok) return undefined;
  await mailNotifications(db, config, notified, now);
  return written.value;
}

export type SendBackResult = "sent_back" | "not_allowed" | "invalid";

/**
 * A safeguarding officer sends a closing request back with a reason: the
 * case is open again (outcome cleared), the officers' approve_closing tasks
 * are done, the owner gets a `send_back` task due today with the reason as
 * a `send_back` note on it, and a notification and e-mail. All in one
 * transaction; "invalid" (empty or too long reason) stores nothing.
 */
export async function sendBackClosing(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  reason: string,
  now = new Date(),
): Promise<SendBackResult | undefined> {
  const text = reason.trim();
  if (text.length === 0 || text.length > maxNoteLength) return "invalid";
  let notified: string[] = [];
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    { audit: (result: SendBackResult) => (result === "sent_back" ? "case.close_sent_back" : null), now },
    async (trx, found): Promise<SendBackResult> => {
      if (found.status !== "closing" || closeStep(found.status, actor.role, true) !== "closed") {
        return "not_allowed";
      }
      await trx
        .updateTable("case_file")
        .set({
          status: "open",
          outcome: null,
          close_requested_by: null,
          close_requested_at: null,
          version: sql`version + 1`,
          updated_at: now,
        })
        .where("id", "=", caseId)
        .where("tenant_id", "=", actor.tenantId)
        .execute();
      const tasks = { caseId, tenantId: actor.tenantId, now };
      await closeOpenTasks(trx, { ...tasks, kind: "approve_closing", doneBy: actor.userId });
      const [taskId] = await addTasks(trx, {
        ...tasks,
        kind: "send_back",
        assignees: [found.ownerUserId],
        createdBy: actor.userId,
      });
      await writeNote(
        trx,
        config,
        actor,
        { caseId, subjectType: "send_back", subjectId: taskId!, text },
        now,
      );
      notified = await notify(
        trx,
        { tenantId: actor.tenantId, userIds: [found.ownerUserId], kind: "sent_back", caseId },
        now,
      );
      return "sent_back";
    },
  );
  if (!written.ok) return undefined;
  await mailNotifications(db, config, notified, now);
  return written.value;
}

/** Who asked to close and who closed (approved) a case the actor may read, with their names. */
export async function closingRecord(db: Kysely<Database>, actor: CaseActor, caseId: string) {
  if (!(await findCase(db, actor, caseId))) return undefined;
  const row = await db
    .selectFrom("case_file as c")
    .leftJoin("user_account as closer", "closer.id", "c.closed_by")
    .leftJoin("user_account as asker", "asker.id", "c.close_requested_by")
    .select([
      "c.status",
      "c.outcome",
      "c.closed_at",
      "c.close_requested_at",
      sql<string | null>`coalesce(nullif(closer.name, ''), closer.email)`.as("closed_by"),
      sql<string | null>`coalesce(nullif(asker.name, ''), asker.email)`.as("requested_by"),
    ])
    .where("c.id", "=", caseId)
    .where("c.tenant_id", "=", actor.tenantId)
    .executeTakeFirstOrThrow();
  return {
    status: row.status,
    outcome: row.outcome,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    requestedAt: row.close_requested_at,
    requestedBy: row.requested_by,
  };
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
      "t.detail",
      sql<string>`t.due_on::text`.as("due_on"),
      sql<string>`coalesce(nullif(u.name, ''), u.email)`.as("assigned_to"),
    ])
    .where("t.case_id", "=", caseId)
    .where("t.tenant_id", "=", actor.tenantId)
    .where("t.done_at", "is", null)
    .orderBy("t.due_on")
    .execute();
}
