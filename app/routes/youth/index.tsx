import type { Route } from "./+types/index";
import type { MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { BulletList } from "../../ui/bullet-list";
import { TelLink } from "../../ui/contact-links";
import { Heading } from "../../ui/heading";
import { InfoBox } from "../../ui/info-box";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { Pictogram, type PictogramName } from "../../ui/pictograms";

export const handle: RouteHandle = { breadcrumb: "nav.youth" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.youth");
}

/** How exploitation often goes, one idea per step, each with a pictogram. */
const story: ReadonlyArray<{ text: MessageKey; pictogram: PictogramName }> = [
  { text: "youth.how.1", pictogram: "heart" },
  { text: "youth.how.2", pictogram: "gift" },
  { text: "youth.how.3", pictogram: "warning" },
];

const signs: readonly MessageKey[] = [
  "youth.signs.1",
  "youth.signs.2",
  "youth.signs.3",
  "youth.signs.4",
  "youth.signs.5",
  "youth.signs.6",
];

const helplines: ReadonlyArray<{
  name: MessageKey;
  question: MessageKey;
  extra?: MessageKey;
  phone: string;
}> = [
  { name: "youth.help.danger.name", question: "youth.help.danger.question", phone: "112" },
  { name: "youth.help.csg.name", question: "youth.help.csg.question", phone: "0800-0188" },
  {
    name: "youth.help.vt.name",
    question: "youth.help.vt.question",
    extra: "youth.help.vt.extra",
    phone: "0800-2000",
  },
];

export default function Youth() {
  const t = useTranslate();
  return (
    <PageContent variant="easy">
      <Heading level={1}>{t("youth.title")}</Heading>
      <Paragraph>{t("youth.intro1")}</Paragraph>
      <Paragraph>{t("youth.intro2")}</Paragraph>

      <PageSection headingId="how-heading" heading={t("youth.how.heading")}>
        <ol className="zicht-story">
          {story.map((step) => (
            <li key={step.text} className="zicht-story__step">
              <Pictogram name={step.pictogram} />
              <Paragraph>{t(step.text)}</Paragraph>
            </li>
          ))}
        </ol>
        <Paragraph>{t("youth.how.4")}</Paragraph>
        <Paragraph>{t("youth.how.who")}</Paragraph>
      </PageSection>

      <PageSection headingId="signs-heading" heading={t("youth.signs.heading")}>
        <Paragraph>{t("youth.signs.intro")}</Paragraph>
        <BulletList items={signs.map((key) => t(key))} />
        <Paragraph>{t("youth.signs.after")}</Paragraph>
      </PageSection>

      <InfoBox headingId="fault-heading" heading={t("youth.fault.heading")}>
        <Paragraph>{t("youth.fault.1")}</Paragraph>
        <Paragraph>{t("youth.fault.2")}</Paragraph>
        <Paragraph>{t("youth.fault.3")}</Paragraph>
      </InfoBox>

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
            <li key={line.phone} className="zicht-helpline zicht-helpline--urgent">
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
    </PageContent>
  );
}
