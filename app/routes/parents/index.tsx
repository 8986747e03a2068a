import { Link } from "react-router";
import type { Route } from "./+types/index";
import type { MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { TextWithPhone } from "../../ui/contact-links";
import { pageTitle } from "../../ui/meta";

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
    <div className="zicht-content">
      <h1 className="utrecht-heading-1">{t("parents.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead zicht-lead">{t("parents.intro")}</p>

      <section aria-labelledby="what-heading">
        <h2 id="what-heading" className="utrecht-heading-2">
          {t("parents.what.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("parents.what.1")}</p>
        <p className="utrecht-paragraph">{t("parents.what.2")}</p>
        <p className="utrecht-paragraph">{t("parents.what.3")}</p>
      </section>

      <section aria-labelledby="signs-heading">
        <h2 id="signs-heading" className="utrecht-heading-2">
          {t("parents.signs.heading")}
        </h2>
        <ul className="zicht-list">
          {signs.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p className="utrecht-paragraph">{t("parents.signs.after")}</p>
      </section>

      <section aria-labelledby="talk-heading">
        <h2 id="talk-heading" className="utrecht-heading-2">
          {t("parents.talk.heading")}
        </h2>
        <ul className="zicht-list">
          {talkTips.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="act-heading" className="zicht-box zicht-box--urgent">
        <h2 id="act-heading" className="utrecht-heading-2">
          {t("parents.act.heading")}
        </h2>
        <ul className="zicht-list">
          {actions.map((action) => (
            <li key={action.text}>
              {action.phone ? <TextWithPhone text={t(action.text)} number={action.phone} /> : t(action.text)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="more-heading">
        <h2 id="more-heading" className="utrecht-heading-2">
          {t("parents.more.heading")}
        </h2>
        <p className="utrecht-paragraph">
          {t("parents.more.paula")}{" "}
          <Link className="utrecht-link" to="/bibliotheek#type-video">
            {t("parents.more.paulaLink")}
          </Link>
        </p>
        <p className="utrecht-paragraph">{t("parents.more.fier")}</p>
        <p className="utrecht-paragraph">{t("parents.more.quickscan")}</p>
        <p className="utrecht-paragraph">
          {t("parents.more.directory")}{" "}
          <Link className="utrecht-link" to="/wegwijzer">
            {t("parents.more.directoryLink")}
          </Link>
        </p>
      </section>
    </div>
  );
}
