import { data, Form } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/users";
import type { MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { getTenant, listUsers } from "../../modules/accounts/accounts.server";
import { requireCsrfToken, requirePermission } from "../../modules/accounts/guard.server";
import { EmailInUseError, inviteUser } from "../../modules/accounts/invitations.server";
import { assignableRoles, isRole } from "../../modules/accounts/permissions";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { CsrfField } from "../../ui/csrf-field";
import { DataTable } from "../../ui/data-table";
import { FormField } from "../../ui/form-field";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { roleNames } from "../../ui/role-names";
import { Select } from "../../ui/select";
import { TextInput } from "../../ui/text-input";
import { passOnHeaders } from "../../security/route-headers";

export const handle: RouteHandle = { breadcrumb: "admin.users.title" };

/** Retry-After on a 429 reaches the browser. */
export const headers = passOnHeaders;

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "admin.users.title");
}

/** An org admin's users: only their own organisation's (the repository scopes by tenant). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const me = await requirePermission(request, context, "manage:user:org");
  const [tenant, users] = await Promise.all([
    getTenant(context.db, me.tenantId),
    listUsers(context.db, me.tenantId),
  ]);
  return {
    csrf: me.csrfToken,
    organisation: tenant?.name ?? "",
    roles: assignableRoles(me.role),
    users: users.map((user) => ({
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      status: user.disabled_at ? "disabled" : user.totp_enabled_at ? "active" : "invited",
    })),
  };
}

type Field = "email" | "name" | "role";

export async function action({ request, context }: Route.ActionArgs) {
  const me = await requirePermission(request, context, "manage:user:org");
  const form = await request.formData();
  requireCsrfToken(form, me);
  const values = {
    email: String(form.get("email") ?? "").trim(),
    name: String(form.get("name") ?? "").trim(),
    role: String(form.get("role") ?? ""),
  };
  const errors: Partial<Record<Field, MessageKey>> = {};
  if (!z.email().safeParse(values.email).success || values.email.length > 200)
    errors.email = "admin.invite.error.email";
  const role = values.role;
  if (!isRole(role) || !assignableRoles(me.role).includes(role)) errors.role = "admin.invite.error.role";
  if (Object.keys(errors).length > 0 || !isRole(role))
    return data({ errors, values, sent: "" }, { status: 400 });
  const wait = await context.rateLimits.invitation.consume(`user:${me.userId}`);
  if (wait > 0) throw data(null, { status: 429, headers: { "Retry-After": String(wait) } });
  try {
    await inviteUser(
      context.db,
      context.config,
      { tenantId: me.tenantId, email: values.email, name: values.name.slice(0, 200), role },
      { userId: me.userId, clientAddress: context.clientAddress },
    );
  } catch (error) {
    if (!(error instanceof EmailInUseError)) throw error;
    return data(
      { errors: { email: "admin.invite.error.inUse" as MessageKey }, values, sent: "" },
      { status: 400 },
    );
  }
  return { errors: {}, values: undefined, sent: values.email.toLowerCase() };
}

export default function Users({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const errors: Partial<Record<Field, MessageKey>> = actionData?.errors ?? {};
  const statusKey = {
    active: "admin.users.active",
    invited: "admin.users.invited",
    disabled: "admin.users.disabled",
  } as const;
  return (
    <PageContent>
      <Heading level={1}>{t("admin.users.title")}</Heading>
      <PageIntro>{t("admin.users.intro", { organisation: loaderData.organisation })}</PageIntro>
      <DataTable
        caption={t("admin.users.caption")}
        headers={[
          t("account.email"),
          t("admin.users.name"),
          t("admin.users.role"),
          t("admin.users.status"),
          "",
        ]}
        rows={loaderData.users.map((user) => ({
          key: user.id,
          cells: [
            user.email,
            user.name,
            t(roleNames[user.role]),
            t(statusKey[user.status as keyof typeof statusKey]),
            <Link
              key="edit"
              to={`/beheer/gebruikers/${user.id}`}
              aria-label={t("admin.users.editLabel", { email: user.email })}
            >
              {t("admin.users.edit")}
            </Link>,
          ],
        }))}
      />

      <PageSection headingId="invite-heading" heading={t("admin.invite.heading")}>
        <Paragraph>{t("admin.invite.intro")}</Paragraph>
        {actionData?.sent ? (
          <FormMessage kind="success">{t("admin.invite.sent", { email: actionData.sent })}</FormMessage>
        ) : null}
        {Object.keys(errors).length > 0 ? (
          <FormMessage kind="error">{t("form.fixErrors")}</FormMessage>
        ) : null}
        <Form method="post" noValidate className="zicht-account-form" aria-labelledby="invite-heading">
          <CsrfField token={loaderData.csrf} />
          <FormField
            inputId="email"
            label={t("account.email")}
            error={errors.email ? t(errors.email) : undefined}
          >
            <TextInput
              id="email"
              name="email"
              type="email"
              autoComplete="off"
              defaultValue={actionData?.values?.email}
              invalid={Boolean(errors.email)}
            />
          </FormField>
          <FormField inputId="name" label={t("admin.users.name")}>
            <TextInput
              id="name"
              name="name"
              autoComplete="off"
              maxLength={200}
              defaultValue={actionData?.values?.name}
            />
          </FormField>
          <FormField
            inputId="role"
            label={t("admin.users.role")}
            error={errors.role ? t(errors.role) : undefined}
          >
            <Select
              id="role"
              name="role"
              defaultValue={actionData?.values?.role ?? "professional"}
              invalid={Boolean(errors.role)}
              options={loaderData.roles.map((role) => ({ value: role, label: t(roleNames[role]) }))}
            />
          </FormField>
          <div>
            <Button appearance="primary-action">{t("admin.invite.submit")}</Button>
          </div>
        </Form>
      </PageSection>
      <Paragraph>
        <Link to="/beheer">{t("admin.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
