import { Form } from "react-router";
import type { Route } from "./+types/directory";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { requirePermission } from "../../modules/accounts/guard.server";
import { formatDate } from "../../modules/directory/directory";
import { listDirectoryForEditor } from "../../modules/directory/editor.server";
import type { ServiceStatus } from "../../modules/directory/tables";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { serviceStatusNames } from "../../ui/service-status-names";
import { Button } from "../../ui/button";
import { FormField } from "../../ui/form-field";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { Paragraph } from "../../ui/paragraph";
import { TextInput } from "../../ui/text-input";

export const handle: RouteHandle = {
  breadcrumb: "editor.title",
  parentCrumbs: [{ path: "/beheer", label: "admin.title" }],
};

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "editor.title");
}

/** Every organisation and its services, searchable by name; links to their edit forms. */
export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "edit:directory:any");
  const query = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 200);
  return { query, organisations: await listDirectoryForEditor(context.db, query) };
}

export default function DirectoryEditor({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  const { organisations, query } = loaderData;
  return (
    <PageContent>
      <Heading level={1}>{t("editor.title")}</Heading>
      <PageIntro>{t("editor.intro")}</PageIntro>
      <Form method="get" role="search" aria-label={t("editor.search")} className="zicht-account-form">
        <FormField inputId="q" label={t("editor.search")}>
          <TextInput id="q" name="q" type="search" defaultValue={query} maxLength={200} />
        </FormField>
        <div>
          <Button appearance="primary-action">{t("editor.searchButton")}</Button>
        </div>
      </Form>
      <Paragraph>
        <Link to="/beheer/wegwijzer/organisaties/nieuw">{t("editor.newOrganisation")}</Link>
        {" · "}
        <Link to="/beheer/wegwijzer/diensten/nieuw">{t("editor.newService")}</Link>
      </Paragraph>
      <p role="status" className="utrecht-paragraph">
        {organisations.length === 1
          ? t("editor.countOne")
          : t("editor.count", { count: organisations.length })}
      </p>
      {organisations.map((organisation) => (
        <section key={organisation.id} aria-labelledby={`org-${organisation.id}`}>
          <Heading level={2} id={`org-${organisation.id}`}>
            <Link to={`/beheer/wegwijzer/organisaties/${organisation.id}`}>{organisation.name}</Link>
          </Heading>
          {organisation.services.length > 0 ? (
            <ul className="zicht-list">
              {organisation.services.map((service) => (
                <li key={service.id}>
                  <Link to={`/beheer/wegwijzer/diensten/${service.id}`}>{service.name}</Link>{" "}
                  <span>
                    (
                    {service.status === "active"
                      ? t("editor.checkedOn", { date: formatDate(service.assuredDate, locale) })
                      : t(serviceStatusNames[service.status as ServiceStatus] ?? "editor.status.inactive")}
                    )
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t("editor.noServices")}</Paragraph>
          )}
        </section>
      ))}
      <Paragraph>
        <Link to="/beheer">{t("admin.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
