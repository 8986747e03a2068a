import { Link } from "react-router";
import type { Route } from "./+types/sign-in";
import type { MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { TextWithPhone } from "../../ui/contact-links";
import { pageTitle } from "../../ui/meta";

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
    <div className="zicht-content">
      <h1 className="utrecht-heading-1">{t("signIn.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead zicht-lead">{t("signIn.intro")}</p>
      <p className="utrecht-paragraph zicht-box">{t("signIn.notYet")}</p>

      <section aria-labelledby="public-heading">
        <h2 id="public-heading" className="utrecht-heading-2">
          {t("signIn.public.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("signIn.public.intro")}</p>
        <ul className="zicht-link-list">
          {publicSections.map((section) => (
            <li key={section.to}>
              <Link className="utrecht-link zicht-link-list__link" to={section.to}>
                {t(section.label)}
              </Link>
              <span className="zicht-link-list__text">{t(section.text)}</span>
            </li>
          ))}
        </ul>
      </section>

      <p className="utrecht-paragraph zicht-urgent-line">
        <TextWithPhone text={t("signIn.help")} number="112" />
      </p>
    </div>
  );
}
