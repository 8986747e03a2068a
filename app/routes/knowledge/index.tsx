import type { Route } from "./+types/index";
import { localeFromCookieHeader } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { listPageSummaries } from "../../modules/knowledge/knowledge.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { CardGrid, LinkCard } from "../../ui/card-grid";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";

export const handle: RouteHandle = { breadcrumb: "nav.knowledge" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.knowledge");
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  return { pages: await listPageSummaries(context.db, "kennisbank", locale) };
}

export default function Knowledge({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  return (
    <PageContent variant="wide">
      <Heading level={1}>{t("knowledge.title")}</Heading>
      <PageIntro>{t("knowledge.intro")}</PageIntro>
      <PageSection headingId="pages-heading" heading={t("knowledge.pagesHeading")}>
        {loaderData.pages.some((page) => page.lang) ? (
          <Paragraph>{t("knowledge.onlyInDutch")}</Paragraph>
        ) : null}
        <CardGrid>
          {loaderData.pages.map((page) => (
            <LinkCard
              key={page.id}
              to={`/kennisbank/${page.id}`}
              title={page.title}
              text={page.summary}
              lang={page.lang ?? undefined}
            />
          ))}
        </CardGrid>
      </PageSection>
      <PageSection headingId="more-heading" heading={t("knowledge.more.heading")}>
        <Paragraph>
          {t("knowledge.more.library")} <Link to="/bibliotheek">{t("knowledge.more.libraryLink")}</Link>
        </Paragraph>
        <Paragraph>
          {t("knowledge.more.search")} <Link to="/zoeken">{t("knowledge.more.searchLink")}</Link>
        </Paragraph>
      </PageSection>
    </PageContent>
  );
}
