import type { Route } from "./+types/home";
import type { MessageKey } from "../i18n";
import { useTranslate } from "../i18n/use-translate";
import { CardGrid, LinkCard } from "../ui/card-grid";
import { Heading } from "../ui/heading";
import { HelplineList, useHelplines } from "../ui/helpline-list";
import { localeFromMatches } from "../ui/meta";
import { PageContent } from "../ui/page-content";
import { PageIntro } from "../ui/page-intro";
import { PageSection } from "../ui/page-section";
import { Paragraph } from "../ui/paragraph";
import { translator } from "../i18n";

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(localeFromMatches(matches));
  return [{ title: `${t("app.name")}: ${t("app.tagline")}` }];
}

const offers: ReadonlyArray<{ to: string; title: MessageKey; text: MessageKey }> = [
  { to: "/wegwijzer", title: "home.offer.directory.title", text: "home.offer.directory.text" },
  { to: "/signaleren", title: "home.offer.screening.title", text: "home.offer.screening.text" },
  { to: "/kennisbank", title: "home.offer.knowledge.title", text: "home.offer.knowledge.text" },
  { to: "/bibliotheek", title: "home.offer.library.title", text: "home.offer.library.text" },
  { to: "/jongeren", title: "home.offer.youth.title", text: "home.offer.youth.text" },
  { to: "/ouders", title: "home.offer.parents.title", text: "home.offer.parents.text" },
];

export default function Home() {
  const t = useTranslate();
  const helplines = useHelplines();
  const urgent = helplines.filter((helpline) => helpline.urgent);
  const other = helplines.filter((helpline) => !helpline.urgent);
  return (
    <PageContent variant="wide">
      <Heading level={1}>{t("home.title")}</Heading>
      <PageIntro>{t("home.intro")}</PageIntro>

      <PageSection headingId="urgent-heading" heading={t("helplines.heading")} className="zicht-urgent">
        <HelplineList helplines={urgent} />
      </PageSection>

      <PageSection headingId="offer-heading" heading={t("home.offerHeading")}>
        <CardGrid>
          {offers.map((offer) => (
            <LinkCard key={offer.to} to={offer.to} title={t(offer.title)} text={t(offer.text)} />
          ))}
        </CardGrid>
      </PageSection>

      <PageSection headingId="why-heading" heading={t("home.whyHeading")}>
        <Paragraph>{t("home.why1")}</Paragraph>
        <Paragraph>{t("home.why2")}</Paragraph>
      </PageSection>

      <PageSection headingId="other-heading" heading={t("helplines.otherHeading")}>
        <HelplineList helplines={other} />
      </PageSection>
    </PageContent>
  );
}
