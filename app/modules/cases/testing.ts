import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import { parseConfig } from "../../config.server";
import type { Database } from "../../db/database";
import { createTenant } from "../accounts/accounts.server";
import type { Role } from "../accounts/permissions";
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
