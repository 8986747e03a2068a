import type { Route } from "./+types/sign-in";
import type { MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { TextWithPhone } from "../../ui/contact-links";
import { Heading } from "../../ui/heading";
import { InfoNote } from "../../ui/info-box";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";

export const handle: RouteHandle = { breadcrumb: "nav.signIn" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.signIn");
}

/** The public sections, which work without an account. */
const publicSections: ReadonlyArray<{ to: string; label: MessageKey; text: MessageKey }> = [
  { to: "/wegwijzer", label: "nav.directory", text: "signIn.public.directory" },
  { to: "/signaleren", label: "nav.screening", text: "signIn.public.screening" },
  { to: "/kennisbank", label: "nav.knowledge", text: "signIn.public.knowledge" },
  { to: "/bibliotheek", label: "nav.library", text: "signIn.public.library" },
  { to: "/jongeren", label: "nav.youth", text: "signIn.public.youth" },
  { to: "/ouders", label: "nav.parents", text: "signIn.public.parents" },
];

/**
 * Sign-in for professionals. Accounts (with two-factor authentication) do
 * not exist yet in this version, so this page explains that honestly and
 * shows no form.
 */
export default function SignIn() {
  const t = useTranslate();
  return (
    <PageContent>
      <Heading level={1}>{t("signIn.title")}</Heading>
      <PageIntro>{t("signIn.intro")}</PageIntro>
      <InfoNote>{t("signIn.notYet")}</InfoNote>

      <PageSection headingId="public-heading" heading={t("signIn.public.heading")}>
        <Paragraph>{t("signIn.public.intro")}</Paragraph>
        <ul className="zicht-link-list">
          {publicSections.map((section) => (
            <li key={section.to}>
              <Link className="zicht-link-list__link" to={section.to}>
                {t(section.label)}
              </Link>
              <span className="zicht-link-list__text">{t(section.text)}</span>
            </li>
          ))}
        </ul>
      </PageSection>

      <Paragraph urgent>
        <TextWithPhone text={t("signIn.help")} number="112" />
      </Paragraph>
    </PageContent>
  );
}
