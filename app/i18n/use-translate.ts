import { useRouteLoaderData } from "react-router";
import { defaultLocale, isLocale, translator, type Locale, type Translate } from "./index";

/** The reader's language, from the root loader (Dutch if the root loader failed). */
export function useLocale(): Locale {
  const data = useRouteLoaderData("root") as { locale?: unknown } | undefined;
  return isLocale(data?.locale) ? data.locale : defaultLocale;
}

/** Translate function for the reader's language. */
export function useTranslate(): Translate {
  return translator(useLocale());
}
