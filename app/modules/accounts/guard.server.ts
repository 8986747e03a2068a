import { data, redirect } from "react-router";
import type { AppLoadContext } from "react-router";
import { can, type Permission } from "./permissions";
import { equalSecrets } from "./secrets.server";
import { findSession, sessionTokenFromCookie, type Session } from "./sessions.server";

/**
 * The doors of every signed-in page. A loader or action calls
 * `requirePermission` with the permission it needs; an action also calls
 * `requireCsrfToken` with its form. Not signed in: to the sign-in page.
 * Signed in without the permission: 403. Something of another organisation:
 * the repository does not find it, the route answers 404.
 */
export interface SignedIn {
  session: Session;
  token: string;
  userId: string;
  tenantId: string;
  role: Session["role"];
  email: string;
  csrfToken: string;
}

/** The fully signed-in person (both factors), or null. */
export async function getSignedIn(request: Request, context: AppLoadContext): Promise<SignedIn | null> {
  const token = sessionTokenFromCookie(request.headers.get("Cookie"));
  if (!token) return null;
  const session = await findSession(context.db, token, context.config.sessions, new Date());
  if (!session || !session.second_factor_done) return null;
  return {
    session,
    token,
    userId: session.user_id,
    tenantId: session.tenant_id,
    role: session.role,
    email: session.email,
    csrfToken: session.csrf_token,
  };
}

export async function requireSignedIn(request: Request, context: AppLoadContext): Promise<SignedIn> {
  const signedIn = await getSignedIn(request, context);
  if (!signedIn) {
    const url = new URL(request.url);
    throw redirect(`/inloggen?terug=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return signedIn;
}

export async function requirePermission(
  request: Request,
  context: AppLoadContext,
  ...anyOf: Permission[]
): Promise<SignedIn> {
  const signedIn = await requireSignedIn(request, context);
  if (!anyOf.some((permission) => can(signedIn.role, permission))) forbidden();
  return signedIn;
}

/** Does the form carry this session's token (field `csrf`)? Constant-time comparison. */
export function hasCsrfToken(form: FormData, signedIn: { csrfToken: string }): boolean {
  const sent = form.get("csrf");
  return typeof sent === "string" && equalSecrets(sent, signedIn.csrfToken);
}

/** The form must carry this session's token (field `csrf`); otherwise 403 and nothing happens. */
export function requireCsrfToken(form: FormData, signedIn: { csrfToken: string }): void {
  if (!hasCsrfToken(form, signedIn)) forbidden();
}

/** 403: signed in, but not allowed. */
export function forbidden(): never {
  throw data(null, { status: 403, statusText: "Forbidden" });
}

/** 404 for anything the repository did not find (also when it belongs to another organisation). */
export function notFound(): never {
  throw data(null, { status: 404, statusText: "Not Found" });
}
