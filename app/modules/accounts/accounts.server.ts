import crypto from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/database";
import type { Role } from "./permissions";

/**
 * Organisations (tenants) and their users. Every function that reads or
 * changes a user of an organisation takes that organisation's id and puts it
 * in the query: a user of another organisation is simply not found.
 */
export type Db = Kysely<Database> | Transaction<Database>;

export async function createTenant(
  db: Db,
  tenant: { id: string; name: string; directoryOrganizationId?: string | null },
): Promise<void> {
  await db
    .insertInto("tenant")
    .values({
      id: tenant.id,
      name: tenant.name,
      directory_organization_id: tenant.directoryOrganizationId ?? null,
    })
    .execute();
}

export async function listTenants(db: Db) {
  return db
    .selectFrom("tenant as t")
    .select(["t.id", "t.name", "t.directory_organization_id", "t.created_at"])
    .select((eb) =>
      eb
        .selectFrom("user_account as u")
        .whereRef("u.tenant_id", "=", "t.id")
        .where("u.disabled_at", "is", null)
        .select(eb.fn.countAll<number>().as("n"))
        .as("users"),
    )
    .orderBy("t.name")
    .execute();
}

export async function getTenant(db: Db, id: string) {
  return db.selectFrom("tenant").selectAll().where("id", "=", id).executeTakeFirst();
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createUser(
  db: Db,
  user: { tenantId: string; email: string; name?: string; role: Role },
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto("user_account")
    .values({
      id,
      tenant_id: user.tenantId,
      email: normaliseEmail(user.email),
      name: user.name?.trim() ?? "",
      role: user.role,
      password_hash: null,
      totp_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      locked_until: null,
      disabled_at: null,
    })
    .execute();
  return id;
}

const userColumns = [
  "id",
  "tenant_id",
  "email",
  "name",
  "role",
  "totp_enabled_at",
  "disabled_at",
  "created_at",
  "password_hash",
] as const;

/** For sign-in only: the e-mail address is unique across the platform. */
export async function findUserForSignIn(db: Db, email: string) {
  return db
    .selectFrom("user_account")
    .selectAll()
    .where("email", "=", normaliseEmail(email))
    .executeTakeFirst();
}

/** The e-mail addresses of the platform administrators whose account is on (for `zicht audit checkpoint --mail`). */
export async function listPlatformAdminEmails(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom("user_account")
    .select("email")
    .where("role", "=", "platform_admin")
    .where("disabled_at", "is", null)
    .orderBy("email")
    .execute();
  return rows.map((row) => row.email);
}

/** The signed-in person themselves (their id comes from their session). */
export async function getOwnUser(db: Db, userId: string) {
  return db.selectFrom("user_account").selectAll().where("id", "=", userId).executeTakeFirst();
}

/** The signed-in person changes their own phone number (checked with `checkPhone`); null removes it. */
export async function setOwnPhone(db: Db, userId: string, phone: string | null): Promise<void> {
  await db.updateTable("user_account").set({ phone }).where("id", "=", userId).execute();
}

/** Who sends a case PDF: name, e-mail and phone of the user, and the name of their organisation. */
export async function getSender(
  db: Db,
  tenantId: string,
  userId: string,
): Promise<{ name: string; email: string; phone: string | null; organisation: string } | undefined> {
  return db
    .selectFrom("user_account as u")
    .innerJoin("tenant as t", "t.id", "u.tenant_id")
    .select(["u.name", "u.email", "u.phone", "t.name as organisation"])
    .where("u.id", "=", userId)
    .where("u.tenant_id", "=", tenantId)
    .executeTakeFirst();
}

export async function listUsers(db: Db, tenantId: string) {
  return db
    .selectFrom("user_account")
    .select(userColumns)
    .where("tenant_id", "=", tenantId)
    .orderBy("disabled_at", (ob) => ob.desc().nullsFirst())
    .orderBy("email")
    .execute();
}

/** A user of this organisation, or undefined (also when they belong to another one). */
export async function getUserInTenant(db: Db, tenantId: string, userId: string) {
  return db
    .selectFrom("user_account")
    .select(userColumns)
    .where("tenant_id", "=", tenantId)
    .where("id", "=", userId)
    .executeTakeFirst();
}

export async function findUserInTenantByEmail(db: Db, tenantId: string | null, email: string) {
  let query = db.selectFrom("user_account").select(userColumns).where("email", "=", normaliseEmail(email));
  if (tenantId !== null) query = query.where("tenant_id", "=", tenantId);
  return query.executeTakeFirst();
}

/** Changes a role; ends the user's sessions (their rights changed). False when not in this organisation. */
export async function changeRole(db: Db, tenantId: string, userId: string, role: Role): Promise<boolean> {
  const result = await db
    .updateTable("user_account")
    .set({ role })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", userId)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await db.deleteFrom("user_session").where("user_id", "=", userId).execute();
  return true;
}

/** Deactivates a user and ends their sessions. False when not in this organisation. */
export async function disableUser(db: Db, tenantId: string, userId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("user_account")
    .set({ disabled_at: now })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", userId)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await db.deleteFrom("user_session").where("user_id", "=", userId).execute();
  await db.deleteFrom("user_token").where("user_id", "=", userId).execute();
  return true;
}
