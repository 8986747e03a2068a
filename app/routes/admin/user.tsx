import { data, Form } from "react-router";
import type { Route } from "./+types/user";
import { useTranslate } from "../../i18n/use-translate";
import { changeRole, disableUser, getUserInTenant } from "../../modules/accounts/accounts.server";
import { notFound, requireCsrfToken, requirePermission } from "../../modules/accounts/guard.server";
import { assignableRoles, isRole } from "../../modules/accounts/permissions";
import { audit } from "../../modules/accounts/web-session.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
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

export const handle: RouteHandle = { breadcrumb: "admin.users.edit" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "admin.users.edit");
}

/** One user of the admin's own organisation; anyone else's id is 404. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const me = await requirePermission(request, context, "manage:user:org");
  const user = await getUserInTenant(context.db, me.tenantId, params.id);
  if (!user) notFound();
  return {
    csrf: me.csrfToken,
    self: user.id === me.userId,
    roles: assignableRoles(me.role),
    user: {
      id: user.id,
      email: user.email,
      role: user.role,
      status: user.disabled_at ? "disabled" : user.totp_enabled_at ? "active" : "invited",
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const me = await requirePermission(request, context, "manage:user:org");
  const form = await request.formData();
  requireCsrfToken(form, me);
  const user = await getUserInTenant(context.db, me.tenantId, params.id);
  if (!user) notFound();
  if (user.id === me.userId) return data({ done: "", error: "admin.user.notSelf" as const }, { status: 400 });
  const ids = { actorUserId: me.userId, tenantId: me.tenantId, targetType: "user", targetId: user.id };
  if (form.get("intent") === "disable") {
    await disableUser(context.db, me.tenantId, user.id, new Date());
    await audit(context, "user.disabled", ids);
    return { done: "disabled" as const, error: undefined };
  }
  const role = form.get("role");
  if (!isRole(role) || !assignableRoles(me.role).includes(role)) {
    return data({ done: "", error: "admin.invite.error.role" as const }, { status: 400 });
  }
  // Changing someone's role ends their sessions: they sign in again with the new rights.
  await changeRole(context.db, me.tenantId, user.id, role);
  await audit(context, "user.role_changed", { ...ids, details: { from: user.role, to: role } });
  return { done: "role" as const, error: undefined };
}

export default function User({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const { user } = loaderData;
  const statusKey = {
    active: "admin.users.active",
    invited: "admin.users.invited",
    disabled: "admin.users.disabled",
  } as const;
  return (
    <PageContent>
      <Heading level={1}>{user.email}</Heading>
      <PageIntro>
        {t("admin.user.intro", {
          role: t(roleNames[user.role]),
          status: t(statusKey[user.status as keyof typeof statusKey]),
        })}
      </PageIntro>
      {actionData?.done === "role" ? (
        <FormMessage kind="success">{t("admin.user.roleChanged")}</FormMessage>
      ) : null}
      {actionData?.done === "disabled" ? (
        <FormMessage kind="success">{t("admin.user.disabled")}</FormMessage>
      ) : null}
      {actionData?.error ? <FormMessage kind="error">{t(actionData.error)}</FormMessage> : null}
      {loaderData.self ? (
        <Paragraph>{t("admin.user.notSelf")}</Paragraph>
      ) : user.status === "disabled" ? null : (
        <>
          <PageSection headingId="role-heading" heading={t("admin.user.changeRole")}>
            <Form method="post" className="zicht-account-form" aria-labelledby="role-heading">
              <CsrfField token={loaderData.csrf} />
              <FormField inputId="role" label={t("admin.users.role")}>
                <Select
                  id="role"
                  name="role"
                  defaultValue={user.role}
                  options={loaderData.roles.map((role) => ({ value: role, label: t(roleNames[role]) }))}
                />
              </FormField>
              <div>
                <Button appearance="primary-action">{t("admin.user.saveRole")}</Button>
              </div>
            </Form>
          </PageSection>
          <PageSection headingId="disable-heading" heading={t("admin.user.disable")}>
            <Paragraph>{t("admin.user.disableIntro")}</Paragraph>
            <Form method="post" aria-labelledby="disable-heading">
              <CsrfField token={loaderData.csrf} />
              <HiddenField name="intent" value="disable" />
              <Button appearance="subtle">{t("admin.user.disable")}</Button>
            </Form>
          </PageSection>
        </>
      )}
      <Paragraph>
        <Link to="/beheer/gebruikers">{t("admin.users.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
