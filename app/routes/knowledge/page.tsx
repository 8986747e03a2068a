import { data } from "react-router";
import type { Route } from "./+types/page";
import { services } from "../../../content/organisations";
import { localeFromCookieHeader, translator, type MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { groupFigures, toFigureView, type FigureTopic } from "../../modules/knowledge/figures";
import { getPage, libraryItemsByIds, listFigures } from "../../modules/knowledge/knowledge.server";
import type { PageSection as Section } from "../../modules/knowledge/page";
import { sourcesByIds, toSourceView } from "../../modules/knowledge/sources";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { BulletList } from "../../ui/bullet-list";
import { FigureList } from "../../ui/figure-list";
import { Heading } from "../../ui/heading";
import { InfoBox } from "../../ui/info-box";
import { Link } from "../../ui/link";
import { renderMarkdown } from "../../ui/markdown.server";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { Pictogram, isPictogramName } from "../../ui/pictograms";
import { PrintButton } from "../../ui/print-button";
import { ReadAloud } from "../../ui/read-aloud";
import { RichText } from "../../ui/rich-text";
import { SourceList } from "../../ui/source-list";
import { TableOfContents } from "../../ui/table-of-contents";
import { instrumentLabels, libraryTypeLabels } from "../../ui/library-labels";

export const handle: RouteHandle = { breadcrumbsFromData: true };

const sectionLabels: Record<Section, MessageKey> = {
  kennisbank: "nav.knowledge",
  jongeren: "nav.youth",
  ouders: "nav.parents",
};

export const figureTopicHeadings: Record<FigureTopic, MessageKey> = {
  scale: "knowledge.figures.topic.scale",
  registrations: "knowledge.figures.topic.registrations",
  criminal: "knowledge.figures.topic.criminal",
  perpetrators: "knowledge.figures.topic.perpetrators",
  victims: "knowledge.figures.topic.victims",
};

export function meta({ data: loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: `${loaderData.page.title} | Zicht` }] : [];
}

