import { sql } from "kysely";
import crypto from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import type { Db } from "./accounts.server";
import { findUserForSignIn, getOwnUser } from "./accounts.server";
import { sha256 } from "./secrets.server";
import type { TokenKind } from "./tables";
import type { Config } from "../../config.server";
import { newTotpSecret, verifyTotp, type TotpCheck } from "./totp";
import { TotpSecretUnreadableError } from "./totp-crypto";
import { readTotpSecret, storePendingTotpSecret } from "./totp-secrets.server";

/**
 * Passwords (argon2id, the library's defaults: 19 MiB, 2 passes), lockout,
 * the second factor, recovery codes and single-use links.
 */
export const lockout = { maxFailures: 5, minutes: 15 } as const;
export const invitationHours = 72;
export const resetHours = 2;
export const recoveryCodeCount = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Unknown addresses cost the same time as known ones: verify against a real hash.
let dummyHash: Promise<string> | undefined;

export type PasswordResult =
  | { ok: true; userId: string; tenantId: string }
  | { ok: false; reason: "unknown" | "wrong" | "locked" | "disabled"; userId?: string; tenantId?: string };

/**
 * The password step. Every failure looks the same to the person signing in;
 * the reason is for the audit log only. After `lockout.maxFailures` wrong
 * passwords the account is locked for `lockout.minutes`.
 */
export async function checkPasswordSignIn(
  db: Db,
  email: string,
  password: string,
  now: Date,
): Promise<PasswordResult> {
  const user = await findUserForSignIn(db, email);
  if (!user || !user.password_hash) {
    dummyHash ??= hash("niet-bestaand-account-zicht");
    await verify(await dummyHash, password.slice(0, 200)).catch(() => false);
    return { ok: false, reason: "unknown", userId: user?.id, tenantId: user?.tenant_id };
  }
  const ids = { userId: user.id, tenantId: user.tenant_id };
  if (user.disabled_at !== null) return { ok: false, reason: "disabled", ...ids };
  if (user.locked_until !== null && user.locked_until > now) return { ok: false, reason: "locked", ...ids };
  const good = await verify(user.password_hash, password.slice(0, 200)).catch(() => false);
  if (!good) {
    // One atomic update: wrong passwords sent at the same moment each count
    // (the row lock orders them), and the one that reaches the limit locks.
    const until = new Date(now.getTime() + lockout.minutes * 60_000);
    const reachesLimit = sql<boolean>`failed_attempts + 1 >= ${lockout.maxFailures}`;
    const updated = await db
      .updateTable("user_account")
      .set({
        failed_attempts: sql<number>`case when ${reachesLimit} then 0 else failed_attempts + 1 end`,
        locked_until: sql<Date | null>`case when ${reachesLimit} then ${until} else locked_until end`,
      })
      .where("id", "=", user.id)
      .returning("locked_until")
      .executeTakeFirst();
    const locks = updated?.locked_until?.getTime() === until.getTime();
    return { ok: false, reason: locks ? "locked" : "wrong", ...ids };
  }
  await db
    .updateTable("user_account")
    .set({ failed_attempts: 0, locked_until: null })
    .where("id", "=", user.id)
    .execute();
  return { ok: true, ...ids };
}

/**
 * The code step: a TOTP code (each only once) or an unused recovery code.
 * `used` means a right code that was already used (wait for the next one).
 * The step is stored only if no request stored the same or a later step in
 * the meantime, so two requests racing with one code cannot both pass.
 * A secret this key cannot open (a copy of the database with another key)
 * refuses every TOTP code; recovery codes still work.
 */
export async function checkSecondFactor(
  db: Db,
  config: Config,
  userId: string,
  code: string,
  now: Date,
): Promise<"totp" | "recovery" | "used" | null> {
  const user = await getOwnUser(db, userId);
  if (!user?.totp_secret || user.totp_enabled_at === null || user.disabled_at !== null) return null;
  const secret = openOrUndefined(config, userId, user.totp_secret);
  const check: TotpCheck = secret
    ? verifyTotp(secret, code, {
        timestamp: now.getTime(),
        lastStep: user.totp_last_step === null ? null : Number(user.totp_last_step),
      })
    : { ok: false, reason: "wrong" };
  if (check.ok) {
    const stored = await db
      .updateTable("user_account")
      .set({ totp_last_step: check.step })
      .where("id", "=", userId)
      .where((where) =>
        where.or([where("totp_last_step", "is", null), where("totp_last_step", "<", check.step)]),
      )
      .executeTakeFirst();
    return stored.numUpdatedRows > 0n ? "totp" : "used";
  }
  if (check.reason === "used") return "used";
  const normalised = normaliseRecoveryCode(code);
  if (normalised.length !== 10) return null;
  const used = await db
    .updateTable("recovery_code")
    .set({ used_at: now })
    .where("user_id", "=", userId)
    .where("code_hash", "=", sha256(normalised))
    .where("used_at", "is", null)
    .executeTakeFirst();
  return used.numUpdatedRows > 0n ? "recovery" : null;
}

