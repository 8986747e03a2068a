import { data, Form } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/organisations";
import type { MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import {
  createTenant,
  findUserForSignIn,
  getTenant,
  listTenants,
} from "../../modules/accounts/accounts.server";
import { requireCsrfToken, requirePermission } from "../../modules/accounts/guard.server";
import { inviteUser } from "../../modules/accounts/invitations.server";
import { audit } from "../../modules/accounts/web-session.server";
import { organisationExists } from "../../modules/directory/read.server";
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
import { TextInput } from "../../ui/text-input";

export const handle: RouteHandle = { breadcrumb: "admin.organisations.title" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "admin.organisations.title");
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const me = await requirePermission(request, context, "manage:organisation:any");
  const tenants = await listTenants(context.db);
  return {
    csrf: me.csrfToken,
    tenants: tenants.map((tenant) => ({
      id: tenant.id,
      name: tenant.name,
      directory: tenant.directory_organization_id,
      users: Number(tenant.users ?? 0),
    })),
  };
}

type Field = "id" | "name" | "directory" | "adminEmail";

export async function action({ request, context }: Route.ActionArgs) {
  const me = await requirePermission(request, context, "manage:organisation:any");
  const form = await request.formData();
  requireCsrfToken(form, me);
  const values = {
    id: String(form.get("id") ?? "").trim(),
    name: String(form.get("name") ?? "").trim(),
    directory: String(form.get("directory") ?? "").trim(),
    adminEmail: String(form.get("adminEmail") ?? "").trim(),
  };
  const errors: Partial<Record<Field, MessageKey>> = {};
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(values.id)) errors.id = "admin.organisations.error.id";
  if (!values.name || values.name.length > 200) errors.name = "admin.organisations.error.name";
  if (!z.email().safeParse(values.adminEmail).success) errors.adminEmail = "admin.invite.error.email";
  else if (await findUserForSignIn(context.db, values.adminEmail))
    errors.adminEmail = "admin.invite.error.inUse";
  if (!errors.id && (await getTenant(context.db, values.id))) errors.id = "admin.organisations.error.idInUse";
  if (values.directory) {
    if (!(await organisationExists(context.db, values.directory)))
      errors.directory = "admin.organisations.error.directory";
  }
  if (Object.keys(errors).length > 0) return data({ errors, values, added: false }, { status: 400 });
  try {
    await createTenant(context.db, {
      id: values.id,
      name: values.name,
      directoryOrganizationId: values.directory || null,
    });
  } catch {
    // The name is unique too; a race with another admin ends here.
    return data(
      { errors: { id: "admin.organisations.error.idInUse" as MessageKey }, values, added: false },
      { status: 400 },
    );
  }
  await audit(context, "organisation.created", {
    actorUserId: me.userId,
    tenantId: values.id,
    targetType: "organisation",
    targetId: values.id,
  });
  await inviteUser(
    context.db,
    context.config,
    { tenantId: values.id, email: values.adminEmail, role: "org_admin" },
    { userId: me.userId, clientAddress: context.clientAddress },
  );
  return { errors: {}, values: undefined, added: true };
}

export default function Organisations({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const errors: Partial<Record<Field, MessageKey>> = actionData?.errors ?? {};
  const error = (field: Field) => (errors[field] ? t(errors[field]) : undefined);
  const values = actionData?.values;
  return (
    <PageContent>
      <Heading level={1}>{t("admin.organisations.title")}</Heading>
      <PageIntro>{t("admin.organisations.intro")}</PageIntro>
      <DataTable
        caption={t("admin.organisations.caption")}
        headers={[
          t("admin.organisations.name"),
          t("admin.organisations.id"),
          t("admin.organisations.directory"),
          t("admin.organisations.users"),
        ]}
        rows={loaderData.tenants.map((tenant) => ({
          key: tenant.id,
          cells: [
            tenant.name,
            tenant.id,
            tenant.directory ? (
              <Link to={`/wegwijzer/organisaties/${tenant.directory}`}>{tenant.directory}</Link>
            ) : (
              ""
            ),
            String(tenant.users),
          ],
        }))}
      />
      <PageSection headingId="add-heading" heading={t("admin.organisations.add")}>
        {actionData?.added ? (
          <FormMessage kind="success">{t("admin.organisations.added")}</FormMessage>
        ) : null}
        {Object.keys(errors).length > 0 ? (
          <FormMessage kind="error">{t("form.fixErrors")}</FormMessage>
        ) : null}
        <Form method="post" noValidate className="zicht-account-form" aria-labelledby="add-heading">
          <CsrfField token={loaderData.csrf} />
          <FormField inputId="name" label={t("admin.organisations.name")} error={error("name")}>
            <TextInput
              id="name"
              name="name"
              maxLength={200}
              defaultValue={values?.name}
              invalid={Boolean(errors.name)}
            />
          </FormField>
          <FormField
            inputId="id"
            label={t("admin.organisations.id")}
            hint={t("admin.organisations.idHint")}
            error={error("id")}
          >
            <TextInput
              id="id"
              name="id"
              maxLength={80}
              describedBy={fieldHintId("id")}
              defaultValue={values?.id}
              invalid={Boolean(errors.id)}
            />
          </FormField>
          <FormField
            inputId="directory"
            label={t("admin.organisations.directory")}
            hint={t("admin.organisations.directoryHint")}
            error={error("directory")}
          >
            <TextInput
              id="directory"
              name="directory"
              maxLength={80}
              describedBy={fieldHintId("directory")}
              defaultValue={values?.directory}
              invalid={Boolean(errors.directory)}
            />
          </FormField>
          <FormField
            inputId="adminEmail"
            label={t("admin.organisations.adminEmail")}
            hint={t("admin.organisations.adminHint")}
            error={error("adminEmail")}
          >
            <TextInput
              id="adminEmail"
              name="adminEmail"
              type="email"
              autoComplete="off"
              describedBy={fieldHintId("adminEmail")}
              defaultValue={values?.adminEmail}
              invalid={Boolean(errors.adminEmail)}
            />
          </FormField>
          <div>
            <Button appearance="primary-action">{t("admin.organisations.add")}</Button>
          </div>
        </Form>
      </PageSection>
      <Paragraph>
        <Link to="/beheer">{t("admin.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
