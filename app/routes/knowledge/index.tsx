import type { Route } from "./+types/index";
import { figures } from "../../../content/figures";
import { localeFromCookieHeader, type MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import {
  formatFigureSource,
  formatFigureValue,
  groupFigures,
  type FigureTopic,
} from "../../modules/knowledge/figures";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { BulletList } from "../../ui/bullet-list";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { StepList } from "../../ui/step-list";
import { TableOfContents } from "../../ui/table-of-contents";
import { Tile, TileGrid } from "../../ui/tile-grid";

export const handle: RouteHandle = { breadcrumb: "nav.knowledge" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.knowledge");
}

export function loader({ request }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  return {
    figureGroups: groupFigures(figures).map((group) => ({
      topic: group.topic,
      figures: group.figures.map((figure) => ({
        id: figure.id,
        value: formatFigureValue(figure, locale),
        label: figure.label[locale],
        year: figure.year,
        source: formatFigureSource(figure, locale),
      })),
    })),
  };
}

const sections: ReadonlyArray<{ id: string; heading: MessageKey }> = [
  { id: "wat-is-uitbuiting", heading: "knowledge.what.heading" },
  { id: "vormen", heading: "knowledge.forms.heading" },
  { id: "risico", heading: "knowledge.risk.heading" },
  { id: "ronselaars", heading: "knowledge.recruiters.heading" },
  { id: "cijfers", heading: "knowledge.figures.heading" },
  { id: "verder", heading: "knowledge.next.heading" },
];

const forms: ReadonlyArray<{ title: MessageKey; text: MessageKey }> = [
  { title: "knowledge.forms.sexual.title", text: "knowledge.forms.sexual.text" },
  { title: "knowledge.forms.criminal.title", text: "knowledge.forms.criminal.text" },
  { title: "knowledge.forms.labour.title", text: "knowledge.forms.labour.text" },
  { title: "knowledge.forms.trafficking.title", text: "knowledge.forms.trafficking.text" },
];

const riskTraits: readonly MessageKey[] = [
  "knowledge.risk.1",
  "knowledge.risk.2",
  "knowledge.risk.3",
  "knowledge.risk.4",
  "knowledge.risk.5",
];

const recruiterSteps: readonly MessageKey[] = [
  "knowledge.recruiters.1",
  "knowledge.recruiters.2",
  "knowledge.recruiters.3",
  "knowledge.recruiters.4",
];

const topicHeadings: Record<FigureTopic, MessageKey> = {
  scale: "knowledge.figures.topic.scale",
  registrations: "knowledge.figures.topic.registrations",
  criminal: "knowledge.figures.topic.criminal",
  perpetrators: "knowledge.figures.topic.perpetrators",
  victims: "knowledge.figures.topic.victims",
};

const nextLinks: ReadonlyArray<{ to: string; label: MessageKey }> = [
  { to: "/signaleren", label: "knowledge.next.screening" },
  { to: "/wegwijzer", label: "knowledge.next.directory" },
  { to: "/bibliotheek", label: "knowledge.next.library" },
];

/** A section's heading id: the target of its link in the table of contents. */
function headingId(sectionId: string): string {
  return `${sectionId}-heading`;
}

export default function Knowledge({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  return (
    <PageContent variant="wide">
      <Heading level={1}>{t("knowledge.title")}</Heading>
      <PageIntro>{t("knowledge.intro")}</PageIntro>

      <TableOfContents
        heading={t("page.onThisPage")}
        links={sections.map((section) => ({ href: `#${headingId(section.id)}`, label: t(section.heading) }))}
      />

      <PageSection headingId={headingId("wat-is-uitbuiting")} heading={t("knowledge.what.heading")}>
        <Paragraph>{t("knowledge.what.1")}</Paragraph>
        <Paragraph>{t("knowledge.what.2")}</Paragraph>
      </PageSection>

      <PageSection headingId={headingId("vormen")} heading={t("knowledge.forms.heading")}>
        <TileGrid>
          {forms.map((form) => (
            <Tile key={form.title} title={t(form.title)}>
              <Paragraph>{t(form.text)}</Paragraph>
            </Tile>
          ))}
        </TileGrid>
        <Paragraph>{t("knowledge.forms.focus")}</Paragraph>
      </PageSection>

      <PageSection headingId={headingId("risico")} heading={t("knowledge.risk.heading")}>
        <Paragraph>{t("knowledge.risk.intro")}</Paragraph>
        <BulletList items={riskTraits.map((key) => t(key))} />
        <Paragraph>{t("knowledge.risk.other")}</Paragraph>
        <Paragraph>{t("knowledge.risk.everyone")}</Paragraph>
      </PageSection>

      <PageSection headingId={headingId("ronselaars")} heading={t("knowledge.recruiters.heading")}>
        <Paragraph>{t("knowledge.recruiters.intro")}</Paragraph>
        <StepList steps={recruiterSteps.map((key) => t(key))} />
        <Paragraph>{t("knowledge.recruiters.fast")}</Paragraph>
        <Paragraph>
          {t("knowledge.recruiters.video")}{" "}
          <Link to="/bibliotheek#type-video">{t("knowledge.recruiters.videoLink")}</Link>
        </Paragraph>
      </PageSection>

      <PageSection headingId={headingId("cijfers")} heading={t("knowledge.figures.heading")}>
        <Paragraph>{t("knowledge.figures.intro")}</Paragraph>
        {loaderData.figureGroups.map((group) => (
          <PageSection
            key={group.topic}
            level={3}
            headingId={`cijfers-${group.topic}`}
            heading={t(topicHeadings[group.topic])}
          >
            <ul className="zicht-figures">
              {group.figures.map((figure) => (
                <li key={figure.id} className="zicht-figure">
                  <p className="zicht-figure__text">
                    <span className="zicht-figure__value">{figure.value}</span> {figure.label}
                  </p>
                  <p className="zicht-figure__source">
                    {figure.year === null
                      ? t("knowledge.figures.yearUnknown")
                      : t("knowledge.figures.year", { year: figure.year })}
                    <br />
                    {t("knowledge.figures.source", { source: figure.source })}
                  </p>
                </li>
              ))}
            </ul>
          </PageSection>
        ))}
      </PageSection>

      <PageSection headingId={headingId("verder")} heading={t("knowledge.next.heading")}>
        <Paragraph>{t("knowledge.next.intro")}</Paragraph>
        <BulletList
          items={nextLinks.map((link) => (
            <Link to={link.to}>{t(link.label)}</Link>
          ))}
        />
      </PageSection>
    </PageContent>
  );
}
