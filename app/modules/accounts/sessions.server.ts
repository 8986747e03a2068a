import type { Config } from "../../config.server";
import type { Db } from "./accounts.server";
import { randomToken, sha256 } from "./secrets.server";

/**
 * Server-side sessions. The cookie holds a random token; the database only
 * its SHA-256 hash. A session ends after `idleMinutes` without a request and
 * `absoluteHours` after sign-in. A session that has only passed the password
 * step (`second_factor_done = false`) opens nothing but the code page.
 */
export const sessionCookieName = "zicht_sessie";

export async function createSession(
  db: Db,
  userId: string,
  options: { secondFactorDone: boolean; userAgent: string; now: Date },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  await db
    .insertInto("user_session")
    .values({
      id_hash: sha256(token),
      user_id: userId,
      second_factor_done: options.secondFactorDone,
      csrf_token: csrfToken,
      created_at: options.now,
      last_seen_at: options.now,
      user_agent: options.userAgent.slice(0, 300),
    })
    .execute();
  return { token, csrfToken };
}

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

export function sessionSettings(config: Config): SessionSettings {
  return config.sessions;
}

/** The live session for a token with its user, or null (unknown, expired, user deactivated). */
export async function findSession(db: Db, token: string, settings: SessionSettings, now: Date) {
  const idHash = sha256(token);
  const row = await db
    .selectFrom("user_session as s")
    .innerJoin("user_account as u", "u.id", "s.user_id")
    .select([
      "s.id_hash",
      "s.second_factor_done",
      "s.csrf_token",
      "s.created_at",
      "s.last_seen_at",
      "u.id as user_id",
      "u.tenant_id",
      "u.email",
      "u.name",
      "u.role",
      "u.disabled_at",
    ])
    .where("s.id_hash", "=", idHash)
    .executeTakeFirst();
  if (!row) return null;
  const idleLimit = new Date(now.getTime() - settings.idleMinutes * 60_000);
  const absoluteLimit = new Date(now.getTime() - settings.absoluteHours * 3_600_000);
  if (row.disabled_at !== null || row.last_seen_at < idleLimit || row.created_at < absoluteLimit) {
    await db.deleteFrom("user_session").where("id_hash", "=", idHash).execute();
    return null;
  }
  // Writing on every request is wasteful: a minute's precision is plenty.
  if (now.getTime() - row.last_seen_at.getTime() > 60_000) {
    await db.updateTable("user_session").set({ last_seen_at: now }).where("id_hash", "=", idHash).execute();
  }
  return row;
}

export type Session = NonNullable<Awaited<ReturnType<typeof findSession>>>;

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom("user_session").where("id_hash", "=", sha256(token)).execute();
}

/** "Sign out everywhere": every session of this user, except optionally the current one. */
export async function deleteUserSessions(db: Db, userId: string, exceptToken?: string): Promise<number> {
  let query = db.deleteFrom("user_session").where("user_id", "=", userId);
  if (exceptToken) query = query.where("id_hash", "!=", sha256(exceptToken));
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function listUserSessions(db: Db, userId: string, currentToken: string) {
  const current = sha256(currentToken);
  const rows = await db
    .selectFrom("user_session")
    .select(["id_hash", "created_at", "last_seen_at", "user_agent"])
    .where("user_id", "=", userId)
    .where("second_factor_done", "=", true)
    .orderBy("last_seen_at", "desc")
    .execute();
  return rows.map((row) => ({
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    userAgent: row.user_agent,
    current: row.id_hash === current,
  }));
}

/** Reads the session token from a Cookie header. */
export function sessionTokenFromCookie(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === sessionCookieName) return value.join("=") || null;
  }
  return null;
}

export function sessionCookie(token: string, options: { secure: boolean; maxAgeSeconds: number }): string {
  return [
    `${sessionCookieName}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${options.maxAgeSeconds}`,
    ...(options.secure ? ["Secure"] : []),
  ].join("; ");
}

export function clearSessionCookie(secure: boolean): string {
  return sessionCookie("", { secure, maxAgeSeconds: 0 });
}
