import QRCode from "qrcode";
import { data, Form, type ShouldRevalidateFunctionArgs } from "react-router";
import type { Route } from "./+types/invitation";
import type { MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import {
  checkEnrolmentCode,
  ensurePendingTotpSecret,
  findValidToken,
  hashPassword,
  replaceRecoveryCodes,
  redeemToken,
} from "../../modules/accounts/authentication.server";
import { checkNewPassword } from "../../modules/accounts/password-policy";
import { groupedSecret, totpUri } from "../../modules/accounts/totp";
import { audit } from "../../modules/accounts/web-session.server";
import type { RateLimit } from "../../security/rate-limit.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { NewPasswordFields, OneTimeCodeField } from "../../ui/account-fields";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { QrCode } from "../../ui/qr-code";
import { passOnHeaders } from "../../security/route-headers";

export const handle: RouteHandle = { breadcrumb: "invitation.title" };

/** Retry-After on a 429 reaches the browser. */
export const headers = passOnHeaders;

export function meta({ matches }: Route.MetaArgs) {
  return [...pageTitle(matches, "invitation.title"), { name: "robots", content: "noindex" }];
}

async function tooMany(limit: RateLimit, clientAddress: string) {
  const wait = await limit.consume(clientAddress);
  return wait > 0 ? data(null, { status: 429, headers: { "Retry-After": String(wait) } }) : null;
}

/** The invited person sets a password and enrols the second factor, on one page. */
export async function loader({ params, context }: Route.LoaderArgs) {
  const user = await findValidToken(context.db, params.token, "invitation", new Date());
  if (!user) return data({ valid: false as const }, { status: 410 });
  const secret = await ensurePendingTotpSecret(context.db, context.config, user.id);
  const qr = await QRCode.toString(totpUri(secret, user.email), { type: "svg", margin: 1 });
  return {
    valid: true as const,
    email: user.email,
    secret: groupedSecret(secret),
    qr: `data:image/svg+xml;base64,${Buffer.from(qr).toString("base64")}`,
  };
}

type Field = "password" | "passwordRepeat" | "code";

export async function action({ params, request, context }: Route.ActionArgs) {
  const limited = await tooMany(context.rateLimits.invitation, context.clientAddress);
  if (limited) throw limited;
  const now = new Date();
  const user = await findValidToken(context.db, params.token, "invitation", now);
  if (!user) return data({ gone: true, errors: {}, codes: [] as string[] }, { status: 410 });
  const form = await request.formData();
  const password = String(form.get("password") ?? "");
  const repeat = String(form.get("passwordRepeat") ?? "");
  const code = String(form.get("code") ?? "");
  const check = await checkEnrolmentCode(context.db, context.config, user.id, code, now);
  if (!check) return data({ gone: true, errors: {}, codes: [] as string[] }, { status: 410 });
  const errors: Partial<Record<Field, MessageKey>> = {};
  Object.assign(errors, checkNewPassword(password, repeat, { email: user.email, name: user.name }));
  if (!check.ok) errors.code = "password.error.code";
  if (Object.keys(errors).length > 0 || !check.ok) {
    return data({ gone: false, errors, codes: [] as string[] }, { status: 400 });
  }
  const userId = await redeemToken(
    context.db,
    params.token,
    "invitation",
    { passwordHash: await hashPassword(password), totpStep: check.step },
    now,
  );
  if (!userId) return data({ gone: true, errors: {}, codes: [] as string[] }, { status: 410 });
  const codes = await replaceRecoveryCodes(context.db, userId);
  const ids = { actorUserId: userId, tenantId: user.tenant_id, targetType: "user", targetId: userId };
  await audit(context, "invitation.accepted", ids);
  await audit(context, "second_factor.enrolled", ids);
  // The recovery codes are shown once, in this answer, and are stored nowhere in plain text, so this
  // is no redirect (see docs/decisions/020-account-links-after-success.md). The status is set on
  // purpose: without it the loader's 410 for the now used link would become the page's status.
  return data({ gone: false, errors: {}, codes }, { status: 200 });
}

/**
 * After a successful enrolment the link is used up: reloading this route's loader would only answer
 * 410, so with JavaScript it is not revalidated and the page keeps showing the recovery codes.
 */
export function shouldRevalidate({ actionResult, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  const codes = (actionResult as { codes?: unknown } | undefined)?.codes;
  if (Array.isArray(codes) && codes.length > 0) return false;
  return defaultShouldRevalidate;
}

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const message = (key: MessageKey | undefined) => (key === undefined ? undefined : t(key));
  // Right after enrolment the link is used up: show the recovery codes first.
  if (actionData && actionData.codes.length > 0) {
    return (
      <PageContent>
        <Heading level={1}>{t("invitation.done")}</Heading>
        <Paragraph>{t("invitation.recoveryIntro")}</Paragraph>
        <ul className="zicht-recovery-codes">
          {actionData.codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Paragraph>
          <Link to="/inloggen">{t("invitation.toSignIn")}</Link>
        </Paragraph>
      </PageContent>
    );
  }
  if (!loaderData.valid || actionData?.gone) {
    return (
      <PageContent>
        <Heading level={1}>{t("invitation.title")}</Heading>
        <FormMessage kind="error">{t("invitation.invalid")}</FormMessage>
      </PageContent>
    );
  }
  const errors: Partial<Record<Field, MessageKey>> = actionData?.errors ?? {};
  return (
    <PageContent>
      <Heading level={1}>{t("invitation.title")}</Heading>
      <PageIntro>{t("invitation.intro")}</PageIntro>
      {Object.keys(errors).length > 0 ? <FormMessage kind="error">{t("form.fixErrors")}</FormMessage> : null}
      <Form method="post" noValidate className="zicht-account-form" aria-label={t("invitation.title")}>
        <PageSection headingId="step1" heading={t("invitation.step1")}>
          <NewPasswordFields
            email={loaderData.email}
            errors={{ password: message(errors.password), passwordRepeat: message(errors.passwordRepeat) }}
          />
        </PageSection>
        <PageSection headingId="step2" heading={t("invitation.step2")}>
          <Paragraph>{t("invitation.appIntro")}</Paragraph>
          <QrCode src={loaderData.qr} alt={t("invitation.qrAlt")} />
          <Paragraph>{t("invitation.manual")}</Paragraph>
          <p className="zicht-secret">{loaderData.secret}</p>
          <OneTimeCodeField
            label={t("invitation.code")}
            hint={t("invitation.codeHint")}
            error={message(errors.code)}
            maxLength={10}
          />
        </PageSection>
        <div>
          <Button appearance="primary-action">{t("invitation.submit")}</Button>
        </div>
      </Form>
    </PageContent>
  );
}
