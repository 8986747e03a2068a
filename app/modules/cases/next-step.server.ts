import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/database";
import type { CaseRow } from "./cases.server";
import { nextStep, type NextStep } from "./next-step";
import { caseRoute } from "./route";
import type { StepNumber } from "./step-plan";
import { stepFormFacts } from "./steps.server";
import { readScope, type CaseActor } from "./visibility";

/**
 * The next step of a case (next-step.ts) from what the database holds. For a
 * case the caller has already found with the actor's scope (a CaseRow comes
 * only from the case repository), so no second access check.
 */
export async function caseNextStep(
  db: Kysely<Database>,
  actor: CaseActor,
  found: CaseRow,
  today: string,
): Promise<NextStep> {
  const [facts, stepRows, tasks, report] = await Promise.all([
    stepFormFacts(db, found),
    db
      .selectFrom("case_step")
      .select(["step", "status"])
      .where("case_id", "=", found.id)
      .where("tenant_id", "=", found.tenantId)
      .execute(),
    db
      .selectFrom("case_task")
      .select(["kind", "detail", sql<string>`due_on::text`.as("due_on")])
      .where("case_id", "=", found.id)
      .where("tenant_id", "=", found.tenantId)
      .where("done_at", "is", null)
      .execute(),
    db
      .selectFrom("case_report")
      .select("id")
      .where("case_id", "=", found.id)
      .where("tenant_id", "=", found.tenantId)
      .where("kind", "=", "veilig_thuis")
      .executeTakeFirst(),
  ]);
  return nextStep(
    {
      caseId: found.id,
      status: found.status,
      closedOn: found.closedAt ? found.closedAt.toISOString().slice(0, 10) : null,
      route: caseRoute(found.birthYear, found.setting, today),
      steps: stepRows.map((row) => ({ step: row.step as StepNumber, status: row.status })),
      framework: facts.framework,
      tasks: tasks.map((task) => ({ kind: task.kind, dueOn: task.due_on, detail: task.detail })),
      hasAssessment: facts.assessmentIds.length > 0,
      consultations: facts.consultations,
      veiligThuisReported: Boolean(report),
      canApproveClosing: readScope(actor) === "org",
    },
    today,
  );
}
