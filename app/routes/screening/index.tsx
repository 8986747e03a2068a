import { Link } from "react-router";
import type { Route } from "./+types/index";
import { protectiveFactors, signalGroups } from "../../../content/signals";
import { localeFromCookieHeader, type MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { TextWithPhone } from "../../ui/contact-links";
import { pageTitle } from "../../ui/meta";

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
  const { groups, protectiveFactors } = loaderData;
  return (
    <div className="zicht-content zicht-content--wide">
      <h1 className="utrecht-heading-1">{t("screening.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead zicht-lead">{t("screening.intro")}</p>
      <p className="utrecht-paragraph">{t("screening.instruments")}</p>

      <section aria-labelledby="principles-heading">
        <h2 id="principles-heading" className="utrecht-heading-2">
          {t("screening.principles.heading")}
        </h2>
        <ul className="zicht-list">
          {principles.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading" className="utrecht-heading-2">
          {t("screening.groups.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("screening.groups.intro")}</p>
        <ul className="zicht-tiles">
          {groups.map((group) => (
            <li key={group.id} className={group.criminal ? "zicht-tile zicht-tile--accent" : "zicht-tile"}>
              <h3 className="utrecht-heading-3 zicht-tile__title">{group.title}</h3>
              <ul className="zicht-list zicht-list--compact">
                {group.examples.map((example) => (
                  <li key={example}>{example}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="protective-heading">
        <h2 id="protective-heading" className="utrecht-heading-2">
          {t("screening.protective.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("screening.protective.intro")}</p>
        <ul className="zicht-list">
          {protectiveFactors.map((factor) => (
            <li key={factor.id}>{factor.text}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="meldcode-heading">
        <h2 id="meldcode-heading" className="utrecht-heading-2">
          {t("screening.meldcode.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("screening.meldcode.intro")}</p>
        <ol className="zicht-steps-list">
          {meldcodeSteps.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
        <p className="utrecht-paragraph">{t("screening.meldcode.framework")}</p>
      </section>

      <section aria-labelledby="now-heading" className="zicht-box zicht-box--urgent">
        <h2 id="now-heading" className="utrecht-heading-2">
          {t("screening.now.heading")}
        </h2>
        <ul className="zicht-list">
          {nowSteps.map((step) => (
            <li key={step.text}>
              <TextWithPhone text={t(step.text)} number={step.phone} />
            </li>
          ))}
        </ul>
        <p className="utrecht-paragraph">
          {t("screening.now.directory")}{" "}
          <Link className="utrecht-link" to="/wegwijzer">
            {t("screening.now.directoryLink")}
          </Link>
        </p>
      </section>
    </div>
  );
}
