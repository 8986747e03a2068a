import type { Route } from "./+types/index";
import { libraryItems } from "../../../content/library";
import { localeFromCookieHeader, type MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { groupLibrary, type LibraryAudience, type LibraryItemType } from "../../modules/knowledge/library";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { pageTitle } from "../../ui/meta";

export const handle: RouteHandle = { breadcrumb: "nav.library" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.library");
}

export function loader({ request }: Route.LoaderArgs) {
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  return {
    groups: groupLibrary(libraryItems).map((group) => ({
      type: group.type,
      items: group.items.map((item) => ({
        id: item.id,
        title: item.title,
        maker: item.maker ?? null,
        year: item.year ?? null,
        series: item.series ?? null,
        audience: item.audience,
        summary: item.summary[locale],
        parts: item.parts ?? [],
      })),
    })),
  };
}

const typeHeadings: Record<LibraryItemType, MessageKey> = {
  webinar: "library.type.webinar",
  video: "library.type.video",
  guide: "library.type.guide",
  tool: "library.type.tool",
  dossier: "library.type.dossier",
  "teaching-package": "library.type.teaching-package",
  training: "library.type.training",
  podcast: "library.type.podcast",
  factsheet: "library.type.factsheet",
  report: "library.type.report",
};

const audienceLabels: Record<LibraryAudience, MessageKey> = {
  professionals: "library.audience.professionals",
  care: "library.audience.care",
  education: "library.audience.education",
  justice: "library.audience.justice",
  "social-domain": "library.audience.social-domain",
  "youth-work": "library.audience.youth-work",
  policy: "library.audience.policy",
  parents: "library.audience.parents",
  "young-people": "library.audience.young-people",
};

export default function Library({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { groups } = loaderData;
  return (
    <div className="zicht-content zicht-content--wide">
      <h1 className="utrecht-heading-1">{t("library.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead zicht-lead">{t("library.intro")}</p>
      <p className="utrecht-paragraph">{t("library.noLinks")}</p>

      <nav className="zicht-toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading" className="zicht-toc__heading">
          {t("library.typesNav")}
        </h2>
        <ul className="zicht-toc__list">
          {groups.map((group) => (
            <li key={group.type}>
              <a className="utrecht-link" href={`#type-${group.type}`}>
                {t("library.typeCount", { type: t(typeHeadings[group.type]), count: group.items.length })}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {groups.map((group) => (
        <section key={group.type} aria-labelledby={`type-${group.type}`}>
          <h2 id={`type-${group.type}`} className="utrecht-heading-2">
            {t(typeHeadings[group.type])}
          </h2>
          {group.type === "report" ? <p className="utrecht-paragraph">{t("library.reportsOrder")}</p> : null}
          <ul className="zicht-entries">
            {group.items.map((item) => (
              <li key={item.id} className="zicht-entry">
                <h3 className="utrecht-heading-3 zicht-entry__title">{item.title}</h3>
                <p className="utrecht-paragraph">{item.summary}</p>
                {item.parts.length > 0 ? (
                  <>
                    <p className="utrecht-paragraph zicht-entry__parts-label">{t("library.parts")}:</p>
                    <ul className="zicht-list zicht-list--compact">
                      {item.parts.map((part) => (
                        <li key={part}>{part}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <dl className="zicht-facts zicht-facts--inline">
                  {item.maker ? (
                    <div className="zicht-facts__row">
                      <dt>{t("library.maker")}</dt>
                      <dd>{item.maker}</dd>
                    </div>
                  ) : null}
                  {item.year ? (
                    <div className="zicht-facts__row">
                      <dt>{t("library.year")}</dt>
                      <dd>{item.year}</dd>
                    </div>
                  ) : null}
                  {item.series ? (
                    <div className="zicht-facts__row">
                      <dt>{t("library.series")}</dt>
                      <dd>{item.series}</dd>
                    </div>
                  ) : null}
                  <div className="zicht-facts__row">
                    <dt>{t("library.audience")}</dt>
                    <dd>{item.audience.map((audience) => t(audienceLabels[audience])).join(", ")}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
