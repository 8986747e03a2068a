import { data } from "react-router";
import type { Route } from "./+types/organisation";
import { localeFromCookieHeader, translator } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { serviceView } from "../../modules/directory/directory";
import { getOrganisation, getServices, listTerms } from "../../modules/directory/read.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { EmailLink, PhoneLink } from "../../ui/contact-links";
import { EntryList } from "../../ui/entry-list";
import { Fact, FactList, FactRow } from "../../ui/fact-list";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { organisationHref, ServiceSummary } from "./service-summary";

export const handle: RouteHandle = {
  breadcrumb: "directory.organisation",
  parentCrumbs: [{ path: "/wegwijzer", label: "nav.directory" }],
  breadcrumbFromData: true,
};

export function meta({ data: loaderData, matches }: Route.MetaArgs) {
  return pageTitle(matches, "directory.service.pageTitle", { name: loaderData?.organisation.name ?? "" });
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const organisation = await getOrganisation(context.db, params.id);
  if (!organisation) throw data(null, { status: 404, statusText: "Not Found" });
  const [records, terms] = await Promise.all([
    getServices(context.db, organisation.serviceIds),
    listTerms(context.db),
  ]);
  const termNames = new Map(terms.map((term) => [term.id, locale === "en" ? term.name_en : term.name]));
  const now = new Date();
  return {
    breadcrumb: organisation.name,
    organisation: {
      id: organisation.id,
      name: organisation.name,
      alternateName: organisation.alternateName,
      description: organisation.description[locale],
      parent: organisation.parent,
      children: organisation.children,
      phones: organisation.phones.map((phone) => ({
        number: phone.number,
        label: phone.label?.[locale] ?? "",
      })),
      emails: organisation.emails.map((email) => ({
        address: email.address,
        label: email.label?.[locale] ?? "",
      })),
      programs: organisation.programs,
    },
    services: records.map((record) => serviceView(record, termNames, locale, t, now)),
  };
}

export default function Organisation({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { organisation, services } = loaderData;
  const hasContact = organisation.phones.length > 0 || organisation.emails.length > 0;
  return (
    <PageContent>
      <Heading level={1}>{organisation.name}</Heading>
      <PageIntro>{organisation.description}</PageIntro>
      <FactList>
        {organisation.alternateName ? (
          <Fact term={t("directory.alsoKnownAs")}>{organisation.alternateName}</Fact>
        ) : null}
        {organisation.parent ? (
          <Fact term={t("directory.partOf")}>
            <Link to={organisationHref(organisation.parent.id)}>{organisation.parent.name}</Link>
          </Fact>
        ) : null}
        {organisation.children.length > 0 ? (
          <FactRow term={t("directory.parts")}>
            {organisation.children.map((child) => (
              <dd key={child.id}>
                <Link to={organisationHref(child.id)}>{child.name}</Link>
              </dd>
            ))}
          </FactRow>
        ) : null}
        <FactRow term={t("directory.contact")}>
          {hasContact ? (
            <>
              {organisation.phones.map((phone) => (
                <dd key={phone.number} className="zicht-contact">
                  {phone.label ? <span className="zicht-contact__label">{phone.label}: </span> : null}
                  <PhoneLink number={phone.number} />
                </dd>
              ))}
              {organisation.emails.map((email) => (
                <dd key={email.address} className="zicht-contact">
                  {email.label ? <span className="zicht-contact__label">{email.label}: </span> : null}
                  <EmailLink address={email.address} />
                </dd>
              ))}
            </>
          ) : (
            <dd className="zicht-contact zicht-contact--none">{t("directory.organisation.noContact")}</dd>
          )}
        </FactRow>
      </FactList>
      {organisation.programs.length > 0 ? (
        <PageSection headingId="programs-heading" heading={t("directory.programs")}>
          <ul>
            {organisation.programs.map((program) => (
              <li key={program.id}>
                <strong>{program.name}</strong>: {program.description}
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}
      <PageSection
        headingId="services-heading"
        heading={t("directory.organisation.services", { name: organisation.name })}
      >
        {services.length === 0 ? (
          <Paragraph>{t("directory.organisation.noServices")}</Paragraph>
        ) : (
          <EntryList>
            {services.map((service) => (
              <ServiceSummary key={service.id} service={service} />
            ))}
          </EntryList>
        )}
      </PageSection>
    </PageContent>
  );
}
