import type { Transaction } from "kysely";
import type { Database } from "../../db/database";
import { notify, officersOf } from "../notifications/notifications.server";
import type { CaseActor, CaseRow } from "./cases.server";
import { frameworkConsequence, type FrameworkAnswers } from "./decision-framework";
import { caseRoute } from "./route";
import type { StepStatus } from "./tables";

/**
 * Step 4 is being saved: when its outcome now says "report to Veilig Thuis"
 * (on the Meldcode route) and did not before, the safeguarding officers get
 * a `report_outcome` notification, in the same transaction. Call it before
 * the step is updated (it reads the stored answers). Returns the new
 * notification ids for e-mail after commit.
 */
export async function notifyReportOutcome(
  trx: Transaction<Database>,
  actor: CaseActor,
  found: CaseRow,
  step: number,
  input: { status: StepStatus; data: unknown },
  now: Date,
): Promise<string[]> {
  if (step !== 4) return [];
  if (caseRoute(found.birthYear, found.setting, now.toISOString().slice(0, 10)) !== "meldcode") return [];
  if (frameworkConsequence((input.data ?? {}) as FrameworkAnswers).kind !== "report") return [];
  const before = await trx
    .selectFrom("case_step")
    .select("data")
    .where("case_id", "=", found.id)
    .where("tenant_id", "=", actor.tenantId)
    .where("step", "=", 4)
    .executeTakeFirst();
  if (frameworkConsequence((before?.data ?? {}) as FrameworkAnswers).kind === "report") return [];
  return notify(
    trx,
    {
      tenantId: actor.tenantId,
      userIds: await officersOf(trx, actor.tenantId),
      kind: "report_outcome",
      caseId: found.id,
      exceptUserId: actor.userId,
    },
    now,
  );
}
