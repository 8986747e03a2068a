import type { Route } from "./+types/index";
import { localeFromCookieHeader } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { listPageSummaries } from "../../modules/knowledge/knowledge.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { CardGrid, LinkCard } from "../../ui/card-grid";
import { TextWithPhone } from "../../ui/contact-links";
import { Heading } from "../../ui/heading";
import { InfoNote } from "../../ui/info-box";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { ReadAloud } from "../../ui/read-aloud";

export const handle: RouteHandle = { breadcrumb: "nav.parents" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.parents");
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  return { pages: await listPageSummaries(context.db, "ouders", locale) };
}

export default function Parents({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  return (
    <PageContent>
      <div id="ouders-inhoud">
        <Heading level={1}>{t("parents.title")}</Heading>
        <ReadAloud targetId="ouders-inhoud" />
        <PageIntro>{t("parents.intro")}</PageIntro>
        <InfoNote urgent>
          <TextWithPhone text={t("parents.act.danger")} number="112" />
        </InfoNote>
        <PageSection headingId="pages-heading" heading={t("parents.pagesHeading")}>
          <CardGrid>
            {loaderData.pages.map((page) => (
              <LinkCard
                key={page.id}
                to={`/ouders/${page.id}`}
                title={page.title}
                text={page.summary}
                lang={page.lang ?? undefined}
              />
            ))}
          </CardGrid>
        </PageSection>
        <PageSection headingId="quickscan-heading" heading={t("parents.quickscan.heading")}>
          <Paragraph>
            {t("parents.quickscan.text")}{" "}
            <Link to="/signaleren/quickscan-ouders">{t("parents.quickscan.link")}</Link>
          </Paragraph>
        </PageSection>
      </div>
    </PageContent>
  );
}
