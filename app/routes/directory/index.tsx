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
import { pageTitle } from "../../ui/meta";

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
    <div className="zicht-content zicht-content--wide">
      <h1 className="utrecht-heading-1">{t("directory.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead zicht-lead">{t("directory.intro")}</p>
      <p className="utrecht-paragraph zicht-box zicht-box--urgent zicht-urgent-line">
        <TextWithPhone text={t("directory.urgent")} number="112" />
      </p>

      <nav className="zicht-toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading" className="zicht-toc__heading">
          {t("page.onThisPage")}
        </h2>
        <ul className="zicht-toc__list">
          {groups.map((group) => (
            <li key={group.id}>
              <a className="utrecht-link" href={`#groep-${group.id}`}>
                {t(groupText[group.id].title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`groep-${group.id}`}>
          <h2 id={`groep-${group.id}`} className="utrecht-heading-2">
            {t(groupText[group.id].title)}
          </h2>
          <p className="utrecht-paragraph">{t(groupText[group.id].text)}</p>
          <ul className="zicht-entries">
            {group.entries.map((entry) => (
              <DirectoryEntry key={entry.id} entry={entry} />
            ))}
          </ul>
        </section>
      ))}

      <section aria-labelledby="about-list-heading" className="zicht-box">
        <h2 id="about-list-heading" className="utrecht-heading-3">
          {t("directory.aboutList")}
        </h2>
        <p className="utrecht-paragraph">{t("directory.incomplete")}</p>
        <p className="utrecht-paragraph">{t("directory.sourceNote")}</p>
      </section>
    </div>
  );
}

function DirectoryEntry({ entry }: { entry: DirectoryEntryView }) {
  const t = useTranslate();
  const hasContact = entry.phones.length > 0 || entry.emails.length > 0;
  return (
    <li className="zicht-entry">
      <h3 className="utrecht-heading-3 zicht-entry__title">{entry.name}</h3>
      <p className="utrecht-paragraph">{entry.description}</p>
      <dl className="zicht-facts">
        {entry.showOrganisation ? (
          <div className="zicht-facts__row">
            <dt>{t("directory.organisation")}</dt>
            <dd>{entry.organisationName}</dd>
          </div>
        ) : null}
        {entry.forWhom ? (
          <div className="zicht-facts__row">
            <dt>{t("directory.forWhom")}</dt>
            <dd>{entry.forWhom}</dd>
          </div>
        ) : null}
        {entry.where ? (
          <div className="zicht-facts__row">
            <dt>{t("directory.where")}</dt>
            <dd>{entry.where}</dd>
          </div>
        ) : null}
        <div className="zicht-facts__row">
          <dt>
            {entry.contactViaOrganisation
              ? t("directory.contactVia", { organisation: entry.organisationName })
              : t("directory.contact")}
          </dt>
          {hasContact ? (
            <>
              {entry.phones.map((phone) => (
                <dd key={phone.number} className="zicht-contact">
                  {phone.label ? <span className="zicht-contact__label">{phone.label}: </span> : null}
                  <PhoneLink number={phone.number} />
                  {phone.availability ? (
                    <span className="zicht-contact__when">
                      {t("directory.availability", { when: phone.availability })}
                    </span>
                  ) : null}
                </dd>
              ))}
              {entry.emails.map((email) => (
                <dd key={email.address} className="zicht-contact">
                  {email.label ? <span className="zicht-contact__label">{email.label}: </span> : null}
                  <EmailLink address={email.address} />
                  {email.availability ? (
                    <span className="zicht-contact__when">
                      {t("directory.availability", { when: email.availability })}
                    </span>
                  ) : null}
                </dd>
              ))}
            </>
          ) : (
            <dd className="zicht-contact zicht-contact--none">{t("directory.noContact")}</dd>
          )}
        </div>
      </dl>
    </li>
  );
}
