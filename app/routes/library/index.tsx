import type { Route } from "./+types/index";
import { libraryItems } from "../../../content/library";
import { localeFromCookieHeader, type MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { groupLibrary, type LibraryAudience, type LibraryItemType } from "../../modules/knowledge/library";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { BulletList } from "../../ui/bullet-list";
import { Entry, EntryList } from "../../ui/entry-list";
import { Fact, FactList } from "../../ui/fact-list";
import { Heading } from "../../ui/heading";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { TableOfContents } from "../../ui/table-of-contents";

export const handle: RouteHandle = { breadcrumb: "nav.library" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.library");
}

export function loader({ request }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  return {
    groups: groupLibrary(libraryItems).map((group) => ({
      type: group.type,
      items: group.items.map((item) => ({
        id: item.id,
        title: item.title,
        maker: item.maker ?? null,
        year: item.year ?? null,
        series: item.series ?? null,
        audience: item.audience,
        summary: item.summary[locale],
        parts: item.parts ?? [],
      })),
    })),
  };
}

const typeHeadings: Record<LibraryItemType, MessageKey> = {
  webinar: "library.type.webinar",
  video: "library.type.video",
  guide: "library.type.guide",
  tool: "library.type.tool",
  dossier: "library.type.dossier",
  "teaching-package": "library.type.teaching-package",
  training: "library.type.training",
  podcast: "library.type.podcast",
  factsheet: "library.type.factsheet",
  report: "library.type.report",
};

const audienceLabels: Record<LibraryAudience, MessageKey> = {
  professionals: "library.audience.professionals",
  care: "library.audience.care",
  education: "library.audience.education",
  justice: "library.audience.justice",
  "social-domain": "library.audience.social-domain",
  "youth-work": "library.audience.youth-work",
  policy: "library.audience.policy",
  parents: "library.audience.parents",
  "young-people": "library.audience.young-people",
};

export default function Library({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { groups } = loaderData;
  return (
    <PageContent variant="wide">
      <Heading level={1}>{t("library.title")}</Heading>
      <PageIntro>{t("library.intro")}</PageIntro>
      <Paragraph>{t("library.noLinks")}</Paragraph>

      <TableOfContents
        heading={t("library.typesNav")}
        links={groups.map((group) => ({
          href: `#${typeHeadingId(group.type)}`,
          label: t("library.typeCount", { type: t(typeHeadings[group.type]), count: group.items.length }),
        }))}
      />

      {groups.map((group) => (
        <PageSection
          key={group.type}
          headingId={typeHeadingId(group.type)}
          heading={t(typeHeadings[group.type])}
        >
          {group.type === "report" ? <Paragraph>{t("library.reportsOrder")}</Paragraph> : null}
          <EntryList>
            {group.items.map((item) => (
              <Entry key={item.id} title={item.title} summary={item.summary}>
                {item.parts.length > 0 ? (
                  <>
                    <Paragraph className="zicht-entry__parts-label">{t("library.parts")}:</Paragraph>
                    <BulletList items={item.parts} compact />
                  </>
                ) : null}
                <FactList inline>
                  {item.maker ? <Fact term={t("library.maker")}>{item.maker}</Fact> : null}
                  {item.year ? <Fact term={t("library.year")}>{item.year}</Fact> : null}
                  {item.series ? <Fact term={t("library.series")}>{item.series}</Fact> : null}
                  <Fact term={t("library.audience")}>
                    {item.audience.map((audience) => t(audienceLabels[audience])).join(", ")}
                  </Fact>
                </FactList>
              </Entry>
            ))}
          </EntryList>
        </PageSection>
      ))}
    </PageContent>
  );
}

/** A type's heading id, also the link target elsewhere ("/bibliotheek#type-video"). */
function typeHeadingId(type: LibraryItemType): string {
  return `type-${type}`;
}
