import { Form } from "react-router";
import type { Route } from "./+types/search";
import { localeFromCookieHeader } from "../i18n";
import { useTranslate } from "../i18n/use-translate";
import { searchHelplines } from "../modules/advice/helpline.server";
import type { RouteHandle } from "../ui/breadcrumbs";
import { Button } from "../ui/button";
import { FormField } from "../ui/form-field";
import { Heading } from "../ui/heading";
import { HelplineList } from "../ui/helpline-list";
import { pageTitle } from "../ui/meta";
import { PageContent } from "../ui/page-content";
import { PageSection } from "../ui/page-section";
import { Paragraph } from "../ui/paragraph";
import { TextInput } from "../ui/text-input";

export const handle: RouteHandle = { breadcrumb: "nav.search" };
export const maxQueryLength = 200;

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "search.title");
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const query = (new URL(request.url).searchParams.get("q") ?? "").trim();
  if (query.length > maxQueryLength) return { query, tooLong: true, helplines: [] };
  if (query === "") return { query, tooLong: false, helplines: [] };
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  return { query, tooLong: false, helplines: await searchHelplines(context.db, query, locale) };
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { query, tooLong, helplines } = loaderData;
  return (
    <PageContent>
      <Heading level={1}>{t("search.title")}</Heading>
      {/* An explicit action: the default repeats the current query string, which the
          server and the browser encode differently (a hydration mismatch). */}
      <Form method="get" action="/zoeken" role="search" className="zicht-search-form">
        <FormField
          inputId="q"
          label={t("search.label")}
          error={tooLong ? t("search.tooLong", { max: maxQueryLength }) : undefined}
        >
          <div className="zicht-search-form__row">
            <TextInput id="q" name="q" type="search" defaultValue={query} invalid={tooLong} />
            <Button appearance="primary-action">{t("search.button")}</Button>
          </div>
        </FormField>
      </Form>
      {query !== "" && !tooLong ? (
        <PageSection
          headingId="results-heading"
          heading={t("search.resultsHeading", { query })}
          className="zicht-search-results"
        >
          {helplines.length === 0 ? (
            <Paragraph>{t("search.noResults", { query })}</Paragraph>
          ) : (
            <HelplineList helplines={helplines} />
          )}
        </PageSection>
      ) : null}
    </PageContent>
  );
}
