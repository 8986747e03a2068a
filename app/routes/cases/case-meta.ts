import type { MetaDescriptor } from "react-router";
import { translator } from "../../i18n";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { localeFromMatches } from "../../ui/meta";

/**
 * The breadcrumb trail and `<title>` of a page inside one case: "Casussen" ›
 * the page's own title, which the loader returns as `breadcrumb`.
 */
export const caseHandle: RouteHandle = {
  parentCrumbs: [{ path: "/casussen", label: "cases.title" }],
  breadcrumbFromData: true,
};

export function caseMeta(
  matches: ReadonlyArray<{ id: string; loaderData?: unknown } | undefined>,
  loaderData: { breadcrumb?: string } | undefined,
): MetaDescriptor[] {
  const t = translator(localeFromMatches(matches));
  return [{ title: `${loaderData?.breadcrumb ?? t("notFound.title")} | ${t("app.titleSuffix")}` }];
}
