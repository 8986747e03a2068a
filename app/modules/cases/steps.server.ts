import { sql, type Kysely, type Transaction } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { mailNotifications } from "../notifications/notifications.server";
import { notifyReportOutcome } from "./case-notifications.server";
import { withWritableCase } from "./case-write.server";
import { frameworkConsequence, type FrameworkAnswers } from "./decision-framework";
import { findCase, newId, type CaseActor, type CaseRow } from "./cases.server";
import { closeOpenTasks, openTaskOnce } from "./task-writes.server";
import { listNotes, writeNote } from "./notes.server";
import { caseRoute } from "./route";
import { inTransaction } from "../../db/transaction.server";
import {
  recordedVeiligThuisReport,
  type ConsultationInput,
  type StepData,
  type StepNumber,
} from "./step-plan";
import type { ConsultedParty, StepStatus } from "./tables";

/**
 * The Meldcode steps and the consultation log of a case. A step is saved
 * only over the version the form was based on; a newer version in the
 * database means someone else saved in between: StepConflictError, nothing
 * written (the route answers 409).
 */
export class StepConflictError extends Error {
  constructor() {
    super("step changed");
    this.name = "StepConflictError";
  }
}

export interface StepRow {
  step: StepNumber;
  status: StepStatus;
  data: Record<string, unknown>;
  version: number;
  updatedBy: string | null;
  updatedAt: Date | null;
  notes: Array<{ text: string; writtenBy: string; writtenAt: Date }>;
}

export async function listSteps(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
): Promise<StepRow[] | undefined> {
  const found = await findCase(db, actor, caseId);
  if (!found) return undefined;
  const [rows, notes] = await Promise.all([
    db
      .selectFrom("case_step as s")
      .leftJoin("user_account as u", "u.id", "s.updated_by")
      .select([
        "s.step",
        "s.status",
        "s.data",
        "s.version",
        "s.updated_at",
        sql<string | null>`coalesce(nullif(u.name, ''), u.email)`.as("updated_by"),
      ])
      .where("s.case_id", "=", caseId)
      .where("s.tenant_id", "=", actor.tenantId)
      .orderBy("s.step")
      .execute(),
    listNotes(db, config, actor, caseId),
  ]);
  return rows.map((row) => ({
    step: row.step as StepNumber,
    status: row.status,
    data: row.data,
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    notes: notes
      .filter((note) => note.subjectType === "step" && note.subjectId === String(row.step))
      .map((note) => ({ text: note.text, writtenBy: note.writtenBy, writtenAt: note.writtenAt })),
  }));
}

/** The framework answers saved in step 4 (empty when none). */
export function frameworkOf(steps: readonly StepRow[]): FrameworkAnswers {
  return (steps.find((step) => step.step === 4)?.data ?? {}) as FrameworkAnswers;
}

/**
 * What checking a step form needs (parseStepForm): the framework answers of
 * step 4, the case's assessment ids and how many consultations it has. For
 * a case the caller has already found with the actor's scope (a CaseRow
 * comes only from this repository), so no second access check.
 */
export async function stepFormFacts(db: Kysely<Database>, found: CaseRow) {
  const [stepRows, assessments, consultations] = await Promise.all([
    db
      .selectFrom("case_step")
      .select(["step", "data"])
      .where("case_id", "=", found.id)
      .where("tenant_id", "=", found.tenantId)
      .where("step", "in", [4, 5])
      .execute(),
    db
      .selectFrom("case_assessment")
      .select("id")
      .where("case_id", "=", found.id)
      .where("tenant_id", "=", found.tenantId)
      .execute(),
    db
      .selectFrom("case_consultation")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("case_id", "=", found.id)
      .where("tenant_id", "=", found.tenantId)
      .executeTakeFirstOrThrow(),
  ]);
  const dataOf = (step: number) => stepRows.find((row) => row.step === step)?.data;
  return {
    framework: (dataOf(4) ?? {}) as FrameworkAnswers,
    reported: recordedVeiligThuisReport(dataOf(5)),
    assessmentIds: assessments.map((row) => row.id),
    consultations: consultations.n,
  };
}

/**
 * Saves one step. Returns false when the actor may not change the case (or
 * it is closed). Throws StepConflictError when the step has a newer version.
 * A decision to report (step 5) is also recorded as a report with its date
 * and reference (never a second row for the same report), and closes the
 * task "report to Veilig Thuis". Step 4 with the outcome "report" on the
 * Meldcode route makes that task, due today for the owner, once: not while
 * one is open, not when a Veilig Thuis report is already recorded.
 */