function sectionOf(pathname: string): Section {
  const first = pathname.split("/")[1];
  return first === "jongeren" || first === "ouders" ? first : "kennisbank";
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const section = sectionOf(new URL(request.url).pathname);
  const page = await getPage(context.db, section, params.id, locale);
  if (!page) throw data(null, { status: 404 });

  const body = renderMarkdown(page.body);
  const actions = page.actions ? renderMarkdown(page.actions, { idPrefix: "actie-" }) : undefined;
  const library = await libraryItemsByIds(context.db, page.library);
  const wanted = new Set(page.figures);
  const figures = (await listFigures(context.db)).filter((figure) => wanted.has(figure.id));
  const reviewed = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${page.reviewed}T00:00:00Z`));

  return {
    section,
    // Youth pages get the youth header and footer (root.tsx reads this through audienceOf).
    audience: section === "jongeren" ? ("youth" as const) : ("professional" as const),
    breadcrumbs: [
      { path: `/${section}`, label: t(sectionLabels[section]) },
      { path: `/${section}/${page.id}`, label: page.title },
    ],
    page: {
      id: page.id,
      title: page.title,
      summary: page.summary,
      pictogram: page.pictogram && isPictogramName(page.pictogram) ? page.pictogram : null,
      printable: page.printable,
      /** Set when the page is shown in Dutch to an English reader. */
      lang: page.locale === locale ? null : page.locale,
      reviewed,
    },
    body,
    actions: actions ?? null,
    figureGroups: groupFigures(figures).map((group) => ({
      topic: group.topic,
      figures: group.figures.map((figure) => toFigureView(figure, locale)),
    })),
    sources: sourcesByIds(page.sources).map((source) => toSourceView(source, locale)),
    instruments: page.instruments,
    services: page.services.map((id) => ({
      id,
      name: services.find((service) => service.id === id)?.name[locale] ?? id,
    })),
    library: library.map((item) => ({
      id: item.id,
      title: item.title,
      type: item.type,
      year: item.year ?? null,
    })),
  };
}

export default function KnowledgePage({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { section, page, body, actions, figureGroups, instruments, services, library, sources } = loaderData;
  const easy = section === "jongeren";
  const hasRelated = instruments.length + services.length + library.length > 0;
  return (
    <PageContent variant={easy ? "easy" : undefined}>
      <article id="artikel" lang={page.lang ?? undefined}>
        <Heading level={1} className={page.pictogram ? "zicht-heading-with-icon" : undefined}>
          {page.pictogram ? <Pictogram name={page.pictogram} /> : null}
          {page.title}
        </Heading>
        {section !== "kennisbank" ? <ReadAloud targetId="artikel" lang={page.lang ?? undefined} /> : null}
        {page.lang ? (
          <Paragraph className="zicht-language-note" lang="en">
            {t("page.onlyInDutch")}
          </Paragraph>
        ) : null}
        {easy ? <Paragraph>{page.summary}</Paragraph> : <PageIntro>{page.summary}</PageIntro>}
        {page.printable ? <PrintButton /> : null}
        {section === "kennisbank" && body.headings.length >= 3 ? (
          <TableOfContents
            heading={t("page.onThisPage")}
            links={body.headings.map((heading) => ({ href: `#${heading.id}`, label: heading.text }))}
          />
        ) : null}
        <RichText html={body.html} />

        {figureGroups.length > 0 ? (
          <PageSection headingId="kerncijfers" heading={t("knowledge.figures.heading")}>
            <Paragraph>{t("knowledge.figures.intro")}</Paragraph>
            {figureGroups.map((group) =>
              figureGroups.length > 1 ? (
                <PageSection
                  key={group.topic}
                  level={3}
                  headingId={`cijfers-${group.topic}`}
                  heading={t(figureTopicHeadings[group.topic])}
                >
                  <FigureList figures={group.figures} />
                </PageSection>
              ) : (
                <FigureList key={group.topic} figures={group.figures} />
              ),
            )}
          </PageSection>
        ) : null}

        {actions ? (
          <InfoBox headingId="wat-kun-je-doen" heading={t("page.whatCanYouDo")}>
            <RichText html={actions.html} />
          </InfoBox>
        ) : null}
      </article>

      {hasRelated ? (
        <PageSection headingId="verder" heading={t("page.related")} className="zicht-no-print">
          {instruments.length > 0 ? (
            <PageSection level={3} headingId="verder-instrumenten" heading={t("page.related.instruments")}>
              <BulletList
                items={instruments.map((id) => (
                  <Link to={`/signaleren/${id}`}>{t(instrumentLabels[id])}</Link>
                ))}
              />
            </PageSection>
          ) : null}
          {services.length > 0 ? (
            <PageSection level={3} headingId="verder-hulp" heading={t("page.related.services")}>
              <BulletList
                items={services.map((service) => (
                  <Link to={`/wegwijzer/diensten/${service.id}`}>{service.name}</Link>
                ))}
              />
            </PageSection>
          ) : null}
          {library.length > 0 ? (
            <PageSection level={3} headingId="verder-bibliotheek" heading={t("page.related.library")}>
              <BulletList
                items={library.map((item) => (
                  <>
                    <Link to={`/bibliotheek/${item.id}`}>{item.title}</Link> (
                    {t(libraryTypeLabels[item.type])}
                    {item.year ? `, ${item.year}` : ""})
                  </>
                ))}
              />
            </PageSection>
          ) : null}
        </PageSection>
      ) : null}

      {sources.length > 0 ? (
        <PageSection headingId="bronnen" heading={t("page.sources")} className="zicht-page-sources">
          <Paragraph>{t("page.sourcesIntro")}</Paragraph>
          <SourceList sources={sources} />
        </PageSection>
      ) : null}

      <Paragraph className="zicht-reviewed">{t("page.reviewed", { date: page.reviewed })}</Paragraph>
    </PageContent>
  );
}
