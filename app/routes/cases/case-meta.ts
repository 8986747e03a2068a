import type { MetaDescriptor } from "react-router";
import { translator } from "../../i18n";
import type { Crumb, RouteHandle } from "../../ui/breadcrumbs";
import { localeFromMatches } from "../../ui/meta";

/**
 * The breadcrumb trail and `<title>` of a page inside one case: Home ›
 * Casussen › the case's pseudonym (a link to the case) › the page. The
 * loader returns the page's title as `breadcrumb` (also the `<title>`), and
 * with `caseCrumbs` the case crumb and the page's short crumb.
 */
export const caseHandle: RouteHandle = {
  parentCrumbs: [{ path: "/casussen", label: "cases.title" }],
  breadcrumbFromData: true,
  caseCrumb: true,
};

/** The case page itself: Home › Casussen › the pseudonym. */
export const casePageHandle: RouteHandle = {
  parentCrumbs: [{ path: "/casussen", label: "cases.title" }],
  breadcrumbFromData: true,
};

/** The crumb of the case: its pseudonym, linking to the case page. */
export function caseCrumb(found: { id: string; pseudonym: string }): Crumb {
  return { path: `/casussen/${found.id}`, label: found.pseudonym };
}

/** What a case sub-page's loader adds for its trail: the case crumb and the page's own (short) crumb. */
export function caseCrumbs(
  found: { id: string; pseudonym: string },
  page: string,
): { caseCrumb: Crumb; pageCrumb: string } {
  return { caseCrumb: caseCrumb(found), pageCrumb: page };
}

export function caseMeta(
  matches: ReadonlyArray<{ id: string; loaderData?: unknown } | undefined>,
  loaderData: { breadcrumb?: string } | undefined,
): MetaDescriptor[] {
  const t = translator(localeFromMatches(matches));
  return [{ title: `${loaderData?.breadcrumb ?? t("notFound.title")} | ${t("app.titleSuffix")}` }];
}
