import { data, Form } from "react-router";
import type { Route } from "./+types/service";
import { localeFromCookieHeader, translator, type Translate } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import {
  parseSuggestion,
  suggestionFields,
  type SuggestionField,
} from "../../modules/directory/change-request";
import { submitChangeRequest } from "../../modules/directory/change-request.server";
import { formatSchedules, serviceView, type ServiceView } from "../../modules/directory/directory";
import { getServices, listTerms } from "../../modules/directory/read.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { fieldHintId, FormField } from "../../ui/form-field";
import { suggestionFieldNames as fieldKeys } from "../../ui/suggestion-field-names";
import { Heading } from "../../ui/heading";
import { InfoBox } from "../../ui/info-box";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { Paragraph } from "../../ui/paragraph";
import { Select } from "../../ui/select";
import { TextArea } from "../../ui/text-area";
import { TextInput } from "../../ui/text-input";
import { AssuredNote, OpenBadge, ServiceFacts } from "./service-summary";
import { passOnHeaders } from "../../security/route-headers";

export const handle: RouteHandle = {
  breadcrumb: "directory.service.crumb",
  parentCrumbs: [{ path: "/wegwijzer", label: "nav.directory" }],
  breadcrumbFromData: true,
};

/** Retry-After on a 429 reaches the browser. */
export const headers = passOnHeaders;

export function meta({ data: loaderData, matches }: Route.MetaArgs) {
  return pageTitle(matches, "directory.service.pageTitle", { name: loaderData?.service.name ?? "" });
}

async function loadService(request: Request, db: Route.LoaderArgs["context"]["db"], id: string) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const [record] = await getServices(db, [id]);
  if (!record || record.status === "defunct") {
    throw data(null, { status: 404, statusText: "Not Found" });
  }
  const terms = await listTerms(db);
  const termNames = new Map(terms.map((term) => [term.id, locale === "en" ? term.name_en : term.name]));
  return { record, service: serviceView(record, termNames, locale, t, new Date()), t };
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { service } = await loadService(request, context.db, params.id);
  return { service, breadcrumb: service.name };
}

