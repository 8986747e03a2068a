import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/directory-service";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { notFound, requireCsrfToken, requirePermission } from "../../modules/accounts/guard.server";
import { auditInTransaction } from "../../modules/accounts/web-session.server";
import {
  acceptChangeRequestByForm,
  getPendingChangeRequest,
} from "../../modules/directory/change-request.server";
import type { SuggestionField } from "../../modules/directory/change-request";
import { formatDate } from "../../modules/directory/directory";
import { taxonomyIds } from "../../modules/directory/directory-content";
import {
  editableStatuses,
  formValues,
  parseServiceForm,
  type FieldErrors,
} from "../../modules/directory/editor-form";
import {
  postedServiceFormModel,
  serviceFormModel,
  type ServiceFormModel,
} from "../../modules/directory/editor-model";
import { amsterdamToday } from "../../modules/directory/opening-hours";
import {
  changeService,
  createService,
  listOrganisationChoices,
  listTermChoices,
  loadService,
  updateService,
} from "../../modules/directory/editor.server";
import { loadRegionData } from "../../modules/directory/places.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { serviceStatusNames } from "../../ui/service-status-names";
import { Button } from "../../ui/button";
import { Checkbox, ChoiceGroup, Fieldset } from "../../ui/choice-group";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
import { ContactFields } from "../../ui/directory-contact-fields";
import { ErrorSummary, fieldErrorLinks } from "../../ui/error-summary";
import { Fact, FactList } from "../../ui/fact-list";
import { FormField } from "../../ui/form-field";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { Select } from "../../ui/select";
import { suggestionFieldNames } from "../../ui/suggestion-field-names";
import { TextField } from "../../ui/text-field";

export const handle: RouteHandle = {
  breadcrumb: "editor.service.crumb",
  parentCrumbs: [
    { path: "/beheer", label: "admin.title" },
    { path: "/beheer/wegwijzer", label: "editor.title" },
  ],
};

export function meta({ data: loaderData, matches }: Route.MetaArgs) {
  return loaderData?.isNew
    ? pageTitle(matches, "editor.service.new")
    : pageTitle(matches, "editor.service.title", { name: loaderData?.name ?? "" });
}

const termLegends = {
  hulpsoort: "editor.terms.hulpsoort",
  uitbuitingsvorm: "editor.terms.uitbuitingsvorm",
  doelgroep: "editor.terms.doelgroep",
  toegang: "editor.terms.toegang",
} as const;

/** The order of the fields, for the error summary. */
const fieldOrder = [
  "organisationId",
  "name",
  "nameEn",
  "description",
  "descriptionEn",
  "status",
  "eligibility",
  "minimumAge",
  "maximumAge",
  "url",
  "assuredDate",
  ...taxonomyIds.map((taxonomy) => `term-${taxonomy}`),
  "areas",
];

function suggestionId(url: URL | FormData): number | null {
  const raw = url instanceof URL ? url.searchParams.get("suggestie") : url.get("suggestion");
  const id = Number(raw);
  return typeof raw === "string" && Number.isSafeInteger(id) && id > 0 ? id : null;
}

async function formContext(db: Route.LoaderArgs["context"]["db"]) {
  const [regions, organisations, terms] = await Promise.all([
    loadRegionData(db),
    listOrganisationChoices(db),
    listTermChoices(db),
  ]);
  return { regions, organisations, terms };
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const me = await requirePermission(request, context, "edit:directory:any");
  const url = new URL(request.url);
  const { regions, organisations, terms } = await formContext(context.db);
  const today = amsterdamToday(new Date());
  const base = { csrf: me.csrfToken, organisations, terms, today, saved: url.searchParams.has("opgeslagen") };
  if (!params.id) {
    const organisationId = url.searchParams.get("organisatie") ?? "";
    const model: ServiceFormModel = {
      organisationId: organisations.some((organisation) => organisation.id === organisationId)
        ? organisationId
        : "",
      name: "",
      nameEn: "",
      description: "",
      descriptionEn: "",
      status: "active",
      eligibility: "",
      minimumAge: "",
      maximumAge: "",
      maximumAgeInclusive: true,
      url: "",
      assuredDate: today,
      terms: { hulpsoort: [], uitbuitingsvorm: [], doelgroep: [], toegang: [] },
      national: false,
      areas: "",
      phones: [],
      emails: [],
    };
    return { ...base, isNew: true, id: null, name: "", version: "", model, suggestion: null };
  }
  const stored = await loadService(context.db, params.id);
  if (!stored) notFound();
  const pending = suggestionId(url);
  const suggestion = pending ? await getPendingChangeRequest(context.db, pending, params.id) : null;
  return {
    ...base,
    isNew: false,
    id: stored.service.id,
    name: stored.service.name.nl,
    version: stored.version,
    model: serviceFormModel(stored.service, regions),
    suggestion: suggestion
      ? {
          id: suggestion.id,
          field: suggestion.field as SuggestionField,
          current: suggestion.current_value,
          proposed: suggestion.proposed_value,
          explanation: suggestion.explanation,
        }
      : null,
  };
}

