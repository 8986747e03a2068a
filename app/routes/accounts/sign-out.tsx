import { redirect } from "react-router";
import type { Route } from "./+types/sign-out";
import { requireCsrfToken, requireSignedIn } from "../../modules/accounts/guard.server";
import { audit, endSession } from "../../modules/accounts/web-session.server";

/** Signing out is a form post (with the session's token); a plain visit goes to the account page. */
export function loader() {
  throw redirect("/account");
}

export async function action({ request, context }: Route.ActionArgs) {
  const me = await requireSignedIn(request, context);
  requireCsrfToken(await request.formData(), me);
  const cookie = await endSession(context, request);
  await audit(context, "sign_out", {
    actorUserId: me.userId,
    tenantId: me.tenantId,
    targetType: "user",
    targetId: me.userId,
  });
  throw redirect("/inloggen?uitgelogd=1", { headers: { "Set-Cookie": cookie } });
}
