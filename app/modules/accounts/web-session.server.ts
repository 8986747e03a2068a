import type { AppLoadContext } from "react-router";
import { writeAudit, type AuditAction } from "./audit.server";
import { can } from "./permissions";
import type { Role } from "./permissions";
import {
  clearSessionCookie,
  createSession,
  deleteSession,
  findSession,
  sessionCookie,
  sessionTokenFromCookie,
} from "./sessions.server";

/**
 * Sessions as the routes use them: cookies in, `Set-Cookie` out. Every step
 * up (password → both factors) gets a new session id; the old one is gone.
 */
export async function startSession(
  context: AppLoadContext,
  request: Request,
  userId: string,
  secondFactorDone: boolean,
): Promise<string> {
  const old = sessionTokenFromCookie(request.headers.get("Cookie"));
  if (old) await deleteSession(context.db, old);
  const { token } = await createSession(context.db, userId, {
    secondFactorDone,
    userAgent: request.headers.get("User-Agent") ?? "",
    now: new Date(),
  });
  return sessionCookie(token, {
    secure: context.config.isProduction,
    maxAgeSeconds: context.config.sessions.absoluteHours * 3600,
  });
}

/** The session that has passed the password but not yet the code, or null. */
export async function pendingSession(context: AppLoadContext, request: Request) {
  const token = sessionTokenFromCookie(request.headers.get("Cookie"));
  if (!token) return null;
  const session = await findSession(context.db, token, context.config.sessions, new Date());
  return session && !session.second_factor_done ? { ...session, token } : null;
}

export async function endSession(context: AppLoadContext, request: Request): Promise<string> {
  const token = sessionTokenFromCookie(request.headers.get("Cookie"));
  if (token) await deleteSession(context.db, token);
  return clearSessionCookie(context.config.isProduction);
}

/**
 * Where a person starts after signing in: their cases if they work with
 * cases, the workspace if they have a part in it, else their account.
 */
export function homeFor(role: Role): string {
  if (can(role, "read:case:own")) return "/casussen";
  return can(role, "manage:user:org") ||
    can(role, "edit:directory:any") ||
    can(role, "manage:organisation:any") ||
    can(role, "read:audit:org")
    ? "/beheer"
    : "/account";
}

export function audit(
  context: AppLoadContext,
  action: AuditAction,
  fields: { actorUserId?: string | null; tenantId?: string | null; targetType?: string; targetId?: string },
) {
  return writeAudit(context.db, context.config, {
    action,
    actorUserId: fields.actorUserId ?? null,
    tenantId: fields.tenantId ?? null,
    targetType: fields.targetType,
    targetId: fields.targetId,
    clientAddress: context.clientAddress,
  });
}
