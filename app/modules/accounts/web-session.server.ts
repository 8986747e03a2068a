import type { AppLoadContext } from "react-router";
import type { Transaction } from "kysely";
import type { Database } from "../../db/database";
import { appendAudit, writeAudit, type AuditAction, type AuditEvent } from "./audit.server";
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
    secure: cookieIsSecure(context, request),
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
  return clearSessionCookie(cookieIsSecure(context, request));
}

/**
 * The session cookie is `Secure` whenever the request came over HTTPS (behind
 * a proxy: as X-Forwarded-Proto says, when TRUST_PROXY trusts it), and always
 * in production.
 */
export function cookieIsSecure(context: Pick<AppLoadContext, "config">, request: Request): boolean {
  return context.config.isProduction || new URL(request.url).protocol === "https:";
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

export interface AuditFields {
  actorUserId?: string | null;
  tenantId?: string | null;
  targetType?: string;
  targetId?: string;
  details?: AuditEvent["details"];
}

function auditEvent(context: AppLoadContext, action: AuditAction, fields: AuditFields): AuditEvent {
  return {
    action,
    actorUserId: fields.actorUserId ?? null,
    tenantId: fields.tenantId ?? null,
    targetType: fields.targetType,
    targetId: fields.targetId,
    details: fields.details,
    clientAddress: context.clientAddress,
  };
}

export function audit(context: AppLoadContext, action: AuditAction, fields: AuditFields) {
  return writeAudit(context.db, context.config, auditEvent(context, action, fields));
}

/** The same entry, inside the transaction that makes the change it records. */
export function auditInTransaction(
  trx: Transaction<Database>,
  context: AppLoadContext,
  action: AuditAction,
  fields: AuditFields,
) {
  return appendAudit(trx, context.config, auditEvent(context, action, fields));
}
