import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/content-page";
import { services } from "../../../content/organisations";
import { localeFromCookieHeader, translator, type MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { notFound, requireCsrfToken, requirePermission } from "../../modules/accounts/guard.server";
import { audit } from "../../modules/accounts/web-session.server";
import {
  editableInstruments,
  formValues,
  pageFormDefaults,
  pageReadability,
  parseBasedOn,
  parsePageForm,
  type FieldError,
  type FormValues,
  type PageField,
} from "../../modules/knowledge/editing";
import {
  editPage,
  getPageForEditing,
  libraryRevisions,
  listFigures,
  pageEntityId,
} from "../../modules/knowledge/knowledge.server";
import { pageLocales, pageSections } from "../../modules/knowledge/page";
import { readabilityLimits } from "../../modules/knowledge/readability";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { ChoiceGroup } from "../../ui/choice-group";
import { conflictOf, ConflictMessage, fieldErrorText, sectionAudience } from "../../ui/content-editing";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
import { TextField } from "../../ui/text-field";
import { ErrorSummary } from "../../ui/error-summary";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { InfoBox } from "../../ui/info-box";
import { Link } from "../../ui/link";
import { renderMarkdown } from "../../ui/markdown.server";
import { PageContent } from "../../ui/page-content";
import { Paragraph } from "../../ui/paragraph";
import { RichText } from "../../ui/rich-text";
import { instrumentLabels } from "../../ui/library-labels";

export const handle: RouteHandle = { breadcrumbsFromData: true };

export function meta({ data: loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: `${loaderData.heading} | Zicht` }] : [];
}

function pageParams(params: { section?: string; id?: string; locale?: string }) {
  const section = pageSections.find((candidate) => candidate === params.section);
  const locale = pageLocales.find((candidate) => candidate === params.locale);
  if (!section || !locale || !params.id) notFound();
  return { section, id: params.id, locale };
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const me = await requirePermission(request, context, "edit:content:any");
  const where = pageParams(params);
  const page = await getPageForEditing(context.db, where.section, where.id, where.locale);
  if (!page) notFound();
  const url = new URL(request.url);
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  const heading = `${page.title} (${where.locale === "nl" ? "NL" : "EN"})`;
  return {
    csrf: me.csrfToken,
    heading,
    breadcrumbs: [
      { path: "/beheer", label: t("admin.title") },
      { path: "/beheer/kennisbank", label: t("admin.content.title") },
      { path: url.pathname, label: heading },
    ],
    where,
    publicPath: `/${where.section}/${where.id}`,
    revision: page.revision,
    defaults: pageFormDefaults(page),
    saved: url.searchParams.get("opgeslagen"),
    unchanged: url.searchParams.has("ongewijzigd"),
  };
}

/** Ids a page may refer to: Wegwijzer services, library items and key figures that exist. */
async function knownIds(db: Parameters<typeof listFigures>[0]) {
  return {
    services: new Set(services.map((service) => service.id)),
    library: new Set((await libraryRevisions(db)).keys()),
    figures: new Set((await listFigures(db)).map((figure) => figure.id)),
  };
}

/**
 * One form, two buttons. "Voorbeeld" validates and shows the page as it
 * would look, with the readability check; it stores nothing. "Opslaan"
 * stores a new revision, unless someone saved since the form was opened (409).
 */
