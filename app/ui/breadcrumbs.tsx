import { useMatches } from "react-router";
import type { MessageKey } from "../i18n";
import { useTranslate } from "../i18n/use-translate";
import { Link } from "./link";

/** What a route module may export as `handle` to appear in the breadcrumbs. */
export interface RouteHandle {
  breadcrumb?: MessageKey;
  /** Crumbs before this page's own, for a page below a section (e.g. an instrument below Signaleren). */
  parentCrumbs?: ReadonlyArray<{ path: string; label: MessageKey }>;
  /** This page's crumb is its loader data's `breadcrumb` text (e.g. the title of an instrument). */
  breadcrumbFromData?: boolean;
  /**
   * Detail pages whose whole trail comes from the loader's `breadcrumbs`
   * (already translated, e.g. "Kennisbank" › the page's title).
   */
  breadcrumbsFromData?: true;
  /**
   * A page inside one case: after the parent crumbs comes the case itself,
   * from the loader's `caseCrumb` (its pseudonym, linking to the case page);
   * a loader without one gets the plain word "Casus" with the same link. The
   * page's own crumb is the loader's `pageCrumb` when it has one.
   */
  caseCrumb?: true;
}

/** What a loader returns for `breadcrumbsFromData`. */
export interface Crumb {
  path: string;
  label: string;
}

function routeHandle(handle: unknown): RouteHandle | undefined {
  return typeof handle === "object" && handle !== null ? (handle as RouteHandle) : undefined;
}

function isCrumb(value: unknown): value is Crumb {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Crumb).path === "string" &&
    typeof (value as Crumb).label === "string"
  );
}

/** Breadcrumbs from the matched routes' `handle.breadcrumb`; hidden on the home page. */
export function Breadcrumbs() {
  const t = useTranslate();
  const crumbs = useMatches().flatMap((match) => {
    const handle = routeHandle(match.handle);
    if (!handle) return [];
    if (handle.breadcrumbsFromData) {
      return (match.loaderData as { breadcrumbs?: Crumb[] } | undefined)?.breadcrumbs ?? [];
    }
    const data = match.loaderData as
      { breadcrumb?: unknown; caseCrumb?: unknown; pageCrumb?: unknown } | undefined;
    const parents = (handle.parentCrumbs ?? []).map((crumb) => ({ path: crumb.path, label: t(crumb.label) }));
    if (handle.caseCrumb) {
      const caseId = match.params.id;
      if (isCrumb(data?.caseCrumb)) parents.push(data.caseCrumb);
      else if (caseId) parents.push({ path: `/casussen/${caseId}`, label: t("cases.crumb.case") });
    }
    const fromData = typeof data?.pageCrumb === "string" ? data.pageCrumb : data?.breadcrumb;
    if (handle.breadcrumbFromData && typeof fromData === "string")
      return [...parents, { path: match.pathname, label: fromData }];
    if (handle.breadcrumb) return [...parents, { path: match.pathname, label: t(handle.breadcrumb) }];
    return parents;
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
