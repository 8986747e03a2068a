import type { AppLoadContext } from "react-router";
import { localeFromCookieHeader, translator, type Translate } from "../../i18n";
import { notFound, requirePermission, type SignedIn } from "../accounts/guard.server";
import { readCase, type CaseActor, type CaseRow } from "./cases.server";

/**
 * The door of every case page below /casussen/:id: signed in with a
 * case permission (else sign-in or 403), and the case found for this person
 * (else 404 — also for another organisation's case or one past retention).
 * Reading it is audited (readCase).
 */
export async function requireCase(
  request: Request,
  context: AppLoadContext,
  caseId: string | undefined,
): Promise<{ me: SignedIn; actor: CaseActor; found: CaseRow; t: Translate }> {
  const me = await requirePermission(request, context, "read:case:own", "read:case:org");
  const actor: CaseActor = { userId: me.userId, tenantId: me.tenantId, role: me.role };
  const found = caseId ? await readCase(context.db, context.config, actor, caseId) : undefined;
  if (!found) notFound();
  return { me, actor, found, t: translator(localeFromCookieHeader(request.headers.get("Cookie"))) };
}
