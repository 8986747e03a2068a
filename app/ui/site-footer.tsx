import { Link } from "react-router";
import type { Helpline } from "../modules/advice/helpline";
import { telHref } from "../modules/advice/helpline";
import { useTranslate } from "../i18n/use-translate";

export function SiteFooter({ helplines }: { helplines: readonly Helpline[] }) {
  const t = useTranslate();
  return (
    <footer className="zicht-footer">
      <div className="zicht-footer__inner">
        <section aria-labelledby="footer-help">
          <h2 id="footer-help" className="zicht-footer__heading">
            {t("shell.footerHelpHeading")}
          </h2>
          <ul className="zicht-footer__list">
            {helplines.map((helpline) => (
              <li key={helpline.id}>
                {helpline.name}:{" "}
                <a className="zicht-footer__link" href={telHref(helpline.phone)}>
                  {helpline.phone}
                </a>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="zicht-footer__heading">
            {t("shell.footerHeading")}
          </h2>
          <p>{t("shell.footerText")}</p>
          <p>{t("shell.footerLicence")}</p>
          <p>
            <Link className="zicht-footer__link" to="/bronnen">
              {t("shell.footerSources")}
            </Link>
          </p>
        </section>
      </div>
    </footer>
  );
}
