import { data, Form } from "react-router";
import type { Route } from "./+types/account";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { getOwnUser, setOwnPhone } from "../../modules/accounts/accounts.server";
import { requireCsrfToken, requirePermission } from "../../modules/accounts/guard.server";
import { checkPhone, phoneMaxLength } from "../../modules/accounts/phone";
import { deleteUserSessions, listUserSessions } from "../../modules/accounts/sessions.server";
import { audit, homeFor } from "../../modules/accounts/web-session.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { CsrfField } from "../../ui/csrf-field";
import { DataTable } from "../../ui/data-table";
import { fieldHintId, FormField } from "../../ui/form-field";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { formatMoment } from "../../ui/moment";
import { roleNames } from "../../ui/role-names";
import { TextInput } from "../../ui/text-input";

export const handle: RouteHandle = { breadcrumb: "account.title" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "account.title");
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const me = await requirePermission(request, context, "read:account:own");
  const sessions = await listUserSessions(context.db, me.userId, me.token);
  const user = await getOwnUser(context.db, me.userId);
  return {
    email: me.email,
    phone: user?.phone ?? "",
    role: me.role,
    csrf: me.csrfToken,
    workspace: homeFor(me.role) === "/beheer",
    cases: homeFor(me.role) === "/casussen",
    sessions: sessions.map((session) => ({
      ...session,
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
    })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const me = await requirePermission(request, context, "read:account:own");
  const form = await request.formData();
  requireCsrfToken(form, me);
  if (form.get("intent") === "phone") {
    const checked = checkPhone(form.get("phone"));
    if (!checked.ok) {
      return data(
        {
          done: false,
          phoneSaved: false,
          phoneError: checked.error,
          phone: String(form.get("phone") ?? "").slice(0, 100),
        },
        { status: 422 },
      );
    }
    await setOwnPhone(context.db, me.userId, checked.phone);
    await audit(context, "user.phone_changed", {
      actorUserId: me.userId,
      tenantId: me.tenantId,
      targetType: "user",
      targetId: me.userId,
    });
    return { done: false, phoneSaved: true, phoneError: null, phone: checked.phone ?? "" };
  }
  if (form.get("intent") !== "everywhere") throw data(null, { status: 400 });
  await deleteUserSessions(context.db, me.userId, me.token);
  await audit(context, "sign_out.everywhere", {
    actorUserId: me.userId,
    tenantId: me.tenantId,
    targetType: "user",
    targetId: me.userId,
  });
  return { done: true, phoneSaved: false, phoneError: null, phone: null };
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <PageContent>
      <Heading level={1}>{t("account.title")}</Heading>
      <PageIntro>{t("account.intro", { email: loaderData.email })}</PageIntro>
      <Paragraph>{t("account.role", { role: t(roleNames[loaderData.role]) })}</Paragraph>
      {loaderData.cases ? (
        <Paragraph>
          <Link to="/casussen">{t("account.toCases")}</Link>
        </Paragraph>
      ) : null}
      {loaderData.workspace ? (
        <Paragraph>
          <Link to="/beheer">{t("account.toWorkspace")}</Link>
        </Paragraph>
      ) : null}
      <Form method="post" action="/uitloggen">
        <CsrfField token={loaderData.csrf} />
        <Button appearance="primary-action">{t("account.signOut")}</Button>
      </Form>

      <PageSection headingId="phone-heading" heading={t("account.phone.heading")}>
        <Paragraph>{t("account.phone.intro")}</Paragraph>
        {actionData?.phoneSaved ? <FormMessage kind="success">{t("account.phone.saved")}</FormMessage> : null}
        <Form method="post">
          <CsrfField token={loaderData.csrf} />
          <input type="hidden" name="intent" value="phone" />
          <FormField
            inputId="phone"
            label={t("account.phone.label")}
            hint={t("account.phone.hint")}
            error={actionData?.phoneError ? t(actionData.phoneError) : undefined}
          >
            <TextInput
              id="phone"
              name="phone"
              type="tel"
              autoComplete="tel"
              defaultValue={actionData?.phone ?? loaderData.phone}
              maxLength={phoneMaxLength}
              describedBy={fieldHintId("phone")}
              invalid={Boolean(actionData?.phoneError)}
            />
          </FormField>
          <Button appearance="primary-action">{t("account.phone.save")}</Button>
        </Form>
      </PageSection>

      <PageSection headingId="sessions-heading" heading={t("account.sessions.heading")}>
        <Paragraph>{t("account.sessions.intro")}</Paragraph>
        {actionData?.done ? (
          <FormMessage kind="success">{t("account.signedOutEverywhere")}</FormMessage>
        ) : null}
        <DataTable
          caption={t("account.sessions.caption")}
          headers={[
            t("account.sessions.device"),
            t("account.sessions.started"),
            t("account.sessions.lastSeen"),
          ]}
          rows={loaderData.sessions.map((session, index) => ({
            key: String(index),
            cells: [
              <>
                {session.userAgent || t("account.sessions.unknownDevice")}
                {session.current ? <strong> ({t("account.sessions.current")})</strong> : null}
              </>,
              formatMoment(session.createdAt, locale),
              formatMoment(session.lastSeenAt, locale),
            ],
          }))}
        />
        <Form method="post">
          <CsrfField token={loaderData.csrf} />
          <input type="hidden" name="intent" value="everywhere" />
          <Button appearance="subtle">{t("account.signOutEverywhere")}</Button>
        </Form>
      </PageSection>
    </PageContent>
  );
}
