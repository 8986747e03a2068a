import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/sign-in";
import type { MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { checkPasswordSignIn } from "../../modules/accounts/authentication.server";
import { getSignedIn } from "../../modules/accounts/guard.server";
import { safeReturnPath } from "../../modules/accounts/return-path";
import { audit, homeFor, startSession } from "../../modules/accounts/web-session.server";
import { consumeAll } from "../../security/rate-limit.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { TextWithPhone } from "../../ui/contact-links";
import { HiddenField } from "../../ui/csrf-field";
import { FormField } from "../../ui/form-field";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { TextInput } from "../../ui/text-input";
import { passOnHeaders } from "../../security/route-headers";

export const handle: RouteHandle = { breadcrumb: "nav.signIn" };

/** Retry-After on a 429 reaches the browser. */
export const headers = passOnHeaders;

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.signIn");
}

/** The public sections, which work without an account. */
const publicSections: ReadonlyArray<{ to: string; label: MessageKey; text: MessageKey }> = [
  { to: "/wegwijzer", label: "nav.directory", text: "signIn.public.directory" },
  { to: "/signaleren", label: "nav.screening", text: "signIn.public.screening" },
  { to: "/kennisbank", label: "nav.knowledge", text: "signIn.public.knowledge" },
  { to: "/bibliotheek", label: "nav.library", text: "signIn.public.library" },
  { to: "/jongeren", label: "nav.youth", text: "signIn.public.youth" },
  { to: "/ouders", label: "nav.parents", text: "signIn.public.parents" },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const signedIn = await getSignedIn(request, context);
  if (signedIn) throw redirect(safeReturnPath(url.searchParams.get("terug"), homeFor(signedIn.role)));
  return {
    returnTo: safeReturnPath(url.searchParams.get("terug"), ""),
    signedOut: url.searchParams.has("uitgelogd"),
    ended: url.searchParams.has("verlopen"),
  };
}

type Errors = Partial<Record<"email" | "password", MessageKey>>;

export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const returnTo = safeReturnPath(form.get("terug"), "");
  const errors: Errors = {};
  if (!email) errors.email = "signIn.error.email";
  if (!password) errors.password = "signIn.error.password";
  if (Object.keys(errors).length > 0) {
    return data({ errors, failed: false, retryAfter: 0, email }, { status: 400 });
  }
  const wait = await consumeAll([
    [context.rateLimits.signInAddress, context.clientAddress],
    [context.rateLimits.signInAccount, email.toLowerCase()],
  ]);
  if (wait > 0) {
    return data(
      { errors: {}, failed: false, retryAfter: Math.ceil(wait / 60), email },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const result = await checkPasswordSignIn(context.db, email, password, new Date());
  if (!result.ok) {
    await audit(context, result.reason === "locked" ? "sign_in.locked" : "sign_in.failure", {
      tenantId: result.tenantId,
      targetType: result.userId ? "user" : undefined,
      targetId: result.userId,
    });
    // One message for every reason: nobody learns whether an address has an account.
    return data({ errors: {}, failed: true, retryAfter: 0, email }, { status: 401 });
  }
  const cookie = await startSession(context, request, result.userId, false);
  await audit(context, "sign_in.success", {
    actorUserId: result.userId,
    tenantId: result.tenantId,
    targetType: "user",
    targetId: result.userId,
  });
  const next = returnTo ? `/inloggen/code?terug=${encodeURIComponent(returnTo)}` : "/inloggen/code";
  throw redirect(next, { headers: { "Set-Cookie": cookie } });
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const errors: Errors = actionData?.errors ?? {};
  return (
    <PageContent>
      <Heading level={1}>{t("signIn.title")}</Heading>
      <PageIntro>{t("signIn.intro")}</PageIntro>
      <Paragraph>{t("signIn.twoSteps")}</Paragraph>
      {loaderData.signedOut ? <FormMessage kind="success">{t("signIn.signedOut")}</FormMessage> : null}
      {loaderData.ended ? <FormMessage kind="error">{t("signIn.sessionEnded")}</FormMessage> : null}
      {actionData?.failed ? <FormMessage kind="error">{t("signIn.failed")}</FormMessage> : null}
      {actionData?.retryAfter ? (
        <FormMessage kind="error">{t("account.tooMany", { minutes: actionData.retryAfter })}</FormMessage>
      ) : null}
      <Form method="post" noValidate className="zicht-account-form" aria-label={t("signIn.title")}>
        {loaderData.returnTo ? <HiddenField name="terug" value={loaderData.returnTo} /> : null}
        <FormField
          inputId="email"
          label={t("account.email")}
          error={errors.email ? t(errors.email) : undefined}
        >
          <TextInput
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            defaultValue={actionData?.email}
            invalid={Boolean(errors.email)}
          />
        </FormField>
        <FormField
          inputId="password"
          label={t("account.password")}
          error={errors.password ? t(errors.password) : undefined}
        >
          <TextInput
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            invalid={Boolean(errors.password)}
          />
        </FormField>
        <div>
          <Button appearance="primary-action">{t("signIn.submit")}</Button>
        </div>
      </Form>
      <Paragraph>
        <Link to="/wachtwoord-vergeten">{t("signIn.forgot")}</Link>
      </Paragraph>
      <Paragraph>{t("signIn.noAccount")}</Paragraph>

      <PageSection headingId="public-heading" heading={t("signIn.public.heading")}>
        <Paragraph>{t("signIn.public.intro")}</Paragraph>
        <ul className="zicht-link-list">
          {publicSections.map((section) => (
            <li key={section.to}>
              <Link className="zicht-link-list__link" to={section.to}>
                {t(section.label)}
              </Link>
              <span className="zicht-link-list__text">{t(section.text)}</span>
            </li>
          ))}
        </ul>
      </PageSection>

      <Paragraph urgent>
        <TextWithPhone text={t("signIn.help")} number="112" />
      </Paragraph>
    </PageContent>
  );
}
