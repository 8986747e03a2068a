import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { suggestedChange, suggestionFields, type Suggestion } from "./change-request";
import type { Db } from "./directory.server";
import { changeService } from "./editor.server";
import { loadRegionData } from "./places.server";

/** Stores a suggestion as a pending change request; public data stays as it is. */
export async function createChangeRequest(
  db: Kysely<Database>,
  serviceId: string,
  currentValue: string,
  suggestion: Suggestion,
): Promise<number> {
  const row = await db
    .insertInto("change_request")
    .values({
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

/** Change requests with a status, oldest first (for editors and `zicht directory suggestions`). */
export async function listChangeRequests(
  db: Kysely<Database>,
  status: "pending" | "accepted" | "rejected" = "pending",
) {
  return db
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
    .orderBy("c.id")
    .execute();
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
