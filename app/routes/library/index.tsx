import { data } from "react-router";
import type { Route } from "./+types/index";
import { localeFromCookieHeader, translator } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { listLibraryItems } from "../../modules/knowledge/knowledge.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Entry, EntryList } from "../../ui/entry-list";
import { Fact, FactList } from "../../ui/fact-list";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { applyLibraryFilters, LibraryFilterForm } from "../../ui/library-filters";
import { libraryAudienceLabels, libraryTypeLabels } from "../../ui/library-labels";

export const handle: RouteHandle = { breadcrumb: "nav.library" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.library");
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const params = new URL(request.url).searchParams;
  const all = await listLibraryItems(context.db);
  const { items, form } = applyLibraryFilters(all, params, t);
  const payload = {
    form,
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
  return form.invalid.length > 0 ? data(payload, { status: 400 }) : payload;
}

export default function Library({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { form, items, total } = loaderData;
  return (
    <PageContent variant="wide">
      <Heading level={1}>{t("library.title")}</Heading>
      <PageIntro>{t("library.intro")}</PageIntro>
      <Paragraph>{t("library.noLinks")}</Paragraph>
      <LibraryFilterForm action="/bibliotheek" form={form} />

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