export async function saveStep(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  step: StepNumber,
  input: { status: StepStatus; data: StepData; note: string; version: number },
  now = new Date(),
): Promise<boolean> {
  let notified: string[] = [];
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    { audit: "case.step_saved", now },
    async (trx, found) => {
      // Notify the safeguarding officers when step 4's outcome becomes "report".
      notified = await notifyReportOutcome(trx, actor, found, step, input, now);
      const result = await trx
        .updateTable("case_step")
        .set({
          status: input.status,
          data: JSON.stringify(input.data),
          version: sql`version + 1`,
          updated_by: actor.userId,
          updated_at: now,
        })
        .where("case_id", "=", caseId)
        .where("tenant_id", "=", actor.tenantId)
        .where("step", "=", step)
        .where("version", "=", input.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new StepConflictError();
      if (input.note) {
        await writeNote(
          trx,
          config,
          actor,
          { caseId, subjectType: "step", subjectId: String(step), text: input.note },
          now,
        );
      }
      const data = input.data as {
        report?: boolean;
        reportKind?: "veilig_thuis" | "police";
        reportedOn?: string;
        reference?: string | null;
      };
      if (step === 5 && input.status === "done" && data.report && data.reportKind && data.reportedOn) {
        await insertReportOnce(trx, actor, caseId, {
          kind: data.reportKind,
          reportedOn: data.reportedOn,
          reference: data.reference ?? null,
          now,
        });
        if (data.reportKind === "veilig_thuis") {
          await closeOpenTasks(trx, {
            caseId,
            tenantId: actor.tenantId,
            kind: "report_veilig_thuis",
            doneBy: actor.userId,
            now,
          });
        }
      }
      const today = now.toISOString().slice(0, 10);
      if (
        step === 4 &&
        frameworkConsequence(input.data as FrameworkAnswers).kind === "report" &&
        caseRoute(found.birthYear, found.setting, today) === "meldcode"
      ) {
        const reported = await trx
          .selectFrom("case_report")
          .select("id")
          .where("case_id", "=", caseId)
          .where("tenant_id", "=", actor.tenantId)
          .where("kind", "=", "veilig_thuis")
          .executeTakeFirst();
        if (!reported) {
          await openTaskOnce(trx, {
            caseId,
            tenantId: actor.tenantId,
            kind: "report_veilig_thuis",
            detail: null,
            assignedTo: found.ownerUserId,
            createdBy: actor.userId,
            now,
          });
        }
      }
    },
  );
  if (written.ok) await mailNotifications(db, config, notified, now);
  return written.ok;
}

/**
 * Inserts the report row unless the case already has one of this kind on this
 * date (the same report, recorded on the report page or in step 5).
 */
export async function insertReportOnce(
  trx: Transaction<Database>,
  actor: CaseActor,
  caseId: string,
  input: {
    kind: "veilig_thuis" | "comensha" | "police";
    reportedOn: string;
    reference: string | null;
    consentId?: string | null;
    overrideId?: string | null;
    now: Date;
  },
): Promise<boolean> {
  const existing = await trx
    .selectFrom("case_report")
    .select("id")
    .where("case_id", "=", caseId)
    .where("tenant_id", "=", actor.tenantId)
    .where("kind", "=", input.kind)
    .where("reported_on", "=", input.reportedOn)
    .executeTakeFirst();
  if (existing) return false;
  await trx
    .insertInto("case_report")
    .values({
      id: newId(),
      case_id: caseId,
      tenant_id: actor.tenantId,
      kind: input.kind,
      reported_on: input.reportedOn,
      reference: input.reference,
      consent_id: input.consentId ?? null,
      override_id: input.overrideId ?? null,
      created_by: actor.userId,
      created_at: input.now,
    })
    .execute();
  return true;
}

export async function addConsultation(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  input: { consulted: ConsultedParty; consultedOn: string; advice: string },
  now = new Date(),
): Promise<boolean> {
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    { audit: "case.consultation_added", now },
    async (trx) => {
      const id = newId();
      await trx
        .insertInto("case_consultation")
        .values({
          id,
          case_id: caseId,
          tenant_id: actor.tenantId,
          consulted: input.consulted,
          consulted_on: input.consultedOn,
          recorded_by: actor.userId,
          recorded_at: now,
        })
        .execute();
      if (input.advice) {
        await writeNote(
          trx,
          config,
          actor,
          { caseId, subjectType: "consultation", subjectId: id, text: input.advice },
          now,
        );
      }
    },
  );
  return written.ok;
}

export async function listConsultations(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
) {
  const found = await findCase(db, actor, caseId);
  if (!found) return [];
  const [rows, notes] = await Promise.all([
    db
      .selectFrom("case_consultation as c")
      .innerJoin("user_account as u", "u.id", "c.recorded_by")
      .select([
        "c.id",
        "c.consulted",
        sql<string>`c.consulted_on::text`.as("consulted_on"),
        sql<string>`coalesce(nullif(u.name, ''), u.email)`.as("recorded_by"),
      ])
      .where("c.case_id", "=", caseId)
      .where("c.tenant_id", "=", actor.tenantId)
      .orderBy("c.consulted_on")
      .orderBy("c.recorded_at")
      .execute(),
    listNotes(db, config, actor, caseId),
  ]);
  return rows.map((row) => ({
    id: row.id,
    consulted: row.consulted,
    consultedOn: row.consulted_on,
    recordedBy: row.recorded_by,
    advice:
      notes.find((note) => note.subjectType === "consultation" && note.subjectId === row.id)?.text ?? "",
  }));
}

class NotWritable extends Error {}

/**
 * Step 2 with its consultation, saved by one button: the consultation (when
 * there is one) and the step in one transaction, so both are stored or
 * neither (a conflict on the step also drops the consultation).
 */
export async function saveStepWithConsultation(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  step: StepNumber,
  input: { status: StepStatus; data: StepData; note: string; version: number },
  consultation: ConsultationInput | null,
  now = new Date(),
): Promise<boolean> {
  try {
    return await inTransaction(db, async (trx) => {
      if (consultation && !(await addConsultation(trx, config, actor, caseId, consultation, now))) {
        throw new NotWritable();
      }
      if (!(await saveStep(trx, config, actor, caseId, step, input, now))) throw new NotWritable();
      return true;
    });
  } catch (error) {
    if (error instanceof NotWritable) return false;
    throw error;
  }
}
