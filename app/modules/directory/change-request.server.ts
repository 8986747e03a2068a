import type { Kysely, Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/database";
import { phoneNumberSchema } from "./directory-content";
import type { Suggestion } from "./change-request";
import { refreshServiceSearch } from "./directory.server";

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

/** Fields a suggestion can change directly; the others an editor works in by hand. */
export const appliableFields = ["name", "description", "phone", "email"] as const;

export function isAppliable(field: string): boolean {
  return (appliableFields as readonly string[]).includes(field);
}

/** Whether a proposed phone number or e-mail address has the form the directory stores. */
export function isValidValue(field: string, value: string): boolean {
  if (field === "phone") return phoneNumberSchema.safeParse(value.trim()).success;
  if (field === "email") return z.email().safeParse(value.trim()).success;
  return true;
}

/**
 * An editor's decision on a pending suggestion. Accepting a suggestion for
 * a name, description, phone number or e-mail address changes the service,
 * refreshes its search data and logs the change in `metadata` (with the
 * editor as `updated_by`); for
 * other fields it records the decision only. Returns the service id, or null
 * when the suggestion is not pending (decided already, or unknown). Run it
 * in a transaction.
 */
export async function decideChangeRequest(
  db: Kysely<Database> | Transaction<Database>,
  id: number,
  decision: "accepted" | "rejected",
  editor: string,
  now: Date,
): Promise<{ serviceId: string; applied: boolean } | null> {
  const request = await db
    .updateTable("change_request")
    .set({ status: decision, decided_at: now, decided_by: editor })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .returning(["service_id", "field", "proposed_value"])
    .executeTakeFirst();
  if (!request) return null;
  // A value that is not a valid phone number or e-mail address is not applied
  // (the database would refuse it): the editor corrects the service by hand.
  if (
    decision === "rejected" ||
    !isAppliable(request.field) ||
    !isValidValue(request.field, request.proposed_value)
  ) {
    return { serviceId: request.service_id, applied: false };
  }
  const value = request.proposed_value.trim();
  const log = (field: string, previous: string) =>
    db
      .insertInto("metadata")
      .values({
        resource_id: request.service_id,
        resource_type: "service",
        last_action_type: "update",
        field_name: field,
        previous_value: previous,
        replacement_value: value,
        updated_by: editor,
      })
      .execute();
  if (request.field === "name" || request.field === "description") {
    const field = request.field;
    const before = await db
      .selectFrom("service")
      .select(field)
      .where("id", "=", request.service_id)
      .executeTakeFirstOrThrow();
    await db
      .updateTable("service")
      .set({ [field]: value, last_modified: now })
      .where("id", "=", request.service_id)
      .execute();
    await log(field, String(before[field]));
  } else if (request.field === "phone") {
    const phone = await db
      .selectFrom("phone")
      .select(["id", "number"])
      .where("service_id", "=", request.service_id)
      .orderBy("sort_order")
      .orderBy("id")
      .executeTakeFirst();
    if (phone) {
      await db.updateTable("phone").set({ number: value }).where("id", "=", phone.id).execute();
      await log("phone.number", phone.number);
    } else {
      await db
        .insertInto("phone")
        .values({
          id: `${request.service_id}-telefoon`.slice(0, 80),
          organization_id: null,
          service_id: request.service_id,
          number: value,
          type: "voice",
          description: null,
          description_en: null,
          free: false,
          sort_order: 1,
        })
        .execute();
      await log("phone.number", "");
    }
    await db
      .updateTable("service")
      .set({ last_modified: now })
      .where("id", "=", request.service_id)
      .execute();
  } else {
    const contact = await db
      .selectFrom("contact")
      .select(["id", "email"])
      .where("service_id", "=", request.service_id)
      .orderBy("sort_order")
      .orderBy("id")
      .executeTakeFirst();
    if (contact) {
      await db.updateTable("contact").set({ email: value }).where("id", "=", contact.id).execute();
    } else {
      await db
        .insertInto("contact")
        .values({
          id: `${request.service_id}-e-mail`.slice(0, 80),
          organization_id: null,
          service_id: request.service_id,
          name: null,
          title: null,
          title_en: null,
          email: value,
          sort_order: 1,
        })
        .execute();
    }
    await log("contact.email", contact?.email ?? "");
    await db
      .updateTable("service")
      .set({ last_modified: now })
      .where("id", "=", request.service_id)
      .execute();
  }
  // The new name, description, number or address is searchable at once.
  await refreshServiceSearch(db, [request.service_id]);
  return { serviceId: request.service_id, applied: true };
}
