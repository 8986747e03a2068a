import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/database";
import { inTransaction } from "../../db/transaction.server";
import {
  decideSuggestionIntake,
  suggestedChange,
  suggestionFields,
  suggestionLimits,
  type Suggestion,
  type SuggestionIntake,
  type SuggestionLimits,
} from "./change-request";
import type { Db } from "./directory.server";
import { changeService } from "./editor.server";
import { loadRegionData } from "./places.server";

/** Stores a suggestion as a pending change request; public data stays as it is. */
export async function createChangeRequest(
  db: Kysely<Database>,
  serviceId: string,
  currentValue: string,
  suggestion: Suggestion,
  createdAt?: Date,
): Promise<number> {
  const row = await db
    .insertInto("change_request")
    .values({
      ...(createdAt ? { created_at: createdAt } : {}),
      service_id: serviceId,
      field: suggestion.field,
      current_value: currentValue,
      proposed_value: suggestion.proposedValue,
      explanation: suggestion.explanation || null,
      email: suggestion.email || null,
      decided_at: null,
      decided_by: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/**
 * A public suggestion through the queue's limits (decideSuggestionIntake):
 * stored, recognised as a duplicate of a pending one (not stored again), or
 * refused because the service has too many pending suggestions or too many
 * came in on the whole platform in the last hour. The counts and the insert
 * run in one transaction that first locks the table against other writers
 * (readers go on), so parallel posts are counted one after the other and
 * cannot overshoot a limit.
 */
export async function submitChangeRequest(
  db: Kysely<Database>,
  serviceId: string,
  currentValue: string,
  suggestion: Suggestion,
  now: Date,
  limits: SuggestionLimits = suggestionLimits,
): Promise<{ outcome: SuggestionIntake; id: number | null }> {
  return inTransaction(db, async (trx) => {
    await sql`lock table change_request in share row exclusive mode`.execute(trx);
    const hourAgo = new Date(now.getTime() - 60 * 60 * 1000);
    const counts = await trx
      .selectFrom("change_request")
      .select((eb) => [
        eb.fn
          .countAll<number>()
          .filterWhere((w) => w.and([w("service_id", "=", serviceId), w("status", "=", "pending")]))
          .as("pending_for_service"),
        eb.fn.countAll<number>().filterWhere("created_at", ">", hourAgo).as("received_last_hour"),
        eb.fn
          .countAll<number>()
          .filterWhere((w) =>
            w.and([
              w("service_id", "=", serviceId),
              w("status", "=", "pending"),
              w("field", "=", suggestion.field),
              w("proposed_value", "=", suggestion.proposedValue),
            ]),
          )
          .as("duplicates"),
      ])
      .executeTakeFirstOrThrow();
    const outcome = decideSuggestionIntake(
      {
        pendingForService: Number(counts.pending_for_service),
        receivedLastHour: Number(counts.received_last_hour),
        duplicate: Number(counts.duplicates) > 0,
      },
      limits,
    );
    if (outcome !== "store") return { outcome, id: null };
    return { outcome, id: await createChangeRequest(trx, serviceId, currentValue, suggestion, now) };
  });
}

/** How many change requests have this status (for paging). */
export async function countChangeRequests(
  db: Kysely<Database>,
  status: "pending" | "accepted" | "rejected" = "pending",
): Promise<number> {
  const row = await db
    .selectFrom("change_request")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("status", "=", status)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Change requests with a status, oldest first (for editors and `zicht directory suggestions`): the
 * queue is worked from the front. Without `limit`, all of them; `offset` skips that many.
 */
export async function listChangeRequests(
  db: Kysely<Database>,
  status: "pending" | "accepted" | "rejected" = "pending",
  page: { limit?: number; offset?: number } = {},
) {
  let query = db
    .selectFrom("change_request as c")
    .innerJoin("service as s", "s.id", "c.service_id")
    .select([
      "c.id",
      "c.service_id",
      "s.name as service_name",
      "c.field",
      "c.current_value",
      "c.proposed_value",
      "c.explanation",
      "c.email",
      "c.status",
      "c.created_at",
    ])
    .where("c.status", "=", status)
    .orderBy("c.created_at")
    .orderBy("c.id");
  if (page.limit !== undefined) query = query.limit(page.limit);
  if (page.offset) query = query.offset(page.offset);
  return query.execute();
}

/** Fields whose suggested value can be applied with one click (when it reads clearly); "other" never. */
export const appliableFields = suggestionFields.filter((field) => field !== "other");

export function isAppliable(field: string): boolean {
  return (appliableFields as readonly string[]).includes(field);
}

export type Decision =
  | { serviceId: string; outcome: "rejected" | "applied" }
  /** Accepting needs the editor: the suggestion stays pending until the service form is saved. */
  | { serviceId: string; outcome: "needs-form" };

/**
 * An editor's decision on a pending suggestion. Rejecting records the
 * decision. Accepting applies the suggested value when it reads clearly
 * (suggestedChange: the edit form's validators), through the same write as
 * the edit form — per-field change log in `metadata` with the editor as
 * `updated_by`, search data refreshed — and records the decision. When the
 * value cannot be applied without guessing, nothing changes and the
 * outcome is "needs-form". Null when the suggestion is not pending. Run it
 * in a transaction.
 */
export async function decideChangeRequest(
  db: Db,
  id: number,
  decision: "accepted" | "rejected",
  editor: string,
  now: Date,
): Promise<Decision | null> {
  const request = await db
    .selectFrom("change_request")
    .select(["service_id", "field", "proposed_value"])
    .where("id", "=", id)
    .where("status", "=", "pending")
    .forUpdate()
    .executeTakeFirst();
  if (!request) return null;
  if (decision === "accepted") {
    const change = suggestedChange(request.field, request.proposed_value, await loadRegionData(db));
    let applied = false;
    if (change) {
      applied = await changeService(db, request.service_id, change, editor);
    }
    if (!applied) return { serviceId: request.service_id, outcome: "needs-form" };
  }
  await markDecided(db, id, decision, editor, now);
  return { serviceId: request.service_id, outcome: decision === "accepted" ? "applied" : "rejected" };
}

async function markDecided(
  db: Db,
  id: number,
  decision: "accepted" | "rejected",
  editor: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("change_request")
    .set({ status: decision, decided_at: now, decided_by: editor })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A pending suggestion for one service (shown next to its edit form), or null. */
export async function getPendingChangeRequest(db: Db, id: number, serviceId: string) {
  const row = await db
    .selectFrom("change_request")
    .select(["id", "field", "current_value", "proposed_value", "explanation"])
    .where("id", "=", id)
    .where("service_id", "=", serviceId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return row ? { ...row, id: Number(row.id) } : null;
}

/** Marks a suggestion accepted when the editor saved the service form it was worked into. */
export async function acceptChangeRequestByForm(
  db: Db,
  id: number,
  serviceId: string,
  editor: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("change_request")
    .set({ status: "accepted", decided_at: now, decided_by: editor })
    .where("id", "=", id)
    .where("service_id", "=", serviceId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
