import type { AppLoadContext } from "react-router";
import {
  forbidden,
  hasCsrfToken,
  notFound,
  requireSignedIn,
  type SignedIn,
} from "../../modules/accounts/guard.server";
import { can, type Permission } from "../../modules/accounts/permissions";
import {
  auditCaseRefused,
  findWritableCase,
  readCase,
  type CaseRefusal,
  type CaseRow,
} from "../../modules/cases/cases.server";
import type { CaseActor } from "../../modules/cases/visibility";

/**
 * The doors of the case pages. Reading needs `read:case:own` or `…:org`,
 * changing `write:case:own` or `…:org`; the case itself is looked up in the
 * repository with the person's scope, so a case they may not see is 404.
 * Every refusal of a signed-in person (403 or 404) is audited here as
 * `case.refused`, at most once per request; someone not signed in is sent
 * to the sign-in page and not audited.
 */
export function actorOf(me: SignedIn, context?: Pick<AppLoadContext, "clientAddress">): CaseActor {
  return {
    userId: me.userId,
    tenantId: me.tenantId,
    role: me.role,
    ...(context?.clientAddress ? { clientAddress: context.clientAddress } : {}),
  };
}

const auditedRefusals = new WeakSet<Request>();

/**
 * Refuses a signed-in person a case: audits it (once per request) and
 * answers 403 (`forbidden`) or 404 (`not_found`). `caseId` is the id as
 * given in the address, also when no such case exists; null on the list.
 */
export async function refuseCase(
  request: Request,
  context: AppLoadContext,
  actor: CaseActor,
  caseId: string | null,
  reason: CaseRefusal,
): Promise<never> {
  if (!auditedRefusals.has(request)) {
    auditedRefusals.add(request);
    await auditCaseRefused(context.db, context.config, actor, caseId, reason);
  }
  return reason === "forbidden" ? forbidden() : notFound();
}

/** Someone with one of these case permissions, or 403 (audited). */
export async function requireCasePermission(
  request: Request,
  context: AppLoadContext,
  caseId: string | null,
  ...anyOf: Permission[]
) {
  const me = await requireSignedIn(request, context);
  const actor = actorOf(me, context);
  if (!anyOf.some((permission) => can(me.role, permission)))
    await refuseCase(request, context, actor, caseId, "forbidden");
  return { me, actor };
}

/** Someone who may read cases (of `caseId`, when the page is about one case), or 403. */
export async function requireCaseReader(
  request: Request,
  context: AppLoadContext,
  caseId: string | null = null,
) {
  return requireCasePermission(request, context, caseId, "read:case:own", "read:case:org");
}

/** Someone who may change cases (of `caseId`, when the page is about one case), or 403. */
export async function requireCaseWriter(
  request: Request,
  context: AppLoadContext,
  caseId: string | null = null,
) {
  return requireCasePermission(request, context, caseId, "write:case:own", "write:case:org");
}

/**
 * A case page's loader: the case (audited read) or 404. With `writable`,
 * the page is for changing the case: a case the person may only read is 404
 * too, before anything is read.
 */
export async function loadCase(
  request: Request,
  context: AppLoadContext,
  caseId: string,
  options: { writable?: boolean } = {},
) {
  const { me, actor } = await requireCaseReader(request, context, caseId);
  if (options.writable && !(await findWritableCase(context.db, actor, caseId)))
    return refuseCase(request, context, actor, caseId, "not_found");
  const found = await readCase(context.db, context.config, actor, caseId);
  if (!found) return refuseCase(request, context, actor, caseId, "not_found");
  return { me, actor, found, refuse: refuser(request, context, actor, caseId) };
}

/**
 * For a refusal the page decides itself, inside a case the person may see
 * (an unknown step, assessment, referral or report kind; a permission the
 * role lacks): `return refuse()` audits it like any other refusal.
 */
function refuser(request: Request, context: AppLoadContext, actor: CaseActor, caseId: string) {
  return (reason: CaseRefusal = "not_found") => refuseCase(request, context, actor, caseId, reason);
}

/** A case page's action: permission, CSRF token, then the case the person may change, or 404. */
export async function caseForAction(
  request: Request,
  context: AppLoadContext,
  caseId: string,
): Promise<{
  me: SignedIn;
  actor: CaseActor;
  found: CaseRow;
  form: FormData;
  refuse: (reason?: CaseRefusal) => Promise<never>;
}> {
  const { me, actor } = await requireCaseWriter(request, context, caseId);
  const form = await request.formData();
  if (!hasCsrfToken(form, me)) return refuseCase(request, context, actor, caseId, "forbidden");
  const found = await findWritableCase(context.db, actor, caseId);
  if (!found) return refuseCase(request, context, actor, caseId, "not_found");
  return { me, actor, found, form, refuse: refuser(request, context, actor, caseId) };
}

/** Today as YYYY-MM-DD (UTC). */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
