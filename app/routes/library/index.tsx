import { data, Form } from "react-router";
import type { Route } from "./+types/index";
import { localeFromCookieHeader, translator, type MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { listLibraryItems } from "../../modules/knowledge/knowledge.server";
import {
  filterLibrary,
  libraryFacets,
  libraryFilterParams,
  parseLibraryFilters,
  type LibraryFilterName,
} from "../../modules/knowledge/library";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { Entry, EntryList } from "../../ui/entry-list";
import { Fact, FactList } from "../../ui/fact-list";
import { FormField } from "../../ui/form-field";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { Select } from "../../ui/select";
import { exploitationFormLabels, libraryAudienceLabels, libraryTypeLabels } from "./labels";

export const handle: RouteHandle = { breadcrumb: "nav.library" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.library");
}

const filterLabels: Record<LibraryFilterName, MessageKey> = {
  type: "library.filter.type",
  audience: "library.filter.audience",
  form: "library.filter.form",
  year: "library.filter.year",
};

export async function loader({ request, context }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const params = new URL(request.url).searchParams;
  const { filters, invalid } = parseLibraryFilters(params);
  const all = await listLibraryItems(context.db);
  const facets = libraryFacets(all, filters);
  const items = filterLibrary(all, filters);
  const option = (value: string, label: string, count: number) => ({
    value,
    label: t("library.filter.option", { label, count }),
  });
  const selects = {
    type: facets.type.map((entry) => option(entry.value, t(libraryTypeLabels[entry.value]), entry.count)),
    audience: facets.audience.map((entry) =>
      option(entry.value, t(libraryAudienceLabels[entry.value]), entry.count),
    ),
    form: facets.form.map((entry) =>
      option(entry.value, t(exploitationFormLabels[entry.value]), entry.count),
    ),
    year: facets.year.map((entry) =>
      option(
        String(entry.value),
        entry.value === "onbekend" ? t("library.yearUnknown") : String(entry.value),
        entry.count,
      ),
    ),
  };
  const payload = {
    /** The raw values from the URL, so the form shows what was asked. */
    values: Object.fromEntries(
      (Object.keys(libraryFilterParams) as LibraryFilterName[]).map((name) => [
        name,
        params.get(libraryFilterParams[name]) ?? "",
      ]),
    ) as Record<LibraryFilterName, string>,
    invalid,
    filtered: Object.keys(filters).length > 0,
    selects,
    total: all.length,
    items: items.map((item) => ({
      id: item.id,
      type: item.type,
      title: item.title,
      maker: item.maker ?? null,
      year: item.year ?? null,
      audience: item.audience.map((audience) => t(libraryAudienceLabels[audience])).join(", "),
      summary: item.summary[locale],
    })),
  };
  return invalid.length > 0 ? data(payload, { status: 400 }) : payload;
}

export default function Library({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { values, invalid, filtered, selects, items, total } = loaderData;
  const filterNames = Object.keys(libraryFilterParams) as LibraryFilterName[];
  return (
    <PageContent variant="wide">
      <Heading level={1}>{t("library.title")}</Heading>
      <PageIntro>{t("library.intro")}</PageIntro>
      <Paragraph>{t("library.noLinks")}</Paragraph>

      {/* A plain GET form: filters live in the URL and work without JavaScript. */}
      <Form method="get" action="/bibliotheek" className="zicht-filters" aria-labelledby="filters-heading">
        <Heading level={2} id="filters-heading">
          {t("library.filter.heading")}
        </Heading>
        <div className="zicht-filters__fields">
          {filterNames.map((name) => (
            <FormField
              key={name}
              inputId={`filter-${name}`}
              label={t(filterLabels[name])}
              error={invalid.includes(name) ? t("library.filter.invalid") : undefined}
            >
              <Select
                id={`filter-${name}`}
                name={libraryFilterParams[name]}
                defaultValue={invalid.includes(name) ? "" : values[name]}
                invalid={invalid.includes(name)}
                options={[{ value: "", label: t("library.filter.all") }, ...selects[name]]}
              />
            </FormField>
          ))}
        </div>
        <p className="zicht-filters__actions">
          <Button appearance="primary-action">{t("library.filter.apply")}</Button>
          {filtered || invalid.length > 0 ? <Link to="/bibliotheek">{t("library.filter.clear")}</Link> : null}
        </p>
      </Form>

      <PageSection headingId="items-heading" heading={t("library.results", { count: items.length, total })}>
        {items.length === 0 ? (
          <Paragraph>{t("library.noResults")}</Paragraph>
        ) : (
          <>
            <Paragraph>{t("library.order")}</Paragraph>
            <EntryList>
              {items.map((item) => (
                <Entry
                  key={item.id}
                  title={<Link to={`/bibliotheek/${item.id}`}>{item.title}</Link>}
                  summary={item.summary}
                >
                  <FactList inline>
                    <Fact term={t("library.type")}>{t(libraryTypeLabels[item.type])}</Fact>
                    {item.year ? <Fact term={t("library.year")}>{item.year}</Fact> : null}
                    {item.maker ? <Fact term={t("library.maker")}>{item.maker}</Fact> : null}
                    <Fact term={t("library.audience")}>{item.audience}</Fact>
                  </FactList>
                </Entry>
              ))}
            </EntryList>
          </>
        )}
      </PageSection>
    </PageContent>
  );
}
