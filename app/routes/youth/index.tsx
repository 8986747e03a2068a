import type { Route } from "./+types/index";
import type { MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { telHref } from "../../modules/advice/helpline";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { pageTitle } from "../../ui/meta";
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
    <div className="zicht-content zicht-content--easy">
      <h1 className="utrecht-heading-1">{t("youth.title")}</h1>
      <p className="utrecht-paragraph">{t("youth.intro1")}</p>
      <p className="utrecht-paragraph">{t("youth.intro2")}</p>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading" className="utrecht-heading-2">
          {t("youth.how.heading")}
        </h2>
        <ol className="zicht-story">
          {story.map((step) => (
            <li key={step.text} className="zicht-story__step">
              <Pictogram name={step.pictogram} />
              <p className="utrecht-paragraph">{t(step.text)}</p>
            </li>
          ))}
        </ol>
        <p className="utrecht-paragraph">{t("youth.how.4")}</p>
        <p className="utrecht-paragraph">{t("youth.how.who")}</p>
      </section>

      <section aria-labelledby="signs-heading">
        <h2 id="signs-heading" className="utrecht-heading-2">
          {t("youth.signs.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("youth.signs.intro")}</p>
        <ul className="zicht-list">
          {signs.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p className="utrecht-paragraph">{t("youth.signs.after")}</p>
      </section>

      <section aria-labelledby="fault-heading" className="zicht-box">
        <h2 id="fault-heading" className="utrecht-heading-2">
          {t("youth.fault.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("youth.fault.1")}</p>
        <p className="utrecht-paragraph">{t("youth.fault.2")}</p>
        <p className="utrecht-paragraph">{t("youth.fault.3")}</p>
      </section>

      <section aria-labelledby="help-heading">
        <h2 id="help-heading" className="utrecht-heading-2 zicht-heading-with-icon">
          <Pictogram name="phone" />
          {t("youth.help.heading")}
        </h2>
        <ul className="zicht-helplines">
          {helplines.map((line) => (
            <li key={line.phone} className="zicht-helpline zicht-helpline--urgent">
              <h3 className="zicht-helpline__name">{t(line.name)}</h3>
              <p className="zicht-helpline__purpose">{t(line.question)}</p>
              <p className="zicht-helpline__phone">
                <a className="utrecht-link utrecht-link--telephone" href={telHref(line.phone)}>
                  {t("helplines.call", { phone: line.phone })}
                </a>
              </p>
              {line.extra ? <p className="zicht-helpline__purpose">{t(line.extra)}</p> : null}
            </li>
          ))}
        </ul>
        <p className="utrecht-paragraph">{t("youth.help.trust")}</p>
      </section>
    </div>
  );
}
