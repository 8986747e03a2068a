import { data } from "react-router";
import type { Route } from "./+types/item";
import { localeFromCookieHeader, translator } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { toFigureView } from "../../modules/knowledge/figures";
import {
  getLibraryItem,
  listFigures,
  pagesRelatedToLibraryItem,
} from "../../modules/knowledge/knowledge.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { BulletList } from "../../ui/bullet-list";
import { Fact, FactList } from "../../ui/fact-list";
import { FigureList } from "../../ui/figure-list";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { exploitationFormLabels, libraryAudienceLabels, libraryTypeLabels } from "../../ui/library-labels";

export const handle: RouteHandle = { breadcrumbsFromData: true };

export function meta({ data: loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: `${loaderData.item.title} | Zicht` }] : [];
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const item = await getLibraryItem(context.db, params.id);
  if (!item) throw data(null, { status: 404 });
  const wanted = item.figures ?? [];
  const figures = (await listFigures(context.db)).filter((figure) => wanted.includes(figure.id));
  const pages = await pagesRelatedToLibraryItem(context.db, item.id, locale);
  return {
    breadcrumbs: [
      { path: "/bibliotheek", label: t("nav.library") },
      { path: `/bibliotheek/${item.id}`, label: item.title },
    ],
    item: {
      title: item.title,
      type: item.type,
      maker: item.maker ?? null,
      year: item.year ?? null,
      series: item.series ?? null,
      audience: item.audience.map((audience) => t(libraryAudienceLabels[audience])).join(", "),
      forms: item.forms.map((form) => t(exploitationFormLabels[form])).join(", "),
      summary: item.summary[locale],
      parts: item.parts ?? [],
      url: item.url ?? null,
    },
    figures: figures.map((figure) => toFigureView(figure, locale)),
    pages: pages.map((page) => ({
      id: page.id,
      title: page.title,
      lang: page.locale === locale ? null : page.locale,
    })),
  };
}

export default function LibraryItem({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { item, figures, pages } = loaderData;
  return (
    <PageContent>
      <Heading level={1}>{item.title}</Heading>
      <PageIntro>{item.summary}</PageIntro>
      <FactList>
        <Fact term={t("library.type")}>{t(libraryTypeLabels[item.type])}</Fact>
        {item.maker ? <Fact term={t("library.maker")}>{item.maker}</Fact> : null}
        <Fact term={t("library.year")}>{item.year ?? t("library.yearUnknown")}</Fact>
        {item.series ? <Fact term={t("library.series")}>{item.series}</Fact> : null}
        <Fact term={t("library.audience")}>{item.audience}</Fact>
        <Fact term={t("library.forms")}>{item.forms}</Fact>
        <Fact term={t("library.link")}>
          {item.url ? (
            <a className="utrecht-link" href={item.url}>
              {item.url}
            </a>
          ) : (
            t("library.noLink")
          )}
        </Fact>
      </FactList>
      {item.parts.length > 0 ? (
        <PageSection headingId="onderdelen" heading={t("library.parts")}>
          <BulletList items={item.parts} />
        </PageSection>
      ) : null}
      {figures.length > 0 ? (
        <PageSection headingId="kerncijfers" heading={t("library.figures")}>
          <FigureList figures={figures} />
        </PageSection>
      ) : null}
      {pages.length > 0 ? (
        <PageSection headingId="kennisbank" heading={t("library.relatedPages")}>
          <BulletList
            items={pages.map((page) => (
              <Link to={`/kennisbank/${page.id}`} lang={page.lang ?? undefined}>
                {page.title}
              </Link>
            ))}
          />
        </PageSection>
      ) : null}
      <p>
        <Link to="/bibliotheek">{t("library.back")}</Link>
      </p>
    </PageContent>
  );
}
