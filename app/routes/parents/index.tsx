import type { Route } from "./+types/index";
import type { MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { BulletList } from "../../ui/bullet-list";
import { TextWithPhone } from "../../ui/contact-links";
import { Heading } from "../../ui/heading";
import { InfoBox } from "../../ui/info-box";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";

export const handle: RouteHandle = { breadcrumb: "nav.parents" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.parents");
}

const signs: readonly MessageKey[] = [
  "parents.signs.1",
  "parents.signs.2",
  "parents.signs.3",
  "parents.signs.4",
  "parents.signs.5",
  "parents.signs.6",
  "parents.signs.7",
];

const talkTips: readonly MessageKey[] = [
  "parents.talk.1",
  "parents.talk.2",
  "parents.talk.3",
  "parents.talk.4",
  "parents.talk.5",
];

const actions: ReadonlyArray<{ text: MessageKey; phone?: string }> = [
  { text: "parents.act.danger", phone: "112" },
  { text: "parents.act.csg", phone: "0800-0188" },
  { text: "parents.act.vt", phone: "0800-2000" },
  { text: "parents.act.police", phone: "0900-8844" },
  { text: "parents.act.team" },
];

export default function Parents() {
  const t = useTranslate();
  return (
    <PageContent>
      <Heading level={1}>{t("parents.title")}</Heading>
      <PageIntro>{t("parents.intro")}</PageIntro>

      <PageSection headingId="what-heading" heading={t("parents.what.heading")}>
        <Paragraph>{t("parents.what.1")}</Paragraph>
        <Paragraph>{t("parents.what.2")}</Paragraph>
        <Paragraph>{t("parents.what.3")}</Paragraph>
      </PageSection>

      <PageSection headingId="signs-heading" heading={t("parents.signs.heading")}>
        <BulletList items={signs.map((key) => t(key))} />
        <Paragraph>{t("parents.signs.after")}</Paragraph>
      </PageSection>

      <PageSection headingId="talk-heading" heading={t("parents.talk.heading")}>
        <BulletList items={talkTips.map((key) => t(key))} />
      </PageSection>

      <InfoBox headingId="act-heading" heading={t("parents.act.heading")} urgent>
        <BulletList
          items={actions.map((action) =>
            action.phone ? <TextWithPhone text={t(action.text)} number={action.phone} /> : t(action.text),
          )}
        />
      </InfoBox>

      <PageSection headingId="more-heading" heading={t("parents.more.heading")}>
        <Paragraph>
          {t("parents.more.paula")} <Link to="/bibliotheek#type-video">{t("parents.more.paulaLink")}</Link>
        </Paragraph>
        <Paragraph>{t("parents.more.fier")}</Paragraph>
        <Paragraph>
          {t("parents.more.quickscan")}{" "}
          <Link to="/signaleren/quickscan-ouders">{t("parents.more.quickscanLink")}</Link>
        </Paragraph>
        <Paragraph>
          {t("parents.more.directory")} <Link to="/wegwijzer">{t("parents.more.directoryLink")}</Link>
        </Paragraph>
      </PageSection>
    </PageContent>
  );
}
