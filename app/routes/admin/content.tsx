import type { Route } from "./+types/content";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { requirePermission } from "../../modules/accounts/guard.server";
import { listPagesForEditing } from "../../modules/knowledge/knowledge.server";
import { pageSections } from "../../modules/knowledge/page";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { sectionAudience } from "../../ui/content-editing";
import { DataTable } from "../../ui/data-table";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { formatDay, formatMoment } from "../../ui/moment";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection as Section } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";

export const handle: RouteHandle = {
  breadcrumb: "admin.content.title",
  parentCrumbs: [{ path: "/beheer", label: "admin.title" }],
};

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "admin.content.title");
}

/** Every knowledge, youth and parent page, in each language it exists in. */
export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "edit:content:any");
  const pages = await listPagesForEditing(context.db);
  return {
    pages: pages.map((page) => ({ ...page, savedAt: page.savedAt?.toISOString() ?? null })),
  };
}

export default function ContentList({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <PageContent variant="wide">
      <Heading level={1}>{t("admin.content.title")}</Heading>
      <PageIntro>{t("admin.content.intro")}</PageIntro>
      <Paragraph>
        <Link to="/beheer/bibliotheek">{t("admin.library.title")}</Link>
      </Paragraph>
      {pageSections.map((section) => {
        const pages = loaderData.pages.filter((page) => page.section === section);
        return (
          <Section key={section} headingId={`pagina-${section}`} heading={t(sectionAudience[section])}>
            <DataTable
              caption={t("admin.content.caption", { audience: t(sectionAudience[section]) })}
              rowHeaders
              headers={[
                t("admin.content.page"),
                t("admin.content.language"),
                t("admin.content.reviewed"),
                t("admin.content.lastEdit"),
                t("admin.content.history"),
              ]}
              rows={pages.map((page) => {
                const base = `/beheer/kennisbank/${page.section}/${page.id}/${page.locale}`;
                return {
                  key: base,
                  cells: [
                    <Link key="edit" to={base}>
                      {page.title}
                    </Link>,
                    page.locale === "nl" ? t("admin.content.dutch") : t("admin.content.english"),
                    formatDay(page.reviewed, locale),
                    page.origin === "editor"
                      ? t("admin.content.editedBy", {
                          author: page.author ?? t("admin.content.unknownAuthor"),
                          moment: page.savedAt ? formatMoment(page.savedAt, locale) : "",
                        })
                      : t("admin.content.fromFiles"),
                    <Link
                      key="history"
                      to={`${base}/geschiedenis`}
                      aria-label={t("admin.content.historyOf", { title: page.title })}
                    >
                      {t("admin.content.historyLink")}
                    </Link>,
                  ],
                };
              })}
            />
          </Section>
        );
      })}
      <Paragraph>
        <Link to="/beheer">{t("admin.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
