import { Link } from "react-router";
import type { Route } from "./+types/index";
import { figures } from "../../../content/figures";
import { localeFromCookieHeader, type MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import {
  formatFigureSource,
  formatFigureValue,
  groupFigures,
  type FigureTopic,
} from "../../modules/knowledge/figures";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { pageTitle } from "../../ui/meta";

export const handle: RouteHandle = { breadcrumb: "nav.knowledge" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.knowledge");
}

export function loader({ request }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  return {
    figureGroups: groupFigures(figures).map((group) => ({
      topic: group.topic,
      figures: group.figures.map((figure) => ({
        id: figure.id,
        value: formatFigureValue(figure, locale),
        label: figure.label[locale],
        year: figure.year,
        source: formatFigureSource(figure, locale),
      })),
    })),
  };
}

const sections: ReadonlyArray<{ id: string; heading: MessageKey }> = [
  { id: "wat-is-uitbuiting", heading: "knowledge.what.heading" },
  { id: "vormen", heading: "knowledge.forms.heading" },
  { id: "risico", heading: "knowledge.risk.heading" },
  { id: "ronselaars", heading: "knowledge.recruiters.heading" },
  { id: "cijfers", heading: "knowledge.figures.heading" },
  { id: "verder", heading: "knowledge.next.heading" },
];

const forms: ReadonlyArray<{ title: MessageKey; text: MessageKey }> = [
  { title: "knowledge.forms.sexual.title", text: "knowledge.forms.sexual.text" },
  { title: "knowledge.forms.criminal.title", text: "knowledge.forms.criminal.text" },
  { title: "knowledge.forms.labour.title", text: "knowledge.forms.labour.text" },
  { title: "knowledge.forms.trafficking.title", text: "knowledge.forms.trafficking.text" },
];

const riskTraits: readonly MessageKey[] = [
  "knowledge.risk.1",
  "knowledge.risk.2",
  "knowledge.risk.3",
  "knowledge.risk.4",
  "knowledge.risk.5",
];

const recruiterSteps: readonly MessageKey[] = [
  "knowledge.recruiters.1",
  "knowledge.recruiters.2",
  "knowledge.recruiters.3",
  "knowledge.recruiters.4",
];

const topicHeadings: Record<FigureTopic, MessageKey> = {
  scale: "knowledge.figures.topic.scale",
  registrations: "knowledge.figures.topic.registrations",
  criminal: "knowledge.figures.topic.criminal",
  perpetrators: "knowledge.figures.topic.perpetrators",
  victims: "knowledge.figures.topic.victims",
};

const nextLinks: ReadonlyArray<{ to: string; label: MessageKey }> = [
  { to: "/signaleren", label: "knowledge.next.screening" },
  { to: "/wegwijzer", label: "knowledge.next.directory" },
  { to: "/bibliotheek", label: "knowledge.next.library" },
];

export default function Knowledge({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const heading = (id: string) => `${id}-heading`;
  return (
    <div className="zicht-content zicht-content--wide">
      <h1 className="utrecht-heading-1">{t("knowledge.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead zicht-lead">{t("knowledge.intro")}</p>

      <nav className="zicht-toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading" className="zicht-toc__heading">
          {t("page.onThisPage")}
        </h2>
        <ul className="zicht-toc__list">
          {sections.map((section) => (
            <li key={section.id}>
              <a className="utrecht-link" href={`#${heading(section.id)}`}>
                {t(section.heading)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby={heading("wat-is-uitbuiting")}>
        <h2 id={heading("wat-is-uitbuiting")} className="utrecht-heading-2">
          {t("knowledge.what.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("knowledge.what.1")}</p>
        <p className="utrecht-paragraph">{t("knowledge.what.2")}</p>
      </section>

      <section aria-labelledby={heading("vormen")}>
        <h2 id={heading("vormen")} className="utrecht-heading-2">
          {t("knowledge.forms.heading")}
        </h2>
        <ul className="zicht-tiles">
          {forms.map((form) => (
            <li key={form.title} className="zicht-tile">
              <h3 className="utrecht-heading-3 zicht-tile__title">{t(form.title)}</h3>
              <p className="utrecht-paragraph">{t(form.text)}</p>
            </li>
          ))}
        </ul>
        <p className="utrecht-paragraph">{t("knowledge.forms.focus")}</p>
      </section>

      <section aria-labelledby={heading("risico")}>
        <h2 id={heading("risico")} className="utrecht-heading-2">
          {t("knowledge.risk.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("knowledge.risk.intro")}</p>
        <ul className="zicht-list">
          {riskTraits.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p className="utrecht-paragraph">{t("knowledge.risk.other")}</p>
        <p className="utrecht-paragraph">{t("knowledge.risk.everyone")}</p>
      </section>

      <section aria-labelledby={heading("ronselaars")}>
        <h2 id={heading("ronselaars")} className="utrecht-heading-2">
          {t("knowledge.recruiters.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("knowledge.recruiters.intro")}</p>
        <ol className="zicht-steps-list">
          {recruiterSteps.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
        <p className="utrecht-paragraph">{t("knowledge.recruiters.fast")}</p>
        <p className="utrecht-paragraph">
          {t("knowledge.recruiters.video")}{" "}
          <Link className="utrecht-link" to="/bibliotheek#type-video">
            {t("knowledge.recruiters.videoLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby={heading("cijfers")}>
        <h2 id={heading("cijfers")} className="utrecht-heading-2">
          {t("knowledge.figures.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("knowledge.figures.intro")}</p>
        {loaderData.figureGroups.map((group) => (
          <section key={group.topic} aria-labelledby={`cijfers-${group.topic}`}>
            <h3 id={`cijfers-${group.topic}`} className="utrecht-heading-3">
              {t(topicHeadings[group.topic])}
            </h3>
            <ul className="zicht-figures">
              {group.figures.map((figure) => (
                <li key={figure.id} className="zicht-figure">
                  <p className="zicht-figure__text">
                    <span className="zicht-figure__value">{figure.value}</span> {figure.label}
                  </p>
                  <p className="zicht-figure__source">
                    {figure.year === null
                      ? t("knowledge.figures.yearUnknown")
                      : t("knowledge.figures.year", { year: figure.year })}
                    <br />
                    {t("knowledge.figures.source", { source: figure.source })}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      <section aria-labelledby={heading("verder")}>
        <h2 id={heading("verder")} className="utrecht-heading-2">
          {t("knowledge.next.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("knowledge.next.intro")}</p>
        <ul className="zicht-list">
          {nextLinks.map((link) => (
            <li key={link.to}>
              <Link className="utrecht-link" to={link.to}>
                {t(link.label)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
