import type { Route } from "./+types/index";
import { protectiveFactors, signalGroups } from "../../../content/signals";
import { instruments } from "../../modules/screening/instruments";
import { audienceKeys } from "../../modules/screening/labels";
import { localeFromCookieHeader, type MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { BulletList } from "../../ui/bullet-list";
import { CardGrid, LinkCard } from "../../ui/card-grid";
import { DutchContent } from "../../ui/content-language";
import { TextWithPhone } from "../../ui/contact-links";
import { Heading } from "../../ui/heading";
import { InfoBox } from "../../ui/info-box";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { StepList } from "../../ui/step-list";
import { Tile, TileGrid } from "../../ui/tile-grid";

export const handle: RouteHandle = { breadcrumb: "nav.screening" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.screening");
}

export function loader({ request }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  return {
    groups: signalGroups.map((group) => ({
      id: group.id,
      title: group.title[locale],
      examples: group.examples.map((example) => example[locale]),
      criminal: group.criminal === true,
    })),
    protectiveFactors: protectiveFactors.map((factor) => ({ id: factor.id, text: factor.text[locale] })),
    instruments: instruments.map((definition) => ({
      id: definition.id,
      title: definition.title,
      summary: definition.summary,
      audience: definition.audience,
    })),
  };
}

const principles: readonly MessageKey[] = [
  "screening.principles.1",
  "screening.principles.2",
  "screening.principles.3",
  "screening.principles.4",
  "screening.principles.5",
];

const meldcodeSteps: readonly MessageKey[] = [
  "screening.meldcode.step1",
  "screening.meldcode.step2",
  "screening.meldcode.step3",
  "screening.meldcode.step4",
  "screening.meldcode.step5",
];

const nowSteps: ReadonlyArray<{ text: MessageKey; phone: string }> = [
  { text: "screening.now.danger", phone: "112" },
  { text: "screening.now.sexualViolence", phone: "0800-0188" },
  { text: "screening.now.advice", phone: "0800-2000" },
  { text: "screening.now.police", phone: "0900-8844" },
];

export default function Screening({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { groups, protectiveFactors, instruments } = loaderData;
  return (
    <PageContent variant="wide">
      <Heading level={1}>{t("screening.title")}</Heading>
      <PageIntro>{t("screening.intro")}</PageIntro>
      <Paragraph>{t("screening.instruments")}</Paragraph>

      <PageSection headingId="instruments-heading" heading={t("screening.list.heading")}>
        <Paragraph>{t("screening.list.intro")}</Paragraph>
        <CardGrid>
          {instruments.map((instrument) => (
            <LinkCard
              key={instrument.id}
              to={`/signaleren/${instrument.id}`}
              title={<DutchContent>{instrument.title}</DutchContent>}
              text={
                <>
                  <strong>{t(audienceKeys[instrument.audience])}.</strong>{" "}
                  <DutchContent>{instrument.summary}</DutchContent>
                </>
              }
            />
          ))}
        </CardGrid>
      </PageSection>

      <PageSection headingId="principles-heading" heading={t("screening.principles.heading")}>
        <BulletList items={principles.map((key) => t(key))} />
      </PageSection>

      <PageSection headingId="groups-heading" heading={t("screening.groups.heading")}>
        <Paragraph>{t("screening.groups.intro")}</Paragraph>
        <TileGrid>
          {groups.map((group) => (
            <Tile key={group.id} title={group.title} accent={group.criminal}>
              <BulletList items={group.examples} compact />
            </Tile>
          ))}
        </TileGrid>
      </PageSection>

      <PageSection headingId="protective-heading" heading={t("screening.protective.heading")}>
        <Paragraph>{t("screening.protective.intro")}</Paragraph>
        <BulletList items={protectiveFactors.map((factor) => factor.text)} />
      </PageSection>

      <PageSection headingId="meldcode-heading" heading={t("screening.meldcode.heading")}>
        <Paragraph>{t("screening.meldcode.intro")}</Paragraph>
        <StepList steps={meldcodeSteps.map((key) => t(key))} />
        <Paragraph>{t("screening.meldcode.framework")}</Paragraph>
      </PageSection>

      <InfoBox headingId="now-heading" heading={t("screening.now.heading")} urgent>
        <BulletList
          items={nowSteps.map((step) => (
            <TextWithPhone text={t(step.text)} number={step.phone} />
          ))}
        />
        <Paragraph>
          {t("screening.now.directory")} <Link to="/wegwijzer">{t("screening.now.directoryLink")}</Link>
        </Paragraph>
      </InfoBox>
    </PageContent>
  );
}
