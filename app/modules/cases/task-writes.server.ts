import type { Transaction } from "kysely";
import type { Database } from "../../db/database";
import { newId } from "./cases.server";
import type { TaskKind } from "./tables";

/**
 * Writing case tasks, always inside a case write (`withWritableCase`), so a
 * task never exists without the change that made it: re-assessments, urgent
 * advice, the framework's "report to Veilig Thuis", approving a closing and
 * a closing sent back. Tasks are due today unless told otherwise.
 */
export interface NewTasks {
  caseId: string;
  tenantId: string;
  kind: TaskKind;
  /** One task each. */
  assignees: readonly string[];
  createdBy: string;
  now: Date;
  detail?: string | null;
  instrumentId?: string | null;
  /** YYYY-MM-DD; today (UTC, as `now`) when absent. */
  dueOn?: string;
}

/** Adds one open task per assignee; returns their ids in the assignees' order. */
export async function addTasks(trx: Transaction<Database>, input: NewTasks): Promise<string[]> {
  if (input.assignees.length === 0) return [];
  const rows = input.assignees.map((assignee) => ({
    id: newId(),
    case_id: input.caseId,
    tenant_id: input.tenantId,
    kind: input.kind,
    instrument_id: input.instrumentId ?? null,
    detail: input.detail ?? null,
    due_on: input.dueOn ?? input.now.toISOString().slice(0, 10),
    assigned_to: assignee,
    created_by: input.createdBy,
    created_at: input.now,
    done_by: null,
    done_at: null,
  }));
  await trx.insertInto("case_task").values(rows).execute();
  return rows.map((row) => row.id);
}

/**
 * A task that leads (urgent advice, report to Veilig Thuis) for the case
 * owner, due today; an open task of the same kind and detail is never made
 * twice. Returns whether one was added.
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
  await addTasks(trx, { ...input, assignees: [input.assignedTo] });
  return true;
}

/**
 * Marks the case's open tasks done: of one kind (and instrument, for
 * re-assessments), or every open task when no kind is given (the case closed).
 */
export async function closeOpenTasks(
  trx: Transaction<Database>,
  input: {
    caseId: string;
    tenantId: string;
    kind?: TaskKind;
    instrumentId?: string;
    doneBy: string;
    now: Date;
  },
): Promise<void> {
  let query = trx
    .updateTable("case_task")
    .set({ done_at: input.now, done_by: input.doneBy })
    .where("case_id", "=", input.caseId)
    .where("tenant_id", "=", input.tenantId)
    .where("done_at", "is", null);
  if (input.kind) query = query.where("kind", "=", input.kind);
  if (input.instrumentId) query = query.where("instrument_id", "=", input.instrumentId);
  await query.execute();
}
