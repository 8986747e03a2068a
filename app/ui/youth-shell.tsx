import { Link } from "react-router";
import type { Helpline } from "../modules/advice/helpline";
import { useTranslate } from "../i18n/use-translate";
import { TextWithPhone } from "./contact-links";
import { QuickExit } from "./quick-exit";
import { LanguageSwitch, LogoMark } from "./site-header";

/** The helplines the youth footer names, by their id in content/helplines.ts. */
export const youthFooterHelplines = { danger: "alarmnummer-112", talk: "veilig-thuis" } as const;

/**
 * The header of the pages for young people: the skip link, then the quick
 * exit (the first thing a keyboard reaches after the skip link; it stays at
 * the top of the screen while scrolling), then the name and the language
 * switch. No search, no menu for professionals, no words such as "LVB".
 */
export function YouthHeader() {
  const t = useTranslate();
  return (
    <>
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus zicht-skip-link" href="#inhoud">
        {t("shell.skipLink")}
      </a>
      <QuickExit />
      <header className="zicht-header zicht-header--youth">
        <div className="zicht-header__bar">
          {/* No aria-label: the visible name is the link's name (WCAG 2.5.3 label in name). */}
          <Link to="/jongeren" className="zicht-logo">
            <LogoMark />
            <span className="zicht-logo__text">
              <span className="zicht-logo__name">{t("app.name")}</span>
              <span className="zicht-logo__tagline">{t("youth.shell.tagline")}</span>
            </span>
          </Link>
          <LanguageSwitch />
        </div>
      </header>
    </>
  );
}

/** The footer of the pages for young people: where to get help, in a few short lines. */
export function YouthFooter({ helplines }: { helplines: readonly Helpline[] }) {
  const t = useTranslate();
  const danger = helplines.find((helpline) => helpline.id === youthFooterHelplines.danger);
  const talk = helplines.find((helpline) => helpline.id === youthFooterHelplines.talk);
  return (
    <footer className="zicht-footer zicht-footer--youth">
      <div className="zicht-footer__inner">
        <section aria-labelledby="footer-help">
          <h2 id="footer-help" className="zicht-footer__heading">
            {t("youth.help.heading")}
          </h2>
          <ul className="zicht-footer__list">
            {danger ? (
              <li>
                <TextWithPhone text={t("youth.footer.danger")} number={danger.phone} />
              </li>
            ) : null}
            {talk ? (
              <li>
                <TextWithPhone text={t("youth.footer.talk", { name: talk.name })} number={talk.phone} />
                {talk.availability ? ` ${talk.availability}.` : null}
              </li>
            ) : null}
          </ul>
        </section>
        <section aria-labelledby="footer-more">
          <h2 id="footer-more" className="zicht-footer__heading">
            {t("youth.footer.notYourFault")}
          </h2>
          <p>
            <Link className="zicht-footer__link" to="/jongeren/hulp">
              {t("youth.footer.more")}
            </Link>
          </p>
        </section>
      </div>
    </footer>
  );
}
