import { data } from "react-router";
import type { Route } from "./+types/library";
import { localeFromCookieHeader, translator } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { requirePermission } from "../../modules/accounts/guard.server";
import { listLibraryItems } from "../../modules/knowledge/knowledge.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { DataTable } from "../../ui/data-table";
import { Heading } from "../../ui/heading";
import { applyLibraryFilters, LibraryFilterForm } from "../../ui/library-filters";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { libraryTypeLabels } from "../../ui/library-labels";

export const handle: RouteHandle = {
  breadcrumb: "admin.library.title",
  parentCrumbs: [{ path: "/beheer", label: "admin.title" }],
};

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "admin.library.title");
}

/** Every library item for the editors, with the public library's filters (in the URL). */
export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "edit:content:any");
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  const all = await listLibraryItems(context.db);
  const { items, form } = applyLibraryFilters(all, new URL(request.url).searchParams, t);
  const payload = {
    form,
    total: all.length,
    items: items.map((item) => ({
      id: item.id,
      type: item.type,
      title: item.title,
      year: item.year ?? null,
    })),
  };
  return form.invalid.length > 0 ? data(payload, { status: 400 }) : payload;
}

export default function LibraryList({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { form, items, total } = loaderData;
  return (
    <PageContent variant="wide">
      <Heading level={1}>{t("admin.library.title")}</Heading>
      <PageIntro>{t("admin.library.intro")}</PageIntro>
      <Paragraph>
        <Link to="/beheer/bibliotheek/nieuw">{t("admin.library.new")}</Link>
      </Paragraph>
      <LibraryFilterForm action="/beheer/bibliotheek" form={form} />
      <PageSection headingId="items-heading" heading={t("library.results", { count: items.length, total })}>
        <DataTable
          caption={t("admin.library.caption")}
          rowHeaders
          headers={[
            t("admin.library.field.title"),
            t("admin.library.field.type"),
            t("admin.library.field.year"),
            t("admin.content.history"),
          ]}
          rows={items.map((item) => ({
            key: item.id,
            cells: [
              <Link key="edit" to={`/beheer/bibliotheek/${item.id}`}>
                {item.title}
              </Link>,
              t(libraryTypeLabels[item.type]),
              item.year ? String(item.year) : t("library.yearUnknown"),
              <Link
                key="history"
                to={`/beheer/bibliotheek/${item.id}/geschiedenis`}
                aria-label={t("admin.content.historyOf", { title: item.title })}
              >
                {t("admin.content.historyLink")}
              </Link>,
            ],
          }))}
        />
      </PageSection>
      <Paragraph>
        <Link to="/beheer/kennisbank">{t("admin.content.title")}</Link>
      </Paragraph>
    </PageContent>
  );
}
