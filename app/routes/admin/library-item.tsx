import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/library-item";
import { localeFromCookieHeader, translator, type MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { notFound, requireCsrfToken, requirePermission } from "../../modules/accounts/guard.server";
import { audit } from "../../modules/accounts/web-session.server";
import {
  formValues,
  libraryChoices,
  libraryFormDefaults,
  parseBasedOn,
  parseLibraryForm,
  type FieldError,
  type FormValues,
  type LibraryField,
} from "../../modules/knowledge/editing";
import {
  editLibraryItem,
  getLibraryItemForEditing,
  listFigures,
} from "../../modules/knowledge/knowledge.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { ChoiceGroup } from "../../ui/choice-group";
import { conflictOf, ConflictMessage, fieldErrorText } from "../../ui/content-editing";
import { TextField } from "../../ui/text-field";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
import { ErrorSummary } from "../../ui/error-summary";
import { FormField } from "../../ui/form-field";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { PageContent } from "../../ui/page-content";
import { Paragraph } from "../../ui/paragraph";
import { Select } from "../../ui/select";
import { exploitationFormLabels, libraryAudienceLabels, libraryTypeLabels } from "../../ui/library-labels";

export const handle: RouteHandle = { breadcrumbsFromData: true };

export function meta({ data: loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: `${loaderData.heading} | Zicht` }] : [];
}

/** New item (/beheer/bibliotheek/nieuw) or an existing one (/beheer/bibliotheek/<id>). */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const me = await requirePermission(request, context, "edit:content:any");
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  const url = new URL(request.url);
  const found = params.id ? await getLibraryItemForEditing(context.db, params.id) : undefined;
  if (params.id && !found) notFound();
  const heading = found ? found.item.title : t("admin.library.new");
  return {
    csrf: me.csrfToken,
    heading,
    breadcrumbs: [
      { path: "/beheer", label: t("admin.title") },
      { path: "/beheer/bibliotheek", label: t("admin.library.title") },
      { path: url.pathname, label: heading },
    ],
    id: found?.item.id ?? null,
    revision: found?.revision ?? null,
    defaults: found ? libraryFormDefaults(found.item) : null,
    saved: url.searchParams.get("opgeslagen"),
    unchanged: url.searchParams.has("ongewijzigd"),
  };
}