export async function action({ request, params, context }: Route.ActionArgs) {
  const me = await requirePermission(request, context, "edit:content:any");
  const form = await request.formData();
  requireCsrfToken(form, me);
  const where = pageParams(params);
  const stored = await getPageForEditing(context.db, where.section, where.id, where.locale);
  if (!stored) notFound();
  const intent = form.get("intent");
  const basedOn = parseBasedOn(formValues(form));
  if ((intent !== "preview" && intent !== "save") || basedOn === undefined) throw data(null, { status: 400 });
  const values = formValues(form);
  const parsed = parsePageForm(values, stored, await knownIds(context.db));
  if (!parsed.ok) return data({ errors: parsed.errors, values, basedOn }, { status: 422 });

  if (intent === "preview") {
    const readability = pageReadability(parsed.page);
    return {
      errors: {},
      values,
      basedOn,
      preview: {
        title: parsed.page.title,
        summary: parsed.page.summary,
        body: renderMarkdown(parsed.page.body, { idPrefix: "voorbeeld-" }).html,
        actions: parsed.page.actions
          ? renderMarkdown(parsed.page.actions, { idPrefix: "voorbeeld-actie-" }).html
          : null,
        readability: {
          level: readability.level,
          averageSentenceLength: readability.measure.averageSentenceLength.toFixed(1),
          longWordPercentage: (readability.measure.longWordShare * 100).toFixed(0),
          limits: readabilityLimits[readability.level],
          problems: readability.problems,
        },
      },
    };
  }

  const result = await editPage(context.db, parsed.page, {
    basedOn,
    authorId: me.userId,
    note: parsed.note,
  });
  if (result.outcome === "missing" || result.outcome === "exists") notFound();
  if (result.outcome === "conflict") {
    return data(
      {
        errors: {},
        values,
        basedOn,
        conflict: conflictOf(result.current),
      },
      { status: 409 },
    );
  }
  const path = new URL(request.url).pathname;
  if (result.outcome === "unchanged") return redirect(`${path}?ongewijzigd=1`);
  await audit(context, "content.page_saved", {
    actorUserId: me.userId,
    tenantId: me.tenantId,
    targetType: "knowledge_page",
    targetId: `${pageEntityId(where)}/${where.locale}`,
  });
  return redirect(`${path}?opgeslagen=${result.revision}`);
}

