import { Link } from "react-router";
import type { Route } from "./+types/home";
import { localeFromCookieHeader, type MessageKey } from "../i18n";
import { useTranslate } from "../i18n/use-translate";
import { listHelplines } from "../modules/advice/helpline.server";
import { HelplineList } from "../ui/helpline-list";
import { localeFromMatches } from "../ui/meta";
import { translator } from "../i18n";

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(localeFromMatches(matches));
  return [{ title: `${t("app.name")}: ${t("app.tagline")}` }];
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  return { helplines: await listHelplines(context.db, locale) };
}

const offers: ReadonlyArray<{ to: string; title: MessageKey; text: MessageKey }> = [
  { to: "/wegwijzer", title: "home.offer.directory.title", text: "home.offer.directory.text" },
  { to: "/signaleren", title: "home.offer.screening.title", text: "home.offer.screening.text" },
  { to: "/kennisbank", title: "home.offer.knowledge.title", text: "home.offer.knowledge.text" },
  { to: "/bibliotheek", title: "home.offer.library.title", text: "home.offer.library.text" },
  { to: "/jongeren", title: "home.offer.youth.title", text: "home.offer.youth.text" },
  { to: "/ouders", title: "home.offer.parents.title", text: "home.offer.parents.text" },
];

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const urgent = loaderData.helplines.filter((helpline) => helpline.urgent);
  const other = loaderData.helplines.filter((helpline) => !helpline.urgent);
  return (
    <div className="zicht-content zicht-content--wide">
      <h1 className="utrecht-heading-1">{t("home.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead zicht-lead">{t("home.intro")}</p>

      <section className="zicht-urgent" aria-labelledby="urgent-heading">
        <h2 id="urgent-heading" className="utrecht-heading-2">
          {t("helplines.heading")}
        </h2>
        <HelplineList helplines={urgent} />
      </section>

      <section aria-labelledby="offer-heading">
        <h2 id="offer-heading" className="utrecht-heading-2">
          {t("home.offerHeading")}
        </h2>
        <ul className="zicht-cards">
          {offers.map((offer) => (
            <li key={offer.to} className="zicht-card">
              <h3 className="utrecht-heading-3 zicht-card__title">
                <Link className="utrecht-link zicht-card__link" to={offer.to}>
                  {t(offer.title)}
                </Link>
              </h3>
              <p className="utrecht-paragraph">{t(offer.text)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="why-heading">
        <h2 id="why-heading" className="utrecht-heading-2">
          {t("home.whyHeading")}
        </h2>
        <p className="utrecht-paragraph">{t("home.why1")}</p>
        <p className="utrecht-paragraph">{t("home.why2")}</p>
      </section>

      <section aria-labelledby="other-heading">
        <h2 id="other-heading" className="utrecht-heading-2">
          {t("helplines.otherHeading")}
        </h2>
        <HelplineList helplines={other} />
      </section>
    </div>
  );
}
