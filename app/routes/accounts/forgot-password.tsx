import { data, Form } from "react-router";
import type { Route } from "./+types/forgot-password";
import { useTranslate } from "../../i18n/use-translate";
import { requestPasswordReset } from "../../modules/accounts/invitations.server";
import { consumeAll } from "../../security/rate-limit.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { FormField } from "../../ui/form-field";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { TextInput } from "../../ui/text-input";
import { passOnHeaders } from "../../security/route-headers";

export const handle: RouteHandle = { breadcrumb: "forgot.title" };

/** Retry-After on a 429 reaches the browser. */
export const headers = passOnHeaders;

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "forgot.title");
}

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export async function action({ request, context }: Route.ActionArgs) {
  const email = String((await request.formData()).get("email") ?? "").trim();
  if (!email) return data({ sent: false, error: true, retryAfter: 0 }, { status: 400 });
  const wait = await consumeAll([
    [context.rateLimits.reset, `ip:${context.clientAddress}`],
    [context.rateLimits.reset, `email:${email.toLowerCase()}`],
  ]);
  if (wait > 0) {
    return data(
      { sent: false, error: false, retryAfter: Math.ceil(wait / 60) },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  await requestPasswordReset(context.db, context.config, email, context.clientAddress);
  return { sent: true, error: false, retryAfter: 0 };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const t = useTranslate();
  return (
    <PageContent>
      <Heading level={1}>{t("forgot.title")}</Heading>
      {actionData?.sent ? (
        <FormMessage kind="success">{t("forgot.sent")}</FormMessage>
      ) : (
        <>
          <PageIntro>{t("forgot.intro")}</PageIntro>
          {actionData?.retryAfter ? (
            <FormMessage kind="error">{t("account.tooMany", { minutes: actionData.retryAfter })}</FormMessage>
          ) : null}
          <Form method="post" noValidate className="zicht-account-form" aria-label={t("forgot.title")}>
            <FormField
              inputId="email"
              label={t("account.email")}
              error={actionData?.error ? t("signIn.error.email") : undefined}
            >
              <TextInput
                id="email"
                name="email"
                type="email"
                autoComplete="email"
                invalid={Boolean(actionData?.error)}
              />
            </FormField>
            <div>
              <Button appearance="primary-action">{t("forgot.submit")}</Button>
            </div>
          </Form>
        </>
      )}
    </PageContent>
  );
}
