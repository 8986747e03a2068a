import type { Route } from "./+types/sources";
import { localeFromCookieHeader, type MessageKey } from "../i18n";
import { useTranslate } from "../i18n/use-translate";
import { formatFigureValue } from "../modules/knowledge/figures";
import { listFigures, listPages } from "../modules/knowledge/knowledge.server";
import { pageSections } from "../modules/knowledge/page";
import {
  sourceCitations,
  sourceKinds,
  sources,
  toSourceView,
  type SourceKind,
} from "../modules/knowledge/sources";
import type { RouteHandle } from "../ui/breadcrumbs";
import { BulletList } from "../ui/bullet-list";
import { Fact, FactList } from "../ui/fact-list";
import { Heading } from "../ui/heading";
import { Link } from "../ui/link";
import { pageTitle } from "../ui/meta";
import { PageContent } from "../ui/page-content";
import { PageIntro } from "../ui/page-intro";
import { PageSection } from "../ui/page-section";
import { Paragraph } from "../ui/paragraph";
import { TableOfContents } from "../ui/table-of-contents";

/**
 * /bronnen: every source in the catalogue, grouped by kind, with what it
 * supports and which pages and figures cite it (derived from the content).
 */
export const handle: RouteHandle = { breadcrumb: "sources.title" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "sources.title");
}

const kindHeadings: Record<SourceKind, MessageKey> = {
  law: "sources.kind.law",
  guidance: "sources.kind.guidance",
  report: "sources.kind.report",
  registration: "sources.kind.registration",
  website: "sources.kind.website",
};

export async function loader({ request, context }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const pages = (
    await Promise.all(pageSections.map((section) => listPages(context.db, section, locale)))
  ).flat();
  const figures = await listFigures(context.db);
  const citations = sourceCitations(
    pages.map((page) => ({
      section: page.section,
      id: page.id,
      title: page.title,
      lang: page.locale === locale ? null : page.locale,
      sources: page.sources,
      figures: page.figures,
    })),
    figures.map((figure) => ({
      id: figure.id,
      sourceId: figure.sourceId,
      text: `${formatFigureValue(figure, locale)} ${figure.label[locale]}`,
    })),
  );
  return {
    count: sources.length,
    groups: sourceKinds
      .map((kind) => ({
        kind,
        sources: sources
          .filter((source) => source.kind === kind)
          .map((source) => ({
            ...toSourceView(source, locale),
            citations: citations.get(source.id) ?? { pages: [], figures: [] },
          })),
      }))
      .filter((group) => group.sources.length > 0),
  };
}

/** "wetten.overheid.nl" for a link's text; the address itself when it cannot be read. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

export default function Sources({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { groups, count } = loaderData;
  return (
    <PageContent>
      <Heading level={1}>{t("sources.title")}</Heading>
      <PageIntro>{t("sources.intro")}</PageIntro>
      <Paragraph>{t("sources.checkNote")}</Paragraph>
      <TableOfContents
        heading={t("sources.count", { count })}
        links={groups.map((group) => ({
          href: `#bronnen-${group.kind}`,
          label: t(kindHeadings[group.kind]),
        }))}
      />
      {groups.map((group) => (
        <PageSection
          key={group.kind}
          headingId={`bronnen-${group.kind}`}
          heading={t(kindHeadings[group.kind])}
        >
          {group.sources.map((source) => (
            <section
              key={source.id}
              id={source.id}
              aria-labelledby={`bron-${source.id}`}
              className="zicht-source-entry"
            >
              <Heading level={3} id={`bron-${source.id}`}>
                <span lang="nl">{source.title}</span>
              </Heading>
              <Paragraph className="zicht-source-entry__meta">
                {source.publisher}, {source.year}
              </Paragraph>
              <Paragraph>{source.supports}</Paragraph>
              <FactList inline>
                <Fact term={t("sources.link")}>
                  <a className="utrecht-link zicht-source-entry__url" href={source.url}>
                    {t("sources.open", { host: hostOf(source.url) })}
                  </a>{" "}
                  <span className="zicht-source__checked">
                    ({t("sources.checkedOn", { date: source.checkedOn })})
                  </span>
                </Fact>
                <Fact term={t("sources.citedByPages")}>
                  {source.citations.pages.length > 0 ? (
                    <BulletList
                      compact
                      items={source.citations.pages.map((page) => (
                        <Link to={page.href} lang={page.lang ?? undefined}>
                          {page.title}
                        </Link>
                      ))}
                    />
                  ) : (
                    t("sources.notCited")
                  )}
                </Fact>
                {source.citations.figures.length > 0 ? (
                  <Fact term={t("sources.citedByFigures")}>
                    <BulletList
                      compact
                      items={source.citations.figures.map((figure) =>
                        figure.href ? <Link to={figure.href}>{figure.text}</Link> : figure.text,
                      )}
                    />
                  </Fact>
                ) : null}
              </FactList>
            </section>
          ))}
        </PageSection>
      ))}
    </PageContent>
  );
}
