import type { ReactNode } from "react";
import type { Route } from "./+types/index";
import { organisations, services } from "../../../content/organisations";
import { localeFromCookieHeader, translator, type MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import {
  directoryView,
  type DirectoryEntryView,
  type DirectoryGroupId,
} from "../../modules/directory/directory";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { EmailLink, PhoneLink, TextWithPhone } from "../../ui/contact-links";
import { Entry, EntryList } from "../../ui/entry-list";
import { Fact, FactList, FactRow } from "../../ui/fact-list";
import { Heading } from "../../ui/heading";
import { InfoBox, InfoNote } from "../../ui/info-box";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { TableOfContents } from "../../ui/table-of-contents";

export const handle: RouteHandle = { breadcrumb: "nav.directory" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.directory");
}

export function loader({ request }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  return { groups: directoryView(organisations, services, locale, translator(locale)) };
}

const groupText: Record<DirectoryGroupId, { title: MessageKey; text: MessageKey }> = {
  acute: { title: "directory.group.acute.title", text: "directory.group.acute.text" },
  advice: { title: "directory.group.advice.title", text: "directory.group.advice.text" },
  reporting: { title: "directory.group.reporting.title", text: "directory.group.reporting.text" },
  care: { title: "directory.group.care.title", text: "directory.group.care.text" },
  prevention: { title: "directory.group.prevention.title", text: "directory.group.prevention.text" },
};

export default function Directory({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { groups } = loaderData;
  return (
    <PageContent variant="wide">
      <Heading level={1}>{t("directory.title")}</Heading>
      <PageIntro>{t("directory.intro")}</PageIntro>
      <InfoNote urgent>
        <TextWithPhone text={t("directory.urgent")} number="112" />
      </InfoNote>

      <TableOfContents
        heading={t("page.onThisPage")}
        links={groups.map((group) => ({
          href: `#${groupHeadingId(group.id)}`,
          label: t(groupText[group.id].title),
        }))}
      />

      {groups.map((group) => (
        <PageSection
          key={group.id}
          headingId={groupHeadingId(group.id)}
          heading={t(groupText[group.id].title)}
        >
          <Paragraph>{t(groupText[group.id].text)}</Paragraph>
          <EntryList>
            {group.entries.map((entry) => (
              <DirectoryEntry key={entry.id} entry={entry} />
            ))}
          </EntryList>
        </PageSection>
      ))}

      <InfoBox headingId="about-list-heading" heading={t("directory.aboutList")} headingAppearance={3}>
        <Paragraph>{t("directory.incomplete")}</Paragraph>
        <Paragraph>{t("directory.sourceNote")}</Paragraph>
      </InfoBox>
    </PageContent>
  );
}

/** A group's heading id, also the link target in the table of contents ("#groep-acute"). */
function groupHeadingId(id: DirectoryGroupId): string {
  return `groep-${id}`;
}

function DirectoryEntry({ entry }: { entry: DirectoryEntryView }) {
  const t = useTranslate();
  const hasContact = entry.phones.length > 0 || entry.emails.length > 0;
  return (
    <Entry title={entry.name} summary={entry.description}>
      <FactList>
        {entry.showOrganisation ? (
          <Fact term={t("directory.organisation")}>{entry.organisationName}</Fact>
        ) : null}
        {entry.forWhom ? <Fact term={t("directory.forWhom")}>{entry.forWhom}</Fact> : null}
        {entry.where ? <Fact term={t("directory.where")}>{entry.where}</Fact> : null}
        <FactRow
          term={
            entry.contactViaOrganisation
              ? t("directory.contactVia", { organisation: entry.organisationName })
              : t("directory.contact")
          }
        >
          {hasContact ? (
            <>
              {entry.phones.map((phone) => (
                <ContactDetail key={phone.number} label={phone.label} availability={phone.availability}>
                  <PhoneLink number={phone.number} />
                </ContactDetail>
              ))}
              {entry.emails.map((email) => (
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
    </Entry>
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