/** Saves with the validator of content/library.yaml; a new revision, or 409 when someone saved first. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const me = await requirePermission(request, context, "edit:content:any");
  const form = await request.formData();
  requireCsrfToken(form, me);
  const values = formValues(form);
  const isNew = !params.id;
  const basedOn = isNew ? ("new" as const) : parseBasedOn(values);
  if (form.get("intent") !== "save" || basedOn === undefined) throw data(null, { status: 400 });
  if (params.id && !(await getLibraryItemForEditing(context.db, params.id))) notFound();
  const knownFigures = new Set((await listFigures(context.db)).map((figure) => figure.id));
  const parsed = parseLibraryForm(values, { id: params.id, knownFigures });
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 422 });
  const result = await editLibraryItem(context.db, parsed.item, {
    basedOn,
    authorId: me.userId,
    note: parsed.note,
  });
  if (result.outcome === "missing") notFound();
  if (result.outcome === "exists") {
    const errors: Partial<Record<LibraryField, FieldError>> = {
      id: { message: "admin.library.error.idTaken" },
    };
    return data({ errors, values }, { status: 422 });
  }
  if (result.outcome === "conflict") {
    return data(
      {
        errors: {},
        values,
        conflict: conflictOf(result.current),
      },
      { status: 409 },
    );
  }
  const path = `/beheer/bibliotheek/${parsed.item.id}`;
  if (result.outcome === "unchanged") return redirect(`${path}?ongewijzigd=1`);
  await audit(context, isNew ? "content.library_item_created" : "content.library_item_saved", {
    actorUserId: me.userId,
    tenantId: me.tenantId,
    targetType: "library_item",
    targetId: parsed.item.id,
  });
  return redirect(`${path}?opgeslagen=${result.revision}`);
}

function valueOf(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

function valuesOf(values: FormValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : value ? [value] : [];
}

const fieldLabels = {
  id: "admin.library.field.id",
  type: "admin.library.field.type",
  title: "admin.library.field.title",
  maker: "admin.library.field.maker",
  year: "admin.library.field.year",
  series: "admin.library.field.series",
  audience: "admin.library.field.audience",
  forms: "admin.library.field.forms",
  summaryNl: "admin.library.field.summaryNl",
  summaryEn: "admin.library.field.summaryEn",
  parts: "admin.library.field.parts",
  figures: "admin.library.field.figures",
  url: "admin.library.field.url",
  note: "admin.content.field.note",
} as const satisfies Record<LibraryField, string>;

const hints: Partial<Record<LibraryField, MessageKey>> = {
  id: "admin.library.hint.id",
  url: "admin.library.hint.url",
  parts: "admin.library.hint.parts",
  figures: "admin.content.idsHint",
  note: "admin.content.noteHint",
};

export default function EditLibraryItem({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const values: FormValues = actionData?.values ?? loaderData.defaults ?? { type: "report" };
  const errors: Partial<Record<LibraryField, FieldError>> = actionData?.errors ?? {};
  const conflict = actionData && "conflict" in actionData ? actionData.conflict : undefined;
  const errorText = (field: LibraryField) => fieldErrorText(t, errors[field]);
  const errorList = (Object.keys(errors) as LibraryField[]).map((field) => ({
    href: `#${field}`,
    message: `${t(fieldLabels[field])}: ${errorText(field)}`,
  }));
  const text = (field: LibraryField, options: { rows?: number; maxLength?: number } = {}) => {
    const hint = hints[field];
    return (
      <TextField
        key={field}
        name={field}
        label={t(fieldLabels[field])}
        hint={hint ? t(hint) : undefined}
        error={errorText(field)}
        value={valueOf(values, field)}
        rows={options.rows}
        maxLength={options.maxLength}
        numeric={field === "year"}
      />
    );
  };
  return (
    <PageContent variant="wide">
      <Heading level={1}>{loaderData.heading}</Heading>
      {loaderData.id ? (
        <Paragraph>
          <Link to={`/bibliotheek/${loaderData.id}`}>{t("admin.content.viewPublic")}</Link> ·{" "}
          <Link to={`/beheer/bibliotheek/${loaderData.id}/geschiedenis`}>
            {t("admin.content.historyLink")}
          </Link>
        </Paragraph>
      ) : (
        <Paragraph>{t("admin.library.newIntro")}</Paragraph>
      )}
      {loaderData.saved ? (
        <FormMessage kind="success">{t("admin.content.saved", { revision: loaderData.saved })}</FormMessage>
      ) : null}
      {loaderData.unchanged ? <FormMessage kind="success">{t("admin.content.unchanged")}</FormMessage> : null}
      {conflict ? (
        <ConflictMessage
          conflict={conflict}
          reload={loaderData.id ? `/beheer/bibliotheek/${loaderData.id}` : undefined}
        />
      ) : null}
      {errorList.length > 0 ? <ErrorSummary heading={t("form.fixErrors")} errors={errorList} /> : null}
      <Form method="post" noValidate className="zicht-content-form" aria-label={loaderData.heading}>
        <CsrfField token={loaderData.csrf} />
        <HiddenField name="intent" value="save" />
        {loaderData.revision !== null ? (
          <HiddenField name="basedOn" value={valueOf(values, "basedOn") || String(loaderData.revision)} />
        ) : null}
        {loaderData.id ? null : text("id", { maxLength: 100 })}
        <FormField inputId="type" label={t(fieldLabels.type)} error={errorText("type")}>
          <Select
            id="type"
            name="type"
            defaultValue={valueOf(values, "type")}
            invalid={!!errors.type}
            options={libraryChoices.types.map((type) => ({ value: type, label: t(libraryTypeLabels[type]) }))}
          />
        </FormField>
        {text("title", { maxLength: 300 })}
        {text("maker")}
        {text("year", { maxLength: 4 })}
        {text("series")}
        <ChoiceGroup
          id="audience"
          name="audience"
          multiple
          legend={t(fieldLabels.audience)}
          options={libraryChoices.audiences.map((audience) => ({
            value: audience,
            label: t(libraryAudienceLabels[audience]),
          }))}
          defaultValue={valuesOf(values, "audience")}
          error={errorText("audience")}
        />
        <ChoiceGroup
          id="forms"
          name="forms"
          multiple
          legend={t(fieldLabels.forms)}
          options={libraryChoices.forms.map((form) => ({
            value: form,
            label: t(exploitationFormLabels[form]),
          }))}
          defaultValue={valuesOf(values, "forms")}
          error={errorText("forms")}
        />
        {text("summaryNl", { rows: 4 })}
        {text("summaryEn", { rows: 4 })}
        {text("parts", { rows: 4 })}
        {text("figures", { rows: 3 })}
        {text("url")}
        {text("note", { maxLength: 500 })}
        <div className="zicht-form-buttons">
          <Button appearance="primary-action">{t("admin.content.save")}</Button>
        </div>
      </Form>
      <Paragraph>
        <Link to="/beheer/bibliotheek">{t("admin.library.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
