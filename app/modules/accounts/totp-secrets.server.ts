import type { Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import type { Db } from "./accounts.server";
import { appendAudit } from "./audit.server";
import { secretKey } from "./secrets.server";
import { isSealedTotpSecret, openTotpSecret, sealTotpSecret, totpKey } from "./totp-crypto";

/**
 * The one place that reads and writes `user_account.totp_secret`. The
 * column holds only the encrypted form (`totp-crypto.ts`); the plain secret
 * exists only where a code is checked and where the enrolment QR code and
 * secret are shown.
 */
export function totpSecretKey(config: Config): Buffer {
  return totpKey(secretKey(config));
}

/** The plain secret; throws `TotpSecretUnreadableError` when this key does not open it. */
export function readTotpSecret(config: Config, userId: string, stored: string): string {
  return openTotpSecret(totpSecretKey(config), userId, stored);
}

/** Stores a new pending secret (second factor not switched on until the enrolment is finished). */
export async function storePendingTotpSecret(db: Db, config: Config, userId: string, secret: string) {
  await db
    .updateTable("user_account")
    .set({
      totp_secret: sealTotpSecret(totpSecretKey(config), userId, secret),
      totp_enabled_at: null,
      totp_last_step: null,
    })
    .where("id", "=", userId)
    .execute();
}

export interface TotpEncryptionReport {
  /** Plain secrets that are now encrypted. */
  encrypted: number;
  /** Encrypted secrets this key does not open (another key folder or ZICHT_SECRET_KEY). */
  unreadable: number;
}

/**
 * Encrypts every plain (older) secret, in one transaction, with one
 * `totp.secrets_encrypted` audit row when something changed. Encrypted ones
 * (`v1:` prefix) are left alone, so a second run writes nothing. Runs at
 * start-up (`prepareDatabase`) and with `zicht db migrate`.
 */
export async function encryptPlainTotpSecrets(
  db: Kysely<Database>,
  config: Config,
): Promise<TotpEncryptionReport> {
  const key = totpSecretKey(config);
  const rows = await db
    .selectFrom("user_account")
    .select(["id", "totp_secret"])
    .where("totp_secret", "is not", null)
    .execute();
  let unreadable = 0;
  for (const row of rows) {
    if (!row.totp_secret || !isSealedTotpSecret(row.totp_secret)) continue;
    try {
      openTotpSecret(key, row.id, row.totp_secret);
    } catch {
      unreadable += 1;
    }
  }
  if (!rows.some((row) => row.totp_secret && !isSealedTotpSecret(row.totp_secret)))
    return { encrypted: 0, unreadable };

  const encrypted = await db.transaction().execute(async (trx) => {
    const plain = await trx
      .selectFrom("user_account")
      .select(["id", "totp_secret"])
      .where("totp_secret", "is not", null)
      .where("totp_secret", "not like", "v1:%")
      .orderBy("id")
      .forUpdate()
      .execute();
    for (const row of plain) {
      await trx
        .updateTable("user_account")
        .set({ totp_secret: sealTotpSecret(key, row.id, row.totp_secret!) })
        .where("id", "=", row.id)
        .where("totp_secret", "=", row.totp_secret)
        .execute();
    }
    if (plain.length > 0) {
      await appendAudit(trx, config, {
        action: "totp.secrets_encrypted",
        actorUserId: null,
        tenantId: null,
        details: { count: String(plain.length) },
      });
    }
    return plain.length;
  });
  return { encrypted, unreadable };
}