function openOrUndefined(config: Config, userId: string, stored: string): string | undefined {
  try {
    return readTotpSecret(config, userId, stored);
  } catch (error) {
    if (error instanceof TotpSecretUnreadableError) return undefined;
    throw error;
  }
}

function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, "");
}

const recoveryAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

/** New recovery codes (shown once); replaces any old ones. */
export async function replaceRecoveryCodes(db: Db, userId: string): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, () => {
    const chars = Array.from(
      { length: 10 },
      () => recoveryAlphabet[crypto.randomInt(recoveryAlphabet.length)],
    );
    return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
  });
  await db.deleteFrom("recovery_code").where("user_id", "=", userId).execute();
  await db
    .insertInto("recovery_code")
    .values(
      codes.map((code) => ({
        user_id: userId,
        code_hash: sha256(normaliseRecoveryCode(code)),
        used_at: null,
      })),
    )
    .execute();
  return codes;
}

/** A single-use link token; the database keeps only its hash. Older open links of the same kind stop working. */
export async function createToken(db: Db, userId: string, kind: TokenKind, now: Date): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  const hours = kind === "invitation" ? invitationHours : resetHours;
  await db.deleteFrom("user_token").where("user_id", "=", userId).where("kind", "=", kind).execute();
  await db
    .insertInto("user_token")
    .values({
      token_hash: sha256(token),
      user_id: userId,
      kind,
      expires_at: new Date(now.getTime() + hours * 3_600_000),
      used_at: null,
    })
    .execute();
  return token;
}

/** The user a link belongs to, if the link is unused, unexpired and of this kind. */
export async function findValidToken(db: Db, token: string, kind: TokenKind, now: Date) {
  return db
    .selectFrom("user_token as t")
    .innerJoin("user_account as u", "u.id", "t.user_id")
    .select(["u.id", "u.tenant_id", "u.email", "u.name", "u.totp_enabled_at"])
    .where("t.token_hash", "=", sha256(token))
    .where("t.kind", "=", kind)
    .where("t.used_at", "is", null)
    .where("t.expires_at", ">", now)
    .where("u.disabled_at", "is", null)
    .executeTakeFirst();
}

/**
 * Gives an invited person a secret to enrol (kept until they finish); the
 * plain secret, for the QR code. A pending secret this key cannot open is
 * replaced by a new one.
 */
export async function ensurePendingTotpSecret(db: Db, config: Config, userId: string): Promise<string> {
  const user = await getOwnUser(db, userId);
  if (user?.totp_secret && user.totp_enabled_at === null) {
    const pending = openOrUndefined(config, userId, user.totp_secret);
    if (pending !== undefined) return pending;
  }
  const secret = newTotpSecret();
  await storePendingTotpSecret(db, config, userId, secret);
  return secret;
}

/** Checks the code of an enrolment against the pending secret; null when there is none (or it does not open). */
export async function checkEnrolmentCode(
  db: Db,
  config: Config,
  userId: string,
  code: string,
  now: Date,
): Promise<TotpCheck | null> {
  const user = await getOwnUser(db, userId);
  if (!user?.totp_secret || user.totp_enabled_at !== null) return null;
  const secret = openOrUndefined(config, userId, user.totp_secret);
  if (secret === undefined) return null;
  return verifyTotp(secret, code, { timestamp: now.getTime(), lastStep: null });
}

/**
 * Uses a link: marks it used (only one request can win) and sets the new
 * password; for an invitation also switches on the enrolled second factor.
 * Returns false when the link was used in the meantime.
 */
export async function redeemToken(
  db: Db,
  token: string,
  kind: TokenKind,
  changes: { passwordHash: string; totpStep?: number },
  now: Date,
): Promise<string | null> {
  const used = await db
    .updateTable("user_token")
    .set({ used_at: now })
    .where("token_hash", "=", sha256(token))
    .where("kind", "=", kind)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning("user_id")
    .executeTakeFirst();
  if (!used) return null;
  await db
    .updateTable("user_account")
    .set({
      password_hash: changes.passwordHash,
      failed_attempts: 0,
      locked_until: null,
      ...(changes.totpStep === undefined ? {} : { totp_enabled_at: now, totp_last_step: changes.totpStep }),
    })
    .where("id", "=", used.user_id)
    .execute();
  await db.deleteFrom("user_session").where("user_id", "=", used.user_id).execute();
  return used.user_id;
}
