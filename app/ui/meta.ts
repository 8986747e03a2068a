import type { MetaDescriptor } from "react-router";
import { isLocale, translator, type Locale, type MessageKey } from "../i18n";

interface MatchLike {
  id: string;
  loaderData?: unknown;
}

/** The reader's language from the root match (for `meta` functions, which cannot use hooks). */
export function localeFromMatches(matches: ReadonlyArray<MatchLike | undefined>): Locale {
  const root = matches.find((match) => match?.id === "root");
  const locale = (root?.loaderData as { locale?: unknown } | undefined)?.locale;
  return isLocale(locale) ? locale : "nl";
}

/** `<title>` for a page: "<page> | Zicht". */
export function pageTitle(
  matches: ReadonlyArray<MatchLike | undefined>,
  key: MessageKey,
  params?: Record<string, string | number>,
): MetaDescriptor[] {
  const t = translator(localeFromMatches(matches));
  return [{ title: `${t(key, params)} | ${t("app.titleSuffix")}` }];
}