function valueOf(values: FormValues | Record<string, string | string[]>, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

export default function EditPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const { where, defaults } = loaderData;
  const values: FormValues = actionData?.values ?? defaults;
  const errors: Partial<Record<PageField, FieldError>> = actionData?.errors ?? {};
  const basedOn = actionData?.basedOn ?? loaderData.revision;
  const preview = actionData && "preview" in actionData ? actionData.preview : undefined;
  const conflict = actionData && "conflict" in actionData ? actionData.conflict : undefined;
  const errorText = (field: PageField) => fieldErrorText(t, errors[field]);
  const errorList = (Object.keys(errors) as PageField[]).map((field) => ({
    href: `#${field}`,
    message: `${t(fieldLabels[field])}: ${errorText(field)}`,
  }));
  const instruments = values.instruments;
  const chosenInstruments = Array.isArray(instruments) ? instruments : instruments ? [instruments] : [];
  const base = `/beheer/kennisbank/${where.section}/${where.id}/${where.locale}`;
  const textField = (
    field: Exclude<PageField, "instruments">,
    options: { rows?: number; maxLength?: number; type?: "date"; hint?: MessageKey } = {},
  ) => (
    <TextField
      name={field}
      label={t(fieldLabels[field])}
      hint={options.hint ? t(options.hint) : undefined}
      error={errorText(field)}
      value={valueOf(values, field)}
      rows={options.rows}
      maxLength={options.maxLength}
      type={options.type}
    />
  );

  return (
    <PageContent variant="wide">
      <Heading level={1}>{loaderData.heading}</Heading>
      <Paragraph>
        {t(sectionAudience[where.section])} ·{" "}
        <Link to={loaderData.publicPath}>{t("admin.content.viewPublic")}</Link> ·{" "}
        <Link to={`${base}/geschiedenis`}>{t("admin.content.historyLink")}</Link>
      </Paragraph>
      {loaderData.saved ? (
        <FormMessage kind="success">{t("admin.content.saved", { revision: loaderData.saved })}</FormMessage>
      ) : null}
      {loaderData.unchanged ? <FormMessage kind="success">{t("admin.content.unchanged")}</FormMessage> : null}
      {conflict ? <ConflictMessage conflict={conflict} reload={base} /> : null}
      {errorList.length > 0 ? <ErrorSummary heading={t("form.fixErrors")} errors={errorList} /> : null}

      {preview ? (
        <section aria-labelledby="voorbeeld" className="zicht-preview">
          <Heading level={2} id="voorbeeld">
            {t("admin.content.previewHeading", { title: preview.title })}
          </Heading>
          <Paragraph>{t("admin.content.previewNotSaved")}</Paragraph>
          <InfoBox
            headingId="leesbaarheid"
            heading={t(
              preview.readability.level === "a2"
                ? "admin.content.readabilityA2"
                : "admin.content.readabilityB1",
            )}
            headingAppearance={3}
          >
            <Paragraph>
              {t("admin.content.readabilityMeasure", {
                average: preview.readability.averageSentenceLength,
                maxAverage: String(preview.readability.limits.maxAverageSentenceLength),
                long: preview.readability.longWordPercentage,
                maxLong: String(preview.readability.limits.maxLongWordShare * 100),
              })}
            </Paragraph>
            {preview.readability.problems.length === 0 ? (
              <Paragraph>{t("admin.content.readabilityOk")}</Paragraph>
            ) : (
              <>
                <Paragraph>{t("admin.content.readabilityProblems")}</Paragraph>
                <ul className="zicht-list">
                  {preview.readability.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </>
            )}
          </InfoBox>
          <Paragraph className="utrecht-paragraph--lead">{preview.summary}</Paragraph>
          <RichText html={preview.body} />
          {preview.actions ? (
            <InfoBox headingId="voorbeeld-wat-kun-je-doen" heading={t("page.whatCanYouDo")}>
              <RichText html={preview.actions} />
            </InfoBox>
          ) : null}
        </section>
      ) : null}

      <Form method="post" noValidate className="zicht-content-form" aria-labelledby="bewerken">
        <Heading level={2} id="bewerken">
          {t("admin.content.editHeading")}
        </Heading>
        <CsrfField token={loaderData.csrf} />
        <HiddenField name="basedOn" value={String(basedOn)} />
        {textField("title", { maxLength: 200 })}
        {textField("summary", { rows: 3, hint: "admin.content.summaryHint" })}
        {textField("body", { rows: 20, hint: "admin.content.bodyHint" })}
        {textField("actions", { rows: 6, hint: "admin.content.actionsHint" })}
        {textField("reviewed", { type: "date", hint: "admin.content.reviewedHint" })}
        <ChoiceGroup
          id="instruments"
          name="instruments"
          multiple
          legend={t(fieldLabels.instruments)}
          options={editableInstruments.map((id) => ({ value: id, label: t(instrumentLabels[id]) }))}
          defaultValue={chosenInstruments}
          error={errorText("instruments")}
        />
        {textField("services", { rows: 4, hint: "admin.content.servicesHint" })}
        {textField("library", { rows: 4, hint: "admin.content.libraryHint" })}
        {textField("figures", { rows: 4, hint: "admin.content.idsHint" })}
        {textField("sources", { rows: 4, hint: "admin.content.sourcesHint" })}
        {textField("note", { maxLength: 500, hint: "admin.content.noteHint" })}
        <div className="zicht-form-buttons">
          <Button appearance="subtle" name="intent" value="preview">
            {t("admin.content.preview")}
          </Button>
          <Button appearance="primary-action" name="intent" value="save">
            {t("admin.content.save")}
          </Button>
        </div>
      </Form>
      <Paragraph>
        <Link to="/beheer/kennisbank">{t("admin.content.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}

const fieldLabels = {
  title: "admin.content.field.title",
  summary: "admin.content.field.summary",
  body: "admin.content.field.body",
  actions: "admin.content.field.actions",
  reviewed: "admin.content.field.reviewed",
  instruments: "admin.content.field.instruments",
  services: "admin.content.field.services",
  library: "admin.content.field.library",
  figures: "admin.content.field.figures",
  sources: "admin.content.field.sources",
  note: "admin.content.field.note",
} as const satisfies Record<PageField, string>;
