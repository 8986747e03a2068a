import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import type { Suggestion } from "./change-request";

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
