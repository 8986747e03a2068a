import type { Transaction } from "kysely";
import type { Database } from "../../db/database";
import { newId } from "./cases.server";
import type { TaskKind } from "./tables";

/**
 * Tasks that lead, written inside a case write (`withWritableCase`): urgent
 * advice from an assessment and the framework's "report to Veilig Thuis".
 * Each is due today and assigned to the case owner; an open task of the same
 * kind and detail is never made twice.
 */
export async function openTaskOnce(
  trx: Transaction<Database>,
  input: {
    caseId: string;
    tenantId: string;
    kind: Extract<TaskKind, "urgent_advice" | "report_veilig_thuis">;
    detail: string | null;
    assignedTo: string;
    createdBy: string;
    now: Date;
  },
): Promise<boolean> {
  let open = trx
    .selectFrom("case_task")
    .select("id")
    .where("case_id", "=", input.caseId)
    .where("tenant_id", "=", input.tenantId)
    .where("kind", "=", input.kind)
    .where("done_at", "is", null);
  open = input.detail === null ? open.where("detail", "is", null) : open.where("detail", "=", input.detail);
  if (await open.executeTakeFirst()) return false;
  await trx
    .insertInto("case_task")
    .values({
      id: newId(),
      case_id: input.caseId,
      tenant_id: input.tenantId,
      kind: input.kind,
      instrument_id: null,
      detail: input.detail,
      due_on: input.now.toISOString().slice(0, 10),
      assigned_to: input.assignedTo,
      created_by: input.createdBy,
      created_at: input.now,
      done_by: null,
      done_at: null,
    })
    .execute();
  return true;
}

/** Marks every open task of this kind on the case done (the report was recorded). */
export async function closeOpenTasks(
  trx: Transaction<Database>,
  input: { caseId: string; tenantId: string; kind: TaskKind; doneBy: string; now: Date },
): Promise<void> {
  await trx
    .updateTable("case_task")
    .set({ done_at: input.now, done_by: input.doneBy })
    .where("case_id", "=", input.caseId)
    .where("tenant_id", "=", input.tenantId)
    .where("kind", "=", input.kind)
    .where("done_at", "is", null)
    .execute();
}
