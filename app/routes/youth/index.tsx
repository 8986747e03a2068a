import type { Route } from "./+types/index";
import { localeFromCookieHeader, type MessageKey } from "../../i18n";
import type { AudienceMark } from "../../ui/audience";
import { useTranslate } from "../../i18n/use-translate";
import { listPageSummaries } from "../../modules/knowledge/knowledge.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { CardGrid, LinkCard } from "../../ui/card-grid";
import { TelLink } from "../../ui/contact-links";
import { useHelplines } from "../../ui/helpline-list";
import { Heading } from "../../ui/heading";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { isPictogramName, Pictogram } from "../../ui/pictograms";
import { ReadAloud } from "../../ui/read-aloud";

export const handle: RouteHandle & AudienceMark = { breadcrumb: "nav.youth", audience: "youth" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.youth");
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  return { pages: await listPageSummaries(context.db, "jongeren", locale) };
}

/** The helplines this page shows, by their id in content/helplines.ts, with questions in easy words. */
const youthHelplines: ReadonlyArray<{
  id: string;
  name: MessageKey;
  question: MessageKey;
  extra?: MessageKey;
}> = [
  { id: "alarmnummer-112", name: "youth.help.danger.name", question: "youth.help.danger.question" },
  { id: "centrum-seksueel-geweld", name: "youth.help.csg.name", question: "youth.help.csg.question" },
  {
    id: "veilig-thuis",
    name: "youth.help.vt.name",
    question: "youth.help.vt.question",
    extra: "youth.help.vt.extra",
  },
];

export default function Youth({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const all = useHelplines();
  const helplines = youthHelplines.flatMap((line) => {
    const helpline = all.find((candidate) => candidate.id === line.id);
    return helpline ? [{ ...line, phone: helpline.phone }] : [];
  });
  return (
    <PageContent variant="easy">
      <div id="jongeren-inhoud">
        <Heading level={1}>{t("youth.title")}</Heading>
        <ReadAloud targetId="jongeren-inhoud" />
        <Paragraph>{t("youth.intro1")}</Paragraph>
        <Paragraph>{t("youth.intro2")}</Paragraph>
        <Paragraph>{t("youth.quickExit.explain")}</Paragraph>

        <PageSection headingId="pages-heading" heading={t("youth.pagesHeading")}>
          <CardGrid>
            {loaderData.pages.map((page) => (
              <LinkCard
                key={page.id}
                to={`/jongeren/${page.id}`}
                title={page.title}
                text={page.summary}
                lang={page.lang ?? undefined}
                icon={
                  page.pictogram && isPictogramName(page.pictogram) ? (
                    <Pictogram name={page.pictogram} />
                  ) : undefined
                }
              />
            ))}
          </CardGrid>
        </PageSection>

        <PageSection
          headingId="help-heading"
          heading={
            <>
              <Pictogram name="phone" />
              {t("youth.help.heading")}
            </>
          }
          headingClassName="zicht-heading-with-icon"
        >
          <ul className="zicht-helplines">
            {helplines.map((line) => (
              <li key={line.id} className="zicht-helpline zicht-helpline--urgent">
                <h3 className="zicht-helpline__name">{t(line.name)}</h3>
                <p className="zicht-helpline__purpose">{t(line.question)}</p>
                <p className="zicht-helpline__phone">
                  <TelLink number={line.phone}>{t("helplines.call", { phone: line.phone })}</TelLink>
                </p>
                {line.extra ? <p className="zicht-helpline__purpose">{t(line.extra)}</p> : null}
              </li>
            ))}
          </ul>
          <Paragraph>{t("youth.help.trust")}</Paragraph>
        </PageSection>
      </div>
    </PageContent>
  );
}