/** What a field shows now, stored with the suggestion so editors see both. */
function currentValue(
  service: ServiceView,
  field: SuggestionField,
  t: Translate,
  locale: "nl" | "en",
): string {
  switch (field) {
    case "name":
      return service.name;
    case "description":
      return service.description;
    case "phone":
      return service.phones.map((phone) => phone.number).join("; ");
    case "email":
      return service.emails.map((email) => email.address).join("; ");
    case "opening_hours":
      return service.phones
        .map((phone) => phone.availability)
        .filter(Boolean)
        .join("; ");
    case "age":
      return service.forWhom;
    case "area":
      return service.where;
    case "other":
      return formatSchedules([], locale, t);
  }
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { service, t } = await loadService(request, context.db, params.id);
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const form = Object.fromEntries(await request.formData());
  const values = {
    field: String(form.field ?? ""),
    proposedValue: String(form.proposedValue ?? ""),
    explanation: String(form.explanation ?? ""),
    email: String(form.email ?? ""),
  };
  const parsed = parseSuggestion(values);
  if (!parsed.ok) {
    return data({ sent: false, errors: parsed.errors, values, retryAfter: 0 }, { status: 400 });
  }
  const wait = await context.rateLimits.suggestion.consume(context.clientAddress);
  if (wait > 0) {
    return data(
      { sent: false, errors: {}, values, retryAfter: Math.ceil(wait / 60) },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const { outcome } = await submitChangeRequest(
    context.db,
    service.id,
    currentValue(service, parsed.suggestion.field, t, locale),
    parsed.suggestion,
    new Date(),
  );
  if (outcome === "service-full" || outcome === "platform-busy") {
    // Nothing stored: the queue is full for this service, or for everyone this hour.
    context.logger.warn({ service: service.id, outcome }, "suggestie geweigerd: te veel voorstellen");
    return data(
      { sent: false, errors: {}, values, retryAfter: 0, queueFull: outcome },
      { status: 429, headers: { "Retry-After": "3600" } },
    );
  }
  context.logger.info(
    { service: service.id, field: parsed.suggestion.field, outcome },
    "suggestie ontvangen",
  );
  return data({ sent: true, errors: {}, values: undefined, retryAfter: 0 }, { status: 200 });
}

export default function Service({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const { service } = loaderData;
  const errors: Partial<Record<string, string>> = actionData?.errors ?? {};
  const values = actionData?.values;
  return (
    <PageContent>
      <Heading level={1}>{service.name}</Heading>
      <p className="zicht-service__badges">
        <OpenBadge state={service.openNow} />
      </p>
      <PageIntro>{service.description}</PageIntro>
      <ServiceFacts service={service} full />
      {service.eligibility ? (
        <Paragraph>
          {t("directory.service.eligibility")}: {service.eligibility}
        </Paragraph>
      ) : null}
      {service.url ? (
        <Paragraph>
          <a className="utrecht-link" href={service.url} rel="noopener noreferrer">
            {t("directory.service.website")}
          </a>
        </Paragraph>
      ) : null}
      {service.locations.length > 0 ? (
        <Paragraph>
          {t("directory.locations")}: {service.locations.map((location) => location.name).join(", ")}
        </Paragraph>
      ) : null}
      <AssuredNote service={service} />
      <Paragraph>
        <Link to="/wegwijzer">{t("directory.service.back")}</Link>
      </Paragraph>

      <InfoBox headingId="suggest-heading" heading={t("directory.suggest.heading")} headingAppearance={3}>
        {actionData?.sent ? (
          <p role="status" className="zicht-form-success">
            {t("directory.suggest.thanks")}
          </p>
        ) : (
          <>
            <Paragraph>{t("directory.suggest.intro")}</Paragraph>
            {actionData?.retryAfter ? (
              <p role="alert" className="zicht-form-error">
                {t("directory.suggest.tooMany", { minutes: actionData.retryAfter })}
              </p>
            ) : null}
            {actionData && "queueFull" in actionData ? (
              <p role="alert" className="zicht-form-error">
                {t(
                  actionData.queueFull === "service-full"
                    ? "directory.suggest.serviceFull"
                    : "directory.suggest.platformBusy",
                )}
              </p>
            ) : null}
            {Object.keys(errors).length > 0 ? (
              <p role="alert" className="zicht-form-error">
                {t("directory.suggest.fixErrors")}
              </p>
            ) : null}
            <Form method="post" noValidate className="zicht-suggest-form" aria-labelledby="suggest-heading">
              <FormField inputId="field" label={t("directory.suggest.field")} error={errors.field}>
                <Select
                  id="field"
                  name="field"
                  defaultValue={values?.field}
                  invalid={Boolean(errors.field)}
                  options={suggestionFields.map((field) => ({ value: field, label: t(fieldKeys[field]) }))}
                />
              </FormField>
              <FormField
                inputId="proposedValue"
                label={t("directory.suggest.value")}
                error={errors.proposedValue}
              >
                <TextArea
                  id="proposedValue"
                  name="proposedValue"
                  rows={3}
                  maxLength={2000}
                  defaultValue={values?.proposedValue}
                  invalid={Boolean(errors.proposedValue)}
                />
              </FormField>
              <FormField
                inputId="explanation"
                label={t("directory.suggest.explanation")}
                error={errors.explanation}
              >
                <TextArea
                  id="explanation"
                  name="explanation"
                  rows={3}
                  maxLength={2000}
                  defaultValue={values?.explanation}
                  invalid={Boolean(errors.explanation)}
                />
              </FormField>
              <FormField
                inputId="email"
                label={t("directory.suggest.email")}
                hint={t("directory.suggest.emailHint")}
                error={errors.email}
              >
                <TextInput
                  id="email"
                  name="email"
                  type="email"
                  autoComplete="email"
                  defaultValue={values?.email}
                  describedBy={fieldHintId("email")}
                  invalid={Boolean(errors.email)}
                />
              </FormField>
              <Button appearance="primary-action">{t("directory.suggest.submit")}</Button>
            </Form>
          </>
        )}
      </InfoBox>
    </PageContent>
  );
}