type ActionResult = {
  errors: FieldErrors;
  model: ServiceFormModel;
  conflict: boolean;
};

export async function action({ request, params, context }: Route.ActionArgs) {
  const me = await requirePermission(request, context, "edit:directory:any");
  const form = await request.formData();
  requireCsrfToken(form, me);
  const values = formValues(form);
  const editor = `user:${me.userId}`;
  const who = { actorUserId: me.userId, tenantId: me.tenantId, targetType: "service" };
  const intent = values.get("intent") || "save";
  const version = values.get("version");

  // One click: the facts were checked today, or the service stops (never deleted).
  if (params.id && (intent === "checked" || intent === "deactivate")) {
    const id = params.id;
    const today = amsterdamToday(new Date());
    const outcome = await context.db.transaction().execute(async (trx) => {
      const current = await loadService(trx, id, { lock: true });
      if (!current) return "not-found" as const;
      if (current.version !== version) return "conflict" as const;
      await changeService(
        trx,
        id,
        (service) =>
          intent === "checked" ? { ...service, assuredDate: today } : { ...service, status: "inactive" },
        editor,
      );
      await auditInTransaction(
        trx,
        context,
        intent === "checked" ? "directory.service_updated" : "directory.service_deactivated",
        { ...who, targetId: id, details: intent === "checked" ? { fields: ["assured_date"] } : undefined },
      );
      return "saved" as const;
    });
    if (outcome === "not-found") notFound();
    if (outcome === "conflict") {
      return data<ActionResult>(
        { errors: {}, model: postedServiceFormModel(values), conflict: true },
        { status: 409 },
      );
    }
    throw redirect(`/beheer/wegwijzer/diensten/${id}?opgeslagen=${intent}`);
  }
  if (intent !== "save") throw data(null, { status: 400 });

  const { regions, organisations, terms } = await formContext(context.db);
  const parsed = parseServiceForm(values, {
    regions,
    organisationIds: new Set(organisations.map((organisation) => organisation.id)),
    termCodes: Object.fromEntries(
      taxonomyIds.map((taxonomy) => [taxonomy, terms[taxonomy].map((term) => term.code)]),
    ) as Record<(typeof taxonomyIds)[number], string[]>,
  });
  if (!parsed.ok) {
    return data<ActionResult>(
      { errors: parsed.errors, model: postedServiceFormModel(values), conflict: false },
      { status: 422 },
    );
  }
  const suggestion = suggestionId(form);
  const outcome = await context.db.transaction().execute(async (trx) => {
    const result = params.id
      ? await updateService(trx, params.id, parsed.value, { version, updatedBy: editor })
      : { kind: "saved" as const, id: await createService(trx, parsed.value, editor), fields: [] };
    if (result.kind !== "saved") return result;
    await auditInTransaction(
      trx,
      context,
      params.id ? "directory.service_updated" : "directory.service_created",
      {
        ...who,
        targetId: result.id,
        details: result.fields.length > 0 ? { fields: result.fields } : undefined,
      },
    );
    if (
      params.id &&
      suggestion &&
      (await acceptChangeRequestByForm(trx, suggestion, params.id, editor, new Date()))
    ) {
      await auditInTransaction(trx, context, "directory.suggestion_accepted", {
        ...who,
        targetType: "change_request",
        targetId: String(suggestion),
      });
    }
    return result;
  });
  if (outcome.kind === "not-found") notFound();
  if (outcome.kind === "conflict") {
    return data<ActionResult>(
      { errors: {}, model: postedServiceFormModel(values), conflict: true },
      { status: 409 },
    );
  }
  throw redirect(`/beheer/wegwijzer/diensten/${outcome.id}?opgeslagen=1`);
}

