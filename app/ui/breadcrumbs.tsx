import { useMatches } from "react-router";
import type { MessageKey } from "../i18n";
import { useTranslate } from "../i18n/use-translate";
import { Link } from "./link";

/** What a route module may export as `handle` to appear in the breadcrumbs. */
export interface RouteHandle {
  breadcrumb?: MessageKey;
  /** Pages above this one that are not parent routes (a service page sits under /wegwijzer). */
  trail?: ReadonlyArray<{ label: MessageKey; to: string }>;
  /** The crumb's text from the loader's data (a service's name); `breadcrumb` when it gives none. */
  crumbTitle?: (data: unknown) => string | undefined;
}

function hasBreadcrumb(handle: unknown): handle is Required<RouteHandle> {
  return typeof handle === "object" && handle !== null && "breadcrumb" in handle;
}

/** Breadcrumbs from the matched routes' `handle.breadcrumb`; hidden on the home page. */
export function Breadcrumbs() {
  const t = useTranslate();
  const crumbs = useMatches()
    .filter((match) => hasBreadcrumb(match.handle))
    .flatMap((match) => {
      const handle = match.handle as RouteHandle & { breadcrumb: MessageKey };
      return [
        ...(handle.trail ?? []).map((item) => ({ path: item.to, label: t(item.label) })),
        { path: match.pathname, label: handle.crumbTitle?.(match.data) ?? t(handle.breadcrumb) },
      ];
    });
  if (crumbs.length === 0) return null;
  return (
    <nav className="utrecht-breadcrumb-nav zicht-breadcrumbs" aria-label={t("shell.breadcrumbs")}>
      <ol className="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        <li className="utrecht-breadcrumb-nav__item">
          <Link className="utrecht-breadcrumb-nav__link" to="/">
            {t("shell.breadcrumbHome")}
          </Link>
        </li>
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.path} className="utrecht-breadcrumb-nav__item">
              {last ? (
                <span className="utrecht-breadcrumb-nav__text" aria-current="page">
                  {crumb.label}
                </span>
              ) : (
                <Link className="utrecht-breadcrumb-nav__link" to={crumb.path}>
                  {crumb.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
