import { data, Form } from "react-router";
import type { Route } from "./+types/reset-password";
import type { MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import {
  checkSecondFactor,
  findValidToken,
  hashPassword,
  redeemToken,
} from "../../modules/accounts/authentication.server";
import { checkNewPassword } from "../../modules/accounts/password-policy";
import { audit } from "../../modules/accounts/web-session.server";
import { redirectWithFlash } from "../../modules/flash/flash.server";
import { consumeAll } from "../../security/rate-limit.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { NewPasswordFields, OneTimeCodeField } from "../../ui/account-fields";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { Paragraph } from "../../ui/paragraph";
import { passOnHeaders } from "../../security/route-headers";

export const handle: RouteHandle = { breadcrumb: "reset.title" };

/** Retry-After on a 429 reaches the browser. */
export const headers = passOnHeaders;

export function meta({ matches }: Route.MetaArgs) {
  return [...pageTitle(matches, "reset.title"), { name: "robots", content: "noindex" }];
}

export async function loader({ params, context }: Route.LoaderArgs) {
  const user = await findValidToken(context.db, params.token, "reset", new Date());
  if (!user) return data({ valid: false, email: "" }, { status: 410 });
  return { valid: true, email: user.email };
}

type Field = "password" | "passwordRepeat" | "code";

/** A new password needs the link and the second factor: a stolen mailbox alone is not enough. */
export async function action({ params, request, context }: Route.ActionArgs) {
  const now = new Date();
  const wait = await context.rateLimits.reset.consume(`ip:${context.clientAddress}`);
  if (wait > 0) throw data(null, { status: 429, headers: { "Retry-After": String(wait) } });
  const user = await findValidToken(context.db, params.token, "reset", now);
  if (!user) return data({ gone: true, errors: {} }, { status: 410 });
  const form = await request.formData();
  const password = String(form.get("password") ?? "");
  const repeat = String(form.get("passwordRepeat") ?? "");
  const code = String(form.get("code") ?? "");
  const errors: Partial<Record<Field, MessageKey>> = {};
  Object.assign(errors, checkNewPassword(password, repeat, { email: user.email, name: user.name }));
  if (Object.keys(errors).length === 0) {
    const codeWait = await consumeAll([[context.rateLimits.reset, `code:${user.id}`]]);
    if (codeWait > 0) throw data(null, { status: 429, headers: { "Retry-After": String(codeWait) } });
    const factor = await checkSecondFactor(context.db, context.config, user.id, code, now);
    if (factor === "used") errors.code = "secondFactor.error.used";
    else if (factor === null) errors.code = "password.error.code";
  } else if (!code.trim()) errors.code = "secondFactor.error.empty";
  if (Object.keys(errors).length > 0) return data({ gone: false, errors }, { status: 400 });
  const userId = await redeemToken(
    context.db,
    params.token,
    "reset",
    { passwordHash: await hashPassword(password) },
    now,
  );
  if (!userId) return data({ gone: true, errors: {} }, { status: 410 });
  await audit(context, "password_reset.done", {
    actorUserId: userId,
    tenantId: user.tenant_id,
    targetType: "user",
    targetId: userId,
  });
  // Post/Redirect/Get: the link is used up now, so the answer is the sign-in page (200) with the
  // message, not this page again (its loader would answer 410 on the revalidation).
  return redirectWithFlash(request, "/inloggen", { key: "flash.passwordReset" });
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  if (!loaderData.valid || actionData?.gone) {
    return (
      <PageContent>
        <Heading level={1}>{t("reset.title")}</Heading>
        <FormMessage kind="error">{t("reset.invalid")}</FormMessage>
        <Paragraph>
          <Link to="/wachtwoord-vergeten">{t("reset.newLink")}</Link>
        </Paragraph>
      </PageContent>
    );
  }
  const errors: Partial<Record<Field, MessageKey>> = actionData?.errors ?? {};
  const message = (key: MessageKey | undefined) => (key === undefined ? undefined : t(key));
  return (
    <PageContent>
      <Heading level={1}>{t("reset.title")}</Heading>
      <PageIntro>{t("reset.intro")}</PageIntro>
      {Object.keys(errors).length > 0 ? <FormMessage kind="error">{t("form.fixErrors")}</FormMessage> : null}
      <Form method="post" noValidate className="zicht-account-form" aria-label={t("reset.title")}>
        <NewPasswordFields
          email={loaderData.email}
          errors={{ password: message(errors.password), passwordRepeat: message(errors.passwordRepeat) }}
        />
        <OneTimeCodeField
          label={t("secondFactor.code")}
          hint={t("secondFactor.codeHint")}
          error={message(errors.code)}
          maxLength={20}
        />
        <div>
          <Button appearance="primary-action">{t("reset.submit")}</Button>
        </div>
      </Form>
    </PageContent>
  );
}
