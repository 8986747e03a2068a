import type { ReactNode } from "react";
import { useTranslate } from "../../i18n/use-translate";
import type { ServiceView } from "../../modules/directory/directory";
import { EmailLink, PhoneLink } from "../../ui/contact-links";
import { Fact, FactList, FactRow } from "../../ui/fact-list";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { Paragraph } from "../../ui/paragraph";
import { StatusBadge } from "../../ui/status-badge";

/** The Wegwijzer's address of a service and of an organisation. */
export const serviceHref = (id: string) => `/wegwijzer/diensten/${id}`;
export const organisationHref = (id: string) => `/wegwijzer/organisaties/${id}`;

const rankKeys = {
  3: "directory.rank.local",
  2: "directory.rank.province",
  1: "directory.rank.national",
  0: "directory.rank.unknown",
} as const;

/** One service in a list of results: what, for whom, where, how to reach it, open now, checked when. */
export function ServiceSummary({
  service,
  areaRank,
  headingLevel = 3,
}: {
  service: ServiceView;
  /** When searched by place: how close the service's area is. */
  areaRank?: number;
  headingLevel?: 2 | 3;
}) {
  const t = useTranslate();
  return (
    <li className="zicht-entry zicht-service">
      <Heading level={headingLevel} className="zicht-entry__title">
        <Link to={serviceHref(service.id)}>{service.name}</Link>
      </Heading>
      <p className="zicht-service__badges">
        {areaRank !== undefined ? (
          <StatusBadge tone="info">{t(rankKeys[areaRank as 0 | 1 | 2 | 3] ?? rankKeys[0])}</StatusBadge>
        ) : null}
        <OpenBadge state={service.openNow} />
      </p>
      <Paragraph>{service.description}</Paragraph>
      <ServiceFacts service={service} />
      <AssuredNote service={service} />
    </li>
  );
}

export function OpenBadge({ state }: { state: ServiceView["openNow"] }) {
  const t = useTranslate();
  if (state === "unknown") return null;
  return state === "open" ? (
    <StatusBadge tone="safe">{t("directory.open.open")}</StatusBadge>
  ) : (
    <StatusBadge tone="danger">{t("directory.open.closed")}</StatusBadge>
  );
}

export function AssuredNote({ service }: { service: ServiceView }) {
  const t = useTranslate();
  return (
    <p className="zicht-service__assured">
      {service.possiblyOutdated ? (
        <StatusBadge tone="caution">
          {t("directory.assured.outdated", { date: service.assuredDateText })}
        </StatusBadge>
      ) : (
        t("directory.assured", { date: service.assuredDateText })
      )}
    </p>
  );
}

/** The facts of a service as a definition list. */
export function ServiceFacts({ service, full = false }: { service: ServiceView; full?: boolean }) {
  const t = useTranslate();
  const hasContact = service.phones.length > 0 || service.emails.length > 0;
  return (
    <FactList>
      {service.showOrganisation ? (
        <Fact term={t("directory.organisation")}>
          <Link to={organisationHref(service.organisationId)}>{service.organisationName}</Link>
        </Fact>
      ) : null}
      {full && service.programName ? <Fact term={t("directory.program")}>{service.programName}</Fact> : null}
      {service.forWhom ? <Fact term={t("directory.forWhom")}>{service.forWhom}</Fact> : null}
      <Fact term={t("directory.where")}>{service.where || t("directory.area.unknown")}</Fact>
      {service.helpTypes.length > 0 ? (
        <Fact term={t("directory.helpType")}>{service.helpTypes.join(", ")}</Fact>
      ) : null}
      {full && service.forms.length > 0 ? (
        <Fact term={t("directory.forms")}>{service.forms.join(", ")}</Fact>
      ) : null}
      {full && service.access.length > 0 ? (
        <Fact term={t("directory.access")}>{service.access.join(", ")}</Fact>
      ) : null}
      <FactRow
        term={
          service.contactViaOrganisation
            ? t("directory.contactVia", { organisation: service.organisationName })
            : t("directory.contact")
        }
      >
        {hasContact ? (
          <>
            {service.phones.map((phone) => (
              <ContactDetail key={phone.number} label={phone.label} availability={phone.availability}>
                <PhoneLink number={phone.number} />
              </ContactDetail>
            ))}
            {service.emails.map((email) => (
              <ContactDetail key={email.address} label={email.label} availability={email.availability}>
                <EmailLink address={email.address} />
              </ContactDetail>
            ))}
          </>
        ) : (
          <dd className="zicht-contact zicht-contact--none">{t("directory.noContact")}</dd>
        )}
      </FactRow>
    </FactList>
  );
}

/** One way to get in touch (a phone number or an e-mail address), with its label and opening hours. */
function ContactDetail({
  label,
  availability,
  children,
}: {
  label: string;
  availability: string;
  children: ReactNode;
}) {
  const t = useTranslate();
  return (
    <dd className="zicht-contact">
      {label ? <span className="zicht-contact__label">{label}: </span> : null}
      {children}
      {availability ? (
        <span className="zicht-contact__when">{t("directory.availability", { when: availability })}</span>
      ) : null}
    </dd>
  );
}
