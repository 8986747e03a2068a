import { Form } from "react-router";
import type { Route } from "./+types/search";
import { localeFromCookieHeader, translator, type MessageKey } from "../i18n";
import { useTranslate } from "../i18n/use-translate";
import { maxQueryLength, snippetSegments } from "../modules/knowledge/search";
import { instrumentSearchSource } from "../modules/screening/search-source.server";
import { serviceSearchSource } from "../modules/directory/search-source.server";
import { searchEverything, searchSources, type SearchResultType } from "../modules/knowledge/search.server";
import type { RouteHandle } from "../ui/breadcrumbs";
import { Button } from "../ui/button";
import { FormField } from "../ui/form-field";
import { Heading } from "../ui/heading";
import { pageTitle } from "../ui/meta";
import { PageContent } from "../ui/page-content";
import { PageSection } from "../ui/page-section";
import { Paragraph } from "../ui/paragraph";
import { SearchResultGroup, type SearchResultView } from "../ui/search-results";
import { TextInput } from "../ui/text-input";
import { libraryTypeLabels } from "../ui/library-labels";

export const handle: RouteHandle = { breadcrumb: "nav.search" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "search.title");
}

const groupHeadings: Record<SearchResultType, MessageKey> = {
  kennisbank: "search.group.kennisbank",
  jongeren: "search.group.jongeren",
  ouders: "search.group.ouders",
  library: "search.group.library",
  helpline: "search.group.helpline",
  service: "search.group.service",
  instrument: "search.group.instrument",
};

/** Every searchable kind of content: the knowledge module's sources, the Wegwijzer and the instruments. */
const sources = [...searchSources, serviceSearchSource, instrumentSearchSource];

export async function loader({ request, context }: Route.LoaderArgs) {
  const query = (new URL(request.url).searchParams.get("q") ?? "").trim();
  const empty = { query, tooLong: false, similar: false, total: 0, groups: [] };
  // A too-long query is shown again with a message at the field (status 200, as decided for this form).
  if (query.length > maxQueryLength) return { ...empty, tooLong: true };
  if (query === "") return empty;
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const result = await searchEverything(context.db, query, locale, sources);
  return {
    query,
    tooLong: false,
    similar: result.mode === "similar",
    total: result.total,
    groups: result.groups.map((group) => ({
      type: group.type,
      results: group.hits.map((hit): SearchResultView => ({
        key: `${hit.type}-${hit.id}`,
        title: hit.title,
        href: hit.href,
        snippet: snippetSegments(hit.snippet),
        ...(hit.libraryType
          ? { meta: [t(libraryTypeLabels[hit.libraryType]), hit.year].filter(Boolean).join(" · ") }
          : {}),
        ...(hit.phone
          ? { phone: { number: hit.phone, label: t("helplines.call", { phone: hit.phone }) } }
          : {}),
        ...(hit.lang ? { lang: hit.lang } : {}),
      })),
    })),
  };
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { query, tooLong, similar, total, groups } = loaderData;
  return (
    <PageContent>
      <Heading level={1}>{t("search.title")}</Heading>
      {/* An explicit action: the default repeats the current query string, which the
          server and the browser encode differently (a hydration mismatch). */}
      <Form
        method="get"
        action="/zoeken"
        role="search"
        aria-label={t("search.formLabel")}
        className="zicht-search-form"
      >
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
          {total === 0 ? (
            <Paragraph>{t("search.noResults", { query })}</Paragraph>
          ) : (
            <>
              <Paragraph>
                {similar ? t("search.similar", { count: total }) : t("search.count", { count: total })}
              </Paragraph>
              {groups.map((group) => (
                <SearchResultGroup
                  key={group.type}
                  headingId={`resultaten-${group.type}`}
                  heading={t("search.groupHeading", {
                    group: t(groupHeadings[group.type]),
                    count: group.results.length,
                  })}
                  results={group.results}
                />
              ))}
            </>
          )}
        </PageSection>
      ) : null}
    </PageContent>
  );
}