export default function DirectoryService({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  const model = actionData?.model ?? loaderData.model;
  const errors: FieldErrors = actionData?.errors ?? {};
  const summary = fieldErrorLinks(errors, fieldOrder);
  const { suggestion } = loaderData;
  const field = (name: keyof ServiceFormModel & string) => ({
    inputId: name,
    error: errors[name],
  });
  return (
    <PageContent>
      <Heading level={1}>
        {loaderData.isNew ? t("editor.service.new") : t("editor.service.title", { name: loaderData.name })}
      </Heading>
      <PageIntro>{t("editor.service.intro")}</PageIntro>
      {loaderData.saved && !actionData ? <FormMessage kind="success">{t("editor.saved")}</FormMessage> : null}
      {actionData?.conflict ? <FormMessage kind="error">{t("editor.conflict")}</FormMessage> : null}
      {summary.length > 0 ? <ErrorSummary heading={t("editor.errorSummary")} errors={summary} /> : null}
      {suggestion ? (
        <aside className="zicht-box" aria-labelledby="suggestion-heading">
          <Heading level={2} id="suggestion-heading">
            {t("editor.suggestion.heading")}
          </Heading>
          <FactList>
            <Fact term={t("editor.suggestion.field")}>{t(suggestionFieldNames[suggestion.field])}</Fact>
            <Fact term={t("admin.suggestions.now")}>{suggestion.current || "–"}</Fact>
            <Fact term={t("admin.suggestions.proposed")}>{suggestion.proposed}</Fact>
            {suggestion.explanation ? (
              <Fact term={t("admin.suggestions.explanation")}>{suggestion.explanation}</Fact>
            ) : null}
          </FactList>
          <Paragraph>{t("editor.suggestion.text")}</Paragraph>
        </aside>
      ) : null}
      {!loaderData.isNew ? (
        <PageSection headingId="checked-heading" heading={t("editor.checked.heading")}>
          <Paragraph>
            {t("editor.checked.text", {
              date: loaderData.model.assuredDate ? formatDate(loaderData.model.assuredDate, locale) : "–",
            })}
          </Paragraph>
          <Form method="post" className="zicht-inline-form" aria-labelledby="checked-heading">
            <CsrfField token={loaderData.csrf} />
            <HiddenField name="version" value={loaderData.version} />
            <HiddenField name="intent" value="checked" />
            <Button appearance="primary-action">{t("editor.checked.button")}</Button>
          </Form>
          <Paragraph>
            <Link to={`/wegwijzer/diensten/${loaderData.id}`}>{t("editor.service.public")}</Link>
          </Paragraph>
        </PageSection>
      ) : null}
      <Form
        method="post"
        className="zicht-account-form zicht-editor-form"
        noValidate
        aria-label={t("editor.service.formLabel")}
      >
        <CsrfField token={loaderData.csrf} />
        <HiddenField name="version" value={loaderData.version} />
        <HiddenField name="intent" value="save" />
        {suggestion ? <HiddenField name="suggestion" value={String(suggestion.id)} /> : null}
        <Heading level={2}>{t("editor.section.general")}</Heading>
        <FormField {...field("organisationId")} label={t("editor.service.organisation")}>
          <Select
            id="organisationId"
            name="organisationId"
            defaultValue={model.organisationId}
            invalid={errors.organisationId !== undefined}
            options={[
              { value: "", label: t("editor.choose") },
              ...loaderData.organisations.map((organisation) => ({
                value: organisation.id,
                label: organisation.name,
              })),
            ]}
          />
        </FormField>
        <TextField
          name="name"
          label={t("editor.name")}
          error={errors.name}
          value={model.name}
          maxLength={200}
        />
        <TextField
          name="nameEn"
          label={t("editor.nameEn")}
          hint={t("editor.englishHint")}
          error={errors.nameEn}
          value={model.nameEn}
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
        <FormField {...field("status")} label={t("editor.status")}>
          <Select
            id="status"
            name="status"
            defaultValue={model.status}
            invalid={!!errors.status}
            options={editableStatuses.map((status) => ({
              value: status,
              label: t(serviceStatusNames[status]),
            }))}
          />
        </FormField>
        <TextField
          name="url"
          label={t("editor.url")}
          hint={t("editor.urlHint")}
          error={errors.url}
          value={model.url}
          maxLength={500}
        />
        <TextField
          name="assuredDate"
          type="date"
          label={t("editor.assuredDate")}
          hint={t("editor.assuredDateHint")}
          error={errors.assuredDate}
          value={model.assuredDate}
        />

        <Heading level={2}>{t("editor.section.who")}</Heading>
        <TextField
          name="eligibility"
          label={t("editor.eligibility")}
          hint={t("editor.eligibilityHint")}
          error={errors.eligibility}
          value={model.eligibility}
          rows={4}
          maxLength={2000}
        />
        <TextField
          name="minimumAge"
          label={t("editor.minimumAge")}
          error={errors.minimumAge}
          value={model.minimumAge}
          numeric
          size={4}
          maxLength={3}
        />
        <TextField
          name="maximumAge"
          label={t("editor.maximumAge")}
          error={errors.maximumAge}
          value={model.maximumAge}
          numeric
          size={4}
          maxLength={3}
        />
        <ChoiceGroup
          id="maximumAgeInclusive"
          name="maximumAgeInclusive"
          legend={t("editor.maximumAgeInclusive")}
          options={[
            { value: "yes", label: t("editor.maximumAgeInclusive.yes") },
            { value: "no", label: t("editor.maximumAgeInclusive.no") },
          ]}
          defaultValue={model.maximumAgeInclusive ? "yes" : "no"}
        />
        {taxonomyIds.map((taxonomy) => (
          <ChoiceGroup
            key={taxonomy}
            id={`term-${taxonomy}`}
            name={`term-${taxonomy}`}
            legend={t(termLegends[taxonomy])}
            multiple
            options={loaderData.terms[taxonomy].map((term) => ({
              value: term.code,
              label: locale === "en" ? term.name.en : term.name.nl,
            }))}
            defaultValue={model.terms[taxonomy]}
            error={errors[`term-${taxonomy}`]}
          />
        ))}

        <Heading level={2}>{t("editor.section.where")}</Heading>
        <Fieldset legend={t("editor.areas")}>
          <Checkbox
            id="national"
            name="national"
            value="yes"
            checked={model.national}
            label={t("editor.areas.national")}
          />
          <TextField
            name="areas"
            label={t("editor.areas.places")}
            hint={t("editor.areasHint")}
            error={errors.areas}
            value={model.areas}
            rows={4}
            maxLength={4000}
          />
        </Fieldset>
        <Paragraph>{t("editor.locationsNote")}</Paragraph>

        <Heading level={2}>{t("editor.section.phones")}</Heading>
        <ContactFields kind="phone" models={model.phones} errors={errors} withHours />
        <Heading level={2}>{t("editor.section.emails")}</Heading>
        <ContactFields kind="email" models={model.emails} errors={errors} withHours />
        <div>
          <Button appearance="primary-action">{t("editor.save")}</Button>
        </div>
      </Form>
      {!loaderData.isNew && model.status !== "inactive" ? (
        <PageSection headingId="deactivate-heading" heading={t("editor.deactivate.heading")}>
          <Paragraph>{t("editor.deactivate.text")}</Paragraph>
          <Form method="post" aria-labelledby="deactivate-heading">
            <CsrfField token={loaderData.csrf} />
            <HiddenField name="version" value={loaderData.version} />
            <HiddenField name="intent" value="deactivate" />
            <Button appearance="subtle">{t("editor.deactivate.button")}</Button>
          </Form>
        </PageSection>
      ) : null}
      <Paragraph>
        <Link to="/beheer/wegwijzer">{t("editor.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
