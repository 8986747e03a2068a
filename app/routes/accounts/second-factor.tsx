import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/second-factor";
import type { MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { checkSecondFactor } from "../../modules/accounts/authentication.server";
import { safeReturnPath } from "../../modules/accounts/return-path";
import { audit, homeFor, pendingSession, startSession } from "../../modules/accounts/web-session.server";
import { consumeAll } from "../../security/rate-limit.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { HiddenField } from "../../ui/csrf-field";
import { OneTimeCodeField } from "../../ui/account-fields";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { Paragraph } from "../../ui/paragraph";
import { passOnHeaders } from "../../security/route-headers";

export const handle: RouteHandle = { breadcrumb: "secondFactor.title" };

/** Retry-After on a 429 reaches the browser. */
export const headers = passOnHeaders;

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "secondFactor.title");
}

/** Step two of signing in: a TOTP code or a recovery code. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const session = await pendingSession(context, request);
  if (!session) throw redirect("/inloggen");
  return { returnTo: safeReturnPath(new URL(request.url).searchParams.get("terug"), "") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const session = await pendingSession(context, request);
  if (!session) throw redirect("/inloggen?verlopen=1");
  const form = await request.formData();
  const code = String(form.get("code") ?? "").trim();
  const returnTo = safeReturnPath(form.get("terug"), "");
  if (!code) return data({ error: "secondFactor.error.empty" as MessageKey, retryAfter: 0 }, { status: 400 });
  const wait = await consumeAll([
    [context.rateLimits.secondFactor, `user:${session.user_id}`],
    [context.rateLimits.secondFactor, `ip:${context.clientAddress}`],
  ]);
  if (wait > 0) {
    return data(
      { error: undefined, retryAfter: Math.ceil(wait / 60) },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const ids = {
    actorUserId: session.user_id,
    tenantId: session.tenant_id,
    targetType: "user",
    targetId: session.user_id,
  };
  const kind = await checkSecondFactor(context.db, context.config, session.user_id, code, new Date());
  if (kind === null || kind === "used") {
    await audit(context, "second_factor.failure", ids);
    const error: MessageKey = kind === "used" ? "secondFactor.error.used" : "secondFactor.error.wrong";
    return data({ error, retryAfter: 0 }, { status: 400 });
  }
  // Both factors passed: a new session id; the half-way session is gone.
  const cookie = await startSession(context, request, session.user_id, true);
  await audit(context, kind === "recovery" ? "recovery_code.used" : "second_factor.success", ids);
  throw redirect(returnTo || homeFor(session.role), { headers: { "Set-Cookie": cookie } });
}

export default function SecondFactor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const error = actionData?.error;
  return (
    <PageContent>
      <Heading level={1}>{t("secondFactor.title")}</Heading>
      <PageIntro>{t("secondFactor.intro")}</PageIntro>
      {actionData?.retryAfter ? (
        <FormMessage kind="error">{t("account.tooMany", { minutes: actionData.retryAfter })}</FormMessage>
      ) : null}
      <Form method="post" noValidate className="zicht-account-form" aria-label={t("secondFactor.title")}>
        {loaderData.returnTo ? <HiddenField name="terug" value={loaderData.returnTo} /> : null}
        <OneTimeCodeField
          label={t("secondFactor.code")}
          hint={t("secondFactor.codeHint")}
          error={error ? t(error) : undefined}
          maxLength={20}
        />
        <div>
          <Button appearance="primary-action">{t("secondFactor.submit")}</Button>
        </div>
      </Form>
      <Paragraph>
        <Link to="/inloggen">{t("secondFactor.restart")}</Link>
      </Paragraph>
    </PageContent>
  );
}
