import type { AppLoadContext } from "react-router";
import {
  notFound,
  requireCsrfToken,
  requirePermission,
  type SignedIn,
} from "../../modules/accounts/guard.server";
import { findWritableCase, readCase, type CaseRow } from "../../modules/cases/cases.server";
import type { CaseActor } from "../../modules/cases/visibility";

/**
 * The doors of the case pages. Reading needs `read:case:own` or `…:org`,
 * changing `write:case:own` or `…:org`; the case itself is looked up in the
 * repository with the person's scope, so a case they may not see is 404.
 */
export function actorOf(me: SignedIn, context?: Pick<AppLoadContext, "clientAddress">): CaseActor {
  return {
    userId: me.userId,
    tenantId: me.tenantId,
    role: me.role,
    ...(context?.clientAddress ? { clientAddress: context.clientAddress } : {}),
  };
}

export async function requireCaseReader(request: Request, context: AppLoadContext) {
  const me = await requirePermission(request, context, "read:case:own", "read:case:org");
  return { me, actor: actorOf(me, context) };
}

export async function requireCaseWriter(request: Request, context: AppLoadContext) {
  const me = await requirePermission(request, context, "write:case:own", "write:case:org");
  return { me, actor: actorOf(me, context) };
}

/** A case page's loader: the case (audited read) or 404. */
export async function loadCase(request: Request, context: AppLoadContext, caseId: string) {
  const { me, actor } = await requireCaseReader(request, context);
  const found = await readCase(context.db, context.config, actor, caseId);
  if (!found) notFound();
  return { me, actor, found };
}

/** A case page's action: permission, CSRF token, then the case the person may change, or 404. */
export async function caseForAction(
  request: Request,
  context: AppLoadContext,
  caseId: string,
): Promise<{ me: SignedIn; actor: CaseActor; found: CaseRow; form: FormData }> {
  const { me, actor } = await requireCaseWriter(request, context);
  const form = await request.formData();
  requireCsrfToken(form, me);
  const found = await findWritableCase(context.db, actor, caseId);
  if (!found) notFound();
  return { me, actor, found, form };
}

/** Today as YYYY-MM-DD (UTC). */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
