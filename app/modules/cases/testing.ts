import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql, type Kysely } from "kysely";
import { parseConfig, type Config } from "../../config.server";
import type { Database } from "../../db/database";
import { createTenant } from "../accounts/accounts.server";
import type { Role } from "../accounts/permissions";
import { createCase, type CaseFields } from "./cases.server";
import type { CaseActor } from "./visibility";

/** Test helpers for the cases module (only tests import this file). */
export function caseTestConfig() {
  const key = (seed: string) => crypto.createHash("sha256").update(seed).digest("base64");
  return parseConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    ZICHT_SECRET_KEY: "integration-test-key-integration-test-key",
    ZICHT_CASE_KEYS: `k2:${key("second")},k1:${key("first")}`,
    ZICHT_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "zicht-cases-")),
  });
}

export async function makeTenant(db: Kysely<Database>, id: string) {
  await createTenant(db, { id, name: `Organisatie ${id}` });
}

export async function makeActor(
  db: Kysely<Database>,
  tenantId: string,
  role: Role,
  name: string,
): Promise<CaseActor> {
  const userId = crypto.randomUUID();
  await db
    .insertInto("user_account")
    .values({
      id: userId,
      tenant_id: tenantId,
      email: `${name.toLowerCase()}@${tenantId}.nl`,
      name,
      role,
      password_hash: null,
      totp_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      locked_until: null,
      disabled_at: null,
    })
    .execute();
  return { userId, tenantId, role };
}

/**
 * The two organisations of the case tests, `org-a` and `org-b`, and the
 * people a test acts as, made in the order given:
 * `{ pro: ["org-a", "professional", "Pia"] }` → `{ pro: CaseActor }`.
 */
export async function makeOrganisations<Key extends string>(
  db: Kysely<Database>,
  people: Record<Key, readonly [tenantId: "org-a" | "org-b", role: Role, name: string]>,
): Promise<Record<Key, CaseActor>> {
  await makeTenant(db, "org-a");
  await makeTenant(db, "org-b");
  const actors = {} as Record<Key, CaseActor>;
  for (const key of Object.keys(people) as Key[]) {
    const [tenantId, role, name] = people[key];
    actors[key] = await makeActor(db, tenantId, role, name);
  }
  return actors;
}

/** The fields of the usual test case, "Merel", with the given changes. */
export function caseFields(changes: Partial<CaseFields> = {}): CaseFields {
  return {
    pseudonym: "Merel",
    birthYear: 2011,
    gender: "female",
    lvb: "yes",
    municipalityCode: "GM0518",
    exploitationForms: ["seksueel"],
    ...changes,
  };
}

/** Opens a case as `actor` with `caseFields(changes)` (through createCase, so audited). */
export function openCase(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  changes: Partial<CaseFields> = {},
  now = new Date(),
): Promise<string> {
  return createCase(db, config, actor, caseFields(changes), now);
}

/** The number of rows in a table, for "nothing was stored" checks. */
export async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
  return result.rows[0]!.n;
}
