import { useMatches } from "react-router";
import type { MessageKey, Translate } from "../i18n";
import { useTranslate } from "../i18n/use-translate";
import { Link } from "./link";

/** What a route module may export as `handle` to appear in the breadcrumbs. */
export interface RouteHandle {
  breadcrumb?: MessageKey;
  /**
   * Detail pages: the crumbs come from the loader's `breadcrumbs` (already
   * translated, e.g. "Kennisbank" › the page's title).
   */
  breadcrumbsFromData?: true;
}

/** What a loader returns for `breadcrumbsFromData`. */
export interface Crumb {
  path: string;
  label: string;
}

function crumbsOf(match: { handle: unknown; pathname: string; loaderData: unknown }, t: Translate): Crumb[] {
  const handle = match.handle as RouteHandle | undefined;
  if (!handle) return [];
  if (handle.breadcrumbsFromData) {
    const data = match.loaderData as { breadcrumbs?: Crumb[] } | undefined;
    return data?.breadcrumbs ?? [];
  }
  return handle.breadcrumb ? [{ path: match.pathname, label: t(handle.breadcrumb) }] : [];
}

/** Breadcrumbs from the matched routes' `handle.breadcrumb`; hidden on the home page. */
export function Breadcrumbs() {
  const t = useTranslate();
  const crumbs = useMatches().flatMap((match) => crumbsOf(match, t));
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
