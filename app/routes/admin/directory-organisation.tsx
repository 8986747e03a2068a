import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/directory-organisation";
import { useTranslate } from "../../i18n/use-translate";
import { notFound, requireCsrfToken, requirePermission } from "../../modules/accounts/guard.server";
import { auditInTransaction } from "../../modules/accounts/web-session.server";
import { formValues, parseOrganisationForm, type FieldErrors } from "../../modules/directory/editor-form";
import {
  organisationFormModel,
  postedOrganisationFormModel,
  type OrganisationFormModel,
} from "../../modules/directory/editor-model";
import {
  createOrganisation,
  loadOrganisation,
  updateOrganisation,
} from "../../modules/directory/editor.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
import { ContactFields } from "../../ui/directory-contact-fields";
import { ErrorSummary, fieldErrorLinks } from "../../ui/error-summary";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { Paragraph } from "../../ui/paragraph";
import { TextField } from "../../ui/text-field";

export const handle: RouteHandle = {
  breadcrumb: "editor.organisation.crumb",
  parentCrumbs: [
    { path: "/beheer", label: "admin.title" },
    { path: "/beheer/wegwijzer", label: "editor.title" },
  ],
};

export function meta({ data: loaderData, matches }: Route.MetaArgs) {
  return loaderData?.isNew
    ? pageTitle(matches, "editor.organisation.new")
    : pageTitle(matches, "editor.organisation.title", { name: loaderData?.name ?? "" });
}

const fieldOrder = ["name", "alternateName", "description", "descriptionEn", "website"];

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const me = await requirePermission(request, context, "edit:directory:any");
  const saved = new URL(request.url).searchParams.has("opgeslagen");
  if (!params.id) {
    const model: OrganisationFormModel = {
      name: "",
      alternateName: "",
      description: "",
      descriptionEn: "",
      website: "",
      phones: [],
      emails: [],
    };
    return { csrf: me.csrfToken, isNew: true, id: null, name: "", version: "", model, saved, services: [] };
  }
  const stored = await loadOrganisation(context.db, params.id);
  if (!stored) notFound();
  const services = await context.db
    .selectFrom("service")
    .select(["id", "name"])
    .where("organization_id", "=", params.id)
    .orderBy("name")
    .execute();
  return {
    csrf: me.csrfToken,
    isNew: false,
    id: stored.organisation.id,
    name: stored.organisation.name,
    version: stored.version,
    model: organisationFormModel({
      ...stored.organisation,
      alternateName: stored.organisation.alternateName,
      website: stored.organisation.website,
    }),
    saved,
    services,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const me = await requirePermission(request, context, "edit:directory:any");
  const form = await request.formData();
  requireCsrfToken(form, me);
  const values = formValues(form);
  const parsed = parseOrganisationForm(values);
  if (!parsed.ok) {
    return data(
      { errors: parsed.errors, model: postedOrganisationFormModel(values), conflict: false },
      { status: 422 },
    );
  }
  const editor = `user:${me.userId}`;
  const outcome = await context.db.transaction().execute(async (trx) => {
    const result = params.id
      ? await updateOrganisation(trx, params.id, parsed.value, {
          version: values.get("version"),
          updatedBy: editor,
        })
      : { kind: "saved" as const, id: await createOrganisation(trx, parsed.value, editor), fields: [] };
    if (result.kind !== "saved") return result;
    await auditInTransaction(
      trx,
      context,
      params.id ? "directory.organisation_updated" : "directory.organisation_created",
      {
        actorUserId: me.userId,
        tenantId: me.tenantId,
        targetType: "organization",
        targetId: result.id,
        details: result.fields.length > 0 ? { fields: result.fields } : undefined,
      },
    );
    return result;
  });
  if (outcome.kind === "not-found") notFound();
  if (outcome.kind === "conflict") {
    return data(
      { errors: {} as FieldErrors, model: postedOrganisationFormModel(values), conflict: true },
      { status: 409 },
    );
  }
  throw redirect(`/beheer/wegwijzer/organisaties/${outcome.id}?opgeslagen=1`);
}

export default function DirectoryOrganisation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const model = actionData?.model ?? loaderData.model;
  const errors: FieldErrors = actionData?.errors ?? {};
  const summary = fieldErrorLinks(errors, fieldOrder);
  return (
    <PageContent>
      <Heading level={1}>
        {loaderData.isNew
          ? t("editor.organisation.new")
          : t("editor.organisation.title", { name: loaderData.name })}
      </Heading>
      <PageIntro>{t("editor.organisation.intro")}</PageIntro>
      {loaderData.saved && !actionData ? <FormMessage kind="success">{t("editor.saved")}</FormMessage> : null}
      {actionData?.conflict ? <FormMessage kind="error">{t("editor.conflict")}</FormMessage> : null}
      {summary.length > 0 ? <ErrorSummary heading={t("editor.errorSummary")} errors={summary} /> : null}
      <Form
        method="post"
        className="zicht-account-form zicht-editor-form"
        noValidate
        aria-label={t("editor.organisation.formLabel")}
      >
        <CsrfField token={loaderData.csrf} />
        <HiddenField name="version" value={loaderData.version} />
        <TextField
          name="name"
          label={t("editor.name")}
          error={errors.name}
          value={model.name}
          maxLength={200}
        />
        <TextField
          name="alternateName"
          label={t("editor.alternateName")}
          error={errors.alternateName}
          value={model.alternateName}
          maxLength={200}
        />
        <TextField
          name="description"
          label={t("editor.description")}
          error={errors.description}
          value={model.description}
          rows={4}
          maxLength={2000}
        />
        <TextField
          name="descriptionEn"
          label={t("editor.descriptionEn")}
          hint={t("editor.englishHint")}
          error={errors.descriptionEn}
          value={model.descriptionEn}
          rows={4}
          maxLength={2000}
        />
        <TextField
          name="website"
          label={t("editor.website")}
          hint={t("editor.urlHint")}
          error={errors.website}
          value={model.website}
          maxLength={500}
        />
        <Heading level={2}>{t("editor.section.phones")}</Heading>
        <ContactFields kind="phone" models={model.phones} errors={errors} withHours={false} />
        <Heading level={2}>{t("editor.section.emails")}</Heading>
        <ContactFields kind="email" models={model.emails} errors={errors} withHours={false} />
        <div>
          <Button appearance="primary-action">{t("editor.save")}</Button>
        </div>
      </Form>
      {loaderData.id ? (
        <>
          <Heading level={2}>{t("editor.organisation.services")}</Heading>
          <ul className="zicht-list">
            {loaderData.services.map((service) => (
              <li key={service.id}>
                <Link to={`/beheer/wegwijzer/diensten/${service.id}`}>{service.name}</Link>
              </li>
            ))}
            <li>
              <Link to={`/beheer/wegwijzer/diensten/nieuw?organisatie=${loaderData.id}`}>
                {t("editor.newService")}
              </Link>
            </li>
          </ul>
        </>
      ) : null}
      <Paragraph>
        <Link to="/beheer/wegwijzer">{t("editor.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
